"""A young person answers the demo consultation with no JavaScript: agree, four steps (one branched), about you, send."""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from cms.models import ConsultationPage
from cms.questions import steps_of
from engage.responses.models import Answer, Channel, Response


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()  # rate-limit counters live in the cache
    yield
    cache.clear()


def name_of(page, question_start: str) -> str:
    """The form field name of the question whose text starts with `question_start`."""
    return f"q-{question(page, question_start).block_id}"


def question(page, question_start: str):
    return next(q for s in steps_of(page) for q in s.questions if q.question.startswith(question_start))


def key_on(html: str) -> str:
    return re.search(r'name="idempotency_key" value="([^"]*)"', html).group(1)


def start(client, page) -> str:
    key = key_on(client.get(page.url).content.decode())
    response = client.post(page.url, {"consent": "on", "idempotency_key": key})
    assert response.status_code == 302 and response["Location"] == page.url + "step/1/"
    return key


def post_step(client, page, number, data, action="next", key=""):
    return client.post(f"{page.url}step/{number}/", {**data, "action": action, "idempotency_key": key})


def step_one(page, **extra):
    return {
        name_of(page, "How do you feel"): "4",
        name_of(page, "What would make it easier"): "More youth clubs & free buses",
        **extra,
    }


def step_two(page, tried="Yes"):
    barriers = name_of(page, "What stops")
    return {
        name_of(page, "Have you tried"): tried,
        barriers: ["Long waits", "Cost of getting there"],
        f"{barriers}-other": "Nobody explains anything",
        name_of(page, "How easy is it to see a GP"): "2",
    }


def step_three(page):
    ranking = name_of(page, "Put these in order")
    return {
        name_of(page, "What happened when"): "I waited 9 months for CAMHS.",
        f"{ranking}-0": "2",  # Being listened to
        f"{ranking}-1": "1",  # Short waits
        f"{ranking}-3": "3",  # Seeing the same person
    }


def step_four(page):
    return {name_of(page, "Had you heard"): "Not sure", name_of(page, "If you could change"): "Shorter waits"}


ABOUT = {
    "age_band": "13_15",
    "postcode": "s10 2tn",
    "gender": "prefer_not_to_say",
    "ethnicity": "Asian or Asian British: Pakistani",
    "plus_groups": ["young_carer", "send"],
}


def answer_everything(client, page, tried="Yes") -> str:
    key = start(client, page)
    assert post_step(client, page, 1, step_one(page), key=key)["Location"] == page.url + "step/2/"
    response = post_step(client, page, 2, step_two(page, tried), key=key)
    if tried == "Yes":
        assert response["Location"] == page.url + "step/3/"
        assert post_step(client, page, 3, step_three(page), key=key)["Location"] == page.url + "step/4/"
    else:
        assert response["Location"] == page.url + "step/4/"
    assert post_step(client, page, 4, step_four(page), key=key)["Location"] == page.url + "about-you/"
    return key


def send(client, page, key, about=ABOUT, **extra):
    return client.post(page.url + "about-you/", {**about, "action": "send", "idempotency_key": key, **extra})


# ---- the whole journey ----


def test_a_young_person_answers_every_step_and_gets_a_receipt(client, consultation):
    page = consultation
    key = answer_everything(client, page)
    sent = send(client, page, key)
    assert sent.status_code == 302 and sent["Location"] == page.url + "thanks/"

    stored = Response.objects.get()
    assert stored.idempotency_key == key and stored.consent_given
    assert stored.channel == Channel.ONLINE
    assert stored.organisation == page.forum.organisation
    assert (stored.age_band, stored.postcode_district, stored.gender) == ("13_15", "S10", "")
    assert stored.ethnicity == "Asian or Asian British: Pakistani"
    assert stored.plus_groups == ["young_carer", "send"]
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", stored.receipt_code)

    answers = {a.block_id: a for a in Answer.objects.filter(response=stored)}
    assert answers[question(page, "How do you feel").block_id].value == "4"
    better = answers[question(page, "What would make it easier").block_id]
    assert better.text == "More youth clubs & free buses" and better.is_free_text and better.value is None
    barriers = answers[question(page, "What stops").block_id]
    assert barriers.value == ["Long waits", "Cost of getting there", "Other"]
    assert barriers.text == "Nobody explains anything"
    assert answers[question(page, "Have you tried").block_id].value == "Yes"
    assert answers[question(page, "How easy").block_id].value == "2"
    assert answers[question(page, "What happened when").block_id].text == "I waited 9 months for CAMHS."
    ranking = answers[question(page, "Put these in order").block_id].value
    assert ranking == ["Short waits", "Being listened to", "Seeing the same person"]
    assert answers[question(page, "Had you heard").block_id].value == "Not sure"
    assert answers[question(page, "If you could change").block_id].text == "Shorter waits"
    # The optional question left empty is not stored as an answer.
    assert question(page, "What is good about").block_id not in answers
    assert len(answers) == 9

    thanks = client.get(page.url + "thanks/").content.decode()
    assert stored.receipt_code in thanks and 'class="receipt-code"' in thanks
    assert "More youth clubs &amp; free buses" in thanks


