"""Training choices: the linear model kinds, and cross-validated (out-of-fold) calibration when no dev file is given."""

import numpy as np
import pytest
from scipy.special import expit

import nlp
import nlp.training
from nlp.linear import LinearThemer
from tests.nlp.theming_support import TOY_EXAMPLES

TEXTS = [e["text"] for e in TOY_EXAMPLES]
Y = np.array([["fruit" in e["themes"], "vehicle" in e["themes"]] for e in TOY_EXAMPLES])


@pytest.mark.parametrize("kind", ["logistic", "svm", "nbsvm"])
def test_each_linear_kind_scores_in_zero_one_and_ranks_the_right_theme_first(kind):
    linear = LinearThemer(c=1.0, kind=kind).fit(TEXTS, [""] * len(TEXTS), Y)
    scores = linear.scores(["apples and pears", "the bus and my bike"], ["", ""])
    assert scores.shape == (2, 2)
    assert ((scores > 0) & (scores < 1)).all()
    assert scores[0, 0] > scores[0, 1] and scores[1, 1] > scores[1, 0]


def test_an_unknown_linear_kind_is_refused():
    with pytest.raises(ValueError, match="unknown linear model kind"):
        LinearThemer(kind="forest")


def test_a_linear_model_pickled_before_kinds_existed_still_scores_as_logistic():
    linear = LinearThemer(kind="logistic").fit(TEXTS, [""] * len(TEXTS), Y)
    expected = linear.scores(["apples"], [""])
    del linear.kind  # what joblib.load gives for a model directory written before this attribute
    assert np.allclose(linear.scores(["apples"], [""]), expected)


def test_without_a_dev_file_calibration_uses_out_of_fold_scores_of_every_example(monkeypatch):
    fits = []

    class Recording(LinearThemer):
        def fit(self, texts, extras, y):
            fits.append((self.kind, list(texts)))
            return super().fit(texts, extras, y)

    monkeypatch.setattr(nlp.training, "LinearThemer", Recording)
    texts = [f"{e['text']} number {i}" for i, e in enumerate(TOY_EXAMPLES)]  # every answer distinct
    examples = [{**e, "text": t} for e, t in zip(TOY_EXAMPLES, texts, strict=True)]
    model = nlp.train(examples, epochs=1, folds=4, labels=["fruit", "vehicle"], name="toy", version="1")
    assert model.name == "toy@1"

    fold_fits = fits[:-1]
    assert len(fold_fits) == 4 * 3  # four folds, each kind
    for kind in ("logistic", "svm", "nbsvm"):
        held_out = [set(texts) - set(fitted) for k, fitted in fold_fits if k == kind]
        assert all(len(part) == len(texts) // 4 for part in held_out)
        assert set().union(*held_out) == set(texts)  # every answer held out once
    final_kind, final_texts = fits[-1]
    assert sorted(final_texts) == sorted(texts)  # the shipped model is fitted on all of them
    assert final_kind == model.meta["architecture"]["linear"] == model.linear.kind
    data = model.meta["data"]
    assert data["dev_examples"] == data["fit_examples"] == len(examples)
    assert "cross-validation" in data["dev_from"]


def test_linear_kinds_limit_the_choice():
    model = nlp.train(TOY_EXAMPLES, epochs=1, labels=["fruit", "vehicle"], linear_kinds=("logistic",), folds=2)
    assert model.linear.kind == "logistic"
    assert {s["linear"] for s in model.meta["architecture"]["ensemble_selection_on_dev"]} == {"logistic"}


def test_nbsvm_keeps_the_weights_on_the_raw_features_and_scores_with_them():
    linear = LinearThemer(c=0.1, kind="nbsvm").fit(TEXTS, [""] * len(TEXTS), Y)
    features = linear._features(["apples on the bus"], [""])
    expected = expit(features @ linear.classifier.coef_.T + linear.classifier.intercept_)
    assert np.allclose(linear.scores(["apples on the bus"], [""]), expected)
    vocabulary, coef = linear.word_coefficients()
    assert coef.shape == (2, len(vocabulary))
    assert coef[0, vocabulary["apples"]] > 0 > coef[1, vocabulary["apples"]]  # a fruit word, not a vehicle one


def test_nbsvm_gives_a_theme_no_answer_has_a_constant_low_score():
    y = np.column_stack([Y[:, 0], np.zeros(len(TEXTS), dtype=bool)])
    scores = LinearThemer(c=0.1, kind="nbsvm").fit(TEXTS, [""] * len(TEXTS), y).scores(["apples", "bus"], ["", ""])
    assert scores[0, 1] == scores[1, 1] < 0.01
