# ProcessKG: every target creates or refreshes .venv itself, so each works on a fresh machine.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv demo test lint typecheck conformance bench clean

venv: $(STAMP)

# torch first: its CPU wheel lies on local disk; anything else would pull a CUDA build.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/processkg migrate
	$(BIN)/processkg ingest demo/corpus --exclude README.md
	$(BIN)/processkg stats

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) lint typecheck
	$(BIN)/pytest --cov --cov-report=term:skip-covered -q

conformance: $(STAMP)
	$(BIN)/pytest tests/conformance -q

bench: $(STAMP)
	$(BIN)/python -m bench.run_all

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache .coverage
