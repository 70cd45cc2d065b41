# The two commands of the README: `make app` and `make test`. Each installs what it needs first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: app test data lint format

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

app: $(VENV)/.installed
	$(PY) -m app.server

data: $(VENV)/.installed
	$(PY) -m etl data/raw --out data/processed

lint: $(VENV)/.installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(VENV)/.installed
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

test: $(VENV)/.installed lint
	$(PY) -m pytest -n 2 -q
