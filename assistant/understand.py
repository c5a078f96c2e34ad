"""Question understanding: which bodies, years, metrics and intent a question is about.

This is the first stage of answering and answers nothing itself. It turns a question (Chinese
or English, possibly a follow-up such as "那行政许可呢？") into a `Query`:

    gaz = Gazetteer(catalog.reports())
    q = understand("沙坡头区卫健局2021年行政许可多少件？", gaz)
    q.intent, q.bodies, q.years, [m.key for m in q.metrics]
    -> lookup, ['中卫市沙坡头区卫生健康局'], [2021], ['行政许可.处理决定数量']

Body names are never hard-coded: the `Gazetteer` derives every way of naming a body (short
names, abbreviations, renamed predecessors, English and pinyin) from the ingested reports.
Everything else (metric synonyms, intent cues, bureau words) is data in the tables below.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from index import divisions
from index.metadata import ABBREVIATIONS, bureau_abbreviations, region_parts
from index.models import ReportRecord
from index.templates import CONCEPTS, concept, concept_keys

from . import cells
from .english import bureau_english

#: Questions longer than this are refused before any parsing (a pasted document is no question).
MAX_QUESTION_CHARS = 500

CJK = "\u3400-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{CJK}]")


# --- question hygiene and language --------------------------------------------------------------

_PROBLEMS = {
    "empty": {"zh": "问题是空的，请输入一个问题。", "en": "The question is empty; please type a question."},
    "long": {"zh": f"问题太长了（上限 {MAX_QUESTION_CHARS} 个字符），请缩短后再问。",
             "en": f"The question is too long (limit {MAX_QUESTION_CHARS} characters); please shorten it."},
    "nonsense": {"zh": "没有看懂这个问题，请用文字提问。",
                 "en": "That does not look like a question; please ask in words."},
}


def detect_language(text: str) -> str:
    """'en' when Latin letters outnumber CJK characters (an English question may quote a
    Chinese name), else 'zh'."""
    cjk = len(_CJK_RE.findall(text))
    if not cjk:
        return "en"
    latin_words = re.findall(r"[A-Za-z]+", text)
    return "en" if len(latin_words) >= 3 and sum(map(len, latin_words)) > cjk else "zh"


def validate_question(text: str) -> str | None:
    """A user-facing problem with the question, or None when it can be parsed."""
    if not text or not text.strip():
        return f"{_PROBLEMS['empty']['zh']} / {_PROBLEMS['empty']['en']}"
    language = detect_language(text)
    if len(text) > MAX_QUESTION_CHARS:
        return _PROBLEMS["long"][language]
    if not any(ch.isalpha() for ch in strip_controls(text)):  # str.isalpha is true for CJK too
        return _PROBLEMS["nonsense"][language]
    return None


# Terminal escapes (CSI "\x1b[31m", OSC "\x1b]0;title\x07") and control characters: never part
# of a question, and never to be echoed back to a terminal.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")


def strip_controls(text: str) -> str:
    """The text without terminal escape sequences and control characters (tabs and line
    breaks become spaces)."""
    text = _ESCAPES.sub("", text)
    return "".join(" " if ch in "\t\n\r" else ch for ch in text if ch in "\t\n\r" or unicodedata.category(ch) != "Cc")


_SYLLABLE_MARK = re.compile(r"(?<=[A-Za-z])['’](?=[aeiouAEIOU])")


def normalize(text: str) -> str:
    """NFKC (full-width digits and letters to ASCII), no spaces inside CJK runs, single spaces.

    Case is kept: callers lower() it for matching and slice this form for display."""
    text = unicodedata.normalize("NFKC", strip_controls(text))
    text = re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", text)
    text = _SYLLABLE_MARK.sub("", text)  # Huai'an, Xi'an: pinyin syllable marks, not possessives
    return re.sub(r"\s+", " ", text).strip()


# --- phrase matching ------------------------------------------------------------------------------

_WORD_RE = re.compile(r"[a-z0-9]+")
_DIVISION_CHARS = "省市县区州旗盟镇乡"
_LATIN_RUN = re.compile(r"[a-z0-9][a-z0-9 '\-]*")


@dataclass(frozen=True)
class Hit:
    """A phrase found in the (normalized, lower-cased) question."""

    start: int
    end: int
    kind: str  # body | region | partial (灵武卫生健康) | bureau | lexicon (a bureau not in the corpus) | metric
    value: frozenset[str]  # bodies, bureau names, or the metric key


def _phrase_key(phrase: str) -> tuple[bool, str]:
    """(is_cjk, lookup key): CJK phrases match as substrings, Latin ones as whole words."""
    text = normalize(phrase).lower()
    if _CJK_RE.search(text):
        return True, text.replace(" ", "")
    return False, " ".join(_WORD_RE.findall(text))


class PhraseIndex:
    """Exact lookup of many phrases in a short text, in time independent of the phrase count:
    every substring of each length in use is one dict probe (a corpus has ~50 names a body)."""

    def __init__(self) -> None:
        self._cjk: dict[str, tuple[str, frozenset[str]]] = {}
        self._latin: dict[str, tuple[str, frozenset[str]]] = {}
        self._lengths: set[int] = set()
        self._max_words = 0
        self._bounded: set[str] = set()  # names that only count after a word boundary

    def add(self, phrase: str, kind: str, value: frozenset[str], bounded: bool = False) -> None:
        is_cjk, key = _phrase_key(phrase)
        if not key:
            return
        if is_cjk:
            self._cjk[key] = (kind, value)
            self._lengths.add(len(key))
            if bounded:
                self._bounded.add(key)
        else:
            self._latin[key] = (kind, value)
            self._max_words = max(self._max_words, key.count(" ") + 1)

    def __contains__(self, phrase: str) -> bool:
        is_cjk, key = _phrase_key(phrase)
        return key in (self._cjk if is_cjk else self._latin)

    def get(self, phrase: str) -> tuple[str, frozenset[str]] | None:
        is_cjk, key = _phrase_key(phrase)
        return (self._cjk if is_cjk else self._latin).get(key)

    def find(self, text: str) -> list[Hit]:
        """Every occurrence (overlapping ones too) in a lower-cased normalized text. A name that
        starts with a division word ("区执法应急局", "市政府") is how a body's own region calls
        it; inside a longer name ("银川市卫生健康局") it is not that body."""
        hits = [Hit(i, i + n, *self._cjk[text[i:i + n]])
                for i in range(len(text)) for n in self._lengths if text[i:i + n] in self._cjk
                and not (text[i:i + n] in self._bounded and i > 0 and _CJK_RE.match(text[i - 1])
                         and text[i - 1] not in _STOP)]
        for run in _LATIN_RUN.finditer(text):
            words = list(_WORD_RE.finditer(text, run.start(), run.end()))
            for i in range(len(words)):
                for n in range(1, min(self._max_words, len(words) - i) + 1):
                    found = self._latin.get(" ".join(w.group() for w in words[i:i + n]))
                    if found:
                        hits.append(Hit(words[i].start(), words[i + n - 1].end(), *found))
        return hits


def select_longest(hits: Iterable[Hit]) -> list[Hit]:
    """Non-overlapping hits, longest first (ties: leftmost), returned in text order."""
    taken: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= t.start or hit.start >= t.end for t in taken):
            taken.append(hit)
    return sorted(taken, key=lambda h: h.start)


# --- pinyin ---------------------------------------------------------------------------------------

# Place-name readings of common characters of Chinese region names (polyphones take the reading
# used in place names: 长 chang, 重 chong, 厦 xia, 蚌 beng, 番 pan, 乐 le). Enough to romanize
# most county and district names; a name with a character not listed simply gets no English form.
_PINYIN_TABLE = """
a 阿 ai 艾爱 an 安鞍岸庵 ang 昂 ao 敖澳奥
ba 八巴坝霸 bai 白百柏拜 ban 班板坂 bao 宝保包鲍堡 bei 北贝碑 ben 本 beng 蚌 bi 碧毕璧必泌
bian 边汴卞 bin 宾滨彬 bo 博渤亳泊波 bu 布埠步卜
cai 蔡彩 can 灿参 cang 苍沧仓 cao 曹漕草 ce 策 cen 岑 cha 查察茶 chai 柴 chan 禅婵蟾产
chang 昌长常畅 chao 朝潮巢 che 车 chen 陈郴辰 cheng 成城承澄程呈 chi 赤池 chong 崇重冲
chu 楚滁储出 chuan 川 chun 春淳 ci 慈磁 cong 从丛聪 cui 崔翠 cun 村
da 大达 dai 代岱 dan 丹单儋 dang 当砀党 dao 道岛 de 德 deng 登邓 di 迪狄底 dian 滇店垫 ding 定鼎丁
dong 东洞 dou 斗 du 都杜独 duan 段 dun 敦 duo 多
e 鄂峨额 en 恩 er 尔二洱
fan 范繁樊 fang 方房防坊芳 fei 肥费 fen 汾 feng 丰凤奉封峰枫冯 fo 佛 fu 福抚阜富府扶涪浮伏
gai 盖 gan 甘赣干淦 gang 港岗 gao 高 ge 格葛革 gen 根 geng 耿 gong 公巩贡宫 gou 沟 gu 古固谷鼓
guan 关冠观馆灌 guang 广光 gui 贵桂归 guo 国果郭虢
ha 哈 hai 海 han 汉韩邯含寒 hang 杭 hao 浩濠郝 he 河合和鹤贺菏赫 hei 黑 heng 衡恒横
hong 洪红宏虹鸿 hou 侯后 hu 湖呼虎户沪胡壶 hua 华化花滑桦 huai 怀淮槐 huan 桓环 huang 黄皇潢
hui 会惠辉徽回 hun 珲浑 huo 霍火
ji 吉济冀鸡集蓟稷积基纪嵇 jia 嘉佳家夹郏 jian 建剑涧鉴尖 jiang 江姜绛将 jiao 交胶焦蛟
jie 揭界介 jin 金晋津锦进靳 jing 京荆泾井景靖静精 jiu 九酒久 ju 莒巨句 jun 君浚峻郡
kai 开凯 kang 康 ke 克柯 ken 垦 kou 口 ku 库 kun 昆
la 拉 lai 莱来 lan 兰蓝澜岚 lang 廊琅朗阆 lao 老崂 le 乐勒 lei 雷 leng 冷
li 丽利黎澧醴李历礼立荔里 lian 连莲廉涟 liang 梁凉良两 liao 辽聊廖 lin 林临霖麟 ling 灵陵凌岭玲
liu 柳六刘流浏 long 龙隆陇 lou 娄楼 lu 鲁卢芦泸禄陆路庐潞 lv 吕旅 luan 滦栾 lun 轮 luo 罗洛骆
ma 马麻 man 满曼 mang 芒 mao 茂毛 mei 梅眉湄美 meng 蒙孟勐 mi 米密 mian 沔绵勉 miao 苗
min 民闽岷 ming 明鸣 mu 木牡穆沐
na 纳那 nan 南 nei 内 nen 嫩 ning 宁 niu 牛 nong 农 nu 怒
pan 盘潘攀番 pei 沛裴 peng 彭蓬 pi 皮郫邳 ping 平萍坪屏凭 po 坡婆 pu 普浦蒲濮莆
qi 齐岐祁淇七奇其启 qian 前千乾黔潜迁 qiang 羌 qiao 桥乔谯 qin 秦沁钦琴 qing 青清庆晴
qiong 琼邛 qiu 丘邱 qu 曲衢渠屈 quan 泉全 que 确
ran 冉 rao 饶 ren 仁任 ri 日 rong 荣容榕融戎 ru 如汝乳 rui 瑞芮 ruo 若
sa 萨 san 三 sang 桑 sha 沙莎 shan 山汕陕善 shang 上商尚 shao 韶邵绍 she 射歙社 shen 深沈神
sheng 胜圣盛 shi 石十市狮施始 shou 寿首 shu 舒蜀 shuang 双 shui 水 shun 顺 shuo 朔 si 四泗思寺
song 松嵩宋 su 苏宿肃 sui 绥随遂睢 sun 孙
ta 塔 tai 太台泰 tan 谭郯潭 tang 唐塘汤 tao 桃洮陶 teng 滕腾 tian 天田 tie 铁 tong 通同铜桐潼彤
tou 头 tu 图土吐 tuo 托沱
wa 瓦 wan 万湾皖宛 wang 王旺望 wei 卫渭威潍魏维围 wen 文温汶 weng 翁 wo 沃 wu 武吴五乌无芜梧婺
xi 西溪锡喜息习犀 xia 夏霞峡厦下 xian 仙先咸贤显冼 xiang 湘襄乡祥香响 xiao 孝萧小晓 xie 谢
xin 新信心忻辛欣 xing 兴邢星杏 xiong 雄熊 xiu 修秀岫 xu 许徐旭叙盱 xuan 宣轩 xue 雪薛 xun 寻逊
ya 雅亚牙 yan 延盐燕沿岩阎兖偃 yang 阳杨洋扬羊 yao 姚尧耀 ye 叶野 yi 伊宜沂义益仪夷依彝眙
yin 银阴殷尹印 ying 营英鹰颍应莹 yong 永雍 you 友尤攸右 yu 玉余榆渝禹于雨郁裕鱼虞
yuan 原源元沅远垣袁 yue 岳越月 yun 云运郓
za 杂 zan 赞 zao 枣 ze 泽 zeng 曾 zha 扎札 zhai 寨 zhan 湛占 zhang 张章彰漳樟 zhao 昭赵肇招
zhe 浙柘 zhen 镇振贞 zheng 正郑政 zhi 芝志治枝 zhong 中忠钟 zhou 周舟州 zhu 珠株诸朱竹
zhuang 庄壮 zhuo 涿卓 zi 资淄紫梓 zong 宗 zou 邹 zun 遵 zui 嘴
"""


def _parse_pinyin(table: str) -> dict[str, str]:
    return {ch: syllable for syllable, chars in re.findall(r"([a-z]+)\s+([^\sa-z]+)", table)
            for ch in chars}


PINYIN: dict[str, str] = _parse_pinyin(_PINYIN_TABLE)


def romanize(text: str) -> str | None:
    """Toneless pinyin, syllables joined ("沙坡头" -> "shapotou"); None if a character is unknown."""
    syllables = [PINYIN.get(ch) for ch in text]
    return None if not text or None in syllables else "".join(syllables)  # type: ignore[arg-type]


# --- names of bodies ------------------------------------------------------------------------------

# Administrative divisions, longest first so that 自治区 wins over 区; English for romanized names.
DIVISIONS_EN: dict[str, str] = {
    "高新技术产业开发区": "high-tech industrial development zone", "经济技术开发区": "economic and technological development zone",
    "综合实验区": "comprehensive experimental zone", "综合试验区": "comprehensive pilot zone",
    "开发区": "development zone", "高新区": "high-tech zone", "实验区": "experimental zone", "试验区": "pilot zone",
    "新区": "new area", "自治区": "autonomous region", "自治州": "autonomous prefecture", "自治县": "autonomous county",
    "自治旗": "autonomous banner", "地区": "prefecture", "省": "province", "市": "city",
    "州": "prefecture", "盟": "league", "县": "county", "区": "district", "旗": "banner",
    "镇": "town", "乡": "township",
}

# Predecessor -> successor after institutional reforms (2013 and 2018); a body and its renamed
# successor in the same region form one entity. Only renames that happen everywhere belong here.
RENAMES: dict[str, str] = {
    "卫生局": "卫生和计划生育局",
    "卫生和计划生育局": "卫生健康局",
    "卫生和计划生育委员会": "卫生健康委员会",
}

# Full bureau name <-> abbreviation, both ways (卫健局 = 卫生健康局).
_ABBREVIATIONS: dict[str, str] = {k: v for k, v in ABBREVIATIONS.items() if k != v}
_ABBREVIATIONS |= {v: k for k, v in _ABBREVIATIONS.items()}

# English for bureau names: the usual translations, then looser ones that are only used where
# no body of the region is named that way exactly (people say "Health Commission" for 卫健局).
BUREAU_EN: dict[str, tuple[str, ...]] = {
    "卫生健康局": ("health bureau", "health and wellness bureau"),
    "卫生健康委员会": ("health commission", "health and wellness commission"),
    "卫生和计划生育局": ("health and family planning bureau", "family planning bureau"),
    "卫生和计划生育委员会": ("health and family planning commission", "family planning commission"),
    "卫生局": ("public health bureau",),
}
BUREAU_EN_LOOSE: dict[str, tuple[str, ...]] = {
    "卫生健康局": ("health commission", "health department"),
    "卫生健康委员会": ("health bureau", "health department"),
    "卫生和计划生育局": ("health bureau",),
    "卫生局": ("health bureau",),
}


def _split_division(part: str) -> tuple[str, str]:
    """沙坡头区 -> (沙坡头, 区)."""
    for division in DIVISIONS_EN:
        if part.endswith(division) and len(part) > len(division):
            return part[: -len(division)], division
    return part, ""


def _region_forms(parts: list[str]) -> list[str]:
    """Chinese names of a region: 中卫市沙坡头区, 沙坡头区, 沙坡头; a long division word also
    shortened as people do (平潭综合实验区 -> 平潭实验区)."""
    if not parts:
        return []
    stem, division = _split_division(parts[-1])
    shorter = [stem + d for d in DIVISIONS_EN if 2 <= len(d) < len(division) and division.endswith(d)]
    return _unique(["".join(parts), parts[-1], *shorter, stem if len(stem) >= 2 else ""])


def _region_forms_en(parts: list[str]) -> list[str]:
    """English names: zhongwei city shapotou district, zhongwei shapotou district, shapotou
    district, shapotou. Empty when a character cannot be romanized."""
    romans = [(romanize(_split_division(p)[0]), DIVISIONS_EN.get(_split_division(p)[1], ""))
              for p in parts]
    if not romans or any(r is None for r, _ in romans):
        return []
    last, last_div = romans[-1]
    full = " ".join(f"{r} {d}".strip() for r, d in romans)
    bare_parents = " ".join(r for r, _ in romans[:-1])
    return _unique([full, f"{bare_parents} {last} {last_div}".strip(), f"{last} {last_div}".strip(),
                    last if len(_split_division(parts[-1])[0]) >= 2 else ""])


#: Division words as pinyin ("Hongze Qu") and the one English word people use for every zone.
DIVISIONS_PINYIN = {"省": "sheng", "市": "shi", "县": "xian", "区": "qu", "镇": "zhen", "乡": "xiang", "旗": "qi"}


def _region_aliases_en(parts: list[str]) -> list[str]:
    """More English names of a region: with its division in pinyin (hongze qu), and a zone as
    "zone" (pingtan zone, pingtan pilot zone)."""
    if not parts:
        return []
    stem, division = _split_division(parts[-1])
    roman = romanize(stem)
    if roman is None:
        return []
    out = [f"{roman} {DIVISIONS_PINYIN[division]}"] if division in DIVISIONS_PINYIN else []
    if "区" in division and len(division) > 1:  # 综合实验区, 开发区, 高新区 …
        out += [f"{roman} zone", f"{roman} pilot zone", f"{roman} experimental zone"]
    return out


def _bureau_forms(bureau: str) -> list[str]:
    """卫生健康局 -> 卫生健康局, 卫健局; 综合执法与应急管理局 -> …, 执法应急局."""
    return _unique([bureau, _ABBREVIATIONS.get(bureau, ""), *bureau_abbreviations(bureau)])


def _bureau_cores(bureau: str) -> list[str]:
    """卫生健康局 -> 卫生健康, 卫健: bureau names without their 局 / 委, as in 灵武卫生健康官方微博."""
    cores = [re.sub("(委员会|局|委)$", "", f) for f in _bureau_forms(bureau)]
    return _unique(c for c in cores if len(c) >= 2 and c not in _bureau_forms(bureau))


def _family(bureau: str) -> set[str]:
    """Every name in the rename chain through a bureau (predecessors and successors)."""
    family = {bureau}
    changed = True
    while changed:
        grown = family | {RENAMES[b] for b in family if b in RENAMES}
        grown |= {old for old, new in RENAMES.items() if new in family}
        changed, family = grown != family, grown
    return family


#: Names of a region's government: its reports may be issued as the region itself.
_GOVERNMENT = ("", "人民政府", "政府", "管委会", "管理委员会", "行政公署")


def _office(bureau: str) -> str:
    return "政府" if bureau in _GOVERNMENT else _canonical_bureau(bureau)


def _how_linked(bodies: list[str], bureaus: list[str]) -> str:
    """Why several names are one institution, in words an answer can show."""
    if len(bodies) < 2:
        return ""
    reasons = []
    if len({_canonical_bureau(b) for b in bureaus}) < len(set(bureaus)) and any(b in RENAMES for b in bureaus):
        reasons.append("机构改革更名")
    if len({len(region_parts(b)) for b in bodies}) > 1:
        reasons.append("名称带或不带所属市")
    if any(b in _GOVERNMENT for b in bureaus) and len(set(bureaus)) > 1:
        reasons.append("同一地区政府的不同称谓")
    return "、".join(reasons) or "同一机构的不同名称"


def _canonical_bureau(bureau: str) -> str:
    while bureau in RENAMES:
        bureau = RENAMES[bureau]
    return bureau


def _combine(regions: list[str], bureaus: Iterable[str], english: bool = False) -> list[str]:
    bureaus = list(bureaus)
    names = [f"{r} {b}" if english else r + b for r in regions for b in bureaus]
    return names + ([f"{b} of {r}" for r in regions for b in bureaus] if english else [])


def _other_names(zh: list[str], en: list[str], bureau: str) -> list[str]:
    """Names of a region's bureau under its renamed names, and loose English translations."""
    renamed = [b for b in _family(bureau) if b != bureau]
    return [*_combine(zh, (f for b in renamed for f in _bureau_forms(b) + _bureau_cores(b))),
            *_combine(en, (f for b in renamed for f in BUREAU_EN.get(b, ())), english=True),
            *_combine(en, BUREAU_EN_LOOSE.get(bureau, ()), english=True)]


