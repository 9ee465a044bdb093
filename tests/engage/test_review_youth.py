import pytest
from django.utils import timezone

from engage.organisations.models import Role
from engage.review import selectors, services
from engage.review.models import Review, ReviewerKind
from engage.review.reports import agreement_report
from engage.safeguarding.models import AnswerCheck, SafeguardingAlert
from engage.themes.models import ThemeSource
from tests.engage.reviewing import themed_answer


def _checked(answer, redacted=None):
    AnswerCheck.objects.update_or_create(
        answer=answer, defaults={"redacted_text": redacted or answer.text, "checked_at": timezone.now()}
    )
    return answer


@pytest.fixture
def forum(consultation):
    return consultation.get_parent()


@pytest.fixture
def youth(forum):
    return services.add_youth_reviewer(email="Sam@Example.org", forum=forum, password="a-long-youth-password")


def test_a_youth_reviewer_sees_only_checked_answers_of_their_own_forum_without_concerns(youth, consultation):
    mine = _checked(themed_answer(consultation, "the park is full of litter", {"environment": 0.7}))
    themed_answer(consultation, "not redacted yet", {"environment": 0.7})
    worrying = _checked(themed_answer(consultation, "he hurts me", {"safety": 0.9}))
    SafeguardingAlert.objects.create(
        answer=worrying, response=worrying.response, organisation=worrying.response.organisation
    )
    assert list(selectors.youth_reviewable_answers(youth)) == [mine]


def test_a_youth_reviewer_of_another_forum_sees_nothing(consultation, forum):
    from cms.models import YouthForumPage

    other = YouthForumPage(title="Another forum", slug="another-forum", organisation=forum.specific.organisation)
    forum.get_parent().add_child(instance=other)
    stranger = services.add_youth_reviewer(email="other@example.org", forum=other)
    _checked(themed_answer(consultation, "the park is full of litter", {"environment": 0.7}))
    assert not selectors.youth_reviewable_answers(stranger).exists()


def test_yes_and_no_per_theme_complete_a_youth_review_that_counts_in_agreement(youth, consultation, staff, forum):
    answer = _checked(themed_answer(consultation, "no money for the bus", {"environment": 0.6, "income_poverty": 0.5}))
    review = services.check_theme(answer=answer, reviewer=youth, slug="environment", is_right=True)
    assert not review.is_complete and not answer.theme_assignments.exclude(source=ThemeSource.MODEL).exists()
    review = services.check_theme(answer=answer, reviewer=youth, slug="income_poverty", is_right=False)
    assert review.is_complete and review.reviewer_kind == ReviewerKind.YOUTH and review.themes == ["environment"]
    assert list(answer.theme_assignments.exclude(source=ThemeSource.MODEL).values_list("slug", "source")) == [
        ("environment", ThemeSource.YOUTH_REVIEWER)
    ]
    owner = staff(Role.FRAMEWORK_OWNER, forum.specific.organisation)
    report = agreement_report(selectors.reviewable_answers(owner))
    assert report["youth_reviews"] == 1 and report["model_youth"]["units"] == 1


def test_the_youth_page_asks_one_theme_at_a_time_with_big_plain_buttons(client, youth, consultation):
    answer = _checked(
        themed_answer(consultation, "ask josh, the bus is rubbish", {"environment": 0.6}),
        "ask [PERSON], the bus is rubbish",
    )
    client.force_login(youth)
    html = client.get("/youth-review/").content.decode()
    assert "Yes, that's right" in html and "No, that's not it" in html
    assert "ask [PERSON], the bus is rubbish" in html and "josh" not in html
    response = client.post("/youth-review/", {"answer": answer.id, "theme": "environment", "choice": "no"})
    assert response.status_code == 302
    assert Review.objects.get(answer=answer, reviewer=youth).themes == []
    assert "checked everything" in client.get("/youth-review/").content.decode()


def test_youth_reviewers_have_no_admin_access_and_others_no_youth_page(client, youth, staff, organisation):
    client.force_login(youth)
    for url in ("/admin/", "/admin/review/", "/admin/responses/"):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or response["Location"].startswith("/accounts/login/")
    client.force_login(staff(Role.YOUTH_WORKER, organisation))
    assert client.get("/youth-review/").status_code == 403
    client.logout()
    assert client.get("/youth-review/")["Location"].startswith("/accounts/login/")


def test_a_youth_reviewer_cannot_check_answers_outside_their_forums(client, youth, consultation):
    answer = themed_answer(consultation, "not redacted yet", {"environment": 0.7})  # not checked: not theirs to see
    client.force_login(youth)
    assert (
        client.post("/youth-review/", {"answer": answer.id, "theme": "environment", "choice": "yes"}).status_code == 404
    )
    assert not Review.objects.exists()
