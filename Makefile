# The two commands in the README: `make demo` and `make test`. Everything they need is
# installed here, so both work from a fresh clone on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
APP_STAMP := $(VENV)/.installed-app
DEMO_STORE ?= sqlite:///$(CURDIR)/instance/demo.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test install install-app frontend test-assets chromium neo4j bench clean

# The demo needs the app only: not the test extras (pytest, testcontainers, playwright).
demo: install-app frontend
	@echo "==> Starting the demo (seeds it on first run)..."
	$(VENV)/bin/partnermap --store $(DEMO_STORE) demo --host $(HOST) --port $(PORT)

test: install frontend test-assets chromium neo4j
	$(PY) -m pytest $(PYTEST_ARGS)

install: $(STAMP)
install-app: $(APP_STAMP)

# Reinstall only when the package's requirements change. pip prints what it collects and
# installs (a first install takes minutes: silence would look like a hang).
$(APP_STAMP): pyproject.toml
	@echo "==> Installing partnermap and what it needs to run into $(VENV) (first time: a few minutes)..."
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade --progress-bar on pip
	$(PY) -m pip install --progress-bar on -e .
	touch $(APP_STAMP)

$(STAMP): pyproject.toml
	@echo "==> Installing partnermap with its test tools into $(VENV) (first time: a few minutes)..."
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --progress-bar on -e '.[test]'
	touch $(STAMP) $(APP_STAMP)

# GOV.UK Frontend, cytoscape, fcose and Leaflet from the npm registry, pinned (web/static/vendor).
frontend:
	@echo "==> Fetching the pinned web assets (GOV.UK Frontend, cytoscape, Leaflet) if they are not current..."
	bash scripts/fetch_frontend.sh

# axe-core for the browser tests' accessibility checks: pinned, from npm, test-only (never served).
test-assets:
	bash scripts/fetch_test_assets.sh

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
