"""Names vulture reports as unused that are used: called by a framework, by name, or by the
tests only. Read by tests/test_dead_code.py:

    vulture assistant index ui eval tests/vulture_whitelist.py --min-confidence 60

A name here is whitelisted everywhere it occurs, so keep the list short and say why each is here.
This file is parsed by vulture, never imported.
"""

# ruff: noqa: B018, F821

# --- argparse: the CLI's subcommands, registered by the @command decorator -----------------------
cmd_ingest
cmd_remove
cmd_reports
cmd_facts
cmd_summary
cmd_ask
cmd_chat
cmd_serve
cmd_eval

# --- llama-index: hooks BaseRetriever and BaseEmbedding call ------------------------------------
_._retrieve  # BaseRetriever.retrieve -> _retrieve (assistant/retrieve.py, index/bm25.py, index/vectors.py)
_.from_persist_dir  # BM25Retriever's loading API (index/bm25.py)
_._aget_query_embedding  # BaseEmbedding's async API (index/embeddings.py)
_._aget_text_embedding
_._aget_text_embeddings
_.class_name  # llama-index serialization (index/embeddings.py)
# attributes BM25Retriever's inherited methods read (index/bm25.py sets them, jieba tokenizes)
_.stemmer
_.skip_stemming
_.token_pattern

# --- pydantic: the question-file schema's settings and validators (eval/questionfile.py) -------
model_config
_._one_string_is_one_item
_._items_as_alternatives
_._one_expectation_per_turn

# --- reportlab: Flowable attributes and the wrap() signature (eval/pdfgen.py) -------------------
_.keepWithNext
_.spaceBefore
_.leading
_.spaceAfter
avail_height

# --- html2text: its line width setting (eval/converters.py) --------------------------------------
_.body_width

# --- uvicorn: the flag that stops its server (ui/server.py) --------------------------------------
_.should_exit

# --- Python's module __getattr__ (PEP 562): the API's names imported on first use (assistant/__init__.py)
__getattr__

# --- functools cache key: a file's mtime makes its cached hash stale (ui/sources.py) -------------
mtime_ns

# --- dispatch by name: the renderers call "_" + the intent (render/facts.py); the methods named
# "_" + a finding's class (render/writer.py) are listed by tests/test_dead_code.py from findings.py
_._list
_._least
_._ranking
_._total
_._average
_._difference

# --- read by the tests only: evaluation tooling and a diagnostic --------------------------------
format_report  # eval/scoring.py: tests/test_questions.py prints the per-kind accuracy
SECTION_HEADINGS  # eval/sample_specs.py: tests/test_pdfgen.py checks the generated PDFs' headings
CRAWLER  # eval/synth/render.py: tests/test_synth.py generates a crawler-shaped corpus
title_source  # index/models.py ReportMeta: where body and year were read (tests/test_extraction.py)
_.title_source

# --- public API and members read by value or by name ------------------------------------------
_.reset  # assistant/conversation.py: Conversation.reset, the API's "new conversation"
FILES  # index/pipeline.py: DedupStrategy.FILES, chosen through Assistant.add(dedup=...)
IDENTITY  # assistant/understanding/intents.py: Intent members, reached by their values
SUMMARY
CHECKS  # also the renderers' phrase groups, read by name (writer.t("CHECKS", ...))
PART  # the renderers' asking-back phrases for a part of a total, read by name (writer.t("PART", ...))
# --- RapidOCR's own settings, set on its engine objects (index/forms/ocr.py) -------------------
_.max_side_len
_.rec_batch_num
_.get_preprocess
_.thresh  # the detector's pixel threshold (DET_THRESH)
_.calls  # index/forms/ocr_memo.py Memo.calls: the lines recognised, beside its hits (tests/test_ocr.py)
