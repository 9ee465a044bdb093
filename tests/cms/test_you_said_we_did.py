from django.core import mail

from cms.models import Quote, YouSaidWeDidPage
from engage.organisations.models import Role
from engage.responses.models import ContactRequest
from engage.responses.services import request_feedback_contact, send_feedback
from engage.themes.models import ThemeAssignment, ThemeSource
from tests.helpers import submit_free_text


def _responses_raising(consultation, slug, n, key):

    for i in range(n):
        response = submit_free_text(consultation, "x", f"{key}-{i}")
        ThemeAssignment.objects.create(answer=response.answers.get(), slug=slug, source=ThemeSource.MODEL)


def test_the_page_shows_which_themes_raised_have_an_answer_and_which_not_yet(client, consultation):
    _responses_raising(consultation, "community", 12, "c")  # answered by an action in the demo
    _responses_raising(consultation, "oral_health", 10, "o")  # no action yet
    _responses_raising(consultation, "epilepsy", 3, "e")  # too few to name on a public page
    page = YouSaidWeDidPage.objects.get()
    html = client.get(page.url).content.decode()
    assert "Community, places to go and belonging: <strong>we have answered this</strong>" in html
    assert "Oral health: not answered yet" in html
    assert "Epilepsy" not in html


def test_quotes_chosen_by_staff_are_shown_escaped(client, consultation):
    page = YouSaidWeDidPage.objects.get()
    Quote.objects.create(page=page, text="the youth club <b>shut</b> so we hang round the shops", theme="community")
    html = client.get(page.url).content.decode()
    assert "the youth club &lt;b&gt;shut&lt;/b&gt; so we hang round the shops" in html


def test_feedback_goes_once_to_those_who_asked_then_their_addresses_are_deleted(consultation):
    request_feedback_contact(consultation=consultation, email="a@example.org")
    request_feedback_contact(consultation=consultation, email="b@example.org")
    assert send_feedback(consultation=consultation, url="https://voice.example/you-said/") == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["a@example.org", "b@example.org"]
    body = mail.outbox[0].body
    assert "https://voice.example/you-said/" in body and consultation.title in body
    assert "deleted your email address" in body
    assert not ContactRequest.objects.exists()
    assert send_feedback(consultation=consultation, url="https://voice.example/you-said/") == 0


def test_publishing_the_page_in_the_admin_tells_them(
    client, consultation, staff, organisation, django_capture_on_commit_callbacks
):
    request_feedback_contact(consultation=consultation, email="young.person@example.org")
    client.force_login(staff(Role.YOUTH_WORKER, organisation))
    page = YouSaidWeDidPage.objects.get()
    from django.contrib.auth.models import Permission
    from wagtail.models import GroupPagePermission

    group = staff(Role.YOUTH_WORKER, organisation).groups.get()
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=consultation.get_parent(),
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    edit = client.get(f"/admin/pages/{page.id}/edit/")
    assert edit.status_code == 200
    form = edit.context["form"]
    data = {name: field.value() for name, field in ((n, form[n]) for n in form.fields) if field.value() is not None}
    data = {k: v for k, v in data.items() if not isinstance(v, list | dict)}
    data.update(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": '{"blocks": [{"key": "a", "type": "unstyled", "text": "We listened.", "depth": 0, "inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}',
            "action-publish": "action-publish",
            "actions-TOTAL_FORMS": "0",
            "actions-INITIAL_FORMS": "0",
            "actions-MIN_NUM_FORMS": "0",
            "actions-MAX_NUM_FORMS": "1000",
            "quotes-TOTAL_FORMS": "0",
            "quotes-INITIAL_FORMS": "0",
            "quotes-MIN_NUM_FORMS": "0",
            "quotes-MAX_NUM_FORMS": "6",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{page.id}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert [m.to for m in mail.outbox] == [["young.person@example.org"]]
