"""Retrain the theming model on the shipped data plus reviewed answers, compare it with the current one on the same
held-out reviewed answers, and promote or roll back. Models are kept under VAR_DIR/models/<version>/."""

import hashlib
import json
import logging
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

import nlp
from engage.responses.models import Answer
from engage.review.framework import theme_slugs
from engage.review.models import Review, ReviewerKind, Settlement, ThemeModelVersion, TrainingExample
from engage.review.selectors import current_model_dir, final_codes
from engage.review.text import training_text
from nlp.data import dev_files, training_files
from nlp.labels import framework_labels

logger = logging.getLogger(__name__)

HELD_OUT_SHARE = 0.2
# Retraining ships the models fitted on the training part (no refit on all answers): half the fitting time, and the
# calibration and thresholds are then fitted on answers the shipped models never saw. bench/bench_retrain.py measures.
RETRAIN_EPOCHS = 6
RETRAIN_REFIT = False


def is_held_out(answer_id: int) -> bool:
    """Whether a reviewed answer is kept out of training to compare models on; stable across retrains."""
    digest = hashlib.sha256(f"held-out:{answer_id}".encode()).hexdigest()
    return int(digest[:8], 16) / 16**8 < HELD_OUT_SHARE


def reviewed_examples() -> list[dict]:
    """Every answer with final human codes, as redacted training examples (withdrawn answers never)."""
    ids = (
        Answer.objects.filter(
            Q(reviews__is_complete=True) | Q(id__in=Settlement.objects.values("answer_id")),
            response__withdrawn_at__isnull=True,
        )
        .values_list("id", flat=True)
        .distinct()
    )
    codes = {answer_id: c for answer_id, c in final_codes(ids).items() if c is not None}
    youth = set(
        Review.objects.filter(answer_id__in=codes, reviewer_kind=ReviewerKind.YOUTH, is_complete=True).values_list(
            "answer_id", flat=True
        )
    )
    examples = []
    answers = Answer.objects.filter(id__in=codes).order_by("id")
    if apps.is_installed("engage.safeguarding"):
        answers = answers.select_related("safeguarding_check")  # training_text reads the redacted copy there
    for answer in answers:
        examples.append(
            {
                "text": training_text(answer),
                "themes": codes[answer.id],
                "question": answer.question_text,
                "answer_id": answer.id,
                "youth": answer.id in youth,
            }
        )
    return examples


def imported_examples() -> list[dict]:
    return [
        {"text": e.text, "themes": e.themes, "question": e.question or None}
        for e in TrainingExample.objects.order_by("id")
    ]


def models_dir() -> Path:
    return Path(settings.VAR_DIR) / "models"


@transaction.atomic
def start_retrain(*, user, base_limit: int | None = None, epochs: int = RETRAIN_EPOCHS) -> ThemeModelVersion:
    """Register a new model version and train it in the background."""
    from engage.review.tasks import retrain_model

    stamp = timezone.now().strftime("%Y.%m.%d.%H%M%S")
    version = stamp
    suffix = 1
    while ThemeModelVersion.objects.filter(version=version).exists():
        suffix += 1
        version = f"{stamp}-{suffix}"
    registered = ThemeModelVersion.objects.create(
        version=version, path=str(models_dir() / version), created_by=user if user and user.pk else None
    )
    transaction.on_commit(lambda: retrain_model.enqueue(registered.id, base_limit, epochs))
    return registered


def retrain(*, version_id: int, base_limit: int | None = None, epochs: int = RETRAIN_EPOCHS) -> ThemeModelVersion:
    """Train the registered version, evaluate it and the current model on held-out reviewed answers, save both."""
    version = ThemeModelVersion.objects.get(id=version_id)
    try:
        _train(version, base_limit=base_limit, epochs=epochs)
    except Exception as error:
        logger.exception("Retraining %s failed", version.version)
        version.status = ThemeModelVersion.Status.FAILED
        version.error = f"{type(error).__name__}: {error}"
        version.finished_at = timezone.now()
        version.save()
        raise
    return version


