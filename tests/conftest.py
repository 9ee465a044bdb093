import pytest


@pytest.fixture
def organisation(db):
    from engage.organisations.models import Organisation

    return Organisation.objects.create(name="Test Trust", slug="test-trust", kind=Organisation.Kind.TRUST)


@pytest.fixture
def other_organisation(db):
    from engage.organisations.models import Organisation

    return Organisation.objects.create(name="Elsewhere Council", slug="elsewhere", kind=Organisation.Kind.COUNCIL)


@pytest.fixture
def consultation(db, organisation):
    """The demo consultation (four steps, every kind of question) under a forum run by `organisation`."""
    from cms.demo.builder import build_areas, build_pages

    build_areas()
    return build_pages(organisation)


@pytest.fixture
def staff(db):
    """Make a staff member with a role in an organisation: staff(role, organisation)."""
    from engage.organisations.services import add_staff_member

    made = []

    def make(role, organisation, email=None):
        email = email or f"{role}-{organisation.slug}-{len(made)}@example.org"
        user = add_staff_member(email=email, organisation=organisation, role=role, password="correct-horse-battery")
        made.append(user)
        return user

    return make


@pytest.fixture(autouse=True)
def _no_theme_model_unless_asked(settings, tmp_path):
    """Tests theme answers only when they ask for `theme_model`, so they never depend on the default model."""
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "THEME_MODEL_DIR": str(tmp_path / "no-model")}


@pytest.fixture(scope="session")
def tiny_theme_model(tmp_path_factory):
    """A small real model trained on part of the repository's synthetic training data (a few seconds)."""
    import nlp

    examples = nlp.read_examples("nlp/data/youth_train.jsonl")[:400]
    path = tmp_path_factory.mktemp("models") / "tiny"
    nlp.train(examples, path, epochs=3)
    return path


@pytest.fixture
def theme_model(settings, tiny_theme_model):
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "THEME_MODEL_DIR": str(tiny_theme_model)}
    return tiny_theme_model