def test_the_consultation_page_explains_before_the_first_question(client, consultation):
    html = client.get(consultation.url).content.decode()
    assert consultation.what_happens_next in html
    assert consultation.retention in html
    assert "Under 13?" in html and "you trust" in html
    assert 'type="checkbox" name="consent"' in html
    assert "Childline" in html
    assert html.count("<h1") == 1


def test_no_answering_without_agreeing_first(client, consultation):
    response = client.get(consultation.url + "step/1/")
    assert response.status_code == 302 and response["Location"] == consultation.url
    html = client.post(consultation.url, {"idempotency_key": "x" * 32}).content.decode()
    assert "Tick the box to say you understand" in html
    assert 'class="error-summary"' in html


def test_the_steps_show_progress_and_every_kind_of_question(client, consultation):
    start(client, consultation)
    html = client.get(consultation.url + "step/2/").content.decode()
    assert "Step 2 of 3" in html  # the branched step is not counted until "Yes" is given
    assert 'type="radio"' in html and 'type="checkbox"' in html
    assert "Other, please say" in html and "1 – Very hard" in html and "5 – Very easy" in html
    html = client.get(consultation.url + "step/1/").content.decode()
    assert "😢 Very unhappy" in html
    assert "You can write up to 1,000 characters." in html
    assert 'autocomplete="off"' in html and "<fieldset" in html and "<legend>" in html
    assert 'maxlength="1000"' in html


# ---- errors ----


def test_a_missing_needed_answer_is_shown_in_the_summary_and_next_to_the_field(client, consultation):
    key = start(client, consultation)
    feel = name_of(consultation, "How do you feel")
    good = name_of(consultation, "What is good about")
    response = post_step(client, consultation, 1, {feel: "2", good: "The park <b>by</b> us"}, key=key)
    assert response.status_code == 200
    html = response.content.decode()
    needed = name_of(consultation, "What would make it easier")
    assert 'class="error-summary"' in html
    assert f'href="#id_{needed}"' in html
    assert f'id="{needed}-error"' in html and f'aria-describedby="{needed}-hint {needed}-error"' in html
    assert "This question needs an answer" in html
    # What was typed is still there, escaped.
    assert "The park &lt;b&gt;by&lt;/b&gt; us" in html
    assert re.search(rf'value="2"[^>]*name="{feel}"[^>]*checked|name="{feel}" value="2"[^>]*checked', html)
    assert not Response.objects.exists()


def test_an_over_long_answer_is_refused_with_the_limit(client, consultation):
    key = start(client, consultation)
    one_thing = name_of(consultation, "If you could change")  # limit 200
    post_step(client, consultation, 1, step_one(consultation), key=key)
    post_step(client, consultation, 2, step_two(consultation, "No"), key=key)
    html = post_step(client, consultation, 4, {one_thing: "a" * 201}, key=key).content.decode()
    assert "Your answer is 201 characters long. The most you can write here is 200 characters" in html
    assert "a" * 201 in html  # nothing typed is lost


