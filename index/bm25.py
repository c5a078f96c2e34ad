"""The lexical half of the index: BM25 over passages, with Chinese words cut by jieba.

llama-index's `BM25Retriever` tokenizes with the regex ``\\b\\w\\w+\\b`` and an English
stemmer. Chinese has no spaces, so a whole clause becomes one "word" and a question
matches nothing. `JiebaBM25` keeps the retriever interface but builds the `bm25s` index
from jieba token lists and tokenizes questions the same way.
"""

from __future__ import annotations

import json
import logging
import shutil
import threading
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import bm25s
import jieba
import numpy as np
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.callbacks import CallbackManager
from llama_index.core.schema import BaseNode, NodeWithScore, QueryBundle, TextNode
from llama_index.core.vector_stores.types import MetadataFilters
from llama_index.core.vector_stores.utils import build_metadata_filter_fn
from llama_index.retrievers.bm25 import BM25Retriever

from index.models import Passage

DEFAULT_TOP_K = 10

#: Bumped whenever tokenization changes: an index saved with another version cannot be
#: queried consistently and must be rebuilt.
TOKENIZER_VERSION = 1
META_FILE = "jieba_bm25.json"

#: Function words and question words: frequent in questions, useless for ranking.
STOPWORDS = frozenset(
    "的 了 和 与 及 或 是 在 对 为 以 将 被 把 从 于 由 等 其 该 本 各 个 也 都 就 并 而 "
    "我 我局 局 你 您 他 她 它 们 这 那 此 之 "
    "有 有无 多少 几 什么 哪些 哪个 是否 如何 怎么 怎样 吗 呢 吧 啊 请问 请".split()
)

#: Words of these reports missing from jieba's (2012-era) dictionary. Without them jieba's HMM
#: glues neighbours on: "官方微博有多少粉丝" gave the token "微博有", which no passage contains.
DOMAIN_WORDS = (
    "微博 微信 公众号 政务新媒体 新媒体 粉丝 政务公开 政府信息公开 依申请公开 主动公开 "
    "不予公开 政务服务 门户网站 政府网站 规范性文件 行政复议 行政诉讼 行政处罚 行政许可 "
    "行政强制 行政事业性收费 申请人 年度报告 卫生健康 卫生健康局"
).split()

#: Filters: {"body": "...", "year": 2023, "kind": ["passage", "table_row"]} (a list means
#: "any of", None values are ignored) or llama-index MetadataFilters.
Filters = Mapping[str, Any] | MetadataFilters | None

_TOKENIZER: jieba.Tokenizer | None = None
_TOKENIZER_LOCK = threading.Lock()


def _jieba() -> jieba.Tokenizer:
    """Our own jieba tokenizer, built quietly and once; jieba's global one is left untouched."""
    global _TOKENIZER
    with _TOKENIZER_LOCK:
        if _TOKENIZER is None:
            jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict..." on stderr
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            for word in DOMAIN_WORDS:
                tokenizer.add_word(word)  # frequency suggested by jieba: kept whole
            _TOKENIZER = tokenizer
        return _TOKENIZER


def tokenize(text: str) -> list[str]:
    """Search-mode jieba tokens: lowercase, numbers kept, punctuation/space/stopwords dropped.

    NFKC first so that full-width digits and letters (２０２０, ＡＢＣ) match their ASCII forms.
    """
    normalized = unicodedata.normalize("NFKC", text).lower()
    return [token for token in _jieba().lcut_for_search(normalized) if _is_term(token)]


def _is_term(token: str) -> bool:
    token = token.strip()
    return bool(token) and token not in STOPWORDS and any(ch.isalnum() for ch in token)


def _entry(node_id: str, text: str, metadata: Mapping[str, Any]) -> dict[str, Any]:
    """One corpus record, as saved to corpus.jsonl."""
    return {"id": node_id, "text": text, "metadata": dict(metadata)}


def _matcher(filters: Filters, corpus: Sequence[dict[str, Any]]) -> Any:
    """A predicate on corpus positions, or None when nothing is filtered."""
    if isinstance(filters, MetadataFilters):
        if not filters.filters:
            return None
        return build_metadata_filter_fn(lambda i: corpus[int(i)]["metadata"], filters)
    wanted = {k: v for k, v in (filters or {}).items() if v is not None}
    if not wanted:
        return None
    return lambda i: all(_matches(corpus[int(i)]["metadata"].get(k), v) for k, v in wanted.items())


def _matches(actual: Any, wanted: Any) -> bool:
    if isinstance(wanted, list | tuple | set | frozenset):
        return actual in wanted
    return actual == wanted


