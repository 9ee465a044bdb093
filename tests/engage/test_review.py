import pytest
from django.core.exceptions import ValidationError

from engage.organisations.models import Role
from engage.review import selectors, services
from engage.review.models import Review
from engage.review.selectors import QueueFilters, next_for_review, reviewable_answers
from engage.review.text import highlighted
from engage.themes.models import ThemeSource
from tests.engage.reviewing import themed_answer


class FixedRandom:
    """Stands in for `random`: a fixed draw, and choice() takes the last row."""

    def __init__(self, draw):
        self.draw = draw

    def random(self):
        return self.draw

    def choice(self, rows):
        return rows[-1]


@pytest.fixture
def owner(staff, organisation):
    return staff(Role.FRAMEWORK_OWNER, organisation)


@pytest.fixture
def answers(consultation):
    # Which answers are double coded depends on a hash of their ids, and ids differ between databases; tests of a
    # single reviewer's codes switch double coding off (the double-coding tests switch it on).
    services.set_double_coding_share(consultation_id=consultation.id, share=0.0)
    return {
        "sure": themed_answer(consultation, "theres mould in my room", {"housing": 0.95}),
        "unsure": themed_answer(consultation, "the bus is rubbish", {"environment": 0.41}),
        "middling": themed_answer(consultation, "school is hard", {"education": 0.7, "mental_health": 0.65}),
    }


def _next(user, rng=None, **filters):
    return next_for_review(reviewable_answers(user), user, QueueFilters(**filters), rng=rng or FixedRandom(0.99))


def test_the_least_confident_answer_comes_first_unless_the_random_share_is_drawn(owner, answers):
    assert _next(owner) == (answers["unsure"].id, False, 3)
    # A draw under the random share serves any answer (here the last) and says it came from the random sample.
    answer_id, at_random, _ = _next(owner, rng=FixedRandom(0.1))
    assert at_random and answer_id == answers["sure"].id


def test_filters_narrow_the_queue_by_theme_and_confidence_band(owner, answers):
    assert _next(owner, theme="education")[0] == answers["middling"].id
    assert _next(owner, band="high")[0] == answers["sure"].id
    assert _next(owner, band="low")[:2] == (answers["unsure"].id, False)


def test_accept_reject_and_add_record_the_reviewers_codes_and_keep_the_model_themes(owner, answers):
    answer = answers["middling"]
    review = services.submit_review(answer=answer, reviewer=owner, kept=["education"], added=["safety"])
    assert review.themes == ["education", "safety"]
    assert review.checks == {"education": True, "mental_health": False}
    assert not review.from_random_sample
    human = set(answer.theme_assignments.filter(source=ThemeSource.REVIEWER).values_list("slug", "created_by"))
    assert human == {("education", owner.id), ("safety", owner.id)}
    assert answer.theme_assignments.filter(source=ThemeSource.MODEL).count() == 2
    # Reviewed answers leave this reviewer's queue.
    assert answer.id not in {row["id"] for row in selectors.queue(reviewable_answers(owner), owner, QueueFilters())}


def test_a_theme_outside_the_framework_or_the_models_list_is_refused(owner, answers):
    with pytest.raises(ValidationError):
        services.submit_review(answer=answers["sure"], reviewer=owner, kept=[], added=["not_a_theme"])
    with pytest.raises(ValidationError):
        services.submit_review(answer=answers["sure"], reviewer=owner, kept=["asthma"])


def test_double_coded_answers_go_to_two_reviewers_blind_and_disagreements_are_settled(
    owner, staff, organisation, consultation, answers
):
    services.set_double_coding_share(consultation_id=consultation.id, share=1.0)
    second = staff(Role.FRAMEWORK_OWNER, organisation)
    answer = answers["unsure"]
    services.submit_review(answer=answer, reviewer=owner, kept=["environment"])
    assert Review.objects.get(answer=answer).double_coded
    # Still waiting for a second coder: no human codes yet, and the second reviewer still gets it.
    assert selectors.final_codes([answer.id]) == {answer.id: None}
    assert _next(second)[0] == answer.id
    assert _next(owner)[0] != answer.id

    services.submit_review(answer=answer, reviewer=second, kept=[], added=["income_poverty"])
    disputed = selectors.disputed_answers(reviewable_answers(owner))
    assert disputed == [answer]
    assert not answer.theme_assignments.exclude(source=ThemeSource.MODEL).exists()

    services.settle(answer=answer, user=owner, themes=["environment", "income_poverty"])
    assert selectors.disputed_answers(reviewable_answers(owner)) == []
    assert selectors.final_codes([answer.id]) == {answer.id: ["environment", "income_poverty"]}
    assert set(answer.theme_assignments.filter(source=ThemeSource.REVIEWER).values_list("slug", flat=True)) == {
        "environment",
        "income_poverty",
    }