def test_a_ranking_place_used_twice_is_refused(client, consultation):
    key = start(client, consultation)
    post_step(client, consultation, 1, step_one(consultation), key=key)
    post_step(client, consultation, 2, step_two(consultation, "Yes"), key=key)
    ranking = name_of(consultation, "Put these in order")
    response = post_step(client, consultation, 3, {f"{ranking}-0": "1", f"{ranking}-2": "1"}, key=key)
    assert response.status_code == 200
    assert "You gave 1st to more than one thing" in response.content.decode()


def test_a_bad_postcode_is_refused_and_nothing_is_sent(client, consultation):
    key = answer_everything(client, consultation)
    response = send(client, consultation, key, about={**ABOUT, "postcode": "not a postcode"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "first half of a postcode" in html and 'href="#id_postcode"' in html
    assert 'value="not a postcode"' in html
    assert not Response.objects.exists()


def test_a_submit_the_service_refuses_keeps_everything_and_says_why(client, consultation, settings):
    key = answer_everything(client, consultation)
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "MAX_RESPONSE_CHARS": 10}
    response = send(client, consultation, key)
    assert response.status_code == 200
    html = response.content.decode()
    assert "We could not send your answers" in html and "too long to store" in html
    assert 'value="13_15"' in html and "checked" in html
    assert not Response.objects.exists()
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "MAX_RESPONSE_CHARS": 50_000}
    assert send(client, consultation, key).status_code == 302
    assert Response.objects.count() == 1


# ---- branching and going back ----


def test_the_help_step_is_shown_only_after_yes(client, consultation):
    key = answer_everything(client, consultation, tried="Yes")
    send(client, consultation, key)
    yes = Response.objects.get()
    assert yes.answers.filter(block_id=question(consultation, "What happened when").block_id).exists()


def test_with_no_the_help_step_is_skipped_and_the_count_adjusts(client, consultation):
    key = start(client, consultation)
    post_step(client, consultation, 1, step_one(consultation), key=key)
    response = post_step(client, consultation, 2, step_two(consultation, "No"), key=key)
    assert response["Location"] == consultation.url + "step/4/"
    html = client.get(consultation.url + "step/4/").content.decode()
    assert "Step 3 of 3" in html
    # Going to the skipped step by hand moves on past it.
    assert client.get(consultation.url + "step/3/")["Location"] == consultation.url + "step/4/"


def test_answers_typed_on_a_skipped_step_are_not_sent(client, consultation):
    key = start(client, consultation)
    post_step(client, consultation, 1, step_one(consultation), key=key)
    post_step(client, consultation, 2, step_two(consultation, "Yes"), key=key)
    post_step(client, consultation, 3, step_three(consultation), key=key)
    post_step(client, consultation, 2, step_two(consultation, "No"), key=key)  # changed their mind
    post_step(client, consultation, 4, step_four(consultation), key=key)
    assert send(client, consultation, key).status_code == 302
    sent = Response.objects.get()
    assert not sent.answers.filter(block_id=question(consultation, "What happened when").block_id).exists()
    assert sent.answers.get(block_id=question(consultation, "Have you tried").block_id).value == "No"


def test_back_keeps_answers_on_both_steps(client, consultation):
    key = start(client, consultation)
    post_step(client, consultation, 1, step_one(consultation), key=key)
    one_thing = name_of(consultation, "If you could change")
    typed = {name_of(consultation, "Have you tried"): "No", name_of(consultation, "What stops"): ["Long waits"]}
    response = post_step(client, consultation, 2, typed, action="back", key=key)
    assert response["Location"] == consultation.url + "step/1/"
    html = client.get(consultation.url + "step/1/").content.decode()
    assert "More youth clubs &amp; free buses" in html
    html = client.get(consultation.url + "step/2/").content.decode()
    assert re.search(r'value="Long waits"[^>]*checked', html)
    post_step(client, consultation, 2, step_two(consultation, "No"), key=key)
    post_step(client, consultation, 4, {one_thing: "half typed"}, action="back", key=key)
    assert "half typed" in client.get(consultation.url + "step/4/").content.decode()


def test_coming_back_to_the_consultation_page_offers_to_carry_on(client, consultation):
    key = start(client, consultation)
    post_step(client, consultation, 1, step_one(consultation), key=key)
    assert post_step(client, consultation, 2, {}, action="back", key=key)["Location"] == consultation.url + "step/1/"
    back = post_step(client, consultation, 1, step_one(consultation), action="back", key=key)
    assert back["Location"] == consultation.url
    html = client.get(consultation.url).content.decode()
    assert "Carry on where you left off" in html and f'href="{consultation.url}step/2/"' in html
    assert "More youth clubs" in client.get(consultation.url + "step/1/").content.decode()


