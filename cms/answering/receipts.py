"""Coming back with a receipt code: see what happened with your answers, or take them back.

The code is kept in the session, never in a URL, so it does not end up in browser history or server logs.
"""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from cms.answering.fields import error_summary
from cms.answering.limits import over_limit, too_many_requests
from cms.forms import ReceiptLookupForm
from engage.responses.receipts import response_with_receipt_code
from engage.responses.services import withdraw_response

SESSION_KEY = "receipt_code"


@require_http_methods(["GET", "POST"])
def lookup(request):
    if request.method == "POST":
        if over_limit(request, "receipt"):
            return too_many_requests(request)
        form = ReceiptLookupForm(request.POST)
        if form.is_valid():
            response = response_with_receipt_code(form.cleaned_data["code"])
            if response is not None:
                request.session[SESSION_KEY] = response.receipt_code
                return redirect("receipt_status")
            form.add_error("code", "We can't find that code. Check each letter and number, then try again.")
    else:
        form = ReceiptLookupForm()
    fields = form.views()
    return TemplateResponse(request, "cms/receipt/lookup.html", {"fields": fields, "errors": error_summary(fields)})


@require_http_methods(["GET"])
def status(request):
    response = _response_in_session(request)
    if response is None:
        return redirect("receipt")
    consultation = response.consultation.specific
    return TemplateResponse(
        request,
        "cms/receipt/status.html",
        {"response": response, "consultation": consultation, "you_said_we_did": _you_said_we_did(consultation)},
    )


@require_http_methods(["GET", "POST"])
def withdraw(request):
    response = _response_in_session(request)
    if response is None:
        return redirect("receipt")
    if response.withdrawn_at is not None:
        return redirect("receipt_status")
    if request.method == "POST":
        withdraw_response(response=response)
        return redirect("receipt_status")
    return TemplateResponse(
        request,
        "cms/receipt/withdraw.html",
        {"response": response, "consultation": response.consultation.specific, "status_url": reverse("receipt_status")},
    )


def _response_in_session(request):
    code = request.session.get(SESSION_KEY)
    return response_with_receipt_code(code) if code else None


def _you_said_we_did(consultation):
    from cms.models import YouSaidWeDidPage

    return YouSaidWeDidPage.objects.child_of(consultation).live().first()
