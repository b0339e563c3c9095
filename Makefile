# The pipeline: spec -> generate -> (facade, emulator) -> contract checks.
# Every target bootstraps .venv from requirements.lock on first use.
PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
PY      := $(BIN)/python
STAMP   := $(VENV)/.installed
PYTEST  := $(BIN)/pytest
# pytest caches its assertion-rewritten modules as bytecode; without the cache every pytest
# process (each xdist worker, each suite run by a test) re-parses several hundred modules
unexport PYTHONDONTWRITEBYTECODE

.PHONY: help spec generate check-generated check test contract mutants adopt-drift sdk-compat bench emulator dist lock clean
.DEFAULT_GOAL := help

help:                         ## list the targets (what a bare `make` prints)
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-16s %s\n", $$1, $$2}' \
	  $(firstword $(MAKEFILE_LIST))

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

spec: $(STAMP)                ## fetch the pinned upstream spec, apply spec/overlays, validate; build spec/batch
	$(PY) -m scripts.fetch_spec
	$(PY) -m scripts.apply_overlays
	$(PY) -m scripts.batch_spec

generate: spec                ## write generated/ and sinch_conversation/resources (typed groups)
	$(PY) -m scripts.generate

check-generated: spec         ## fail if generated code is not exactly what the pipeline writes
	$(PY) -m scripts.generate --check

check: $(STAMP)               ## ruff format --check, ruff check and mypy: zero findings
	$(BIN)/ruff format --check --quiet .
	$(BIN)/ruff check --quiet .
	$(BIN)/mypy

test: check check-generated         ## the whole test suite (includes a smaller, complete contract pass)
	CONTRACT_EXAMPLES=$${CONTRACT_EXAMPLES:-5} $(PYTEST) -n 2 --dist worksteal -p no:cacheprovider tests contract_tests

contract: check-generated     ## the pipeline, then contract checks (embedded emulator unless SINCH_CONVERSATION_BASE_URL)
	$(PYTEST) contract_tests -n 2 --dist worksteal -p no:cacheprovider --junitxml=build/contract/junit.xml

sdk-compat: spec              ## the official Python and Node SDKs call every Conversation method on the emulator (Node part needs node/npm)
	$(PYTEST) tests/sdk_compat -p no:cacheprovider -rA

mutants: spec                 ## plant each kind of server bug in front of the emulator; the suite must detect every one
	$(PY) -m scripts.mutants $(MUTANTS_ARGS)

adopt-drift: $(STAMP)         ## copy the last contract run's spec drift (build/contract/drift.yaml) into spec/overlays/
	$(PY) -m scripts.adopt_drift

bench: spec                   ## throughput and latency figures (not part of make test)
	$(PY) -m scripts.bench

emulator: spec                ## run the emulator on 127.0.0.1:8080
	$(BIN)/sinch-emulator --host 127.0.0.1 --port 8080

dist: check-generated         ## build the wheel, with the effective specs bundled for the emulator
	cp "$$($(PY) -m scripts.paths)" sinch_emulator/openapi.json && cp build/spec/batch.json sinch_emulator/
	$(BIN)/pip wheel --quiet --no-deps --no-build-isolation --wheel-dir dist . ; \
	  status=$$?; rm -f sinch_emulator/openapi.json sinch_emulator/batch.json; exit $$status

lock:                         ## re-resolve requirements.lock after editing pyproject.toml
	$(BIN)/uv pip compile pyproject.toml --all-extras --group dev --group bench \
	  --generate-hashes --python-version 3.11 --quiet -o requirements.lock

clean:                        ## remove build outputs and the venv
	rm -rf build dist $(VENV) .pytest_cache .hypothesis .mypy_cache sinch_emulator/openapi.json \
	  sinch_emulator/batch.json
