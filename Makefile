# The two commands: `make site` and `make test`. Both set up .venv from pinned requirements first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Debian packages: Pango, HarfBuzz's subsetter (without it WeasyPrint subsets fonts with fontTools,
# three times slower in all) and fonts for WeasyPrint (the PDFs); Chromium for the browser tests
# (Playwright drives Debian's /usr/bin/chromium: its own browser download does not work here).
SITE_DEBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
TEST_DEBS := chromium
need_debs = dpkg -s $(1) >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(1) >/dev/null; }

.PHONY: site test lint check goldens screenshots schema clean

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

site: $(STAMP)
	$(call need_debs,$(SITE_DEBS))
	$(BIN)/briefings build

# Two workers (pytest-xdist), each given whole files so a module's fixtures are built once:
# the suite takes about half as long on two cores as in one process.
test: $(STAMP) lint
	$(call need_debs,$(SITE_DEBS) $(TEST_DEBS))
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

# Lint and types: ruff and mypy (strict), configured in pyproject.toml; part of `make test`.
lint: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/mypy

check: $(STAMP)
	$(BIN)/briefings check

# Rewrite the golden Markdown files of tests/fixtures/ after an intended change of output.
goldens: $(STAMP)
	UPDATE_GOLDENS=1 $(BIN)/python -m pytest -q tests/test_golden.py

# Retake the README's screenshots (docs/screenshots/) of the home and the Canada page.
screenshots: $(STAMP)
	$(call need_debs,$(SITE_DEBS) $(TEST_DEBS))
	UPDATE_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/browser/test_screenshots.py

schema: $(STAMP)
	$(BIN)/briefings schema

clean:
	rm -rf $(VENV) site docs/generated .build
