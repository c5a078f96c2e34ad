"""English names of bureaus, built from the words of their Chinese names.

A question says "the Pingtan Finance Bureau", "Huai'an municipal government" or "the Law
Enforcement and Emergency Management Bureau"; the corpus only knows 平潭综合实验区财政金融局,
淮安市人民政府 and 综合执法与应急管理局. No body is listed here: a bureau's English names are
composed from the translations of the words its name is made of (财政金融 + 局), so a bureau
nobody here has seen gets English names as long as its words are common ones.

    exact, loose = bureau_english("综合执法与应急管理局", division="区")
    exact -> ["comprehensive law enforcement and emergency management bureau", ...]
    loose -> ["law enforcement bureau", "emergency management bureau", ...]

`loose` names (one word of several, "tourism bureau" for 旅游与文化体育局) only count where no
body of the region is called that exactly.
"""

from __future__ import annotations

import itertools
import re

# Chinese words of bureau names and how English speakers render them, the usual first.
WORDS: dict[str, tuple[str, ...]] = {
    "卫生健康": ("health", "health and wellness"),
    "卫生和计划生育": ("health and family planning", "family planning"),
    "卫生": ("health", "public health"),
    "计划生育": ("family planning",),
    "财政金融": ("finance", "finance and financial affairs", "financial"),
    "财政": ("finance", "financial"),
    "金融": ("financial", "finance"),
    "经济发展": ("economic development", "economic"),
    "发展和改革": ("development and reform",),
    "发展改革": ("development and reform",),
    "农业农村": ("agriculture and rural affairs", "agricultural and rural affairs", "agriculture", "agricultural"),
    "农业": ("agriculture", "agricultural"),
    "旅游": ("tourism",),
    "文化体育": ("culture and sports", "cultural and sports"),
    "文化和旅游": ("culture and tourism",),
    "文化": ("culture", "cultural"),
    "体育": ("sports",),
    "综合执法": ("comprehensive law enforcement", "law enforcement", "comprehensive enforcement"),
    "执法": ("law enforcement", "enforcement"),
    "应急管理": ("emergency management", "emergency"),
    "地方税务": ("local taxation", "local tax", "taxation", "tax"),
    "税务": ("taxation", "tax"),
    "公安": ("public security", "police"),
    "市场监督管理": ("market regulation", "market supervision", "market supervision and administration"),
    "生态环境": ("ecology and environment", "ecological environment", "environment", "environmental"),
    "自然资源": ("natural resources",),
    "自然资源和规划": ("natural resources and planning",),
    "教育": ("education",),
    "交通运输": ("transport", "transportation"),
    "住房和城乡建设": ("housing and urban-rural development", "housing and urban rural development", "housing"),
    "人力资源和社会保障": ("human resources and social security",),
    "民政": ("civil affairs",),
    "司法": ("justice",),
    "水利": ("water resources", "water"),
    "水务": ("water affairs", "water"),
    "商务": ("commerce",),
    "统计": ("statistics",),
    "审计": ("audit",),
    "医疗保障": ("healthcare security", "medical insurance", "medical security"),
    "退役军人事务": ("veterans affairs",),
    "科学技术": ("science and technology",),
    "工业和信息化": ("industry and information technology",),
    "林业": ("forestry",),
    "城市管理": ("urban management",),
    "民族宗教事务": ("ethnic and religious affairs",),
}

# The kind of body, last in its name.
HEADS: dict[str, tuple[str, ...]] = {
    "委员会": ("commission", "committee"),
    "局": ("bureau", "department"),
    "委": ("commission",),
    "厅": ("department",),
    "办公室": ("office",),
    "中心": ("center", "centre"),
}

# A region's government, by its own division ("淮安市" -> the municipal government).
GOVERNMENT_WORDS = ("government", "people's government", "local government")
DIVISION_GOVERNMENT: dict[str, tuple[str, ...]] = {
    "市": ("municipal government", "city government", "municipal people's government"),
    "县": ("county government", "county people's government"),
    "区": ("district government", "district people's government"),
    "州": ("prefecture government",),
    "旗": ("banner government",),
    "省": ("provincial government",),
}
COMMITTEE = ("administrative committee", "management committee", "administration committee", "admin committee")
COMMITTEE_OFFICE = tuple(f"{c} office" for c in COMMITTEE) + ("general office", "committee office")

_SPLIT = re.compile(r"[与和及、]")


def bureau_english(bureau: str, division: str = "") -> tuple[list[str], list[str]]:
    """(exact, loose) English names of a bureau; ([], []) when a word has no translation."""
    if bureau in ("", "人民政府", "政府", "行政公署"):
        return [*DIVISION_GOVERNMENT.get(division[-1:] if division else "", ()), *GOVERNMENT_WORDS], []
    if bureau in ("管委会", "管理委员会"):
        return list(COMMITTEE), ["government", "zone government", "zone administration"]
    if bureau in ("管委会办公室", "管理委员会办公室"):
        return list(COMMITTEE_OFFICE), ["office"]
    head = next((h for h in HEADS if bureau.endswith(h) and len(bureau) > len(h)), None)
    if head is None:
        return [], []
    core = bureau[: -len(head)]
    pieces = _pieces(core)
    if pieces is None:
        return [], []
    heads = HEADS[head]
    exact = [f"{words} {h}" for words in _joined(pieces) for h in heads]
    loose = [f"{w} {h}" for piece in pieces if len(pieces) > 1 for w in piece for h in heads]
    return _unique(exact), [n for n in _unique(loose) if n not in exact]


def _pieces(core: str) -> list[tuple[str, ...]] | None:
    """The translated words of a name's core: whole if known (卫生和计划生育), else by its
    conjunctions (旅游与文化体育 -> 旅游, 文化体育), else greedily by known words."""
    if core in WORDS:
        return [WORDS[core]]
    parts = [p for p in _SPLIT.split(core) if p]
    out = []
    for part in parts:
        if part in WORDS:
            out.append(WORDS[part])
            continue
        greedy = _greedy(part)
        if greedy is None:
            return None
        out += greedy
    return out


def _greedy(text: str) -> list[tuple[str, ...]] | None:
    out, i = [], 0
    while i < len(text):
        word = next((text[i:j] for j in range(len(text), i, -1) if text[i:j] in WORDS), None)
        if word is None:
            return None
        out.append(WORDS[word])
        i += len(word)
    return out


def _joined(pieces: list[tuple[str, ...]]) -> list[str]:
    """Each combination of renderings, joined as English lists are ("a, b and c" and "a and b
    and c" read as the same words once punctuation is gone)."""
    out = []
    for combo in itertools.islice(itertools.product(*(p[:3] for p in pieces)), 30):
        if len(combo) == 1:
            out.append(combo[0])
            continue
        flat = [w for c in combo for w in c.split(" and ")]  # "tourism, culture and sports"
        out += [" ".join(flat[:-1]) + " and " + flat[-1], " and ".join(combo)]
    return out


def _unique(items) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
