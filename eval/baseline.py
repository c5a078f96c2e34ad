"""The baseline: the pipeline a user would assemble from the same libraries without ReportQA.

llama-index `VectorStoreIndex` over a Chroma collection, llama-index's default
`SentenceSplitter`, the same embedder as the ReportQA index, documents read as they are (the
file's text, or pdfplumber's text of each PDF page): no cleaning, no tables, no facts. An
answer is its top 3 retrieved passages, concatenated; its citations are those passages with
their file names. A conversation's earlier turns are prepended to the query.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

# First: sets ANONYMIZED_TELEMETRY=False before chromadb is imported.
from index import config  # noqa: F401

# isort: split
import chromadb
from llama_index.core import Document, StorageContext, VectorStoreIndex
from llama_index.core.node_parser import SentenceSplitter
from llama_index.vector_stores.chroma import ChromaVectorStore

from index.embeddings import make_embedder

ANSWER_PASSAGES = 3
COLLECTION = "baseline"


def load_documents(paths: list[Path]) -> list[Document]:
    """Plain reading: any other file (text, HTML) is one Document of its text; a PDF is one Document per page."""
    docs = []
    for path in paths:
        with path.open("rb") as f:
            head = f.read(1024)
        if head.lstrip()[:5] == b"%PDF-":
            import pdfplumber

            with pdfplumber.open(path) as pdf:
                for number, page in enumerate(pdf.pages, start=1):
                    text = page.extract_text() or ""
                    if text.strip():
                        docs.append(Document(text=text, metadata={"file_name": path.name, "page_label": str(number)}))
        else:
            docs.append(Document(text=_read_text(path), metadata={"file_name": path.name}))
    return docs


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


class Baseline:
    """Build with `Baseline.build(files, directory, embedder_spec)`; ask with `ask_turns`."""

    def __init__(self, index: VectorStoreIndex, build_seconds: float, passages: int):
        self.index = index
        self.build_seconds = build_seconds
        self.passages = passages
        self._answer = index.as_retriever(similarity_top_k=ANSWER_PASSAGES)
        self._top5 = index.as_retriever(similarity_top_k=5)

    @classmethod
    def build(cls, files: list[Path], directory: Path, embedder_spec: str) -> Baseline:
        start = time.perf_counter()
        shutil.rmtree(directory, ignore_errors=True)
        client = chromadb.PersistentClient(path=str(directory))
        collection = client.get_or_create_collection(COLLECTION, embedding_function=None,
                                                     metadata={"hnsw:space": "cosine"})
        storage = StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=collection))
        index = VectorStoreIndex.from_documents(load_documents(files), storage_context=storage,
                                                embed_model=make_embedder(embedder_spec),
                                                transformations=[SentenceSplitter()])
        return cls(index, time.perf_counter() - start, collection.count())

    def retrieve(self, query: str) -> list[dict[str, Any]]:
        """Top 5 passages: file name, page, text."""
        return [_passage(n) for n in self._top5.retrieve(query)]

    def ask(self, query: str) -> dict[str, Any]:
        start = time.perf_counter()
        found = [_passage(n) for n in self._answer.retrieve(query)]
        citations = [{"report": p["report"], "body": "", "year": None, "page": p["page"], "section": "",
                      "quote": p["text"]} for p in found]
        return {"question": query, "text": "\n\n".join(p["text"] for p in found), "route": "baseline",
                "citations": citations, "computed": [], "elapsed_ms": (time.perf_counter() - start) * 1000}

    def ask_turns(self, turns: list[str]) -> list[dict[str, Any]]:
        """Each turn is asked with the earlier turns prepended (no conversation state)."""
        return [self.ask(" ".join(turns[: i + 1])) for i in range(len(turns))]


def _passage(node) -> dict[str, Any]:
    meta = node.node.metadata
    page = meta.get("page_label")
    return {"report": meta.get("file_name", ""), "page": int(page) if page else None,
            "text": node.node.get_content()}
