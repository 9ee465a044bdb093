"""Coming back with a receipt code, leaving an email address to hear back, and the "about you" questions."""

import re
from html import unescape

import pytest
from django.core.cache import cache

from cms.answering.views import forum_areas
from cms.forms import ETHNIC_GROUPS, AboutYouForm, ethnicity_value, plus_groups
from cms.models import YouSaidWeDidPage
from cms.questions import steps_of
from engage.areas.models import Area
from engage.responses.models import ContactRequest, Response
from tests.helpers import submit_free_text


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def sent(consultation):
    """A response sent to the demo consultation, with some free text that looks like HTML."""
    return submit_free_text(consultation, "<script>alert(1)</script>", "k" * 32)


def look_up(client, code):
    return client.post("/receipt/", {"code": code})


# ---- receipts ----


def test_a_receipt_code_shows_the_status_and_you_said_we_did(client, sent, consultation):
    response = look_up(client, sent.receipt_code.lower().replace("-", " "))
    assert response.status_code == 302 and response["Location"] == "/receipt/status/"
    html = client.get("/receipt/status/").content.decode()
    assert "Received" in html and consultation.title in html
    you_said = YouSaidWeDidPage.objects.child_of(consultation).get()
    assert f'href="{you_said.url}"' in html
    assert "Take my answers back" in html
    assert "<script>alert(1)</script>" not in html


def test_without_a_published_you_said_we_did_the_status_says_what_happens_next(client, sent, consultation):
    YouSaidWeDidPage.objects.child_of(consultation).get().unpublish()
    look_up(client, sent.receipt_code)
    html = client.get("/receipt/status/").content.decode()
    assert "See what we did" not in html
    assert consultation.what_happens_next in html


def test_an_unknown_code_says_so_plainly(client, sent):
    html = unescape(look_up(client, "ZZZZ-ZZZZ").content.decode())
    assert "We can't find that code" in html and 'href="#id_code"' in html
    html = look_up(client, "abc").content.decode()
    assert "8 letters and numbers" in html
    assert client.get("/receipt/status/")["Location"] == "/receipt/"


def test_look_ups_are_rate_limited(client, sent, settings):
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "RATE_LIMITS": {"receipt": "3/h"}}
    for _ in range(3):
        assert look_up(client, "ZZZZ-ZZZZ").status_code == 200
    limited = look_up(client, sent.receipt_code)
    assert limited.status_code == 429
    assert "Please wait a few minutes" in limited.content.decode()
    assert client.get("/receipt/status/")["Location"] == "/receipt/"


def test_withdrawing_asks_first_then_deletes_the_answers(client, sent):
    look_up(client, sent.receipt_code)
    confirm = client.get("/receipt/withdraw/")
    assert confirm.status_code == 200 and "Are you sure" in confirm.content.decode()
    sent.refresh_from_db()
    assert sent.withdrawn_at is None and sent.answers.exists()

    assert client.post("/receipt/withdraw/")["Location"] == "/receipt/status/"
    sent.refresh_from_db()
    assert sent.withdrawn_at is not None and not sent.answers.exists()
    html = client.get("/receipt/status/").content.decode()
    assert "You took your answers back" in html and "Take my answers back" not in html


def test_withdrawing_needs_a_code_looked_up_in_this_session(client, sent):
    assert client.post("/receipt/withdraw/")["Location"] == "/receipt/"
    sent.refresh_from_db()
    assert sent.withdrawn_at is None


def test_receipt_forms_carry_csrf(sent):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/receipt/", {"code": sent.receipt_code}).status_code == 403


# ---- the thank-you page ----


def answer_and_send(client, consultation, text="More buses"):
    html = client.get(consultation.url).content.decode()
    key = re.search(r'name="idempotency_key" value="([^"]*)"', html).group(1)
    client.post(consultation.url, {"consent": "on", "idempotency_key": key})
    steps = steps_of(consultation)
    needed = next(q for s in steps for q in s.questions if q.required)
    tried = next(q for s in steps for q in s.questions if q.key == "tried_help")
    data = {1: {f"q-{needed.block_id}": text}, 2: {f"q-{tried.block_id}": "No"}, 4: {}}
    for number, answers in data.items():
        client.post(f"{consultation.url}step/{number}/", {**answers, "idempotency_key": key})
    assert client.post(consultation.url + "about-you/", {"idempotency_key": key})["Location"].endswith("/thanks/")
    return key