def test_only_a_share_of_answers_is_double_coded_and_the_allocation_is_stable():
    allocated = [selectors.is_double_coded(i, 0.1) for i in range(1, 2001)]
    assert 150 < sum(allocated) < 250
    assert allocated == [selectors.is_double_coded(i, 0.1) for i in range(1, 2001)]
    assert not any(selectors.is_double_coded(i, 0.0) for i in range(1, 200))


def test_framework_owners_see_only_their_organisations_answers(staff, other_organisation, answers):
    stranger = staff(Role.FRAMEWORK_OWNER, other_organisation)
    assert not reviewable_answers(stranger).exists()
    assert _next(stranger) == (None, False, 0)


def test_highlighting_escapes_the_text_and_marks_the_evidence():
    html = highlighted("<b>Mould</b> & more mould", ["mould"])
    assert html == "&lt;b&gt;<mark>Mould</mark>&lt;/b&gt; &amp; more <mark>mould</mark>"
    assert highlighted(None, ["mould"]) == "<em>(not yet checked)</em>"
    assert highlighted("<script>x</script>", []) == "&lt;script&gt;x&lt;/script&gt;"


# Views: wiring and permissions.


def test_the_queue_page_shows_the_next_answer_redacted_and_a_post_saves_and_moves_on(
    client, owner, answers, monkeypatch
):
    monkeypatch.setattr("engage.review.admin_views.staff_text", lambda answer: answer.text.upper())
    client.force_login(owner)
    html = client.get("/admin/review/").content.decode()
    assert "THE BUS IS RUBBISH" in html and 'name="kept" value="environment"' in html
    assert "the bus is rubbish" not in html  # never the raw text
    response = client.post(
        f"/admin/review/{answers['unsure'].id}/",
        {"kept": [], "added": ["income_poverty"], "sample": "random", "query": "band=low"},
    )
    assert response.status_code == 302 and response["Location"] == "/admin/review/?band=low"
    review = Review.objects.get(answer=answers["unsure"])
    assert review.themes == ["income_poverty"] and review.from_random_sample


def test_reviewers_read_safeguardings_redacted_text_with_the_evidence_marked(client, owner, consultation):
    from django.utils import timezone

    from engage.safeguarding.models import AnswerCheck

    answer = themed_answer(consultation, "ask josh about the <mould>", {"housing": 0.3}, evidence={"housing": "mould"})
    AnswerCheck.objects.update_or_create(
        answer=answer, defaults={"redacted_text": "ask [PERSON] about the <mould>", "checked_at": timezone.now()}
    )
    client.force_login(owner)
    html = client.get("/admin/review/").content.decode()
    assert "ask [PERSON] about the &lt;<mark>mould</mark>&gt;" in html
    assert "josh" not in html


def test_without_safeguardings_redacted_text_reviewers_see_not_yet_checked(client, owner, answers):
    client.force_login(owner)
    html = client.get("/admin/review/").content.decode()
    assert "(not yet checked)" in html and "the bus is rubbish" not in html


@pytest.mark.parametrize("role", [Role.YOUTH_WORKER, Role.ANALYST])
def test_youth_workers_and_analysts_cannot_review(client, staff, organisation, answers, role):
    client.force_login(staff(role, organisation))
    for response in (
        client.get("/admin/review/"),
        client.post(f"/admin/review/{answers['sure'].id}/", {"kept": ["housing"]}),
    ):
        assert response.status_code in (302, 403)
        assert b"mould" not in response.content
    assert not Review.objects.exists()


def test_a_framework_owner_elsewhere_cannot_review_these_answers(client, staff, other_organisation, answers):
    client.force_login(staff(Role.FRAMEWORK_OWNER, other_organisation))
    assert "Nothing left to review" in client.get("/admin/review/").content.decode()
    assert client.post(f"/admin/review/{answers['sure'].id}/", {"kept": ["housing"]}).status_code == 404
    assert not Review.objects.exists()


def test_the_disagreements_page_lists_them_and_a_settle_post_sets_the_codes(
    client, owner, staff, organisation, consultation, answers
):
    services.set_double_coding_share(consultation_id=consultation.id, share=1.0)
    answer = answers["unsure"]
    services.submit_review(answer=answer, reviewer=owner, kept=["environment"])
    services.submit_review(answer=answer, reviewer=staff(Role.FRAMEWORK_OWNER, organisation), kept=[])
    client.force_login(owner)
    html = client.get("/admin/review/disputed/").content.decode()
    assert f"/admin/review/disputed/{answer.id}/" in html
    response = client.post(f"/admin/review/disputed/{answer.id}/", {"themes": ["environment", "income_poverty"]})
    assert response.status_code == 302
    assert selectors.final_codes([answer.id]) == {answer.id: ["environment", "income_poverty"]}
    assert "No disagreements waiting" in client.get("/admin/review/disputed/").content.decode()


def test_keyboard_review_comes_from_an_external_script_and_buttons_have_access_keys(client, owner, answers):
    client.force_login(owner)
    html = client.get("/admin/review/").content.decode()
    assert 'src="/static/review/review-keys.js"' in html
    assert 'accesskey="s"' in html and 'accesskey="r"' in html
