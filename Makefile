# ReportQA: `make run` installs, indexes the bundled sample reports and shows them; `make test`
# installs and runs the test suite. Everything the tests need is installed from here.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
INDEX ?= .reportqa/index
SAMPLES := data/sample-reports

export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1

.PHONY: install system-deps run test test-fast bench bench-scale lint clean-index

install: $(STAMP)

# torch first, from the CPU wheel; then everything else with torch pinned by constraints.txt,
# otherwise pip would pull a multi-GB CUDA build. pip itself is upgraded first: the venv's pip 23.2
# fails resolving readability-lxml's lxml[html_clean] beside lxml[html-clean] (an internal assertion).
$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check 'pip==25.3'
	$(PY) -m pip install -q --disable-pip-version-check torch==2.13.0
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: install
	$(PY) -m assistant.cli ingest $(SAMPLES) --index $(INDEX)
	$(PY) -m assistant.cli summary --index $(INDEX)
	$(PY) -m assistant.cli serve --index $(INDEX)

# The browser tests drive Debian's Chromium (never Playwright's own download); Noto CJK renders
# the Chinese of PDF pages and charts. Installed with apt only when chromium is missing.
# PostgreSQL (Debian's) is started by the server-store tests in a temporary data directory.
# pandoc and poppler-utils (pdftotext) are converters of eval/converters.py and tests/test_converters.py.
system-deps:
	@{ test -x /usr/bin/chromium && fc-list 2>/dev/null | grep -qi "Noto Sans CJK" \
		&& command -v pandoc >/dev/null && command -v pdftotext >/dev/null \
		&& { command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }; } || { \
		SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
		$$SUDO apt-get update && $$SUDO apt-get install -y chromium fonts-noto-cjk postgresql pandoc poppler-utils; }

# Two workers (pytest-xdist): the suite is some 940 CPU seconds, nearly all in one process, so
# on two cores one process cannot finish it in 15 minutes. Tests that share the samples'
# converted forms or their scans stay on one worker (tests/conftest.py: xdist_group).
test: install system-deps
	$(PY) -m pytest -q -n 2 --dist loadgroup

# The fast tier: no subprocess, server, browser or model (a conftest guard fails a test that
# starts one); passages embedded by the deterministic hash embedder of tests/fake_embedder.py.
test-fast: install
	$(PY) -m pytest -q -m "not slow"

bench: install
	$(PY) -m eval.bench_ingest
	$(PY) -m eval.bench_ingest --real ../shared/real-reports
	$(PY) -m eval.bench_forms
	$(PY) -m eval.bench_answer
	$(PY) -m eval.bench_load --users 8
	$(PY) -m eval.bench_load --users 16
	$(PY) -m eval.bench_ocr --workers 1 2
	$(PY) -m eval.bench_scale --sizes 10 100 1000 --baseline-at 100

# The scaling table of docs/servers.md (about an hour on 2 cores): the server stack (a Chroma server,
# PostgreSQL and Ray, started on loopback) and the embedded default at the same sizes.
bench-scale: install system-deps
	RAY_AUTH_MODE=disabled $(PY) -m eval.bench_scale --stack server --sizes 1000 3000 10000 --pdf-share 0.1
	$(PY) -m eval.bench_scale --sizes 1000 3000 10000 --pdf-share 0.1 --baseline-at 0

lint: install
	$(VENV)/bin/ruff check .

clean-index:
	rm -rf $(INDEX)
