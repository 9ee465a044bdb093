"""Multi-label scores: per-theme precision/recall/F1, micro and macro F1, expected calibration error."""

import numpy as np

ECE_BINS = 10


def f1_from_counts(tp: float, fp: float, fn: float) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0


def expected_calibration_error(y_true: np.ndarray, probs: np.ndarray, bins: int = ECE_BINS) -> float:
    """ECE over every (answer, theme) pair: equal-width confidence bins, weighted |mean confidence - hit rate|."""
    y = np.asarray(y_true, dtype=float).ravel()
    p = np.asarray(probs, dtype=float).ravel()
    if not len(p):
        return 0.0
    which = np.minimum((p * bins).astype(int), bins - 1)
    error = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            error += mask.sum() / len(p) * abs(p[mask].mean() - y[mask].mean())
    return float(error)


def score(y_true: np.ndarray, y_pred: np.ndarray, labels: list[str], probs: np.ndarray | None = None) -> dict:
    """Scores of binary predictions `y_pred` (n answers x len(labels)) against `y_true`.

    Returns {"per_theme": {label: {precision, recall, f1, support}}, "micro_f1", "macro_f1", "micro_precision",
    "micro_recall", "ece" (only if probs given), "n"}. Macro-F1 averages over labels with support or predictions.
    """
    y_true = np.asarray(y_true, dtype=bool)
    y_pred = np.asarray(y_pred, dtype=bool)
    tp = (y_true & y_pred).sum(axis=0)
    fp = (~y_true & y_pred).sum(axis=0)
    fn = (y_true & ~y_pred).sum(axis=0)
    per_theme = {}
    for i, label in enumerate(labels):
        per_theme[label] = {
            "precision": float(tp[i] / (tp[i] + fp[i])) if tp[i] + fp[i] else 0.0,
            "recall": float(tp[i] / (tp[i] + fn[i])) if tp[i] + fn[i] else 0.0,
            "f1": float(f1_from_counts(tp[i], fp[i], fn[i])),
            "support": int(tp[i] + fn[i]),
        }
    present = [i for i in range(len(labels)) if tp[i] + fp[i] + fn[i]]
    result = {
        "n": int(y_true.shape[0]),
        "per_theme": per_theme,
        "micro_precision": float(tp.sum() / (tp.sum() + fp.sum())) if tp.sum() + fp.sum() else 0.0,
        "micro_recall": float(tp.sum() / (tp.sum() + fn.sum())) if tp.sum() + fn.sum() else 0.0,
        "micro_f1": float(f1_from_counts(tp.sum(), fp.sum(), fn.sum())),
        "macro_f1": float(np.mean([per_theme[labels[i]]["f1"] for i in present])) if present else 0.0,
    }
    if probs is not None:
        result["ece"] = expected_calibration_error(y_true, probs)
    return result


def format_table(scores: dict) -> str:
    """The scores as a plain-text table, one theme a line, then the averages."""
    rows = [f"{'theme':<28} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}"]
    for label, s in scores["per_theme"].items():
        rows.append(f"{label:<28} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>6.3f} {s['support']:>8d}")
    rows.append("")
    rows.append(f"{'micro-F1':<28} {scores['micro_f1']:.3f}")
    rows.append(f"{'macro-F1':<28} {scores['macro_f1']:.3f}")
    if "ece" in scores:
        rows.append(f"{'expected calibration error':<28} {scores['ece']:.4f}")
    rows.append(f"{'answers':<28} {scores['n']}")
    return "\n".join(rows)