def _division_parents(parts: list[str]) -> list[str]:
    """Names of the province and city a region is in, from the national division codes:
    海原县 -> 宁夏回族自治区, 宁夏, ningxia, 中卫市, 中卫, zhongwei. A zone (平潭综合实验区) is
    looked up by the county of its stem (平潭县) when that is unambiguous."""
    if not parts:
        return []
    last, within = parts[-1], parts[-2] if len(parts) > 1 else ""
    found = divisions.parents(last, within)
    if found is None:
        stem = _split_division(last)[0]
        tries = [p for p in (divisions.parents(stem + d) for d in "县市区") if p is not None]
        found = tries[0] if len(tries) == 1 else None
    if found is None:
        return []
    names = []
    short = divisions.province_short(found.province)
    names += [found.province, short, divisions.PROVINCE_EN.get(short) or romanize(short) or ""]
    if found.city and found.city not in parts:
        names += [*_region_forms([found.city]), *_region_forms_en([found.city])]
    return _unique(n for n in names if n and len(n) >= 2)


def _english_display(region_forms: list[str], bureau: str) -> str:
    """Shapotou District Health Bureau; Huaian Municipal Government (not "Huaian City
    Municipal Government"): a government's name says its division already."""
    region = region_forms[2] if len(region_forms) > 2 else region_forms[0]
    if bureau.split()[0] in ("municipal", "city", "county", "district", "prefecture", "banner", "provincial"):
        region = region_forms[-1] if len(region_forms[-1].split()) == 1 else region
    return f"{region} {bureau}"