def _weight_mask(filters: Filters, corpus: Sequence[dict[str, Any]],
                 positions: _Positions | None = None) -> np.ndarray | None:
    """1.0 for the passages that pass `filters`, 0.0 for the rest (None: all pass)."""
    if positions is not None and not isinstance(filters, MetadataFilters):
        wanted = {k: v for k, v in (filters or {}).items() if v is not None}
        if not wanted:
            return None
        mask = positions.mask(wanted)
        if mask is not None:
            return mask
    match = _matcher(filters, corpus)
    if match is None:
        return None
    return np.fromiter((match(str(i)) for i in range(len(corpus))), dtype=np.float32)


class _Positions:
    """Corpus positions by metadata value, built once per key on first use: a filter becomes a
    few numpy index operations instead of a Python test of every passage (at 10k reports the
    corpus holds hundreds of thousands of passages)."""

    def __init__(self, corpus: Sequence[dict[str, Any]]):
        self.corpus = corpus
        self.by_key: dict[str, dict[Any, np.ndarray]] = {}
        self.lock = threading.Lock()

    def _index(self, key: str) -> dict[Any, np.ndarray] | None:
        with self.lock:
            if key not in self.by_key:
                groups: dict[Any, list[int]] = {}
                for i, entry in enumerate(self.corpus):
                    value = entry["metadata"].get(key)
                    try:
                        groups.setdefault(value, []).append(i)
                    except TypeError:  # an unhashable value: this key is tested one by one
                        self.by_key[key] = None
                        break
                else:
                    self.by_key[key] = {v: np.asarray(ids, dtype=np.int64) for v, ids in groups.items()}
            return self.by_key[key]

    def mask(self, wanted: Mapping[str, Any]) -> np.ndarray | None:
        """The weight mask of `wanted` (as `_matches` reads it), or None if a key cannot be indexed."""
        mask = np.ones(len(self.corpus), dtype=np.float32)
        for key, value in wanted.items():
            index = self._index(key)
            if index is None:
                return None
            values = value if isinstance(value, list | tuple | set | frozenset) else [value]
            keep = np.zeros(len(self.corpus), dtype=np.float32)
            for v in values:
                try:
                    hits = index.get(v)
                except TypeError:
                    return None
                if hits is not None:
                    keep[hits] = 1.0
            mask *= keep
        return mask