def test_the_thank_you_page_escapes_what_was_written(client, consultation):
    answer_and_send(client, consultation, text='<img src=x onerror="alert(1)"> & more')
    html = client.get(consultation.url + "thanks/").content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more" in html
    assert Response.objects.get().receipt_code in html


def test_the_thank_you_page_needs_a_sent_response(client, consultation):
    assert client.get(consultation.url + "thanks/")["Location"] == consultation.url


def test_an_email_left_on_the_thank_you_page_is_kept_apart_from_the_answers(client, consultation, settings):
    answer_and_send(client, consultation)
    response = client.post(consultation.url + "thanks/", {"email": "sam@example.org"})
    assert response.status_code == 302
    contact = ContactRequest.objects.get()
    assert contact.email == "sam@example.org" and contact.consultation_id == consultation.pk
    names = {f.name for f in ContactRequest._meta.get_fields()}
    assert "response" not in names
    assert "sam@example.org" not in str(Response.objects.values().get())
    html = client.get(consultation.url + "thanks/").content.decode()
    assert "We will email you once" in html


def test_a_bad_email_is_refused_plainly(client, consultation):
    answer_and_send(client, consultation)
    html = unescape(client.post(consultation.url + "thanks/", {"email": "not an email"}).content.decode())
    assert "doesn't look like an email address" in html and 'href="#id_email"' in html
    assert 'value="not an email"' in html
    assert not ContactRequest.objects.exists()


def test_a_contact_form_honeypot_stores_nothing(client, consultation):
    answer_and_send(client, consultation)
    client.post(consultation.url + "thanks/", {"email": "bot@example.org", "website": "x"})
    assert not ContactRequest.objects.exists()


# ---- about you ----


def test_ethnic_groups_are_the_19_ons_2021_groups_and_fit_the_field():
    values = [ethnicity_value(heading, group) for heading, groups in ETHNIC_GROUPS.items() for group in groups]
    assert len(ETHNIC_GROUPS) == 5 and len(values) == 19
    limit = Response._meta.get_field("ethnicity").max_length
    assert all(len(v) <= limit for v in values) and len(set(values)) == 19
    assert "Other ethnic group: Arab" in values and "White: Any other" in values


def test_plus_groups_come_from_the_framework():
    slugs = [slug for slug, _ in plus_groups()]
    assert {"care_experienced", "young_carer", "send", "lgbtq"} <= set(slugs)


def test_every_about_you_question_can_be_skipped_or_prefer_not_to_say():
    form = AboutYouForm({"plus_groups": ["prefer_not_to_say"], "age_band": "prefer_not_to_say", "gender": ""})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["plus_groups"] == [] and form.cleaned_data["age_band"] == ""
    assert form.cleaned_data["gender"] == "" and form.cleaned_data["ethnicity"] == ""
    assert "checked" not in str(AboutYouForm()["age_band"])  # nothing chosen for them
    assert not AboutYouForm({"plus_groups": ["prefer_not_to_say", "send"]}).is_valid()
    assert all(not field.required for field in form.fields.values())


def test_a_forum_serving_named_places_asks_for_one_instead_of_a_postcode(client, consultation):
    forum = consultation.forum
    assert forum_areas(consultation) == []  # Sheffield's children are LSOAs: ask for a postcode
    forum.area = Area.objects.get(code="E54000061")  # the ICB: Sheffield and Rotherham
    forum.save()
    consultation.refresh_from_db()
    areas = forum_areas(consultation)
    assert [a.name for a in areas] == ["Rotherham", "Sheffield"]
    rotherham = areas[0]
    answer_and_send_with = {"area": str(rotherham.pk)}
    html = client.get(consultation.url).content.decode()
    key = re.search(r'name="idempotency_key" value="([^"]*)"', html).group(1)
    client.post(consultation.url, {"consent": "on", "idempotency_key": key})
    steps = steps_of(consultation)
    needed = next(q for s in steps for q in s.questions if q.required)
    client.post(consultation.url + "step/1/", {f"q-{needed.block_id}": "x", "idempotency_key": key})
    client.post(consultation.url + "step/2/", {"idempotency_key": key})
    client.post(consultation.url + "step/4/", {"idempotency_key": key})
    html = client.get(consultation.url + "about-you/").content.decode()
    assert "Which area do you live in?" in html and 'name="postcode"' not in html
    client.post(consultation.url + "about-you/", {**answer_and_send_with, "idempotency_key": key})
    assert Response.objects.get().area_id == rotherham.pk