def _train(version: ThemeModelVersion, *, base_limit: int | None, epochs: int) -> None:
    from nlp.card import model_card
    from nlp.metrics import format_table

    # The shipped data as `make setup` uses it, calibrated on the shipped held-out answers: no cross-validation, which
    # would fit every model five times over (reviewed answers held out below compare the models instead).
    base = [e for path in training_files() for e in nlp.read_examples(path)]
    shipped_dev = [e for path in dev_files() for e in nlp.read_examples(path)]
    if base_limit is not None:
        base, shipped_dev = base[:base_limit], shipped_dev[:base_limit]
    reviewed = reviewed_examples()
    held_out = [e for e in reviewed if is_held_out(e["answer_id"])]
    reviewed_train = [e for e in reviewed if not is_held_out(e["answer_id"])]
    imported = imported_examples()
    examples = [{k: e.get(k) for k in ("text", "themes", "question")} for e in [*base, *reviewed_train, *imported]]
    used = {slug for e in examples for slug in e["themes"]}
    known = set(framework_labels())
    labels = [slug for slug in theme_slugs() if slug in known or slug in used]
    counts = {
        "shipped": len(base),
        "reviewed": len(reviewed_train),
        "reviewed_by_youth": sum(e["youth"] for e in reviewed_train),
        "imported": len(imported),
        "held_out_reviewed": len(held_out),
    }
    note = (
        f"{counts['shipped']} shipped synthetic answers (nlp/data), {counts['reviewed']} reviewed answers "
        f"({counts['reviewed_by_youth']} checked by youth reviewers), {counts['imported']} imported; "
        f"{counts['held_out_reviewed']} reviewed answers held out to compare models."
    )
    model = nlp.train(
        examples,
        version.path,
        labels=labels,
        version=version.version,
        epochs=epochs,
        refit=RETRAIN_REFIT,
        dev_examples=shipped_dev,
        data_note=note,
    )

    if held_out:
        comparison_set, source = [{k: e[k] for k in ("text", "themes", "question")} for e in held_out], "reviewed"
    else:
        comparison_set, source = shipped_dev, "the shipped held-out sets"
    current_dir = current_model_dir()
    try:
        current = nlp.load_model(current_dir)
        current_scores = {"model": current.name, "scores": nlp.evaluate(current, comparison_set)}
    except nlp.ModelNotFound:
        current_scores = None
    new_scores = nlp.evaluate(model, comparison_set)

    model.meta["data"]["review"] = counts
    model.meta["scores"]["held_out_reviewed" if held_out else "shipped_dev"] = new_scores
    Path(version.path, "meta.json").write_text(json.dumps(model.meta, indent=2, ensure_ascii=False) + "\n")
    compared_on = "reviewed answers held out of training" if held_out else "shipped held-out answers (none reviewed)"
    card = model_card(model.meta) + "\n".join(
        [
            "",
            "## Review data",
            *[f"- {key.replace('_', ' ')}: {value}" for key, value in counts.items()],
            "",
            f"## Scores on {len(comparison_set)} {compared_on}",
            "```",
            format_table(new_scores),
            "```",
            "",
        ]
    )
    Path(version.path, "MODEL_CARD.md").write_text(card, encoding="utf-8")

    version.card = model.meta
    version.data_counts = counts
    version.comparison = {
        "held_out": {"source": source, "n": len(comparison_set)},
        "new": {"model": model.name, "scores": new_scores},
        "current": current_scores,
    }
    version.status = ThemeModelVersion.Status.READY
    version.finished_at = timezone.now()
    version.save()


@transaction.atomic
def promote(*, version: ThemeModelVersion, user=None) -> ThemeModelVersion:
    """Make this version the model new answers are themed with. The one before stays, to roll back to."""
    if version.status != ThemeModelVersion.Status.READY:
        raise ValueError("Only a model that finished training can be promoted.")
    ThemeModelVersion.objects.filter(is_current=True).update(is_current=False)
    version.is_current = True
    version.promoted_at = timezone.now()
    version.save(update_fields=["is_current", "promoted_at"])
    logger.info("Theme model %s promoted by %s", version.version, getattr(user, "pk", None))
    return version


@transaction.atomic
def roll_back(*, user=None) -> ThemeModelVersion | None:
    """Go back to the model promoted before the current one, or to the shipped default if there was none."""
    current = ThemeModelVersion.objects.filter(is_current=True).first()
    earlier = ThemeModelVersion.objects.filter(
        promoted_at__isnull=False, status=ThemeModelVersion.Status.READY
    ).exclude(id=getattr(current, "id", None))
    if current is not None and current.promoted_at:
        earlier = earlier.filter(promoted_at__lt=current.promoted_at)
    previous = earlier.order_by("-promoted_at").first()
    ThemeModelVersion.objects.filter(is_current=True).update(is_current=False)
    if previous is None:
        logger.info("Theme model rolled back to the shipped default by %s", getattr(user, "pk", None))
        return None
    previous.is_current = True
    previous.save(update_fields=["is_current"])  # keep its first promotion date: rolling back twice goes further back
    logger.info("Theme model rolled back to %s by %s", previous.version, getattr(user, "pk", None))
    return previous
