"""Read safeguarding data, scoped to who may see it. Staff views show `staff_text`, never an answer's own text."""

import copy

from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When

from engage.organisations.models import Membership, Organisation, Role
from engage.responses.models import Answer
from engage.safeguarding.models import AlertState, SafeguardingAlert

NOT_YET_CHECKED = "(not yet checked)"
ALERT_ROLES = [Role.SAFEGUARDING_LEAD, Role.ADMINISTRATOR]


def staff_text(answer: Answer) -> str:
    """What staff may read of an answer: choices as given, free text only as redacted by the check."""
    if not answer.text:
        return answer.display_value
    try:
        check = answer.safeguarding_check
    except ObjectDoesNotExist:
        check = None
    shown = copy.copy(answer)
    shown.text = check.redacted_text if check is not None and check.checked_at else NOT_YET_CHECKED
    return shown.display_value


def _organisation_ids(user, roles: list[str]):
    if not user.is_authenticated:
        return Membership.objects.none().values("organisation_id")
    return Membership.objects.filter(user=user, role__in=roles, user__is_active=True).values("organisation_id")


def organisations_handling_alerts(user) -> QuerySet[Organisation]:
    """Organisations where the user is a safeguarding lead or an administrator (superusers get no exception)."""
    return Organisation.objects.filter(id__in=_organisation_ids(user, ALERT_ROLES))


def alerts_for(user, *, state: str | None = None) -> QuerySet[SafeguardingAlert]:
    """Alerts the user may see and act on: new first, then acknowledged, then closed; oldest first within each."""
    queryset = SafeguardingAlert.objects.filter(organisation__in=organisations_handling_alerts(user))
    if state:
        queryset = queryset.filter(state=state)
    order = Case(
        *(When(state=s, then=Value(n)) for n, s in enumerate(AlertState.values)),
        output_field=IntegerField(),
    )
    return queryset.select_related("organisation", "answer__safeguarding_check").order_by(order, "created_at", "id")


def may_handle_alert(user, alert: SafeguardingAlert) -> bool:
    return organisations_handling_alerts(user).filter(id=alert.organisation_id).exists()


def may_read_original(user, answer: Answer) -> bool:
    """Only the designated safeguarding leads of the organisation running the forum may read what was written."""
    return (
        user.is_authenticated
        and Membership.objects.filter(
            user=user,
            user__is_active=True,
            role=Role.SAFEGUARDING_LEAD,
            organisation_id=answer.response.organisation_id,
        ).exists()
    )


def staff_with_role(organisation: Organisation, role: str) -> QuerySet:
    """Active staff holding `role` in `organisation` who have an email address to reach them at."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True, memberships__organisation=organisation, memberships__role=role, email__contains="@"
        )
        .filter(~Q(email=""))
        .distinct()
        .order_by("email")
    )


def unchecked_answers() -> QuerySet[Answer]:
    """Answers with text that have no complete check yet: never checked, or a check that died part way."""
    return (
        Answer.objects.exclude(text="")
        .filter(Q(safeguarding_check__isnull=True) | Q(safeguarding_check__checked_at__isnull=True))
        .order_by("id")
    )