def _title(phrase: str) -> str:
    return " ".join(w if w in ("and", "of") else w.capitalize() for w in phrase.split())


def _plural(phrase: str) -> str:
    return phrase + ("es" if phrase.endswith("s") else "s")


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


# --- the gazetteer --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    """One institution across renames: 灵武市卫生和计划生育局 (2016) and 灵武市卫生健康局 (2020)."""

    name: str  # the newest body name
    region: str
    bodies: tuple[str, ...]  # oldest first
    how: str = ""  # how the names were linked, for answers that use several ("更名", "名称不含所属市")


@dataclass(frozen=True)
class Mention:
    """A span of the question that names something: a body, a bureau, a metric, an unknown body."""

    text: str
    start: int
    end: int
    kind: str  # body | region | bureau | metric | unknown
    values: tuple[str, ...] = ()


class Gazetteer:
    """Maps the ways people name bodies (Chinese, abbreviated, renamed, English, pinyin) to the
    canonical `ReportRecord.body` names of the corpus."""

    def __init__(self, records: Iterable[ReportRecord]) -> None:
        self.records = sorted(records, key=lambda r: (r.body, r.year))
        self.bodies = _unique(r.body for r in self.records)
        self._region = {r.body: r.region for r in self.records}
        self._short: dict[str, set[str]] = defaultdict(set)
        self._years: dict[str, list[int]] = defaultdict(list)
        for r in self.records:  # sorted by year, so _years is too
            self._short[r.body].update(r.short_names)
            self._years[r.body].append(r.year)
        self._bureau = {b: b[len(r):] if r and b.startswith(r) else b for b, r in self._region.items()}
        self.bureaus = sorted(set(self._bureau.values()))
        self.entities = self._group_entities()
        self._entity = {b: e for e in self.entities for b in e.bodies}
        self._english: dict[str, str] = {}
        self._own_forms: dict[str, set[str]] = {}  # the names of a body's own region (not its parents)
        self._above: set[str] = set()  # province and city names no report prints (宁夏 for 海原县)
        self._printed: set[str] = set()  # parent regions reports print (中卫市 of 中卫市沙坡头区)
        self.index = PhraseIndex()
        self._build()

    # building

    def _group_entities(self) -> list[Entity]:
        """Bodies that are one institution: the same place (its own division, 洪泽区, with the
        same city or none printed) and the same office across renames (卫生和计划生育局 ->
        卫生健康局; a region's 人民政府 and 管委会 and the region named alone are its government)."""
        groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for body in sorted(self.bodies, key=lambda b: self._years[b][0]):
            parts = region_parts(self._region[body]) or [self._region[body]]
            parent = "".join(parts[:-1])
            groups[(parts[-1], _office(self._bureau[body]), parent)].append(body)
        merged: dict[tuple[str, str, str], list[str]] = {}
        for (place, office, parent), bodies in groups.items():
            if not parent:
                others = [k for k in groups if k[:2] == (place, office) and k[2]]
                if len(others) == 1:  # "洪泽区人民政府" and "淮安市洪泽区人民政府": the city is left out
                    merged.setdefault(others[0], list(groups[others[0]]))
                    merged[others[0]] = sorted(set(merged[others[0]]) | set(bodies), key=lambda b: self._years[b][0])
                    continue
            merged.setdefault((place, office, parent), list(bodies))
        out = []
        for bodies in merged.values():
            names = list(dict.fromkeys(bodies))
            how = _how_linked(names, [self._bureau[b] for b in names])
            out.append(Entity(names[-1], self._region[names[-1]], tuple(names), how))
        return out

    def _build(self) -> None:
        exact: dict[str, set[str]] = defaultdict(set)
        loose: dict[str, set[str]] = defaultdict(set)
        partial: dict[str, str] = {}  # names that a bureau word may continue -> region | partial
        for body in self.bodies:
            self._names_of(body, exact, loose, partial)
        for name, bodies in loose.items():
            if name not in exact:  # a renamed or loose name never shadows a real one
                exact[name] = bodies
        for name, bodies in exact.items():
            # "区执法应急局": a division word and a bureau, as the body's own region calls it
            bounded = name[:1] in _DIVISION_CHARS and any(name[1:] in _bureau_forms(self._bureau[b]) for b in bodies)
            self.index.add(name, partial.get(name, "body"), frozenset(bodies), bounded=bounded)
        self._add_bureaus()

    def _names_of(self, body: str, exact: dict, loose: dict, partial: dict[str, str]) -> None:
        """Collect a body's names: its own (exact) and its renamed or loosely translated (loose)."""
        parts = region_parts(self._region[body])
        bureau = self._bureau[body]
        zh, shown_en = _region_forms(parts), _region_forms_en(parts)
        en = _unique([*shown_en, *_region_aliases_en(parts)])
        parents = [f for k in range(1, len(parts)) for f in _region_forms(parts[:k]) + _region_forms_en(parts[:k])]
        above = _division_parents(parts)
        self._above.update(_phrase_key(n)[1] for n in above)
        self._printed.update(_phrase_key(n)[1] for n in parents)
        parents += above
        cores = _combine(zh, _bureau_cores(bureau))
        division = _split_division(parts[-1])[1] if parts else ""
        english, loose_english = bureau_english(bureau, division)
        english = list(BUREAU_EN.get(bureau, ())) or english
        own = [body, *self._short[body], *zh, *en, *parents, *_combine(zh, _bureau_forms(bureau)),
               *cores, *_combine(en, english, english=True)]
        self._own_forms[body] = {_phrase_key(n)[1] for n in [*zh, *en]}
        partial.update((_phrase_key(n)[1], "partial") for n in cores)
        partial.update((_phrase_key(n)[1], "region") for n in [*zh, *en, *parents])
        for name in own:
            exact[_phrase_key(name)[1]].add(body)
        for name in [*_other_names(zh, en, bureau), *_combine(en, loose_english, english=True)]:
            loose[_phrase_key(name)[1]].add(body)
        if shown_en and english:
            self._english[body] = _title(_english_display(shown_en, english[0]))

    def _add_bureaus(self) -> None:
        """Bureau words without a region ("哪个卫生健康局", "health bureaus"). Bureau names the
        corpus does not have are indexed as `lexicon`, so that they can be reported as unknown."""
        for bureau in self.bureaus:
            if bureau in ("", "人民政府", "政府", "行政公署"):
                continue  # "政府" is a word of 政府信息公开, not a kind of body to filter by
            value = frozenset(_family(bureau) & set(self.bureaus))
            english = BUREAU_EN.get(bureau, ()) or bureau_english(bureau)[0]
            for name in [*_bureau_forms(bureau), *english, *map(_plural, english)]:
                self.index.add(name, "bureau", value)
        lexicon = {*_ABBREVIATIONS, *RENAMES, *RENAMES.values()}
        for name in lexicon:
            if name not in self.index and not name.endswith("政府"):  # 政府 is a word of 政府信息
                self.index.add(name, "lexicon", frozenset())

    # queries

    def above(self, mention: str) -> bool:
        """Is this a province or city above the bodies' own regions ("宁夏", "Ningxia")?"""
        key = _phrase_key(mention)[1]
        return key in self._above and key not in self._printed and not any(key in f for f in self._own_forms.values())

    def same_region(self, bodies: Iterable[str]) -> set[str]:
        """Every body whose region is that of one of these bodies."""
        regions = {self._region.get(b) for b in bodies}
        return {b for b, r in self._region.items() if r in regions}

    def region_bodies(self, mention: str, bodies: Iterable[str]) -> list[str]:
        """What a region named alone means ("淮安市2024年行政许可多少"): its government when the
        corpus has one (not the districts' governments inside it), else the bodies of that
        region itself, else every body under it (中卫 -> 沙坡头区卫健局)."""
        bodies = list(bodies)
        key = _phrase_key(mention)[1]
        own = [b for b in bodies if key in self._own_forms.get(b, ())]
        government = [b for b in own if self._bureau[b] in _GOVERNMENT]
        return government or own or bodies

    def entity_of(self, body: str) -> Entity | None:
        return self._entity.get(body)

    def years_of(self, body: str) -> list[int]:
        return sorted(set(self._years.get(body, [])))

    def english_name(self, body: str) -> str | None:
        """"Shapotou District Health Bureau", when the name can be romanized."""
        return self._english.get(body)

    def resolve(self, mention: str) -> list[str]:
        """Bodies an exact mention names ("灵武" -> both Lingwu bodies); [] if none."""
        found = self.index.get(mention)
        if not found or found[0] not in ("body", "region", "partial") or self.above(mention):
            return []
        return sorted(found[1])

    def find(self, question: str) -> list[Mention]:
        """Body, bureau and unknown-body mentions of a question, in text order."""
        return [m for m in scan(question, self).mentions if m.kind != "metric"]

    def unknown_body_mentions(self, question: str) -> list[str]:
        """Names that look like a body ("银川市卫生健康局", "Yinchuan County") but match no body
        of the corpus, so that the answerer can say 语料中没有…."""
        return [m.text for m in scan(question, self).mentions if m.kind == "unknown"]


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


