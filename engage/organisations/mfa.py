"""Two-factor authentication is required for the roles that can read what young people wrote in full.

Safeguarding leads read original, unredacted disclosures; administrators can grant any access. Until they have
set up an authenticator app (TOTP, with recovery codes), the admin sends them to set it up.
"""

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse

from engage.organisations.models import Role

ROLES_NEEDING_MFA = [Role.SAFEGUARDING_LEAD, Role.ADMINISTRATOR]
GUARDED_PREFIXES = ("/admin/",)


def needs_mfa(user) -> bool:
    if not settings.YOUTH_VOICE.get("MFA_REQUIRED", True) or not user.is_authenticated:
        return False
    privileged = user.is_superuser or user.memberships.filter(role__in=ROLES_NEEDING_MFA).exists()
    return privileged and not is_mfa_enabled(user)


class RequireMFAMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(GUARDED_PREFIXES) and needs_mfa(request.user):
            messages.warning(
                request,
                "Your role can read what young people wrote in full, so it needs two-factor authentication. "
                "Set up an authenticator app to continue.",
            )
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)
