import pytest
from django.core.management import call_command

from engage.organisations.models import Role
from engage.review.framework import load_framework, theme_slugs
from engage.review.models import FrameworkTheme, RethemeRun
from engage.review.retheming import run_retheme, start_retheme
from engage.review.snippets import in_current_model
from engage.themes.models import ThemeSource
from tests.engage.reviewing import themed_answer

LIST = "/admin/snippets/review/frameworktheme/"


def test_loading_the_framework_is_idempotent_and_keeps_edits(db):
    assert load_framework() == 20
    FrameworkTheme.objects.filter(slug="housing").update(name="Homes")
    call_command("load_framework")
    assert FrameworkTheme.objects.count() == 20
    assert FrameworkTheme.objects.get(slug="housing").name == "Homes"


def test_a_theme_added_is_not_yet_in_the_model_until_a_retrain_includes_it(db, theme_model):
    load_framework()
    added = FrameworkTheme.objects.create(slug="school_food", name="School food", description="Food at school.")
    assert "school_food" in theme_slugs()
    assert in_current_model(added).startswith("Not yet in the model")
    assert in_current_model(FrameworkTheme.objects.get(slug="housing")) == "Yes"


def test_framework_owners_add_and_edit_themes_but_never_change_a_slug(client, staff, organisation):
    client.force_login(staff(Role.FRAMEWORK_OWNER, organisation))
    assert "Best start in life" in client.get(LIST).content.decode()  # seeded on first visit
    response = client.post(
        f"{LIST}add/", {"slug": "school_food", "name": "School food", "group": "determinant", "description": "Meals."}
    )
    assert response.status_code == 302
    theme = FrameworkTheme.objects.get(slug="school_food")
    client.post(
        f"{LIST}edit/{theme.pk}/",
        {"slug": "renamed", "name": "School meals", "group": "determinant", "description": "Meals."},
    )
    theme.refresh_from_db()
    assert (theme.slug, theme.name) == ("school_food", "School meals")
    client.post(f"{LIST}delete/{theme.pk}/")
    assert FrameworkTheme.objects.filter(pk=theme.pk).exists()


@pytest.mark.parametrize("role", [Role.YOUTH_WORKER, Role.ANALYST])
def test_other_staff_cannot_edit_the_framework(client, staff, organisation, role):
    client.force_login(staff(role, organisation))
    assert client.get(LIST).status_code in (302, 403)
    client.post(f"{LIST}add/", {"slug": "x", "name": "X", "group": "determinant", "description": "x"})
    assert not FrameworkTheme.objects.filter(slug="x").exists()


def test_a_bulk_retheme_records_progress_and_keeps_reviewers_themes(
    consultation, staff, organisation, theme_model, django_capture_on_commit_callbacks
):
    owner = staff(Role.FRAMEWORK_OWNER, organisation)
    answers = [themed_answer(consultation, text, {}) for text in ("mould in my room", "my inhaler", "idk", "no bus")]
    from engage.themes.models import ThemeAssignment

    ThemeAssignment.objects.create(answer=answers[0], slug="housing", source=ThemeSource.REVIEWER)
    run = start_retheme(user=owner, consultation=consultation)
    assert (run.status, run.total) == (RethemeRun.Status.QUEUED, 4)
    run = run_retheme(run_id=run.id, batch_size=3)
    assert (run.status, run.done, run.percent) == (RethemeRun.Status.DONE, 4, 100)
    assert answers[0].theme_assignments.filter(source=ThemeSource.REVIEWER).count() == 1
    assert answers[1].theme_assignments.filter(source=ThemeSource.MODEL).exists()


def test_the_retheme_page_starts_a_run_and_shows_progress(client, consultation, staff, organisation, theme_model):
    themed_answer(consultation, "mould in my room", {"housing": 0.9})
    client.force_login(staff(Role.FRAMEWORK_OWNER, organisation))
    assert client.post("/admin/review/retheme/", {"consultation": consultation.id}).status_code == 302
    run = RethemeRun.objects.get()
    assert run.total == 1
    html = client.get("/admin/review/retheme/").content.decode()
    assert "1 of 1" in html or "0 of 1" in html
