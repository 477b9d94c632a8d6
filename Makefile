# Two commands: `make run` and `make test`. Each sets up what it needs on a fresh Debian/Ubuntu machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench lint screenshots notices-png clean setup system system-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Reinstalls only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[server,dev]"
	touch $@

.stamp-system: scripts/system-deps.sh
	scripts/system-deps.sh
	touch $@

.stamp-system-test: scripts/system-deps.sh
	scripts/system-deps.sh test
	touch $@

setup: .stamp-system $(VENV)/.installed

run: setup
	@$(BIN)/python -m zwcx_desktop.gui.launch

test: .stamp-system .stamp-system-test $(VENV)/.installed
	$(BIN)/ruff check .
	scripts/run-tests.sh

bench: setup
	$(BIN)/python -m bench.run_all

screenshots: .stamp-system-test $(VENV)/.installed
	$(BIN)/python -m bench.screenshots

clean:
	rm -rf $(VENV) .stamp-system .stamp-system-test build dist *.egg-info
