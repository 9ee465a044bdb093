from django.core.management import call_command

from cms.models import ConsultationPage, HomePage, YouSaidWeDidPage, YouthForumPage
from engage.areas.models import Area
from engage.responses.models import Answer, Response


def test_load_demo_builds_a_site_that_looks_real(db):
    call_command("load_demo", responses=40, stdout=open("/dev/null", "w"))
    assert HomePage.objects.count() == 1 and YouthForumPage.objects.count() == 1
    consultation = ConsultationPage.objects.get()
    assert consultation.is_open
    kinds = {child.block_type for step in consultation.body for child in step.value["questions"]}
    assert kinds == {
        "faces",
        "long_text",
        "yes_no",
        "multiple_choice",
        "scale",
        "ranking",
        "single_choice",
        "short_text",
    }
    assert YouSaidWeDidPage.objects.get().actions.count() == 3
    assert Response.objects.filter(consultation=consultation).count() == 40
    assert Answer.objects.filter(is_free_text=True).exclude(text="").exists()


def test_load_demo_is_idempotent(db):
    call_command("load_demo", responses=30, stdout=open("/dev/null", "w"))
    counts = (Response.objects.count(), Answer.objects.count(), Area.objects.count(), HomePage.objects.count())
    call_command("load_demo", responses=30, stdout=open("/dev/null", "w"))
    assert (Response.objects.count(), Answer.objects.count(), Area.objects.count(), HomePage.objects.count()) == counts


def test_everything_the_demo_makes_is_marked_synthetic(db):
    call_command("load_demo", responses=20, stdout=open("/dev/null", "w"))
    assert not Response.objects.filter(is_synthetic=False).exists()
    assert not Area.objects.filter(is_synthetic=False).exists()


def test_responses_spread_over_areas_age_bands_and_channels(db):
    call_command("load_demo", responses=120, stdout=open("/dev/null", "w"))
    assert Response.objects.values("area").distinct().count() > 5
    assert Response.objects.exclude(age_band="").values("age_band").distinct().count() == 5
    assert set(Response.objects.values_list("channel", flat=True)) == {"online", "in_person"}


def test_demo_accounts_exist_only_where_settings_have_a_demo_password(db, settings):
    from django.contrib.auth import get_user_model

    del settings.YOUTH_VOICE_DEMO_PASSWORD
    call_command("load_demo", responses=1, stdout=open("/dev/null", "w"))
    assert not get_user_model().objects.exists()
