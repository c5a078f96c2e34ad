"""JiebaBM25 on passages cut from the sample reports."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from llama_index.core.schema import TextNode
from llama_index.core.vector_stores.types import MetadataFilter, MetadataFilters
from llama_index.retrievers.bm25 import BM25Retriever

from index.bm25 import JiebaBM25, tokenize
from index.models import TEMPLATE_2019, TEMPLATE_2021, TEMPLATE_PRE2019, Passage

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "sample-reports"

#: file -> (body, year, template), read off each report's title.
REPORTS = {
    "000_5fdff1f93ec53c39.txt": ("灵武市卫生健康局", 2020, TEMPLATE_2019),
    "001_1d0da56432dcd010.txt": ("中卫市沙坡头区卫生健康局", 2021, TEMPLATE_2021),
    "002_237241b3bbe4412b.txt": ("海原县卫生健康局", 2020, TEMPLATE_2019),
    "003_c5aa4f9897f63d18.txt": ("西夏区卫生健康局", 2023, TEMPLATE_2021),
    "004_4d59d41fb80560b1.txt": ("灵武市卫生和计划生育局", 2016, TEMPLATE_PRE2019),
}
CHUNK_CHARS = 400
MIN_CHARS = 150
FANS = "拥有粉丝 2144 人"
QUESTION = "灵武卫生健康官方微博有多少粉丝"

# Numbered headings: 一、 ... or （一） ...
HEADING = re.compile(r"(?=[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def chunks(text: str) -> list[str]:
    """Paragraph-like passages of whole sentences, cut before a heading once long enough.

    Cutting at headings matters: a plain 300-character cut put "我局有“灵武卫生健康”官方微博"
    and "拥有粉丝 2144 人" in neighbouring passages, and the first then won the question.
    """
    flat = re.sub(r"\s*\n\s*", "", text)  # the .txt files are hard-wrapped PDF text
    out, current = [], ""
    for block in HEADING.split(flat):
        for n, sentence in enumerate(re.findall(r"[^。]+。?", block)):
            at_heading = n == 0 and len(current) >= MIN_CHARS
            if current and (at_heading or len(current) + len(sentence) > CHUNK_CHARS):
                out.append(current)
                current = ""
            current += sentence
    return out + ([current] if current.strip() else [])


def sample_passages() -> list[Passage]:
    passages = []
    for name, (body, year, template) in REPORTS.items():
        for n, chunk in enumerate(chunks((SAMPLES / name).read_text(encoding="utf-8"))):
            passages.append(
                Passage(
                    id=f"{name}#{n}",
                    report=name,
                    text=f"{body} {year}年政府信息公开工作年度报告\n{chunk}",
                    body=body,
                    region=body.removesuffix("卫生健康局"),
                    year=year,
                    template=template,
                    section="",
                    page=None,
                )
            )
    return passages


@pytest.fixture(scope="module")
def passages() -> list[Passage]:
    return sample_passages()


@pytest.fixture(scope="module")
def fans_id(passages) -> str:
    (found,) = [p.id for p in passages if FANS in p.text]
    return found


@pytest.fixture(scope="module")
def bm25(passages) -> JiebaBM25:
    return JiebaBM25.build(passages, similarity_top_k=5)


def ranking(nodes) -> list[tuple[str, float]]:
    return [(n.node.node_id, round(n.score, 5)) for n in nodes]


def test_corpus_is_a_realistic_size(passages):
    assert 20 <= len(passages) <= 100


def test_tokenize_cuts_chinese_keeps_numbers_and_drops_noise():
    tokens = tokenize("我局有“灵武卫生健康”官方微博，拥有粉丝 2144 人。ＡＢＣ２０２０")
    assert {"灵武", "官方", "微博", "粉丝", "2144", "abc2020"} <= set(tokens)
    assert not {"我局", "有", "，", "“", " ", "。"} & set(tokens)
    assert "微博" in tokenize(QUESTION)  # not "微博有": the domain words fix jieba's HMM


def test_question_ranks_the_fans_passage_first(bm25, fans_id):
    nodes = bm25.retrieve(QUESTION)
    assert nodes[0].node.node_id == fans_id
    assert FANS in nodes[0].node.get_content()
    assert len(nodes) <= 5
    assert [n.score for n in nodes] == sorted((n.score for n in nodes), reverse=True)
    assert nodes[0].node.metadata["body"] == "灵武市卫生健康局"


def test_jieba_beats_the_stock_retriever(passages, bm25, fans_id):
    nodes = [TextNode(id_=p.id, text=p.text) for p in passages]
    stock = BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=5)
    stock_hits = stock.retrieve(QUESTION)
    # its regex makes the whole question one "word" that no passage contains
    assert all(hit.score == 0 for hit in stock_hits)
    assert stock_hits[0].node.node_id != fans_id
    assert bm25.retrieve(QUESTION)[0].node.node_id == fans_id


def test_persist_and_load_keep_the_ranking(tmp_path, bm25):
    before = ranking(bm25.retrieve(QUESTION))
    bm25.persist(tmp_path / "bm25")
    bm25.persist(tmp_path / "bm25")  # saving over a previous save is fine
    loaded = JiebaBM25.load(tmp_path / "bm25")
    assert loaded.num_docs == bm25.num_docs
    assert loaded.similarity_top_k == 5
    assert ranking(loaded.retrieve(QUESTION)) == before
    assert loaded.retrieve(QUESTION)[0].node.metadata == bm25.retrieve(QUESTION)[0].node.metadata
    assert ranking(JiebaBM25.from_persist_dir(str(tmp_path / "bm25")).retrieve(QUESTION)) == before


def test_persist_refuses_a_directory_with_other_files(tmp_path, bm25):
    (tmp_path / "notes.txt").write_text("keep me")
    with pytest.raises(ValueError, match="own directory"):
        bm25.persist(tmp_path)
    assert (tmp_path / "notes.txt").exists()


def test_filters_by_body_year_and_kind(bm25, fans_id):
    haiyuan = bm25.as_retriever(filters={"body": "海原县卫生健康局"})
    hits = haiyuan.retrieve(QUESTION)
    assert hits and all(h.node.metadata["body"] == "海原县卫生健康局" for h in hits)
    assert fans_id not in {h.node.node_id for h in hits}

    years = bm25.search("行政复议", top_k=20, filters={"year": [2021, 2023]})
    assert years and {h.node.metadata["year"] for h in years} <= {2021, 2023}

    assert bm25.search(QUESTION, filters={"kind": "table_row"}) == []
    assert bm25.search(QUESTION, filters={"body": None})[0].node.node_id == fans_id


def test_llama_index_metadata_filters(bm25):
    filters = MetadataFilters(filters=[MetadataFilter(key="year", value=2016)])
    hits = bm25.as_retriever(similarity_top_k=3, filters=filters).retrieve("政府信息公开")
    assert 0 < len(hits) <= 3
    assert all(h.node.metadata["body"] == "灵武市卫生和计划生育局" for h in hits)


def test_query_without_known_words_returns_nothing(bm25):
    assert bm25.retrieve("xyzzy") == []
    assert bm25.retrieve("的了吗？") == []


def test_empty_corpus(tmp_path):
    empty = JiebaBM25.build([])
    assert empty.retrieve(QUESTION) == []
    empty.persist(tmp_path / "bm25")
    assert JiebaBM25.load(tmp_path / "bm25").retrieve(QUESTION) == []


def test_from_defaults_builds_from_nodes(passages, fans_id):
    nodes = [TextNode(id_=p.id, text=p.text, metadata=p.metadata()) for p in passages]
    retriever = JiebaBM25.from_defaults(nodes=nodes, similarity_top_k=3)
    assert isinstance(retriever, BM25Retriever)
    assert retriever.retrieve(QUESTION)[0].node.node_id == fans_id
