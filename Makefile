# Two commands for maintainers: `make site` builds the site into build/, `make test` runs the tests.
# Both create a virtual environment in .venv the first time.

VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: site serve test check clean

$(BIN)/mkdocs: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

site: $(BIN)/mkdocs
	$(BIN)/mkdocs build --strict

serve: $(BIN)/mkdocs
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

check: $(BIN)/mkdocs
	$(BIN)/inclusion check

test: $(BIN)/mkdocs
	$(BIN)/python -m pytest

clean:
	rm -rf build $(VENV)
