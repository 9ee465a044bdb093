# Youth Voice: `make run` to use it, `make test` to test it. Everything installs into .venv from pyproject.toml,
# pinned by constraints.txt so a clean clone gets what passed in CI.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
INSTALLED := $(VENV)/.installed
MODEL := nlp/models/default/meta.json
SAFEGUARDING_MODEL := nlp/models/safeguarding.json
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= cms.settings.dev

.PHONY: setup run test test-sqlite test-postgres bench lint audit model demo migrate constraints clean

setup: $(INSTALLED) model migrate demo

$(INSTALLED): pyproject.toml constraints.txt
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]' -c constraints.txt
	@touch $@

model: $(INSTALLED)
	@$(MAKE) --no-print-directory $(MODEL) $(SAFEGUARDING_MODEL)

# The learned safeguarding tier's weights. Optional: without them (or when stale) it is fitted at first use.
$(SAFEGUARDING_MODEL): nlp/data/safeguarding/train.jsonl nlp/safeguarding/learned.py nlp/safeguarding/spellings.py nlp/safeguarding/fit.py
	$(PY) -m nlp.safeguarding.fit -o $@

# The default theming model: template-built answers plus the hand-written ones, which are named twice so that they
# weigh double (they are fewer and read more like real answers; held-out micro-F1 0.864 against 0.860 once), with
# calibration and thresholds on held-out answers of both kinds. See nlp/data/README.md.
HANDWRITTEN := $(sort $(wildcard nlp/data/youth_train_handwritten_*.jsonl))
$(MODEL): $(wildcard nlp/data/youth_*.jsonl) nlp/data/__init__.py nlp/training.py nlp/linear.py nlp/textcat.py \
          nlp/calibration.py nlp/lexicon.yaml
	@echo "Training the default theming model from nlp/data (a few minutes) ..."
	$(PY) -m nlp train nlp/data/youth_train.jsonl $(HANDWRITTEN) $(HANDWRITTEN) \
	  --dev nlp/data/youth_dev.jsonl nlp/data/youth_dev_handwritten.jsonl --test nlp/data/youth_test.jsonl \
	  -o nlp/models/default --no-refit --quiet \
	  --note "youth_train.jsonl (template-built) and youth_train_handwritten_*.jsonl (hand-written, counted twice)."

migrate: $(INSTALLED)
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py collectstatic --noinput -v0

demo: $(INSTALLED)
	$(PY) manage.py load_demo
	$(PY) manage.py check_answers -v0

run: setup
	@echo "Serving Youth Voice on http://$(HOST):$(PORT)/  (staff: http://$(HOST):$(PORT)/accounts/login/)"
	$(PY) manage.py runserver $(HOST):$(PORT)

# The whole suite on SQLite, then again on PostgreSQL when DATABASE_URL points at one.
test: setup
	@$(MAKE) --no-print-directory test-sqlite
	@if [ -n "$$DATABASE_URL" ]; then $(MAKE) --no-print-directory test-postgres; fi

test-sqlite:
	@echo "== tests on SQLite"
	env -u DATABASE_URL DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/pytest $(PYTEST_ARGS)

test-postgres:
	@echo "== tests on $$(echo $$DATABASE_URL | sed 's#//[^@]*@#//#')"
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/pytest $(PYTEST_ARGS)

bench: setup
	$(PY) -m bench

# Style, then security: bandit on our code, then pip-audit on what we pin.
lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/bandit -q -c pyproject.toml -r cms engage nlp bench
	$(MAKE) --no-print-directory audit

# Known vulnerabilities in the pinned dependencies. Needs PyPI's per-release JSON API or OSV: --strict fails
# rather than report "clean" when it could not check a package (as on a network whose PyPI mirror lacks that API).
audit: $(INSTALLED)
	$(BIN)/pip-audit --strict --no-deps --disable-pip -r constraints.txt

# Re-pin after changing dependencies in pyproject.toml.
constraints: $(INSTALLED)
	$(BIN)/pip freeze --exclude-editable | grep -v '^youth-voice' > constraints.txt

clean:
	rm -rf $(VENV) var nlp/models bench/results
