"""Per-theme calibration (Platt scaling) and decision thresholds, both fitted on held-out answers.

Platt scaling rather than isotonic: rare themes have a handful of held-out positives, and two parameters per theme
do not overfit them the way a step function does.
"""

import numpy as np
from scipy.special import expit

EPS = 1e-6
THRESHOLD_GRID = np.round(np.arange(0.05, 0.951, 0.01), 2)
MIN_SUPPORT_FOR_OWN_THRESHOLD = 5
# Calibrated confidences make far-off thresholds a sign of a held-out set unlike new data, not of the theme.
THRESHOLD_RANGE = (0.2, 0.8)


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, EPS, 1 - EPS)
    return np.log(p / (1 - p))


def fit_platt(scores: np.ndarray, y: np.ndarray, iterations: int = 100, prior: float = 1.0) -> tuple[float, float]:
    """Fit p = sigmoid(a * logit(score) + b) by Newton's method, with Platt's smoothed targets against overfitting."""
    x = _logit(np.asarray(scores, dtype=float))
    y = np.asarray(y, dtype=float)
    positives, negatives = y.sum(), len(y) - y.sum()
    target = np.where(y > 0, (positives + prior) / (positives + 2 * prior), prior / (negatives + 2 * prior))
    a, b = 1.0, 0.0
    for _ in range(iterations):
        p = expit(a * x + b)
        w = p * (1 - p) + 1e-9
        grad = np.array([np.sum((p - target) * x), np.sum(p - target)])
        hess = np.array([[np.sum(w * x * x), np.sum(w * x)], [np.sum(w * x), np.sum(w)]]) + 1e-6 * np.eye(2)
        step = np.linalg.solve(hess, grad)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-8:
            break
    return float(a), float(b)


def apply_platt(scores: np.ndarray, params: np.ndarray) -> np.ndarray:
    """Calibrated probabilities; `params` is a (labels x 2) array of (a, b)."""
    return expit(params[:, 0] * _logit(scores) + params[:, 1])


def fit_calibration(scores: np.ndarray, y: np.ndarray) -> np.ndarray:
    return np.array([fit_platt(scores[:, i], y[:, i]) for i in range(scores.shape[1])])


def _f1_at(probs: np.ndarray, y: np.ndarray, threshold: float) -> float:
    pred = probs >= threshold
    tp = np.sum(pred & y)
    denominator = np.sum(pred) + np.sum(y)
    return 2 * tp / denominator if denominator else 0.0


def tune_thresholds(probs: np.ndarray, y: np.ndarray, limits: tuple[float, float] = THRESHOLD_RANGE) -> np.ndarray:
    """The threshold that maximises each theme's F1 on held-out answers.

    Themes with fewer than MIN_SUPPORT_FOR_OWN_THRESHOLD held-out positives share the threshold that maximises
    micro-F1 over all themes, because a threshold fitted on two examples is noise. All are kept within `limits`.
    """
    y = np.asarray(y, dtype=bool)
    shared = max(THRESHOLD_GRID, key=lambda t: _f1_at(probs, y, t))
    thresholds = np.full(probs.shape[1], shared, dtype=float)
    for i in range(probs.shape[1]):
        if y[:, i].sum() >= MIN_SUPPORT_FOR_OWN_THRESHOLD:
            f1s = np.array([_f1_at(probs[:, i], y[:, i], t) for t in THRESHOLD_GRID])
            # Middle of the best plateau: steadier than its first point on a small held-out set.
            best = np.flatnonzero(f1s >= f1s.max() - 1e-9)
            thresholds[i] = float(THRESHOLD_GRID[best[len(best) // 2]])
    return np.clip(thresholds, *limits)