# --- years ----------------------------------------------------------------------------------------

_CN_DIGITS = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0", "○": "0"}
_YEAR_RE = re.compile(
    r"(?<![\d.])(?P<ar>(?:19|20)\d{2})(?!\d|\.\d)(?!\s*(?:万|元|件|条|个|项|人|次|%|份|篇))(?:\s*年度?)?"
    r"|(?P<cn>[〇○零一二三四五六七八九]{4})\s*年度?"
)
_RANGE_GAP = re.compile(r"\s*(?:到|至|-|–|—|~|to|through|thru|until|till)\s*")
_BETWEEN = re.compile(r"\b(?:between|from)\s*$")
_LATEST_RE = re.compile(r"最新|最近(?:一|1)?(?:年|份|期|的)?|\blatest\b|\bmost recent\b|\bnewest\b"
                        r"|\blast available\b")


@dataclass
class YearSpec:
    years: list[int] = field(default_factory=list)
    year_range: tuple[int, int] | None = None
    latest: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)
    impossible: list[int] = field(default_factory=list)  # 9999年: no report can be of that year


def find_years(text: str) -> YearSpec:
    """Years, ranges ("2019到2021年", "between 2019 and 2021") and "latest" in a lower-cased
    normalized question."""
    spec = YearSpec(latest=bool(_LATEST_RE.search(text)))
    matches = list(_YEAR_RE.finditer(text))
    years = {_year_value(m) for m in matches}
    in_range: set[int] = set()
    for a, b in zip(matches, matches[1:], strict=False):
        gap = text[a.end():b.start()]
        if _RANGE_GAP.fullmatch(gap) or (gap.strip() == "and" and _BETWEEN.search(text[:a.start()])):
            low, high = sorted((_year_value(a), _year_value(b)))
            spec.year_range = spec.year_range or (low, high)
            years |= set(range(low, high + 1))
            in_range |= {a.start(), b.start()}
    for m in matches:  # "2021年及以后" / "since 2021": every later year (the caller checks the corpus)
        if m.start() in in_range:
            continue
        after, before = text[m.end():m.end() + 8], text[max(0, m.start() - 8):m.start()]
        if _OPEN_AFTER.match(after) or _SINCE.search(before):
            years |= set(range(_year_value(m), _year_value(m) + OPEN_RANGE_YEARS))
    spec.years = sorted(years)
    spec.spans = [m.span() for m in matches] + [m.span() for m in _LATEST_RE.finditer(text)]
    spec.impossible = sorted({int(m.group(1) or m.group(2)) for m in _IMPOSSIBLE_YEAR.finditer(text)})
    return spec


