import json
from pathlib import Path

import pytest

from engage.organisations.models import Role
from engage.review import retraining, services
from engage.review.models import ThemeModelVersion
from engage.review.selectors import current_model_dir
from engage.themes.models import ThemeSource
from engage.themes.services import theme_answers
from tests.engage.reviewing import themed_answer

TEXTS = [
    ("theres mould in my bedroom", ["housing"]),
    ("cant afford the bus to college", ["income_poverty", "environment"]),
    ("i get really anxious before exams", ["mental_health", "education"]),
    ("waited a year for camhs", ["mental_health", "health_services"]),
    ("the youth club closed down", ["community"]),
    ("my inhaler ran out again", ["asthma"]),
    ("no dentist will take us", ["oral_health", "health_services"]),
    ("people get jumped near the park", ["safety"]),
    ("idk", []),
    ("we live in a hotel room", ["housing"]),
    ("free school meals dont cover lunch", ["income_poverty", "food"]),
    ("teachers dont get my adhd", ["education"]),
]


@pytest.fixture
def registry(settings, tmp_path, tiny_theme_model):
    """Models are registered under a temporary VAR_DIR; THEME_MODEL_DIR points at the tiny model until cleared."""
    settings.VAR_DIR = tmp_path / "var"
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "THEME_MODEL_DIR": str(tiny_theme_model)}
    return settings


@pytest.fixture
def reviewed(consultation, staff, organisation):
    owner = staff(Role.FRAMEWORK_OWNER, organisation)
    services.set_double_coding_share(consultation_id=consultation.id, share=0.0)
    answers = []
    for n in range(3):
        for text, themes in TEXTS:
            answer = themed_answer(consultation, f"{text} {'!' * n}".strip(), {"housing": 0.5})
            services.submit_review(
                answer=answer,
                reviewer=owner,
                kept=["housing"] if "housing" in themes else [],
                added=[t for t in themes if t != "housing"],
            )
            answers.append(answer)
    return owner, answers


def _train(owner):
    version = retraining.start_retrain(user=owner)
    return retraining.retrain(version_id=version.id, base_limit=300, epochs=2)


def test_retraining_adds_reviewed_answers_and_compares_new_and_current_side_by_side(registry, reviewed):
    owner, answers = reviewed
    version = _train(owner)
    assert version.status == ThemeModelVersion.Status.READY
    assert Path(version.path).is_relative_to(registry.VAR_DIR / "models")
    held_out = sum(retraining.is_held_out(a.id) for a in answers)
    assert version.data_counts == {
        "shipped": 300,
        "reviewed": len(answers) - held_out,
        "reviewed_by_youth": 0,
        "imported": 0,
        "held_out_reviewed": held_out,
    }
    comparison = version.comparison
    assert comparison["new"]["model"] == f"youth_voice_themes@{version.version}"
    assert comparison["current"]["model"].startswith("youth_voice_themes@")
    assert set(comparison["new"]["scores"]["per_theme"]) == set(comparison["current"]["scores"]["per_theme"])
    assert comparison["held_out"]["n"] == (held_out or 300)  # else the shipped held-out answers, cut to base_limit
    # The model directory carries its card, with the review data counted.
    meta = json.loads(Path(version.path, "meta.json").read_text())
    # Calibrated on the shipped held-out answers, as make setup does: no five-fold cross-validation in a retrain.
    assert meta["data"]["dev_from"] == "given held-out file" and meta["data"]["dev_examples"] == 300
    assert meta["data"]["review"] == version.data_counts
    card = Path(version.path, "MODEL_CARD.md").read_text()
    assert "reviewed answers" in card and "## Review data" in card and "held out of training" in card


def test_training_text_is_redacted(registry, consultation, staff, organisation):
    owner = staff(Role.FRAMEWORK_OWNER, organisation)
    answer = themed_answer(consultation, "text me on 07700 900123 about the mould", {"housing": 0.5})
    services.submit_review(answer=answer, reviewer=owner, kept=["housing"])
    (example,) = retraining.reviewed_examples()
    assert "07700" not in example["text"] and example["themes"] == ["housing"]


def test_promote_changes_the_themes_of_new_answers_and_rollback_restores(registry, reviewed, consultation):
    owner, _ = reviewed
    first, second = _train(owner), _train(owner)
    registry.YOUTH_VOICE = {**registry.YOUTH_VOICE, "THEME_MODEL_DIR": ""}  # no override: the registry decides

    retraining.promote(version=first, user=owner)
    assert current_model_dir() == first.path
    retraining.promote(version=second, user=owner)
    answer = themed_answer(consultation, "my asthma is worse with the damp", {})
    theme_answers(answer_ids=[answer.id])
    versions = set(answer.theme_assignments.filter(source=ThemeSource.MODEL).values_list("model_version", flat=True))
    assert versions == {f"youth_voice_themes@{second.version}"}

    assert retraining.roll_back(user=owner) == first
    assert current_model_dir() == first.path
    theme_answers(answer_ids=[answer.id])
    versions = set(answer.theme_assignments.filter(source=ThemeSource.MODEL).values_list("model_version", flat=True))
    assert versions == {f"youth_voice_themes@{first.version}"}
    assert retraining.roll_back(user=owner) is None  # nothing earlier: back to the shipped default
    assert current_model_dir() is None


def test_the_theme_model_dir_setting_overrides_a_promoted_model(registry, reviewed, tiny_theme_model):
    owner, _ = reviewed
    retraining.promote(version=_train(owner), user=owner)
    assert current_model_dir() == str(tiny_theme_model)


def test_the_models_page_starts_a_retrain_and_shows_the_comparison(client, registry, reviewed):
    owner, _ = reviewed
    client.force_login(owner)
    assert client.post("/admin/review/models/", {"action": "retrain"}).status_code == 302
    version = ThemeModelVersion.objects.get()  # registered; the task runs once the request's transaction commits
    assert version.created_by == owner and version.status == ThemeModelVersion.Status.TRAINING
    assert 'http-equiv="refresh"' in client.get("/admin/review/models/").content.decode()

    retraining.retrain(version_id=version.id, base_limit=200, epochs=1)
    html = client.get(f"/admin/review/models/{version.id}/").content.decode()
    assert "F1 new" in html and "Micro-F1" in html
    assert client.post("/admin/review/models/", {"action": "promote", "version": version.id}).status_code == 302
    version.refresh_from_db()
    assert version.is_current


def test_analysts_cannot_retrain_or_promote(client, registry, staff, organisation):
    client.force_login(staff(Role.ANALYST, organisation))
    assert client.post("/admin/review/models/", {"action": "retrain"}).status_code in (302, 403)
    assert not ThemeModelVersion.objects.exists()
