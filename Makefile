# Two commands: `make run` and `make test`. Each sets up what it needs on a fresh Debian/Ubuntu machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench bench-city torture lint screenshots notices-png clean setup system system-test dist smoke-dist dist-server smoke-server ui

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# The three distributions of this repository, editable: zwcx-core (core/), zwcx-server (server/) and the desktop
# zwcx (here) with the test tools. Reinstalls only when a pyproject.toml changes.
$(VENV)/.installed: pyproject.toml core/pyproject.toml server/pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ./core -e ./server -e ".[dev]"
	touch $@

.stamp-system: scripts/system-deps.sh
	scripts/system-deps.sh
	touch $@

.stamp-system-test: scripts/system-deps.sh
	scripts/system-deps.sh test
	touch $@

setup: .stamp-system $(VENV)/.installed

# Qt Designer layouts (ui/*.ui) compiled into the package by pyside6-uic (scripts/uic.py), so no window loads a
# .ui at run time. The outputs are committed: a checkout runs and tests without this step (pytest alone, the
# installer spec); a changed .ui is compiled again here, and tests/gui/test_designer_forms.py fails while a
# compiled form is stale.
UI_FORMS := $(patsubst ui/%.ui,zwcx_desktop/gui/ui_%.py,$(wildcard ui/*.ui))
UIC_PYTHON = $(firstword $(wildcard $(BIN)/python $(DIST_VENV)/bin/python) $(PYTHON))
zwcx_desktop/gui/ui_%.py: ui/%.ui scripts/uic.py
	$(UIC_PYTHON) scripts/uic.py $< $@
ui: $(UI_FORMS)

run: setup ui
	@$(BIN)/python -m zwcx_desktop.gui.launch

test: .stamp-system .stamp-system-test $(VENV)/.installed ui
	$(BIN)/ruff check .
	scripts/run-tests.sh

# The long randomized sync run (the suite runs 80 scenarios; this runs 1,000 on SQLite and, when installed, PostgreSQL).
torture: .stamp-system .stamp-system-test $(VENV)/.installed
	ZWCX_SYNC_SCENARIOS=1000 scripts/run-tests.sh tests/sync/test_sync_random.py

bench: setup
	$(BIN)/python -m bench.run_all

# The city load run alone (issue 20): 300 townships x 3 devices on PostgreSQL, 4 workers. ZWCX_BENCH_PG_URL names a
# database of its own (emptied); without it, the test database of scripts/test-postgres.sh.
bench-city: setup .stamp-system-test
	ZWCX_BENCH_PG_URL=$${ZWCX_BENCH_PG_URL:-$$(scripts/test-postgres.sh start)} $(BIN)/python -m bench.run_all bench_city

screenshots: .stamp-system-test $(VENV)/.installed
	$(BIN)/python -m bench.screenshots
	$(BIN)/python -m tests.server.web.screenshots

# The installers' lean build venv: the app's runtime requirements and PyInstaller only (no server or test extras),
# so nothing else can end up in the bundle. The app itself comes from the checkout (installer/zwcx.spec).
DIST_VENV := build/venv-dist
$(DIST_VENV)/.installed: pyproject.toml installer/requirements-build.txt
	rm -rf $(DIST_VENV)
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/pip install -q --upgrade pip
	$(PYTHON) installer/runtime_deps.py > $(DIST_VENV)/runtime.txt
	$(DIST_VENV)/bin/pip install -q -r $(DIST_VENV)/runtime.txt -r installer/requirements-build.txt
	touch $@

# dist/zwcx/ (one-folder bundle) and dist/zwcx_VERSION_ARCH.deb; scripts/smoke-dist.sh tests both.
dist: .stamp-system $(DIST_VENV)/.installed ui
	rm -rf dist build/pyinstaller
	$(DIST_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller --distpath dist \
		installer/zwcx.spec
	installer/build-deb.sh

# The installer smoke test needs poppler's pdftotext/pdffonts from the test packages.
smoke-dist: dist .stamp-system-test
	scripts/smoke-dist.sh --no-build

# The oldest glibc the bundle in dist/zwcx/ starts on (the highest GLIBC_x.y any of its files needs); reports only.
.PHONY: glibc-floor dist-compat
glibc-floor:
	python3 scripts/glibc-floor.py dist/zwcx

# dist/compat/zwcx/ and its .deb for glibc 2.31 systems (Kylin V10, Debian 11), built and smoke-tested inside a
# Debian 11 root (build/compat/, kept between runs); as root, with debootstrap. About 30 minutes the first time,
# 10 after.
dist-compat:
	scripts/dist-compat.sh

# The server's two wheels (zwcx-core and zwcx-server) in dist/server/: what a municipal IT admin installs, no Qt.
dist-server: $(VENV)/.installed
	rm -rf dist/server
	$(BIN)/pip wheel -q --no-deps -w dist/server ./core ./server

# Installs those wheels into a clean venv, asserts that PySide6 is absent and runs the server (SQLite, PostgreSQL).
smoke-server: dist-server .stamp-system-test
	scripts/smoke-server.sh

clean:
	rm -rf $(VENV) .stamp-system .stamp-system-test build dist *.egg-info
