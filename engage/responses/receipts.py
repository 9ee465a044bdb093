"""Find a response the way a young person can: by its receipt code, or by the key of the form that sent it.

These are the only look-ups the public side makes. They are anonymous, so callers show only a response's status,
never who sent it.
"""

from engage.responses.models import Response
from engage.responses.services import normalise_receipt_code


def response_with_receipt_code(code: str) -> Response | None:
    code = normalise_receipt_code(code or "")
    if len(code) != 9:
        return None
    return Response.objects.select_related("consultation").filter(receipt_code=code).first()


def response_sent_with_key(*, consultation, idempotency_key: str) -> Response | None:
    """The response a form with this idempotency key already sent to this consultation, if any."""
    if not idempotency_key:
        return None
    return Response.objects.filter(consultation=consultation, idempotency_key=idempotency_key).first()
