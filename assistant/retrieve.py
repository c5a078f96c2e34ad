"""Hybrid passage retrieval: jieba BM25 and Chroma vectors fused with weights.

On Chinese text jieba-tokenized BM25 retrieves far better than the offline embedders, so it
carries most of the weight for Chinese questions; English questions lean on the multilingual
vectors (BM25 still sees the Chinese terms the question understanding adds).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle

#: (bm25 weight, vector weight) by question language.
FUSION_WEIGHTS = {"zh": (0.75, 0.25), "en": (0.5, 0.5)}
#: Candidates taken from each retriever before fusion.
CANDIDATES = 20


@dataclass
class ScoredPassage:
    id: str
    text: str
    metadata: dict[str, Any]
    score: float  # fused, 0..1


class HybridRetriever(BaseRetriever):
    """llama-index retriever fusing a JiebaBM25 and a VectorStore with metadata filters."""

    def __init__(self, bm25, vectors, embed_model, language: str = "zh",
                 filters: dict[str, Any] | None = None, top_k: int = 5):
        super().__init__()
        self.bm25 = bm25
        self.vectors = vectors
        self.embed_model = embed_model
        self.weights = FUSION_WEIGHTS.get(language, FUSION_WEIGHTS["zh"])
        self.filters = {k: v for k, v in (filters or {}).items() if v}
        self.top_k = top_k

    def search(self, query: str, extra_terms: str = "") -> list[ScoredPassage]:
        """Fused ranking. `extra_terms` (Chinese words for an English question) go to BM25 only."""
        lexical = self.bm25.search(f"{query} {extra_terms}".strip(), top_k=CANDIDATES, filters=self.filters or None)
        dense = self.vectors.query(self.embed_model.get_query_embedding(query), top_k=CANDIDATES,
                                   where=self.filters or None)
        found: dict[str, ScoredPassage] = {}
        top_bm25 = max((n.score for n in lexical), default=0.0) or 1.0
        for n in lexical:
            found[n.node.node_id] = ScoredPassage(n.node.node_id, n.node.get_content(), dict(n.node.metadata),
                                                  self.weights[0] * n.score / top_bm25)
        for hit in dense:
            entry = found.setdefault(hit.passage_id, ScoredPassage(hit.passage_id, hit.text, hit.metadata, 0.0))
            entry.score += self.weights[1] * max(hit.score, 0.0)
        return sorted(found.values(), key=lambda p: -p.score)[: self.top_k]

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        from llama_index.core.schema import TextNode

        return [NodeWithScore(node=TextNode(id_=p.id, text=p.text, metadata=p.metadata), score=p.score)
                for p in self.search(query_bundle.query_str)]
