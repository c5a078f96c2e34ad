"""Seeded synthetic corpus of 政府信息公开工作年度报告 for scale tests and benchmarks.

    from eval.synth import generate
    corpus = generate("/tmp/synth", 100, seed=0, pdf_share=0.5)

writes ``reports/r0001.pdf`` ... (real PDFs with ruled tables, or text with the extraction
damage of report-format.md), ``gold_facts.tsv`` (report, body, year, metric, value, unit;
blank cell = empty value), ``questions.jsonl`` (eval/questions/README.md format) and
``manifest.json``. Nothing here imports the product (index, assistant, ui).
CLI: ``python -m eval.synth OUT_DIR --reports N [--seed S] [--pdf-share F]``.
"""

from .core import GOLD_COLUMNS, Corpus, generate, gold_rows, write_prefix
from .model import Body, SynthReport, template_of

__all__ = ["GOLD_COLUMNS", "Body", "Corpus", "SynthReport", "generate", "gold_rows", "template_of", "write_prefix"]