def test_going_back_from_about_you_returns_to_the_last_step_shown(client, consultation):
    key = answer_everything(client, consultation, tried="No")
    response = send(client, consultation, key, action="back")
    assert response["Location"] == consultation.url + "step/4/"
    assert 'value="13_15"' in client.get(consultation.url + "about-you/").content.decode()
    assert not Response.objects.exists()


def test_about_you_waits_until_every_shown_step_is_done(client, consultation):
    key = start(client, consultation)
    post_step(client, consultation, 1, step_one(consultation), key=key)
    assert client.get(consultation.url + "about-you/")["Location"] == consultation.url + "step/2/"


# ---- sending once ----


def test_a_double_clicked_send_stores_once_and_shows_the_same_receipt(client, consultation):
    key = answer_everything(client, consultation)
    first = send(client, consultation, key)
    again = send(client, consultation, key)
    assert first["Location"] == again["Location"] == consultation.url + "thanks/"
    assert Response.objects.count() == 1
    code = Response.objects.get().receipt_code
    assert code in client.get(consultation.url + "thanks/").content.decode()


def test_a_retry_from_a_fresh_session_with_the_same_key_shows_the_same_receipt(client, consultation, django_user_model):
    key = answer_everything(client, consultation)
    send(client, consultation, key)
    code = Response.objects.get().receipt_code
    client.cookies.clear()  # the session is gone, but the form still carries its key
    retried = send(client, consultation, key)
    assert retried["Location"] == consultation.url + "thanks/"
    assert code in client.get(retried["Location"]).content.decode()
    assert Response.objects.count() == 1


def test_an_old_consent_form_after_sending_starts_a_new_response(client, consultation):
    key = answer_everything(client, consultation)
    send(client, consultation, key)
    # The browser's Back button brings the consent form (with the sent key) back, and they start again.
    client.post(consultation.url, {"consent": "on", "idempotency_key": key})
    assert client.session["answering"][str(consultation.pk)]["key"] != key
    post_step(client, consultation, 1, step_one(consultation))
    post_step(client, consultation, 2, step_two(consultation, "No"))
    post_step(client, consultation, 4, {})
    send(client, consultation, client.session["answering"][str(consultation.pk)]["key"])
    assert Response.objects.count() == 2


def test_a_consultation_not_open_yet_says_when_it_opens(client, consultation):
    opens = timezone.localdate() + timedelta(days=3)
    ConsultationPage.objects.filter(pk=consultation.pk).update(opens_on=opens)
    html = client.get(consultation.url).content.decode()
    assert "This opens on" in html and 'name="consent"' not in html


def test_branching_on_multiple_choice_looks_among_the_chosen():
    from cms.answering.journey import answer_matches

    assert answer_matches(["Long waits", "Cost of getting there"], "cost of getting there ")
    assert not answer_matches(["Long waits"], "Cost of getting there")
    assert answer_matches("Yes", "yes") and not answer_matches("No", "Yes")
    assert not answer_matches(None, "Yes") and not answer_matches([], "Yes")


def test_after_sending_the_answers_leave_the_session(client, consultation):
    key = answer_everything(client, consultation)
    send(client, consultation, key)
    state = client.session["answering"][str(consultation.pk)]
    assert set(state) == {"key", "receipt"}
    # Starting again (someone else on a shared phone) gets a new, empty response.
    assert start(client, consultation) != key
    assert "More youth clubs" not in client.get(consultation.url + "step/1/").content.decode()


# ---- abuse and closed consultations ----


def test_a_closed_consultation_takes_no_answers(client, consultation):
    key = answer_everything(client, consultation)
    ConsultationPage.objects.filter(pk=consultation.pk).update(closes_on=timezone.localdate() - timedelta(days=1))
    response = send(client, consultation, key)
    assert response.status_code == 403
    assert "not taking answers" in response.content.decode()
    assert not Response.objects.exists()
    assert client.post(consultation.url, {"consent": "on"}).status_code == 403
    assert "not taking answers" in client.get(consultation.url + "step/1/").content.decode()


