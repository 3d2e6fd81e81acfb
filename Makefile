# The two commands in the README: `make demo` and `make test`. Everything they need is
# installed here, so both work from a fresh clone on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_STORE ?= sqlite:///$(CURDIR)/instance/demo.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test install frontend chromium neo4j bench clean

demo: install frontend
	$(VENV)/bin/partnermap --store $(DEMO_STORE) demo --host $(HOST) --port $(PORT)

test: install frontend chromium neo4j
	$(PY) -m pytest $(PYTEST_ARGS)

install: $(STAMP)

# Reinstall only when the package's requirements change.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# GOV.UK Frontend, cytoscape and fcose from the npm registry, pinned (web/static/vendor).
frontend:
	bash scripts/fetch_frontend.sh

# Debian's Chromium for the browser tests; Playwright drives it, never downloads its own.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Neo4j 5.26 community from Maven Central, cached under .cache/ (the tests start it).
neo4j:
	$(PY) scripts/neo4j_local.py provision

bench: install
	$(PY) bench/store.py

clean:
	rm -rf $(VENV) .cache instance .pytest_cache
