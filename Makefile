# ZhiTu: `make run` starts the service, `make test` runs every check. CI runs `make test` as it is.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
UV     := $(VENV)/bin/uv
ZHITU  := $(VENV)/bin/zhitu
STAMP  := $(VENV)/.installed
SYSTEM := $(VENV)/.system
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Debian packages the browser tests and PDF handouts need: Chromium (driven by Playwright, never downloaded) and a CJK font.
APT    := chromium fonts-wqy-microhei
DATA   ?= .zhitu
INDEX  := $(DATA)/manifest.json
CORPUS := $(wildcard corpus/documents/*) $(wildcard corpus/*.yaml) corpus/userdict.txt

export PYTHONDONTWRITEBYTECODE :=
export ZHITU_DATA_DIR ?= $(CURDIR)/$(DATA)

.PHONY: install system index run serve ui test lint typecheck unit gate lock clean

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check uv==0.13.9

$(STAMP): $(UV) requirements.lock pyproject.toml
	$(UV) pip install --python $(PY) --compile-bytecode --quiet -r requirements.lock
	$(UV) pip install --python $(PY) --compile-bytecode --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

$(SYSTEM): | $(UV)
	@if [ -x /usr/bin/chromium ] && [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then :; else \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $(APT); fi
	touch $(SYSTEM)

system: $(SYSTEM)

$(INDEX): $(STAMP) $(CORPUS)
	$(ZHITU) ingest

index: $(INDEX)

# The API on 127.0.0.1:8000 and the UI on 127.0.0.1:8501; Ctrl-C stops both.
run: $(INDEX)
	@$(ZHITU) serve & api=$$!; trap 'kill $$api 2>/dev/null' EXIT INT TERM; \
	echo "职途已启动：网页 http://127.0.0.1:8501  ·  API 文档 http://127.0.0.1:8000/docs"; \
	$(ZHITU) ui

serve: $(INDEX)
	$(ZHITU) serve

ui: $(STAMP)
	$(ZHITU) ui

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

unit: $(INDEX) $(SYSTEM)
	$(ZHITU) ingest --check
	$(VENV)/bin/pytest

gate: $(INDEX)
	$(ZHITU) eval --split test --gate

test: lint typecheck unit gate

lock: $(UV)
	$(UV) pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(DATA) .pytest_cache .mypy_cache .ruff_cache