def test_a_filled_honeypot_pretends_success_and_stores_nothing(client, consultation):
    key = answer_everything(client, consultation)
    response = send(client, consultation, key, website="http://spam.example")
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    assert not Response.objects.exists()


def test_too_many_sends_from_one_client_get_a_plain_429(client, consultation, settings):
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "RATE_LIMITS": {"submit": "2/h"}}
    key = answer_everything(client, consultation)
    send(client, consultation, key)
    send(client, consultation, key)
    limited = send(client, consultation, key)
    assert limited.status_code == 429
    assert "Please wait a few minutes" in limited.content.decode()
    assert Response.objects.count() == 1


def test_a_limited_send_keeps_the_answers(client, consultation, settings):
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "RATE_LIMITS": {"submit": "0/h"}}
    key = answer_everything(client, consultation)
    limited = send(client, consultation, key)
    assert limited.status_code == 429 and "Your answers are kept" in limited.content.decode()
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "RATE_LIMITS": {"submit": "5/h"}}
    assert send(client, consultation, key).status_code == 302
    assert Response.objects.get().age_band == "13_15"


def test_going_back_does_not_count_as_sending(client, consultation, settings):
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "RATE_LIMITS": {"submit": "1/h"}}
    key = answer_everything(client, consultation)
    for _ in range(3):
        assert send(client, consultation, key, action="back").status_code == 302
    assert send(client, consultation, key).status_code == 302
    assert Response.objects.count() == 1


def test_every_form_has_csrf_protection(consultation):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    refused = strict.post(consultation.url, {"consent": "on"})
    assert refused.status_code == 403 and "Please try again" in refused.content.decode()
    assert "csrfmiddlewaretoken" in strict.get(consultation.url).content.decode()


def test_no_ip_address_or_device_is_stored_with_a_response(client, consultation):
    key = answer_everything(client, consultation)
    client.post(
        consultation.url + "about-you/",
        {**ABOUT, "action": "send", "idempotency_key": key},
        REMOTE_ADDR="203.0.113.42",
        HTTP_USER_AGENT="PhoneBrowser/1.0",
    )
    stored = Response.objects.get()
    names = {f.name for f in Response._meta.get_fields()}
    assert not {n for n in names if "ip" in n.split("_") or "agent" in n or "device" in n or "user" in n}
    row = Response.objects.filter(pk=stored.pk).values().get()
    values = " ".join(str(v) for v in row.values())
    answers = " ".join(str(v) for a in Answer.objects.values() for v in a.values())
    for identifier in ["203.0.113.42", "127.0.0.1", "PhoneBrowser"]:
        assert identifier not in values and identifier not in answers


def test_a_box_ticked_twice_in_a_crafted_form_counts_once(consultation):
    from django.http import QueryDict

    from cms.answering.step_form import StepForm

    step = steps_of(consultation)[1]
    barriers = name_of(consultation, "What stops")
    data = QueryDict(mutable=True)
    data.setlist(barriers, ["Long waits", "Long waits"])
    form = StepForm(data, step=step)
    assert form.is_valid(), form.errors
    (answer,) = [a for a in form.answers() if a.question_type == "multiple_choice"]
    assert answer.value == ["Long waits"]


def test_a_young_person_who_writes_that_they_are_not_safe_sees_where_to_get_help_now(client, consultation):
    page = consultation
    key = start(client, page)
    one = {**step_one(page), name_of(page, "What would make it easier"): "my stepdad hits me and im scared to go home"}
    post_step(client, page, 1, one, key=key)
    post_step(client, page, 2, step_two(page, "No"), key=key)
    post_step(client, page, 4, step_four(page), key=key)
    send(client, page, key)
    thanks = client.get(page.url + "thanks/").content.decode()
    assert "Thank you for telling us" in thanks and "0800 1111" in thanks


def test_an_ordinary_answer_gets_the_ordinary_thank_you(client, consultation):
    page = consultation
    send(client, page, answer_everything(client, page))
    assert "Thank you for telling us" not in client.get(page.url + "thanks/").content.decode()