# "海原县9999年…", "0年", "99999999999999999999年", "in 3020": a number written as a year that no
# report can have (four digits not 19xx/20xx, five or more digits, or zero). One to three digits
# before 年 may be a duration ("近3年") and are left alone.
_IMPOSSIBLE_YEAR = re.compile(r"(?<![\d.])((?!19|20)\d{4}|\d{5,}|0+)\s*年(?!\d)"
                              r"|\b(?:in|for|year)\s+((?!19|20)\d{4}|\d{5,})\b")


OPEN_RANGE_YEARS = 50
_OPEN_AFTER = re.compile(r"\s*(?:年度?)?\s*(?:及|以|之)?(?:以后|之后|以来|后)|\s*(?:and|or) (?:later|after|since)|\s*onwards?")
_SINCE = re.compile(r"(?:since|from|after)\s*$|自\s*$")


def _year_value(match: re.Match) -> int:
    if match.group("ar"):
        return int(match.group("ar"))
    return int("".join(_CN_DIGITS[c] for c in match.group("cn")))


# --- scanning a question: known names, then what looks like an unknown body -----------------------

# Characters that end a name in running Chinese text (particles, question words, conjunctions);
# none of them is common inside a county or district name.
_STOP = "的和与及跟或比在是有吗呢了年哪个些请问那这该各每几么什怎为对从到至把被给让向我你他她它们其最总共啊吧说况"
_NC = rf"(?:(?![{_STOP}])[{CJK}])"
_DIVS = "|".join(DIVISIONS_EN)
_ZH_ENDS = "委员会|局|委|厅|办公室|办|政府|中心|医院|院"
_EN_ENDS = "bureau|commission|department|office|administration|government|committee"
_REGION_LIKE = re.compile(rf"(?:{_NC}{{2,8}}?(?:{_DIVS}))+")
_BUREAU_LIKE = re.compile(rf"{_NC}{{2,10}}?(?:局|委员会)")
_NAME_BEFORE_BUREAU = re.compile(rf"({_NC}{{2,6}})[\x01\x02]+")  # 银川 + 卫健局
# Words before a bureau that scope it rather than name a place (全国卫健局, 县级卫健局).
_SCOPE_WORDS = ("全", "本", "各", "省级", "市级", "县级", "区级", "基层", "地方", "两家", "三家", "几家", "这些",
                "这两", "这几", "所有", "每个", "每家", "哪个", "哪家", "哪些", "那个", "那家", "该")
# A bureau right after a region name: a masked bureau, a Chinese or an English bureau word.
_BUREAU_AFTER = re.compile(rf"\s*(?:[\x01\x02]+|{_NC}{{0,10}}?(?:{_ZH_ENDS})|(?:[a-z]+ ){{0,3}}?(?:{_EN_ENDS})\b)")
_NOT_BODIES = ("格局", "布局", "结局", "大局", "当局", "全局", "时局", "政局", "开局", "出局", "残局")
_EN_SUFFIXES = {"county", "district", "city", "prefecture", "province", "banner", *_EN_ENDS.split("|")}
_EN_GENERIC = {"health", "family", "planning", "wellness", "public", "local", "municipal", "people"}
_EN_STOP = set("""which what who whose where when how why the a an in of for at by from to with on into
did does do was were is are be been has have had each every all any that this these those many much
most least more less fewer per between about than compare and or vs versus total number its their
our your my me show tell list give year years same other another neighbouring neighboring largest
highest biggest smallest lowest fewest there here it they them please new one two three four five six
seven eight nine ten several both""".split())
_MASK = {"body": "\x03", "region": "\x03", "partial": "\x03", "metric": "\x00", "cell": "\x00", "bureau": "\x02",
         "lexicon": "\x01"}


@cache
def _cell_index() -> PhraseIndex:
    return cells.phrase_index()


def prepare() -> None:
    """Build the phrase tables now (a server's warm-up), not at the first question."""
    _cell_index()


@dataclass
class Scan:
    """Everything found in one question before follow-up handling."""

    text: str  # normalized, case kept
    mentions: list[Mention]
    years: YearSpec


# "Pingtan's Tourism, Culture and Sports Bureau": possessives and commas do not break a name.
# Replaced by spaces of the same length, so that spans still index the displayed text.
_NAME_BREAKS = re.compile(r"['’]s\b|,")
# "Lingwu and Haiyuan health bureaus": a plural names each body (same length: spans still hold).
_PLURAL_ENDS = re.compile(r"\b(bureau|commission|department|office|government|committee)s\b")


def _matching_text(text: str) -> str:
    text = _NAME_BREAKS.sub(lambda m: " " * len(m.group()), text)
    return _PLURAL_ENDS.sub(lambda m: m.group(1) + " ", text)


