# SentraAuto Care — the two commands a newcomer needs: `make run` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench translations frozen clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

translations: $(STAMP)
	$(BIN)/python -m ui.i18n_build

# The app on embedded defaults: a fresh demo database, sample data, simulated hardware.
run: $(STAMP) translations
	$(BIN)/sentra demo

# The whole test suite (offscreen Qt), benchmarks included; they print JSON figures.
test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/bench -s

# The frozen one-folder app (PyInstaller), checked and smoke-run: --version, demo --headless, the tour.
frozen: $(STAMP)
	$(BIN)/pip install --quiet -e '.[build]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/build.py

clean:
	rm -rf $(VENV) build dist *.egg-info
