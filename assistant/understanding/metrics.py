"""The statistics a question can name, from the templates' concepts."""

from __future__ import annotations

from dataclasses import dataclass

from index.templates import CONCEPTS, concept, concept_keys

from .phrases import PhraseIndex

# --- metrics --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Metric:
    """A statistic a question can ask for. A report's value is the sum of the values of those
    `keys` it has: templates never share keys, and 行政诉讼 is two totals in the 2019+ tables."""

    keys: tuple[str, ...]  # canonical Fact.metric keys across templates, newest template first
    zh: str
    en: str
    unit: str | None  # None: it depends on the template's column
    prefix: bool = False  # keys[0] is a row prefix; the caller picks the template's column

    @property
    def key(self) -> str:
        return self.keys[0]

    def name(self, language: str) -> str:
        return self.zh if language == "zh" else self.en


def _metric(concept_id: str) -> Metric:
    c = concept(concept_id)
    return Metric(concept_keys(concept_id), c.zh, c.en, c.unit)


#: Every statistic a question can name, from the templates' concepts (index/templates): the
#: keys and words are declared there, once.
METRICS: dict[str, Metric] = {m.key: m for m in (_metric(c.id) for c in CONCEPTS) if m.keys}

# Words for each metric, Chinese and English. The longest match in a question wins, so a
# general word (申请, 采购) may stand next to a specific one (申请办结, 采购项目).
SYNONYMS: dict[str, tuple[str, ...]] = {concept_keys(c.id)[0]: c.words for c in CONCEPTS if concept_keys(c.id)}

#: Concepts named by a general word only count beside one of their context words.
CONTEXT: dict[str, tuple[str, ...]] = {concept_keys(c.id)[0]: c.context for c in CONCEPTS if c.context}

_METRIC_INDEX = PhraseIndex()
for _key, _words in SYNONYMS.items():
    for _word in _words:
        _METRIC_INDEX.add(_word, "metric", frozenset({_key}))


