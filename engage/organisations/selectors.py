"""Which organisations a staff member can see into. Every selector that returns responses starts here."""

from django.db.models import QuerySet

from engage.organisations.models import Organisation, Role


def organisations_for(user, *, roles: list[str] | None = None) -> QuerySet[Organisation]:
    if not user.is_authenticated:
        return Organisation.objects.none()
    if user.is_superuser:
        return Organisation.objects.all()
    memberships = user.memberships.all()
    if roles is not None:
        memberships = memberships.filter(role__in=roles)
    return Organisation.objects.filter(id__in=memberships.values("organisation_id"))


STAFF_ROLES_SEEING_RESPONSES = [Role.YOUTH_WORKER, Role.SAFEGUARDING_LEAD, Role.FRAMEWORK_OWNER, Role.ADMINISTRATOR]
