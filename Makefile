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

.PHONY: all spec generate check-generated test contract adopt-drift bench emulator dist lock clean

all: generate

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

spec: $(STAMP)                ## fetch the pinned upstream spec, apply spec/overlays, validate
	$(PY) scripts/fetch_spec.py
	$(PY) scripts/apply_overlays.py

generate: spec                ## write the low-level client into generated/
	$(PY) scripts/generate.py

check-generated: spec         ## fail if generated/ is not exactly what the pipeline writes
	$(PY) scripts/generate.py --check

test: check-generated         ## the whole test suite (includes a smaller, complete contract pass)
	CONTRACT_EXAMPLES=$${CONTRACT_EXAMPLES:-5} $(PYTEST) -n 2 -p no:cacheprovider tests contract_tests

contract: check-generated     ## the pipeline, then contract checks (embedded emulator unless SINCH_CONVERSATION_BASE_URL)
	$(PYTEST) contract_tests -n 2 -p no:cacheprovider --junitxml=build/contract/junit.xml

adopt-drift: $(STAMP)         ## copy the last contract run's spec drift (build/contract/drift.yaml) into spec/overlays/
	$(PY) scripts/adopt_drift.py

bench: spec                   ## throughput and latency figures (not part of make test)
	$(PY) scripts/bench.py

emulator: spec                ## run the emulator on 127.0.0.1:8080
	$(BIN)/sinch-emulator --host 127.0.0.1 --port 8080

dist: check-generated         ## build the wheel, with the effective spec bundled for the emulator
	cp build/spec/openapi.json sinch_emulator/openapi.json
	$(BIN)/pip wheel --quiet --no-deps --no-build-isolation --wheel-dir dist . ; \
	  status=$$?; rm -f sinch_emulator/openapi.json; exit $$status

lock:                         ## re-resolve requirements.lock after editing pyproject.toml
	$(BIN)/uv pip compile pyproject.toml --all-extras --group dev --group bench \
	  --generate-hashes --python-version 3.11 --quiet -o requirements.lock

clean:
	rm -rf build dist $(VENV) .pytest_cache .hypothesis sinch_emulator/openapi.json