def scan(question: str, gazetteer: Gazetteer) -> Scan:
    display = normalize(question)
    text = display.lower()
    if len(text) != len(display):  # lower() grew a character: show the lower-cased text
        display = text
    text = _matching_text(text)
    hits = select_longest(gazetteer.index.find(text) + _METRIC_INDEX.find(text) + _cell_index().find(text))
    years = find_years(text)
    masked = _mask(text, hits, years.spans)
    hits, unknown = _demote_regions(masked, hits, gazetteer, display.lower())
    masked = _mask(text, hits, years.spans)
    unknown = _merge(unknown + _unknown_zh(masked) + _unknown_en(masked))
    hits = [h for h in hits if h.kind != "lexicon" and not any(s <= h.start < e for s, e in unknown)]
    mentions = [Mention(display[h.start:h.end], h.start, h.end, _KIND_SHOWN.get(h.kind, h.kind),
                        tuple(sorted(h.value))) for h in hits]
    mentions += [Mention(display[s:e], s, e, "unknown") for s, e in unknown]
    return Scan(display, sorted(mentions, key=lambda m: m.start), years)


_KIND_SHOWN = {"partial": "body"}  # 灵武卫生健康 names a body; "partial" only matters while scanning


def _mask(text: str, hits: list[Hit], spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end, mark in [(h.start, h.end, _MASK[h.kind]) for h in hits] + [(s, e, "\x00") for s, e in spans]:
        chars[start:end] = mark * (end - start)
    return "".join(chars)


def _demote_regions(masked: str, hits: list[Hit], gazetteer: Gazetteer, text: str) -> tuple[list[Hit], list[tuple[int, int]]]:
    """A known region followed by a bureau it does not have ("灵武市市场监督管理局",
    "Lingwu Market Regulation Bureau", "灵武卫健" + "委") names a body that is not in the corpus.
    A province asked across its bodies ("宁夏卫健局的报告中哪一家…") only says where."""
    across = bool(_ANY_BODY.search(text) or _ACROSS_REPORTS.search(text))
    kept, unknown = [], []
    for hit in hits:
        if hit.kind == "region" and gazetteer.above(text[hit.start:hit.end]):
            if across:  # "宁夏卫健局的报告中哪一家…": the bodies under it
                kept.append(hit)
            elif masked[hit.end:hit.end + 1] == "\x03":
                pass  # "宁夏回族自治区灵武市卫生健康局": it only says where the body is
            else:  # "银川市2020年…" asks about the city itself, which has no report
                after = _BUREAU_AFTER.match(masked, hit.end)
                unknown.append((hit.start, after.end() if after and masked[hit.end:after.end()].strip() else hit.end))
            continue
        after = _BUREAU_AFTER.match(masked, hit.end) if hit.kind in ("region", "partial") else None
        if after and text[after.end():after.end() + 1] == "s" and masked[after.end() - 1:after.end()].isalpha():
            kept.append(hit)  # "Pingtan's departments": the bodies of the region, not one unknown body
            continue
        words = set(re.findall(r"[a-z]+", masked[hit.end:after.end()])) if after else set()
        if after and masked[hit.end:after.end()].strip() and not words & _EN_STOP:
            unknown.append((hit.start, after.end()))
        else:
            kept.append(hit)
    return kept, unknown


def _unknown_zh(masked: str) -> list[tuple[int, int]]:
    spans = []
    for match in _REGION_LIKE.finditer(masked):
        if match.group()[0] in "省市县区州旗盟" or masked[match.end():match.end() + 1] == "\x03":
            continue  # 区县 / 县市区 are no names; 宁夏回族自治区灵武市 only qualifies a known body
        after = _BUREAU_AFTER.match(masked, match.end())
        spans.append((match.start(), after.end() if after else match.end()))
    for match in _BUREAU_LIKE.finditer(masked):
        if not match.group().endswith(_NOT_BODIES):
            spans.append(match.span())
    for match in _NAME_BEFORE_BUREAU.finditer(masked):
        if not match.group(1).startswith(_SCOPE_WORDS) and match.group(1)[0] not in "省市县区州旗盟":
            spans.append(match.span())
    spans += [m.span() for m in re.finditer(r"\x01+", masked)]
    return spans


# "new government information disclosure requests": government here is no body's name end.
_NOT_A_NAME_END = re.compile(r"\s*\x00|\s+(?:information|disclosure|affairs|data|website|websites|services?|work)\b")


def _unknown_en(masked: str) -> list[tuple[int, int]]:
    """"Yinchuan County", "Tongxin Health Bureau": up to three name words before a suffix word
    or before a bureau the gazetteer knows (masked)."""
    ends = [m for m in re.finditer(r"[a-z]+|[\x01\x02]+", masked) if (m.group() in _EN_SUFFIXES
            or m.group()[0] in "\x01\x02") and not _NOT_A_NAME_END.match(masked, m.end())]
    words = list(re.finditer(r"[a-z]+", masked))
    spans = []
    for end in ends:
        before = [w for w in words if w.end() <= end.start()]
        start, names, right = end.start(), 0, end
        while before and _adjacent(masked, before[-1], right) and names < 3:
            word = before[-1].group()
            if word in _EN_STOP and not (word == "and" and right.group() in _EN_GENERIC):
                break
            names += word not in _EN_GENERIC and word != "and" and word not in _EN_SUFFIXES
            right = before.pop()
            start = right.start()
        if names:
            spans.append((start, end.end()))
    return spans


def _adjacent(text: str, a: re.Match, b: re.Match) -> bool:
    return text[a.end():b.start()] in ("", " ", "-")


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# --- intent ---------------------------------------------------------------------------------------


class Intent(StrEnum):
    LOOKUP = "lookup"
    MOST = "most"
    LEAST = "least"
    TOTAL = "total"
    AVERAGE = "average"
    RANKING = "ranking"
    DIFFERENCE = "difference"
    TREND = "trend"
    LIST = "list"
    COUNT_REPORTS = "count_reports"
    CORPUS = "corpus"
    PASSAGE = "passage"
    SOURCE = "source"
    WHY = "why"
    IDENTITY = "identity"  # "是同一机构吗？": are two names one body across a renaming?
    SUMMARY = "summary"  # "总结一下…的年报": a cited digest of a report
    CHECKS = "checks"  # "勾稽关系对得上吗？": the consistency checks of the tables


#: Intents answered from facts: without a metric they fall back to PASSAGE.
METRIC_INTENTS = frozenset({Intent.LOOKUP, Intent.MOST, Intent.LEAST, Intent.TOTAL, Intent.AVERAGE,
                            Intent.RANKING, Intent.DIFFERENCE, Intent.TREND, Intent.LIST})

# (intent, Chinese cue, English cue), in priority order: the first intent with a cue wins, so
# "哪个最多" is MOST although 哪 also lists, and "how many reports" is not a LOOKUP.
INTENT_CUES: tuple[tuple[Intent, str, str], ...] = (
    (Intent.SOURCE, r"出处|来源|从哪(?:里|儿)?(?:来|看|得|找)|依据是|哪一?页|原文|哪份(?:报告|文件)|哪个文件",
     r"\bsources?\b|\bwhere (?:is|was|does|did|do) (?:that|this|it|you)\b.*\b(?:from|find)\b"
     r"|\bcit(?:e|ation)\b|\bwhich page\b|\bwhich (?:report|file|document)\b.{0,40}\bfrom\b|\breport file\b"),
    (Intent.WHY, r"为什么|为何|原因|怎么会", r"\bwhy\b|\bhow come\b|\breasons?\b"),
    (Intent.SUMMARY, r"总结|概括|概述|摘要|主要内容|简要介绍|介绍一下",
     r"\bsummar(?:y|ise|ize|ising|izing)\b|\boverview\b|\bmain points\b|\bkey points\b|\bhighlights\b"
     r"|\boutline of\b"),
    (Intent.CHECKS, r"勾稽|校验|对得上|对不上|加起来对|相符吗|平衡吗|满足.{0,40}[=＝]|核对.{0,6}(?:数据|数字)|(?:表|列|行|数据)\S{0,4}(?:有问题|有没有问题|有误)",
     r"\bconsisten(?:t|cy)\b|\b(?:do|does|did)\b.{0,40}\badd up\b(?! to)|\badds up\b(?! to)|\bchecks? (?:pass|fail)"
     r"|\breconcile|\bbalance\b"),
    # "正文里说…多少" asks what the prose says, even of a statistic the tables also hold
    (Intent.PASSAGE, r"正文|文字部分|(?:报告|年报)(?:里|中)?(?:说|提到|写)|文中|总体情况(?:里|中)|关于什么|涉及(?:哪些|什么)"
                     r"|主要(?:是|涉及)|哪些方面|什么内容",
     r"\bin (?:its|the) text\b|\btext of\b|\bnarrative\b|\bwhat does .{0,100}\bsay\b|\bsay in its\b"),
    (Intent.IDENTITY, r"同一|是不是一个|更名|改名|前身|原名",
     r"\bsame (?:body|bureau|institution|organi[sz]ation|agency|office)\b|\brenamed\b|\bpredecessor\b"
     r"|\bformerly\b"),
    (Intent.COUNT_REPORTS, r"(?:多少|几)(?:份|篇|个|种)?(?:年度)?(?:年报|报告)|(?:年报|报告)\S{0,4}?(?:多少|几)份",
     r"\bhow many (?:[\w'-]+ ){0,5}?(?:annual )?reports\b|\bnumber of (?:annual )?reports\b"),
    (Intent.CORPUS, r"(?:哪些|什么|哪几)(?:年报|报告|单位|机构|年份)|(?:年报|报告)(?:列表|清单|目录)|语料|收录",
     r"\b(?:what|which) (?:\w+ )?(?:reports|documents|bodies|years|agencies|bureaus)\b(?! (?:had|has|have|did|issued|collected|recorded|received|handled))"
     r"|\breports (?:do|did) you have\b|\byour reports\b"
     r"|\breports you have\b|\bhave you (?:got|indexed)\b|\bindexed reports\b"
     r"|\blist (?:all |the )*(?:annual )?reports\b|\bcorpus\b"),
    (Intent.RANKING, r"排名|排序|排行|前[0-9一二三四五六七八九十]+(?:名|个|位)|从高到低|从多到少|从低到高",
     r"\brank(?:ing|ed|s)?\b|\bsort(?:ed)?\b|\border(?:ed)? by\b|\btop (?:\d+|three|five|ten)\b"),
    # "哪个高，高多少" / "which is higher, and by how much": the gap is the answer
    (Intent.DIFFERENCE, r"相差|差多少|[多少高低]多少|差距|差额|一样吗|相同吗|一致吗",
     r"\bby how much\b|\bhow much (?:more|higher|less|lower|bigger|smaller)\b|\bgap\b|\bdifference\b"
     r"|\b(?:is|are|was|were) (?:it|they|these|those|the \w+) the same\b"),
    # "哪个更多" / "which had more, X or Y": the most among the bodies named
    (Intent.MOST, r"最多|最高|最大|哪个?.{0,20}?更(?:多|高|大)",
     r"\b(?:most|highest|largest|biggest|greatest|maximum)\b|\bwhich\b.{0,40}?\b(?:more|higher|larger)\b(?!.*\bthan\b)"),
    (Intent.LEAST, r"最少|最低|最小|哪个?.{0,20}?更(?:少|低|小)",
     r"\b(?:least|fewest|lowest|smallest|minimum)\b|\bwhich\b.{0,40}?\b(?:fewer|less|lower|smaller)\b(?!.*\bthan\b)"),
    (Intent.DIFFERENCE, r"相差|差多少|差距|差异|差别|对比|比较|相比|比(?!例|重|率).{0,20}?(?:多|少|高|低|增|减|涨|降)",
     r"\bdifference\b|\bcompar(?:e|ed|ing|ison)\b|\bversus\b|\bvs\b"
     r"|\b(?:more|fewer|less|higher|lower|greater|bigger|smaller)\b.{0,120}?\bthan\b"),
    (Intent.TREND, r"变化|趋势|逐年|历年|增长|增加|减少|下降|上升|走势|每年|各年|演变|涨|降了|升了|增了|减了|多了还是少了",
     r"\btrends?\b|\bover the years\b|\bchang(?:e|ed|es|ing)\b|\bgr(?:ow|ew|own|owth)\b|\bincreas|\bdevelop(?:ed|ment)?\b"
     r"|\bevolv|\byearly\b|\bper year\b|\bby year\b|\bacross (?:the )?years\b"
     r"|\bdecreas|\bdeclin|\byear by year\b|\beach year\b|\bevery year\b|\bover time\b"),
    (Intent.AVERAGE, r"平均|均值", r"\baverage\b|\bthe mean\b|\bmean (?:number|value)\b"),
    (Intent.TOTAL, r"总共|合计|一共|总计|总数|加起来|累计|总和",
     r"\btotal\b|\bsum\b|\baltogether\b|\bcombined\b|\bin all\b|\badd(?:ed)? up\b"),
    (Intent.LIST, r"哪些|列出|列举|有哪几",
     r"\blist\b|\bwhich (?:ones|bodies|bureaus|counties|districts|cities)\b|\bname (?:all|the)\b"),
)
_CUES = [(intent, re.compile(zh), re.compile(en)) for intent, zh, en in INTENT_CUES]


def detect_intent(text: str, has_metric: bool = False) -> Intent | None:
    """The intent a lower-cased normalized question states by a cue word, if any. A question
    naming a statistic asks about it, not about the corpus ("语料中各年份的行政处罚…")."""
    text = _LATEST_RE.sub(" ", text)  # "most recent" is a year, not MOST
    for intent, zh, en in _CUES:
        if has_metric and intent in (Intent.CORPUS, Intent.COUNT_REPORTS):
            continue
        if zh.search(text) or en.search(text):
            return intent
    return None


# --- the query and follow-ups ---------------------------------------------------------------------


@dataclass
class Query:
    """What a question asks, ready for the answerer. Empty bodies / years mean "all"."""

    text: str  # the question as asked
    normalized: str  # NFKC, spaces squeezed: the text that `mentions` spans index
    language: str  # zh | en
    intent: Intent
    bodies: list[str] = field(default_factory=list)  # canonical ReportRecord.body names
    entities: list[Entity] = field(default_factory=list)  # the entities of `bodies` (renames)
    bureaus: list[str] = field(default_factory=list)  # "哪个卫生健康局": a bureau filter, no region
    years: list[int] = field(default_factory=list)  # sorted; may hold years the corpus lacks
    year_range: tuple[int, int] | None = None  # as written ("2019到2021年"); `years` is expanded
    latest: bool = False  # "最新" / "latest": the caller picks each body's newest report
    metrics: list[Metric] = field(default_factory=list)
    unknown_bodies: list[str] = field(default_factory=list)  # body-like names not in the corpus
    inherited: list[str] = field(default_factory=list)  # slots copied from the previous Query
    topic: str = ""  # the question that set the topic (for passage search of follow-ups)
    mentions: list[Mention] = field(default_factory=list)  # spans of the normalized text
    # Words that name bodies in this question or its topic: passage search filters by body, so
    # they say nothing about which sentence answers (all substrings, whatever the tokenizer).
    drop_terms: set[str] = field(default_factory=set)
    template: str | None = None  # "2021版模板" / "the 2021 template": a template, not a year
    asked: str | None = None  # the intent the question's words state, before routing ("most" of prose)
    impossible_years: list[int] = field(default_factory=list)  # "9999年": refused, not read as "any year"

    @property
    def metric_keys(self) -> list[str]:
        return [k for m in self.metrics for k in m.keys]

    @property
    def retrieval_text(self) -> str:
        """What passage search should look for: a follow-up ("海原呢？") adds its topic."""
        return self.text if self.topic in ("", self.text) else f"{self.topic} {self.text}"


# The slots a follow-up can leave out, and the Query fields each carries over.
SLOTS: dict[str, tuple[str, ...]] = {
    "bodies": ("bodies", "entities", "bureaus", "unknown_bodies"),
    "years": ("years", "year_range", "latest", "template"),
    "metrics": ("metrics",),
}
_FOLLOW_UP = re.compile(r"^(?:那么?|还有|另外|其中|and\b|what about\b|how about\b|same for\b|what of\b|also\b)"
                        r"|呢[?？.。!！\s]*$|\btoo\W*$|\bof (?:those|these|them)\b|\bthat year\b")
# Words that name "all bodies" / "all years": such a question fills the slot itself.
_ANY_BODY = re.compile(r"哪个|哪些|哪一个|哪家|各个?|所有|全部|每个|\b(?:which|each|every|all|any)\b(?! years?\b)")
_ACROSS_REPORTS = re.compile(r"报告中|报告里|的报告|几家|哪一家|几份|几个|这几|[两三四五六七八九十\d]+(?:个|家)(?:局|单位|部门|机关)"
                             r"|[两三四五六七八九十\d]+份"
                             r"|\breports\b|\bbureaus\b")
_ANY_YEAR = re.compile(r"历年|逐年|每年|各年|\b(?:all|every|each) years?\b|\bover the years\b")
_SHORT_CJK, _SHORT_WORDS = 10, 5


def understand(question: str, gazetteer: Gazetteer, previous: Query | None = None) -> Query:
    """Parse a question; fill what an elliptical follow-up leaves out from `previous`."""
    found = scan(question, gazetteer)
    lowered = found.text.lower()
    query = Query(text=question, normalized=found.text, language=detect_language(question),
                  intent=Intent.PASSAGE,
                  years=found.years.years, year_range=found.years.year_range,
                  latest=found.years.latest, topic=question, mentions=found.mentions)
    _fill_template(query, lowered_text(found.text))
    _fill_bodies(query, found.mentions, gazetteer, lowered)
    query.drop_terms = _name_terms(m.text for m in found.mentions if m.kind not in ("metric", "bureau", "cell"))
    query.metrics = [m for m in _unique_metrics(x for x in found.mentions if x.kind == "metric")
                     if not CONTEXT.get(m.key) or any(w in lowered for w in CONTEXT[m.key])]
    refs = cells.decode(v for m in found.mentions if m.kind == "cell" for v in m.values)
    cue = detect_intent(lowered, has_metric=bool(query.metrics or refs))
    # "which page?" asks about the last answer: its "which" does not mean all bodies
    named = _named_slots(query, "" if cue in (Intent.SOURCE, Intent.WHY) else lowered)
    if previous is not None and _inherits(cue, lowered, named):
        _inherit(query, previous, named)
    query.metrics = cells.refine(query.metrics, refs, Metric, lowered)
    query.asked = cue
    query.impossible_years = found.years.impossible
    query.intent = _resolve_intent(cue, query, previous)
    return query


_TEMPLATE_RE = re.compile(r"(2019|2021)\s*年?\s*(?:版本?|模板|格式|template|format)|(?:template|format) of (2019|2021)")


def lowered_text(text: str) -> str:
    return text.lower()


def _fill_template(query: Query, lowered: str) -> None:
    """"the reports on the 2021 template": 2021 names a template generation, not a year."""
    match = _TEMPLATE_RE.search(lowered)
    if match:
        year = int(match.group(1) or match.group(2))
        query.template = f"{year}版"
        query.years = [y for y in query.years if y != year]


# A region followed by one of these is an item of a list of bodies ("平潭实验区、管委会办公室和…").
_LIST_AFTER = re.compile(r"\s*(?:[、和与及,，/]|and\b|or\b|&)")


# A region scopes the bureaus that follow it closely ("平潭2024年经发局"), not those of another
# clause ("the Pingtan zone as a whole … than the committee office").
_SCOPE_GAP = 24
_NOT_SCOPE = re.compile(r"比|than|\bvs\b|versus|还是|\bor\b|[,，;；。]")


def _fill_bodies(query: Query, mentions: list[Mention], gazetteer: Gazetteer, lowered: str) -> None:
    """Bodies named, with what a region means: the bureaus it is followed by ("平潭2024年经发局、
    农业农村局"), every body of it when the question asks across bodies ("淮安市各单位"), else
    its government ("淮安市2024年行政许可")."""
    across = bool(_ANY_BODY.search(lowered) or _ACROSS_REPORTS.search(lowered))
    regions = [m for m in mentions if m.kind == "region"]
    bodies, bureaus = [], []
    for m in mentions:
        if m.kind == "body":
            bodies += m.values
        elif m.kind == "region":
            scopes = any(n.kind == "bureau" and 0 <= n.start - m.end <= _SCOPE_GAP
                         and not _NOT_SCOPE.search(lowered[m.end:n.start]) for n in mentions)
            if scopes and not _LIST_AFTER.match(lowered, m.end):
                continue
            bodies += m.values if across else gazetteer.region_bodies(m.text, m.values)
        elif m.kind == "bureau":  # "平潭经发局、旅文体局": the bureaus of the region named before
            scope = {b for r in regions for b in r.values} | gazetteer.same_region(bodies)
            found = sorted(b for b in scope if any(b.endswith(x) for x in m.values))
            if found:
                bodies += found
            else:
                bureaus += m.values
    query.bodies = _unique(bodies)
    entities = (gazetteer.entity_of(b) for b in query.bodies)
    query.entities = list(dict.fromkeys(e for e in entities if e is not None))
    query.bureaus = _unique(bureaus)
    query.unknown_bodies = _unique(m.text for m in mentions if m.kind == "unknown")


def _name_terms(names: Iterable[str]) -> set[str]:
    """Every substring of two or more characters of each CJK name, and each name itself."""
    terms = set()
    for name in names:
        terms.add(name.lower())
        if _CJK_RE.search(name):
            terms |= {name[i:j] for i in range(len(name)) for j in range(i + 2, len(name) + 1)}
    return terms


def _unique_metrics(mentions: Iterable[Mention]) -> list[Metric]:
    keys = _unique(k for m in mentions for k in m.values)
    return [METRICS[k] for k in keys]


# "两者相差多少？" / "which of the two is higher?" point back at the earlier turns' subjects.
_EARLIER_SUBJECTS = re.compile(r"两者|二者|这两|两个局|两家|\b(?:the|these|those) two\b|\bboth\b|\bthey\b|\bthem\b")


def _named_slots(query: Query, lowered: str) -> set[str]:
    named = set()
    refers_back = bool(_EARLIER_SUBJECTS.search(lowered))
    if query.bodies or query.unknown_bodies or query.bureaus or (_ANY_BODY.search(lowered) and not refers_back):
        named.add("bodies")
    if query.years or query.latest or _ANY_YEAR.search(lowered):
        named.add("years")
    if query.metrics:
        named.add("metrics")
    return named


def _inherits(cue: Intent | None, lowered: str, named: set[str]) -> bool:
    """Is the question a follow-up? "why?" and "出处？" always are; a question about the
    corpus never is; otherwise a follow-up cue word, or a short question naming at most one
    of body / year / metric ("灵武市？", "2021年呢？", "那行政许可呢？")."""
    if cue in (Intent.SOURCE, Intent.WHY):
        return True
    if cue in (Intent.CORPUS, Intent.COUNT_REPORTS):
        return False
    if _FOLLOW_UP.search(lowered.strip()) or (_EARLIER_SUBJECTS.search(lowered) and "bodies" not in named):
        return True
    short = (len(_CJK_RE.findall(lowered)) <= _SHORT_CJK if _CJK_RE.search(lowered)
             else len(lowered.split()) <= _SHORT_WORDS)
    # "行政复议总计栏写的是多少？" after a question on one report: a statistic alone asks about it
    return (short and len(named) <= 1) or named == {"metrics"}


def _inherit(query: Query, previous: Query, named: set[str]) -> None:
    for slot, names in SLOTS.items():
        if slot not in named:
            for name in names:
                setattr(query, name, getattr(previous, name))
            query.inherited.append(slot)
    query.topic = previous.topic
    query.drop_terms |= previous.drop_terms


def _resolve_intent(cue: Intent | None, query: Query, previous: Query | None) -> Intent:
    intent = cue
    if intent is None and query.inherited and previous and previous.intent in METRIC_INTENTS:
        intent = previous.intent
        query.inherited.append("intent")
        if intent in (Intent.MOST, Intent.LEAST, Intent.RANKING) and "bodies" not in query.inherited \
                and query.bodies:
            intent = Intent.LOOKUP  # "哪个最多？" then "灵武市呢？" asks for Lingwu's own number
    if intent is None:
        intent = Intent.LOOKUP if query.metrics else Intent.PASSAGE
    if intent in METRIC_INTENTS and not query.metrics:
        intent = Intent.PASSAGE  # "哪个局的微博粉丝最多": no table has it, search the text
    return intent
