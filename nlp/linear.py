"""The scikit-learn half of the ensemble: TF-IDF words, character n-grams and extra feature tokens (question words
`q_*`, lexicon hits `lex_*`) into one linear classifier per theme.

Character n-grams carry misspellings ("anxeity", "skool") that word features miss. Three classifiers, chosen per
training run on held-out answers (nlp.training): class-weighted logistic regression (`"logistic"`; balanced weights
lift rare themes), a linear SVM (`"svm"`, squared hinge, unweighted) and NB-SVM (`"nbsvm"`, Wang & Manning 2012: the
same SVM on features scaled per theme by their naive-Bayes log-count ratio, which tells a rare theme's few telling
words from the rest before the SVM weighs them). SVM margins go through a sigmoid; calibration and per-theme
thresholds come afterwards either way, so the scores only have to rank well.
"""

import numpy as np
from joblib import Parallel, delayed
from scipy.sparse import csr_matrix, hstack
from scipy.special import expit
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.svm import LinearSVC

KINDS = ("logistic", "svm", "nbsvm")
FIT_JOBS = 2  # one-vs-rest fits are independent: two cores halve the training time, inference stays one thread


class NBSVM:
    """One linear SVM per theme on features scaled by the theme's naive-Bayes log-count ratio r (smoothed by `alpha`).

    The SVM's weights w on the scaled features are the weights r * w on the raw ones, so the model keeps just those
    (themes x features) and scores as fast as any linear model.
    """

    def __init__(self, c: float = 0.1, alpha: float = 1.0, seed: int = 0):
        self.c, self.alpha, self.seed = c, alpha, seed

    def _fit_one(self, x: csr_matrix, present: csr_matrix, y: np.ndarray) -> tuple[np.ndarray, float]:
        if y.all() or not y.any():  # nothing to tell apart: a constant score
            return np.zeros(x.shape[1]), 10.0 if y.all() else -10.0
        p = np.asarray(present[y].sum(axis=0)).ravel() + self.alpha
        q = np.asarray(present[~y].sum(axis=0)).ravel() + self.alpha
        r = np.log((p / p.sum()) / (q / q.sum()))
        svm = LinearSVC(C=self.c, random_state=self.seed).fit(x.multiply(r).tocsr(), y)
        return svm.coef_.ravel() * r, float(svm.intercept_[0])

    def fit(self, x: csr_matrix, y: np.ndarray) -> "NBSVM":
        y = np.asarray(y, dtype=bool)
        present = (x > 0).astype(np.float64).tocsr()
        # liblinear releases the GIL: threads share the matrices instead of copying them to processes.
        fitted = Parallel(n_jobs=FIT_JOBS, prefer="threads")(
            delayed(self._fit_one)(x, present, y[:, j]) for j in range(y.shape[1])
        )
        self.coef_ = np.vstack([coef for coef, _ in fitted])
        self.intercept_ = np.array([intercept for _, intercept in fitted])
        return self

    def decision_function(self, x: csr_matrix) -> np.ndarray:
        return np.asarray(x @ self.coef_.T) + self.intercept_


class LinearThemer:
    def __init__(self, c: float = 4.0, seed: int = 0, kind: str = "logistic"):
        """`c`: the classifier's inverse regularisation strength; `kind`: one of KINDS."""
        if kind not in KINDS:
            raise ValueError(f"unknown linear model kind {kind!r} (expected one of {', '.join(KINDS)})")
        self.c = c
        self.kind = kind
        self.words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True)
        # token_pattern is a regex, not a password (bandit B106).
        self.extras = CountVectorizer(binary=True, lowercase=False, token_pattern=r"\b(?:q|lex)_\w+")  # noqa: S106  # nosec B106
        if kind == "nbsvm":
            self.classifier = NBSVM(c=c, seed=seed)
        elif kind == "svm":
            self.classifier = OneVsRestClassifier(LinearSVC(C=c, random_state=seed), n_jobs=FIT_JOBS)
        else:
            self.classifier = OneVsRestClassifier(
                LogisticRegression(C=c, class_weight="balanced", max_iter=2000, solver="liblinear", random_state=seed),
                n_jobs=FIT_JOBS,
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
        features = hstack(parts).tocsr()
        features.sort_indices()  # joblib hands workers read-only copies, which liblinear must not have to sort
        return features

    def fit(self, texts: list[str], extras: list[str], y: np.ndarray) -> "LinearThemer":
        self.classifier.fit(self._features(texts, extras, fit=True), y)
        return self

    def scores(self, texts: list[str], extras: list[str]) -> np.ndarray:
        """Scores in (0, 1), answers x themes: probabilities (logistic) or the sigmoid of the SVM margin."""
        if not texts:
            return np.zeros((0, self.n_labels))
        features = self._features(texts, extras)
        if getattr(self, "kind", "logistic") in ("svm", "nbsvm"):
            margins = self.classifier.decision_function(features)
            return expit(margins.reshape(len(texts), -1))
        return self.classifier.predict_proba(features)

    @property
    def n_labels(self) -> int:
        if isinstance(self.classifier, NBSVM):
            return len(self.classifier.intercept_)
        return len(self.classifier.estimators_)

    def word_coefficients(self) -> tuple[dict[str, int], np.ndarray]:
        """The word-feature vocabulary and each theme's weights for those features (themes x words)."""
        n_words = len(self.words.vocabulary_)
        if isinstance(self.classifier, NBSVM):
            return self.words.vocabulary_, self.classifier.coef_[:, :n_words]
        rows = []
        for estimator in self.classifier.estimators_:
            coef = getattr(estimator, "coef_", None)
            rows.append(coef.ravel()[:n_words] if coef is not None else np.zeros(n_words))
        return self.words.vocabulary_, np.vstack(rows)
