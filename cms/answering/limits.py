"""Per-client rate limits on the public forms, keyed on the IP address in the cache only, never stored with a response.

Rates can be tuned in settings.YOUTH_VOICE["RATE_LIMITS"]. They are generous on purpose: a whole class may answer
from one school network, which looks like one client.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django_ratelimit.core import is_ratelimited

DEFAULT_RATES = {
    "start": "120/10m",  # agreeing to take part, which starts a session
    "submit": "60/10m",  # sending a whole response
    "contact": "20/h",  # leaving an email address to hear back
    "receipt": "30/h",  # looking up a receipt code: codes could be guessed without this
}


def rate_for(group: str) -> str:
    return settings.YOUTH_VOICE.get("RATE_LIMITS", {}).get(group, DEFAULT_RATES[group])


def over_limit(request, group: str) -> bool:
    """Count this request against the client's limit for `group`; True once they have gone over it."""
    return is_ratelimited(request, group=f"youth-voice:{group}", key="ip", rate=rate_for(group), increment=True)


def too_many_requests(request, *, kept_answers: bool = False) -> TemplateResponse:
    return TemplateResponse(request, "cms/answering/too_many_requests.html", {"kept_answers": kept_answers}, status=429)
