# ZhiTu: `make run` starts the service, `make test` runs every check. CI runs `make test` as it is.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
UV     := $(VENV)/bin/uv
ZHITU  := $(VENV)/bin/zhitu
STAMP  := $(VENV)/.installed
DATA   ?= .zhitu
INDEX  := $(DATA)/manifest.json
CORPUS := $(wildcard corpus/documents/*) $(wildcard corpus/*.yaml) corpus/userdict.txt

export PYTHONDONTWRITEBYTECODE :=
export ZHITU_DATA_DIR ?= $(CURDIR)/$(DATA)

.PHONY: install index run test lint typecheck unit gate lock clean

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check uv==0.13.9

$(STAMP): $(UV) requirements.lock pyproject.toml
	$(UV) pip install --python $(PY) --compile-bytecode --quiet -r requirements.lock
	$(UV) pip install --python $(PY) --compile-bytecode --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

$(INDEX): $(STAMP) $(CORPUS)
	$(ZHITU) ingest

index: $(INDEX)

run: $(INDEX)
	$(ZHITU) serve

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

unit: $(INDEX)
	$(ZHITU) ingest --check
	$(VENV)/bin/pytest

gate: $(INDEX)
	$(ZHITU) eval --split test --gate

test: lint typecheck unit gate

lock: $(UV)
	$(UV) pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(DATA) .pytest_cache .mypy_cache .ruff_cache
