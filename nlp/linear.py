"""The scikit-learn half of the ensemble: TF-IDF words, character n-grams and extra feature tokens (question words
`q_*`, lexicon hits `lex_*`) into one class-weighted logistic regression per theme.

Character n-grams carry misspellings ("anxeity", "skool") that word features miss; balanced class weights lift rare
themes, which plain BOW leaves at zero.
"""

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier


class LinearThemer:
    def __init__(self, c: float = 4.0, seed: int = 0):
        self.c = c
        self.words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True)
        # token_pattern is a regex, not a password (bandit B106).
        self.extras = CountVectorizer(binary=True, lowercase=False, token_pattern=r"\b(?:q|lex)_\w+")  # noqa: S106  # nosec B106
        self.classifier = OneVsRestClassifier(
            LogisticRegression(C=c, class_weight="balanced", max_iter=2000, solver="liblinear", random_state=seed)
        )

    def _features(self, texts, extras, fit: bool = False):
        if fit:
            parts = [self.words.fit_transform(texts), self.chars.fit_transform(texts)]
            if any(extras):
                parts.append(self.extras.fit_transform(extras))
            else:
                self.extras = None
        else:
            parts = [self.words.transform(texts), self.chars.transform(texts)]
            if self.extras is not None:
                parts.append(self.extras.transform(extras))
        return hstack(parts).tocsr()

    def fit(self, texts: list[str], extras: list[str], y: np.ndarray) -> "LinearThemer":
        self.classifier.fit(self._features(texts, extras, fit=True), y)
        return self

    def scores(self, texts: list[str], extras: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.classifier.estimators_)))
        return self.classifier.predict_proba(self._features(texts, extras))

    def word_coefficients(self) -> tuple[dict[str, int], np.ndarray]:
        """The word-feature vocabulary and each theme's weights for those features (themes x words)."""
        n_words = len(self.words.vocabulary_)
        rows = []
        for estimator in self.classifier.estimators_:
            coef = getattr(estimator, "coef_", None)
            rows.append(coef.ravel()[:n_words] if coef is not None else np.zeros(n_words))
        return self.words.vocabulary_, np.vstack(rows)
