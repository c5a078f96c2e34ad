"""The dense half of the index: passages and their embeddings in an embedded Chroma database.

Records are written through llama-index's `ChromaVectorStore`, so each also carries the
node JSON llama-index needs to rebuild a `TextNode` (any llama-index reader of the
collection works); the passage's own metadata (`Passage.metadata()`) sits beside it as flat
keys that Chroma can filter on.

Chroma never embeds anything here: the collection is opened with ``embedding_function=None``,
so a call that forgot to pass our vectors fails instead of silently downloading Chroma's
default model.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from index import config  # sets ANONYMIZED_TELEMETRY=False, so it must precede chromadb

# isort: split
import chromadb
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.callbacks import CallbackManager
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from llama_index.core.vector_stores.types import MetadataFilters, VectorStoreQuery
from llama_index.vector_stores.chroma import ChromaVectorStore
from llama_index.vector_stores.chroma.base import _to_chroma_filter

from index.models import Passage

#: Records per write; Chroma's own limit (client.get_max_batch_size(), ~5000) is larger.
WRITE_BATCH = 256
#: Records per page when scanning metadata.
READ_BATCH = 2000
#: Collection metadata key holding the embedder id the vectors were made with.
EMBEDDER_KEY = "reportqa_embedder"

#: Filters: {"body": "...", "year": 2023, "kind": ["passage", "table_row"]} (a list means
#: "any of", None values are ignored) or llama-index MetadataFilters.
Filters = Mapping[str, Any] | MetadataFilters | None


class EmbedderMismatch(RuntimeError):
    """The collection was built with another embedder; its vectors are not comparable."""


class VectorHit(NamedTuple):
    passage_id: str
    score: float  # cosine similarity, 1.0 = same direction
    text: str
    metadata: dict[str, Any]


def to_where(filters: Filters) -> dict[str, Any] | None:
    """Chroma `where` clause for `filters` (several keys are joined with $and)."""
    if filters is None:
        return None
    if isinstance(filters, MetadataFilters):
        return _to_chroma_filter(filters) or None
    clauses = [_clause(key, value) for key, value in filters.items() if value is not None]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _clause(key: str, value: Any) -> dict[str, Any]:
    if isinstance(value, list | tuple | set | frozenset):
        return {key: {"$in": list(value)}}
    return {key: {"$eq": value}}


def _batches(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class VectorStore:
    """A persistent Chroma collection of passages, in directory `path`."""

    def __init__(
        self,
        path: str | Path | None = None,
        collection: str = config.CHROMA_COLLECTION,
        embedder_id: str | None = None,
        url: str | None = None,
    ) -> None:
        """An embedded store in folder `path`, or, with `url` (http://HOST:PORT), the collection
        on a Chroma server (`chroma run`), which several processes and machines can share.
        Neither: an empty store in memory (a read-only index whose vectors cannot be read)."""
        self.url = url
        self.path = Path(path) if path is not None else None
        if url:
            from urllib.parse import urlsplit

            parts = urlsplit(url)
            self.client = chromadb.HttpClient(host=parts.hostname or "127.0.0.1", port=parts.port or 8000,
                                              ssl=parts.scheme == "https")
        elif self.path is None:
            self.client = chromadb.EphemeralClient()
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            self.client = chromadb.PersistentClient(path=str(self.path))
        self.collection = self.client.get_or_create_collection(
            name=collection,
            embedding_function=None,  # never Chroma's default model: we always pass vectors
            configuration={"hnsw": {"space": "cosine"}},
            metadata={EMBEDDER_KEY: embedder_id} if embedder_id else None,
        )
        self.llama_store = ChromaVectorStore(chroma_collection=self.collection)
        if embedder_id:
            self._check_embedder(embedder_id)

    def _check_embedder(self, embedder_id: str) -> None:
        recorded = (self.collection.metadata or {}).get(EMBEDDER_KEY)
        if recorded is None and self.count() == 0:
            # An empty collection created without an id adopts this one.
            self.collection.modify(metadata={EMBEDDER_KEY: embedder_id})
        elif recorded != embedder_id:
            raise EmbedderMismatch(
                f"the vectors in {self.path} were made with embedder "
                f"{recorded or 'unknown (not recorded)'!r}, not "
                f"{embedder_id!r}; rebuild the index or pass the original --embedder"
            )

    @property
    def embedder_id(self) -> str | None:
        return (self.collection.metadata or {}).get(EMBEDDER_KEY)

    def close(self) -> None:
        """Release the database (Chroma shares one per path per process, refcounted)."""
        self.client.close()

    def __enter__(self) -> VectorStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ---------------------------------------------------------------------------- writing

    def add(
        self,
        passages: Sequence[Passage],
        embeddings: Sequence[Sequence[float]],
        batch_size: int = WRITE_BATCH,
    ) -> int:
        """Write passages with their vectors; a passage id already present is replaced."""
        if len(passages) != len(embeddings):
            raise ValueError(f"{len(passages)} passages but {len(embeddings)} embeddings")
        nodes = [_to_node(p, e) for p, e in zip(passages, embeddings, strict=True)]
        for batch in _batches(nodes, batch_size):
            # Chroma's add() silently keeps the old record of an existing id, so re-ingesting a
            # passage would keep stale text: drop those ids first. Only those present: a delete
            # costs a write (15 ms CPU for 9 absent ids, a get 1.3 ms), and ids are content-
            # addressed, so a new report's are never there.
            present = self.collection.get(ids=[node.node_id for node in batch], include=[])["ids"]
            if present:
                self.collection.delete(ids=present)
            self.llama_store.add(list(batch))
        return len(nodes)

    def delete(self, ids: Sequence[str], batch_size: int = WRITE_BATCH) -> None:
        """Delete records by passage id (ids that are absent are ignored)."""
        for batch in _batches(list(ids), batch_size):
            self.collection.delete(ids=list(batch))

    # ---------------------------------------------------------------------------- reading

    def ids(self) -> set[str]:
        """Every record id, to reconcile the collection with the catalog after a crash."""
        found: set[str] = set()
        for offset in range(0, self.count(), READ_BATCH):
            found.update(self.collection.get(include=[], limit=READ_BATCH, offset=offset)["ids"])
        return found

    def count(self) -> int:
        return self.collection.count()

    def query(
        self, embedding: Sequence[float], top_k: int = 10, where: Filters = None
    ) -> list[VectorHit]:
        """The `top_k` passages closest to `embedding` that match `where`, best first."""
        if top_k <= 0:
            return []
        result = self.llama_store.query(
            VectorStoreQuery(query_embedding=list(map(float, embedding)), similarity_top_k=top_k),
            where=to_where(where),
        )
        return [
            VectorHit(node.node_id, _cosine(similarity), node.get_content(), dict(node.metadata))
            for node, similarity in zip(result.nodes or [], result.similarities or [], strict=True)
        ]

    def as_retriever(
        self, embed_model: BaseEmbedding, top_k: int = 10, filters: Filters = None
    ) -> VectorRetriever:
        return VectorRetriever(self, embed_model, top_k=top_k, filters=filters)


def _to_node(passage: Passage, embedding: Sequence[float]) -> TextNode:
    return TextNode(
        id_=passage.id,
        text=passage.text,
        metadata=passage.metadata(),
        embedding=[float(x) for x in embedding],
    )


def _cosine(similarity: float) -> float:
    """Undo ChromaVectorStore's score exp(-distance): with the cosine space, distance = 1 - cos."""
    return 1.0 + math.log(similarity) if similarity > 0 else -1.0


class VectorRetriever(BaseRetriever):
    """Dense retrieval over a `VectorStore`; scores are cosine similarities."""

    def __init__(
        self,
        store: VectorStore,
        embed_model: BaseEmbedding,
        top_k: int = 10,
        filters: Filters = None,
        callback_manager: CallbackManager | None = None,
    ) -> None:
        super().__init__(callback_manager=callback_manager)
        self.store = store
        self.embed_model = embed_model
        self.top_k = top_k
        self.filters = filters

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        embedding = query_bundle.embedding or self.embed_model.get_query_embedding(
            query_bundle.query_str
        )
        hits = self.store.query(embedding, top_k=self.top_k, where=self.filters)
        return [
            NodeWithScore(
                node=TextNode(id_=h.passage_id, text=h.text, metadata=h.metadata), score=h.score
            )
            for h in hits
        ]


_REOPEN_LOCK = threading.Lock()


def reopen(store: VectorStore) -> VectorStore:
    """The same collection opened afresh: Chroma keeps each path's index in memory, so vectors
    another process wrote are seen only once its cached system is dropped."""
    from chromadb.api.shared_system_client import SharedSystemClient

    if store.url:  # a server serves what every process wrote
        return store
    with _REOPEN_LOCK:
        SharedSystemClient.clear_system_cache()
        return VectorStore(store.path, store.collection.name)


def forget(path: str | Path) -> None:
    """Drop Chroma's cached database of a path whose opening failed (a foreign folder), so a
    fresh folder at that path is opened anew rather than through the broken cache."""
    from chromadb.api.shared_system_client import SharedSystemClient

    with _REOPEN_LOCK:
        SharedSystemClient._identifier_to_system.pop(str(path), None)
