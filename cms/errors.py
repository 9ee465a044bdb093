"""Error pages that need the request: a failed CSRF check still shows where to get help and the quick exit."""

from django.shortcuts import render


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)
