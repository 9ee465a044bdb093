import pytest

from engage.organisations.models import Role
from engage.review import services
from engage.review.agreement import cohen_kappa, krippendorff_alpha, percent_agreement, theme_agreement
from engage.review.reports import agreement_report
from engage.review.selectors import reviewable_answers
from tests.engage.reviewing import themed_answer

# Two coders, ten answers, "is it about housing?" (1 yes, 0 no):
A = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]
B = [1, 1, 1, 0, 1, 0, 0, 0, 0, 0]


def test_cohens_kappa_matches_the_hand_computation():
    # Agree on answers 1-3 (yes) and 6-10 (no): p_o = 8/10 = 0.8.
    # Each coder says yes 4 times in 10: p_e = 0.4*0.4 + 0.6*0.6 = 0.16 + 0.36 = 0.52.
    # kappa = (0.8 - 0.52) / (1 - 0.52) = 0.28 / 0.48 = 0.58333...
    assert percent_agreement(A, B) == pytest.approx(0.8)
    assert cohen_kappa(A, B) == pytest.approx(0.28 / 0.48)
    assert cohen_kappa(A, A) == pytest.approx(1.0)
    assert cohen_kappa([0, 0, 0], [0, 0, 0]) is None  # chance agreement is perfect: undefined


def test_krippendorffs_alpha_matches_the_hand_computation_for_two_coders():
    # 20 codes: n_yes = 8, n_no = 12, n = 20. Each of the two disagreeing answers adds o(yes,no) = o(no,yes) = 1,
    # so the disagreeing coincidences sum to 4. Expected: n_yes*n_no + n_no*n_yes = 96 + 96 = 192.
    # alpha = 1 - (n - 1) * 4 / 192 = 1 - 19 * 4 / 192 = 1 - 76/192 = 0.604166...
    assert krippendorff_alpha(list(zip(A, B, strict=True))) == pytest.approx(1 - 76 / 192)


def test_krippendorffs_alpha_matches_the_hand_computation_for_three_coders_with_missing_codes():
    # Unit 1 (a,a,a): 6 ordered pairs of weight 1/(3-1) add o(a,a) = 3. Unit 2 (a,b): o(a,b) = o(b,a) = 1.
    # Unit 3 (b,b,b): o(b,b) = 3. Unit 4 has one code and cannot be paired.
    # n_a = 3 + 1 = 4, n_b = 1 + 3 = 4, n = 8; alpha = 1 - (8 - 1) * (1 + 1) / (4*4 + 4*4) = 1 - 14/32 = 0.5625.
    units = [["a", "a", "a"], ["a", "b"], ["b", "b", "b"], ["a"]]
    assert krippendorff_alpha(units) == pytest.approx(0.5625)
    assert krippendorff_alpha([["a", "a"], ["a", "a"]]) is None  # one value only: undefined


def test_theme_agreement_scores_each_theme_as_present_or_absent_and_pools_them_overall():
    housing_first = [{"housing"} if a else set() for a in A]
    housing_second = [{"housing"} if b else set() for b in B]
    units = [[first | {"food"}, second | {"food"}] for first, second in zip(housing_first, housing_second, strict=True)]
    result = theme_agreement(units, ["housing", "food", "asthma"])
    assert result["coders"] == "two" and result["units"] == 10
    assert result["per_theme"]["housing"]["kappa"] == pytest.approx(0.28 / 0.48)
    assert result["per_theme"]["food"]["agreement"] == 1.0 and result["per_theme"]["food"]["kappa"] is None
    assert result["per_theme"]["asthma"]["present"] == 0
    # Pooled: 30 (answer, theme) pairs, 2 disagreements; yes = 4+4 (housing) + 10+10 (food) = 28 of 60 codes.
    # p_o = 28/30; p_e = (14/30)^2 + (16/30)^2 = (196 + 256)/900 = 452/900; kappa = (28/30 - 452/900) / (448/900).
    assert result["overall"]["kappa"] == pytest.approx((28 / 30 - 452 / 900) / (448 / 900))
    three = theme_agreement([[{"food"}, {"food"}, set()]], ["food"])
    assert three["coders"] == "more" and three["overall"]["kappa"] is None


def test_the_report_measures_reviewers_and_the_model_on_double_coded_answers(staff, organisation, consultation):
    services.set_double_coding_share(consultation_id=consultation.id, share=1.0)
    first, second = staff(Role.FRAMEWORK_OWNER, organisation), staff(Role.FRAMEWORK_OWNER, organisation)
    agreed = themed_answer(consultation, "mould everywhere", {"housing": 0.9})
    split = themed_answer(consultation, "no money for the bus", {"environment": 0.5})
    for reviewer in (first, second):
        services.submit_review(answer=agreed, reviewer=reviewer, kept=["housing"])
    services.submit_review(answer=split, reviewer=first, kept=["environment"], added=["income_poverty"])
    services.submit_review(answer=split, reviewer=second, kept=["environment"])

    report = agreement_report(reviewable_answers(first))
    assert report["reviewers"]["units"] == 2 and report["reviewers"]["coders"] == "two"
    assert report["reviewers"]["per_theme"]["housing"]["agreement"] == 1.0
    assert report["reviewers"]["per_theme"]["income_poverty"]["agreement"] == 0.5
    assert report["model"]["units"] == 1  # only the agreed answer has final codes until the other is settled
    services.settle(answer=split, user=first, themes=["environment", "income_poverty"])
    report = agreement_report(reviewable_answers(first))
    assert report["model"]["units"] == 2
    # The model missed income_poverty on one of two answers: agreement 1/2 on that theme.
    assert report["model"]["per_theme"]["income_poverty"]["agreement"] == 0.5


def test_the_agreement_page_is_for_framework_owners(client, staff, organisation, consultation):
    themed_answer(consultation, "mould everywhere", {"housing": 0.9})
    client.force_login(staff(Role.FRAMEWORK_OWNER, organisation))
    html = client.get(f"/admin/review/agreement/?consultation={consultation.id}").content.decode()
    assert "Krippendorff" in html and 'value="10"' in html  # the default 10% double-coded share
    response = client.post("/admin/review/agreement/", {"consultation": consultation.id, "share_percent": "25"})
    assert response.status_code == 302
    assert consultation.review_settings.double_coding_share == 0.25
    client.force_login(staff(Role.ANALYST, organisation))
    assert client.get("/admin/review/agreement/").status_code in (302, 403)
