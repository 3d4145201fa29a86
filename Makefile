# Cabinet Desktop — developer commands. `make run` opens the app on the demo database,
# `make test` runs the whole check (lint, layers, types, tests on SQLite and PostgreSQL).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck bench demo-large clean system-deps translations bundle deb

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 ou plus récent est requis (trouvé : " + sys.version.split()[0] + ")")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "Impossible de créer l'environnement virtuel : installez python3-venv (sudo apt-get install python3-venv)."; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

system-deps:
	@sh installer/system-deps.sh

run: $(STAMP) system-deps
	$(BIN)/cabinet-desktop --demo

test: $(STAMP)
	$(BIN)/ruff check cabinet_desktop tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check cabinet_desktop tests bench
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

# The one-folder bundle (Python and Qt inside): dist/cabinet-desktop/cabinet-desktop, checked
# by its own `selftest`. Then `make deb` packs it for Debian/Ubuntu (installer/build-deb.sh).
bundle: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller installer/cabinet-desktop.spec
	QT_QPA_PLATFORM=offscreen dist/cabinet-desktop/cabinet-desktop selftest

deb: bundle
	sh installer/build-deb.sh dist/cabinet-desktop dist

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# The translation catalogue: labels held as data listed for lupdate, then lupdate over code and
# forms (keeping existing translations), then lrelease to the .qm the application loads.
TS := resources/translations/cabinet_en.ts
translations: $(STAMP)
	$(BIN)/python tools/data_messages.py
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative $$(find cabinet_desktop -name '*.py' | sort) \
		$$(ls forms/*.ui 2>/dev/null) tools/generated/data_messages.py -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm resources/translations/cabinet_en.qm

# Designer forms: each forms/NAME.ui compiled by pyside6-uic into
# cabinet_desktop/ui/forms_generated/ui_NAME.py. The output is committed (an installed package
# needs no build step) and never edited by hand; tests/test_ui_forms.py fails when it is stale.
.PHONY: forms
FORMS_PY := cabinet_desktop/ui/forms_generated
forms: $(STAMP)
	@for form in forms/*.ui; do \
		out=$(FORMS_PY)/ui_$$(basename $$form .ui).py; \
		echo "pyside6-uic $$form -> $$out"; \
		$(BIN)/pyside6-uic --no-autoconnection $$form -o $$out || exit 1; \
	done
