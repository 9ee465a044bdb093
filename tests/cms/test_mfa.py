import pytest
from allauth.mfa.models import Authenticator

from engage.organisations.models import Role


@pytest.fixture(autouse=True)
def mfa_required(settings):
    """As in production (development and the other tests switch it off so demo accounts work)."""
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "MFA_REQUIRED": True}


@pytest.mark.parametrize("role", [Role.SAFEGUARDING_LEAD, Role.ADMINISTRATOR])
def test_privileged_roles_must_set_up_two_factor_before_using_the_admin(client, organisation, staff, role):
    client.force_login(staff(role, organisation))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/totp/activate/"


def test_once_two_factor_is_on_they_get_in(client, organisation, staff):
    user = staff(Role.SAFEGUARDING_LEAD, organisation)
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"})
    client.force_login(user)
    assert client.get("/admin/").status_code == 200


def test_youth_workers_are_not_asked_for_two_factor(client, organisation, staff):
    client.force_login(staff(Role.YOUTH_WORKER, organisation))
    assert client.get("/admin/").status_code == 200


def test_development_settings_let_the_demo_accounts_in_without_it(client, organisation, staff, settings):
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "MFA_REQUIRED": False}
    client.force_login(staff(Role.ADMINISTRATOR, organisation))
    assert client.get("/admin/").status_code == 200
