"""What a figure of the prose counts, in English words, for an English answer's line ("95个" of
"政务新媒体共计95个" is "95 accounts"; "开设60个单位" is "60 bodies"): the nouns a clause names
beside a measure word that counts whatever it is put to (个, 份, 家…), each with its English
(singular, plural); the English of the other measure words; what a measure says when no noun of
the table stands beside it. Data only; the first noun a clause holds of the table wins, so the
longer come first."""

from __future__ import annotations

#: (Chinese noun, (singular, plural)): the counted thing, found right after the figure's measure
#: word ("60个单位") or, failing that, before the figure in its clause ("政务新媒体共计95个").
COUNTED_NOUNS: tuple[tuple[str, tuple[str, str]], ...] = (
    ("微信公众号", ("WeChat account", "WeChat accounts")),
    ("公众号", ("official account", "official accounts")),
    ("微博账号", ("Weibo account", "Weibo accounts")),
    ("新媒体账号", ("new-media account", "new-media accounts")),
    ("政务新媒体", ("government new-media account", "government new-media accounts")),
    ("新媒体", ("new-media account", "new-media accounts")),
    ("账号", ("account", "accounts")),
    ("客户端", ("app", "apps")),
    ("网站", ("website", "websites")),
    ("平台", ("platform", "platforms")),
    ("专栏", ("column", "columns")),
    ("栏目", ("column", "columns")),
    ("专题", ("special topic", "special topics")),
    ("查阅点", ("access point", "access points")),
    ("查阅室", ("reading room", "reading rooms")),
    ("场所", ("venue", "venues")),
    ("乡镇", ("township", "townships")),
    ("街道", ("subdistrict", "subdistricts")),
    ("单位", ("body", "bodies")),
    ("部门", ("department", "departments")),
    ("机构", ("office", "offices")),
    ("项目", ("project", "projects")),
    ("事项", ("matter", "matters")),
    ("规范性文件", ("normative document", "normative documents")),
    ("文件", ("document", "documents")),
    ("申请", ("request", "requests")),
    ("工单", ("work order", "work orders")),
    ("案件", ("case", "cases")),
    ("建议", ("proposal", "proposals")),
    ("提案", ("proposal", "proposals")),
    ("信息", ("item", "items")),
    ("稿件", ("article", "articles")),
    ("文章", ("article", "articles")),
    ("会议", ("meeting", "meetings")),
    ("发布会", ("press conference", "press conferences")),
    ("培训班", ("training session", "training sessions")),
    ("培训", ("training session", "training sessions")),
)
#: How far after the measure word a counted noun may start ("2个政府网站": 政府 between).
NOUN_AFTER_REACH = 4
#: The English of measure words that count one kind of thing whatever the noun (singular, plural).
MEASURE_NOUNS: dict[str, tuple[str, str]] = {
    "人": ("person", "people"), "名": ("person", "people"), "位": ("person", "people"),
    "人次": ("person-time", "person-times"), "场": ("session", "sessions"), "场次": ("session", "sessions"),
    "期": ("issue", "issues"), "次": ("time", "times"), "篇": ("article", "articles"),
    "户": ("household", "households"), "家": ("body", "bodies"), "批": ("batch", "batches"),
    "宗": ("case", "cases"), "起": ("case", "cases"), "例": ("case", "cases"),
    "天": ("day", "days"), "小时": ("hour", "hours"), "册": ("volume", "volumes"), "台": ("unit", "units"),
}
#: Money in the prose, in English: the figure then the report's unit with its multiple of yuan in
#: words (as the tables' figures say it, units.UNIT_EN; a figure in digits would be one no report states).
MONEY_EN: dict[str, str] = {"元": "yuan", "万元": "万元 (ten-thousand yuan)", "亿元": "亿元 (hundred-million yuan)",
                            "万": "万 (ten thousand)", "亿": "亿 (hundred million)"}
#: Words of an approximate figure ("900余个", "70多件"), in English before the figure.
ABOUT_EN = {"余": "more than", "多": "more than"}
#: Where a clause ends: the noun before a figure is looked for after the last of these.
CLAUSE_BREAKS = "，,；;。：:！!？?、"
