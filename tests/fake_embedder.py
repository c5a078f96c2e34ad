"""A deterministic embedder for the fast test tier: text -> hashed bag of character n-grams.

Like simonw/llm's `EmbedDemo`, it needs no model, loads in no time and gives the same vectors on
every machine; texts sharing words get close vectors, which is all the fast tier's retrieval
tests need. It is registered only by tests/conftest.py, never by the product.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding, Embedding

DIMENSION = 256


def _grams(text: str) -> list[str]:
    chars = [c for c in text.lower() if not c.isspace()]
    return chars + ["".join(chars[i:i + 2]) for i in range(len(chars) - 1)]


def hash_vector(text: str) -> list[float]:
    vector = np.zeros(DIMENSION)
    for gram in _grams(text):
        digest = hashlib.blake2b(gram.encode("utf-8"), digest_size=4).digest()
        vector[int.from_bytes(digest, "little") % DIMENSION] += 1.0
    norm = np.linalg.norm(vector)
    return (vector / norm if norm else vector).tolist()


class HashEmbedding(BaseEmbedding):
    @classmethod
    def from_spec(cls, argument: str) -> HashEmbedding:
        if argument:
            raise ValueError(f"'hash' takes no argument, got 'hash:{argument}'")
        return cls(model_name="hash")

    @classmethod
    def class_name(cls) -> str:
        return "HashEmbedding"

    @property
    def dimension(self) -> int:
        return DIMENSION

    @property
    def embedder_id(self) -> str:
        return f"hash:{DIMENSION}"

    def _embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [hash_vector(t) for t in texts]

    def _get_query_embedding(self, query: str) -> Embedding:
        return hash_vector(query)

    def _get_text_embedding(self, text: str) -> Embedding:
        return hash_vector(text)

    def _get_text_embeddings(self, texts: list[str]) -> list[Embedding]:
        return self._embed(texts)

    async def _aget_query_embedding(self, query: str) -> Embedding:
        return hash_vector(query)

    async def _aget_text_embedding(self, text: str) -> Embedding:
        return hash_vector(text)
