# The two commands: `make site` and `make test`. Both set up .venv from pinned requirements first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The browser tests drive Debian's Chromium (Playwright's own browser download does not work here).
CHROMIUM := /usr/bin/chromium

.PHONY: site test check goldens screenshots schema clean

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/briefings build

$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

test: $(STAMP) $(CHROMIUM)
	$(BIN)/python -m pytest -q

check: $(STAMP)
	$(BIN)/briefings check

# Rewrite the golden Markdown files of tests/fixtures/ after an intended change of output.
goldens: $(STAMP)
	UPDATE_GOLDENS=1 $(BIN)/python -m pytest -q tests/test_golden.py

# Retake the README's screenshots (docs/screenshots/) of the home and the Canada page.
screenshots: $(STAMP) $(CHROMIUM)
	UPDATE_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/browser/test_screenshots.py

schema: $(STAMP)
	$(BIN)/briefings schema

clean:
	rm -rf $(VENV) site docs/generated .build
