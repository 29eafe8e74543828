# Shared Purpose: `make run` starts the whole system locally, `make test` runs every test.
# Both install what they need first (venv, pip, npm, and for tests Debian's Chromium).
SHELL := /bin/bash
VENV := .venv
PYTHON ?= python3
BIN := $(VENV)/bin
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup run test test-fast bench synth browser train clean

setup: $(VENV)/.installed node_modules/.installed shared/purpose/web/static/nhsuk/.built

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

shared/purpose/web/static/nhsuk/.built: node_modules/.installed $(VENV)/.installed
	$(BIN)/python -m purpose.web.assets node_modules
	touch $@

# Debian's Chromium for the browser tests (a browser download by a test tool is not possible here).
browser:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver >/dev/null; }

run: setup
	$(BIN)/purpose local

test: setup browser
	$(BIN)/pytest

bench: setup
	$(BIN)/python -m bench

synth: setup
	$(BIN)/purpose synth --out cdk.out

clean:
	rm -rf .build cdk.out .pytest_cache
