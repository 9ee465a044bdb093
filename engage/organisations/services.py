"""Create staff and give them roles. Roles map onto Django groups so Wagtail's permissions apply."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from engage.organisations.models import Membership, Organisation, Role

ROLE_GROUPS = {
    Role.YOUTH_WORKER: "Youth workers",
    Role.SAFEGUARDING_LEAD: "Safeguarding leads",
    Role.FRAMEWORK_OWNER: "Framework owners",
    Role.ANALYST: "Analysts",
    Role.ADMINISTRATOR: "Administrators",
}


def ensure_role_groups() -> dict[str, Group]:
    """One group per role, each allowed into the Wagtail admin."""
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    groups = {}
    for role, name in ROLE_GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        groups[role] = group
    return groups


@transaction.atomic
def find_or_create_account(*, email: str, password: str | None = None, name: str = ""):
    """The account with this email (verified, so allauth lets it sign in), created if there is none."""
    from allauth.account.models import EmailAddress

    email = email.strip().lower()
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        first, _, last = name.partition(" ")
        user = User(username=email, email=email, first_name=first, last_name=last)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.full_clean(exclude=["password"])
        user.save()
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return user


@transaction.atomic
def add_staff_member(*, email: str, organisation: Organisation, role: str, password: str | None = None, name: str = ""):
    """Create (or find) a staff account by email and give it a role in an organisation."""
    user = find_or_create_account(email=email, password=password, name=name)
    Membership.objects.get_or_create(user=user, organisation=organisation, role=role)
    user.groups.add(ensure_role_groups()[role])
    return user