class JiebaBM25(BM25Retriever):
    """BM25 over passages with jieba tokens; supports metadata filters and an empty corpus.

    Build with `build(passages)` (or `from_defaults(nodes=...)`), save with `persist(dir)`,
    reopen with `load(dir)`. `as_retriever(top_k, filters)` gives a view sharing the index.
    """

    def __init__(
        self,
        bm25: bm25s.BM25 | None,
        corpus: list[dict[str, Any]],
        similarity_top_k: int = DEFAULT_TOP_K,
        filters: Filters = None,
        callback_manager: CallbackManager | None = None,
        verbose: bool = False,
        positions: _Positions | None = None,
    ) -> None:
        # BM25Retriever.__init__ would re-tokenize with its English regex and refuses an empty
        # corpus, so set up the attributes its other methods use ourselves.
        BaseRetriever.__init__(self, callback_manager=callback_manager, verbose=verbose)
        self.bm25 = bm25
        self.corpus = corpus
        self.similarity_top_k = similarity_top_k
        self.filters = filters
        self.positions = positions or _Positions(corpus)
        self.corpus_weight_mask = _weight_mask(filters, corpus, self.positions)
        self.stemmer = None  # unused: jieba does the tokenizing
        self.skip_stemming = True
        self.token_pattern = ""

    # --------------------------------------------------------------------------- building

    @classmethod
    def build(cls, passages: Sequence[Passage], similarity_top_k: int = DEFAULT_TOP_K) -> JiebaBM25:
        corpus = [_entry(p.id, p.text, p.metadata()) for p in passages]
        return cls._from_corpus(corpus, similarity_top_k)

    @classmethod
    def from_defaults(  # type: ignore[override]
        cls,
        nodes: Sequence[BaseNode] = (),
        similarity_top_k: int = DEFAULT_TOP_K,
        filters: Filters = None,
        **_: Any,
    ) -> JiebaBM25:
        """Build from llama-index nodes (id, text, metadata), like the stock retriever."""
        corpus = [_entry(n.node_id, n.get_content(), n.metadata) for n in nodes]
        retriever = cls._from_corpus(corpus, similarity_top_k)
        return retriever.as_retriever(filters=filters)

    @classmethod
    def _from_corpus(cls, corpus: list[dict[str, Any]], similarity_top_k: int) -> JiebaBM25:
        token_lists = [tokenize(entry["text"]) for entry in corpus]
        bm25 = None
        if any(token_lists):  # bm25s cannot index a corpus without a single token
            bm25 = bm25s.BM25()
            bm25.index(token_lists, show_progress=False)
        return cls(bm25, corpus, similarity_top_k=similarity_top_k)

    def as_retriever(
        self, similarity_top_k: int | None = None, filters: Filters = None
    ) -> JiebaBM25:
        """A retriever with its own top_k and filters over the same index (nothing is copied)."""
        return JiebaBM25(
            self.bm25,
            self.corpus,
            similarity_top_k=similarity_top_k or self.similarity_top_k,
            filters=filters,
            callback_manager=self.callback_manager,
            verbose=self._verbose,
            positions=self.positions,
        )

    @property
    def num_docs(self) -> int:
        return len(self.corpus)

    # -------------------------------------------------------------------------- searching

    def search(
        self, query: str, top_k: int | None = None, filters: Filters = None
    ) -> list[NodeWithScore]:
        """The best passages for `query`, best first; only passages sharing a term score.

        `filters=None` uses the retriever's own filters.
        """
        k = top_k or self.similarity_top_k
        tokens = tokenize(query)
        if self.bm25 is None or not tokens or k <= 0:
            return []
        mask = self.corpus_weight_mask if filters is None else _weight_mask(filters, self.corpus, self.positions)
        scores = self.bm25.get_scores(tokens, weight_mask=mask)
        if len(scores) > k:  # the k best without sorting the whole corpus; ties keep corpus order
            best = np.argpartition(-scores, k - 1)[:k]
            cut = scores[best].min()
            candidates = np.flatnonzero(scores >= cut) if cut > 0 else np.flatnonzero(scores > 0)
            order = candidates[np.argsort(-scores[candidates], kind="stable")][:k]
        else:
            order = np.argsort(-scores, kind="stable")[:k]
        return [self._hit(int(i), float(scores[i])) for i in order if scores[i] > 0]

    def _hit(self, position: int, score: float) -> NodeWithScore:
        entry = self.corpus[position]
        node = TextNode(id_=entry["id"], text=entry["text"], metadata=entry["metadata"])
        return NodeWithScore(node=node, score=score)

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return self.search(query_bundle.query_str)

    # ------------------------------------------------------------------------ persistence

    def persist(self, path: str | Path, encoding: str = "utf-8", **_: Any) -> None:
        """Save to directory `path`, replacing a previous save there in one rename."""
        target = Path(path)
        if target.exists() and any(target.iterdir()) and not (target / META_FILE).exists():
            raise ValueError(f"{target} holds other files; give the BM25 index its own directory")
        staging = target.with_name(target.name + ".tmp")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        if self.bm25 is not None:
            self.bm25.save(
                staging, corpus=self.corpus, show_progress=False, raise_on_serialization_error=True
            )
        meta = {
            "tokenizer": TOKENIZER_VERSION,
            "num_docs": self.num_docs,
            "indexed": self.bm25 is not None,
            "similarity_top_k": self.similarity_top_k,
        }
        (staging / META_FILE).write_text(json.dumps(meta), encoding=encoding)
        if self.bm25 is None:  # nothing indexed, but the corpus still round-trips
            (staging / "corpus.json").write_text(json.dumps(self.corpus, ensure_ascii=False))
        _replace_dir(staging, target)

    @classmethod
    def load(
        cls, path: str | Path, similarity_top_k: int | None = None, filters: Filters = None
    ) -> JiebaBM25:
        source = Path(path)
        meta = json.loads((source / META_FILE).read_text(encoding="utf-8"))
        if meta.get("tokenizer") != TOKENIZER_VERSION:
            raise ValueError(
                f"the BM25 index in {source} was built with tokenizer version "
                f"{meta.get('tokenizer')}, this code uses {TOKENIZER_VERSION}: rebuild the index"
            )
        top_k = similarity_top_k or meta.get("similarity_top_k") or DEFAULT_TOP_K
        if not meta["indexed"]:
            corpus_file = source / "corpus.json"
            corpus = json.loads(corpus_file.read_text()) if corpus_file.exists() else []
            return cls(None, corpus, similarity_top_k=top_k, filters=filters)
        bm25 = bm25s.BM25.load(source, load_corpus=True)
        corpus, bm25.corpus = list(bm25.corpus), None  # we keep the one copy
        return cls(bm25, corpus, similarity_top_k=top_k, filters=filters)

    @classmethod
    def from_persist_dir(cls, path: str, encoding: str = "utf-8", **_: Any) -> JiebaBM25:
        return cls.load(path)


def _replace_dir(staging: Path, target: Path) -> None:
    """Move `staging` to `target`; a crash mid-save never leaves a half-written index at `target`."""
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
