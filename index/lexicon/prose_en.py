"""English words of the reports' common nouns and verbs, for English questions about the prose.

The multilingual embedder places an English question near Chinese text; these words are a
scoring aid beside it (assistant/prose_clauses.py): an English word's stem -> the Chinese words
a report says it with. General vocabulary of disclosure reports (requests, housing, tax,
training, visits, posts…), never the wording of one sentence. Data only.
"""

from __future__ import annotations

#: English stem (a word starts with it) -> Chinese words, any of which says it.
NOUNS: dict[str, tuple[str, ...]] = {
    # requests and their handling
    "applica": ("申请", "收件", "办件"), "request": ("申请",), "accept": ("受理", "收到", "收件"), "receiv": ("收到", "受理", "接收", "收件"),
    "handl": ("办理", "办结", "处置", "处理"), "process": ("办理", "处理"), "complet": ("办结", "完成"),
    "closed": ("办结", "结案"), "resolv": ("办结", "解决"),
    "approv": ("审批", "批准"), "licens": ("许可",), "permit": ("许可",), "penalt": ("处罚",), "fine": ("罚款", "处罚"),
    "matter": ("事项",), "case": ("案件", "件"), "window": ("窗口",), "centre": ("中心",), "center": ("中心",),
    "hall": ("大厅",), "service": ("服务",), "administrativ": ("行政",), "department": ("部门", "单位"),
    "unit": ("单位", "套"),
    # housing and land
    "hous": ("住房", "房"), "flat": ("房",), "apartment": ("房",), "home": ("住房", "房屋"), "dwelling": ("住房",),
    "rental": ("租",), "rent": ("租",), "allocat": ("分配", "选房"), "selection": ("选房", "选"), "owner": ("主人",),
    "land": ("土地", "征地"), "acquisition": ("征收", "征地"), "expropriat": ("征收",), "demoli": ("拆迁",),
    "compensat": ("补偿",), "resettle": ("安置",),
    # tax and money
    "tax": ("税",), "relief": ("减免",), "reduc": ("减免", "减少"), "exempt": ("减免", "免"), "amount": ("金额",),
    "fee": ("费用", "费"), "expen": ("费用", "支出", "经费"), "spen": ("支出", "经费", "费用"), "budget": ("预算",),
    "subsid": ("补贴",), "fund": ("资金", "经费"), "unemploy": ("失业",), "laid": ("下岗",), "sell": ("出售",),
    "sale": ("出售",), "gift": ("赠与",), "inherit": ("继承",), "individual": ("个人",), "taxpayer": ("纳税人",),
    "procure": ("采购",), "bidding": ("竞价", "招投标", "投标"), "tender": ("招投标", "投标"),
    # publishing and channels
    "post": ("发布", "发表"), "publish": ("发布", "公开", "发表"), "issu": ("发布", "印发"), "releas": ("发布", "公开"),
    "disclos": ("公开",), "public": ("公开", "公示", "公众"), "publiciz": ("公示",), "notice": ("公告", "告知书", "通知", "公示"),
    "announce": ("公告", "公示"), "article": ("文章", "篇"), "bulletin": ("简报", "公开栏"),
    "briefing": ("简报",), "board": ("公开栏", "栏"), "column": ("专栏", "栏目"), "website": ("网站", "网"),
    "portal": ("门户",), "site": ("网站",), "wechat": ("微信",), "weibo": ("微博",), "microblog": ("微博",),
    "media": ("媒体",), "account": ("账号", "公众号"), "platform": ("平台",), "newspaper": ("报刊", "时报"),
    "television": ("电视",), "tv": ("电视",), "interpret": ("解读",), "polic": ("政策",), "document": ("文件",),
    "project": ("项目",), "key": ("重点",), "safety": ("安全",), "production": ("生产",), "food": ("食品",),
    "drug": ("药品",), "inspection": ("抽检", "检查"), "pollution": ("污染",), "monitor": ("监测", "监管"),
    "credit": ("信用",), "farm": ("涉农", "农业"), "agricultur": ("农业", "涉农", "农产品"),
    # people, visits, calls
    "visit": ("访问", "来访"), "view": ("访问", "浏览"), "train": ("培训",), "session": ("期", "场"),
    "meeting": ("会议",), "conference": ("发布会", "会议"), "consult": ("咨询",), "enquir": ("咨询",),
    "inquir": ("咨询",), "proactiv": ("主动",), "withh": ("不予",), "phone": ("电话", "来电"), "telephon": ("电话", "来电"), "call": ("来电", "电话"), "hotline": ("热线",),
    "complain": ("投诉",), "petition": ("信访",), "letter": ("来信", "信函"), "message": ("留言",),
    "netizen": ("网友", "网民"), "opinion": ("舆情", "意见"), "follower": ("关注", "粉丝"), "fan": ("粉丝",),
    "staff": ("人员",), "full-time": ("全职", "专职"), "part-time": ("兼职",), "people": ("人员", "群众"),
    "person": ("人员", "个人"), "online": ("网上", "网络"), "on-site": ("现场",), "spot": ("现场",),
    "migrat": ("迁移", "整合"), "integrat": ("整合",), "second": ("第二",), "first": ("第一",), "third": ("第三",),
    "batch": ("批",), "round": ("批", "轮"), "quarter": ("季度",), "month": ("月",),
    "reconsideration": ("复议",), "lawsuit": ("诉讼",), "litigation": ("诉讼",),
    # activities, health, outreach
    "activit": ("活动",), "open day": ("开放日",), "representativ": ("代表",), "invit": ("邀请",),
    "suggest": ("建议", "意见"), "collect": ("征集", "收集"), "original": ("原创",), "forward": ("转发",),
    "repost": ("转发",), "repl": ("回复", "答复"), "material": ("材料",), "educat": ("教育",),
    "health": ("健康", "卫生"), "lecture": ("讲座",), "clinic": ("义诊", "诊"), "distribut": ("发放",),
    "hand": ("发放",), "campaign": ("活动", "宣传"), "publicity": ("宣传", "公示"), "propaganda": ("宣传",),
    "township": ("镇", "乡"), "town": ("镇", "乡"), "village": ("村",), "hospital": ("医院", "卫生院"),
    "poor": ("贫困",), "patient": ("患者",), "recruit": ("招聘",), "job": ("招聘", "就业"),
    "advisory": ("咨询",), "feedback": ("反馈",), "appeal": ("申诉",), "report": ("举报", "报道", "报告"),
    # lists of powers and services a government publishes (权力清单, 公共服务事项)
    "power": ("权力", "权责"), "list": ("清单", "目录"), "item": ("事项",), "responsibilit": ("责任",),
}

#: English words of the counted thing -> the measure word a report counts it in (its family is
#: what a figure's measure word must belong to: typed.same_family). Only what is asked after
#: "how many" decides; "amount"/"yuan" ask money.
MEASURE_NOUNS: dict[str, str] = {
    "application": "件", "request": "件", "case": "件", "matter": "件", "complaint": "件", "item": "条",
    "unit": "套", "flat": "套", "apartment": "套", "house": "套", "home": "套", "dwelling": "套",
    "people": "人", "person": "人", "persons": "人", "individual": "人", "visitor": "人", "taxpayer": "人",
    "person-time": "人", "visit": "人", "staff": "人", "employee": "人", "follower": "人", "user": "人",
    "time": "次", "session": "次", "round": "次", "issue": "次", "bulletin": "次", "briefing": "次",
    "training": "次", "meeting": "次", "conference": "次",
    "post": "条", "message": "条", "notice": "条", "piece": "条", "record": "条", "announcement": "条",
    "article": "篇", "lecture": "次", "activity": "次", "activitie": "次", "event": "次", "representative": "人", "project": "个", "website": "个", "account": "个", "department": "个",
}

#: Words an English question asks with, or says which report with: no part of what is asked.
QUESTION_FILLERS = frozenset((
    "how", "many", "much", "what", "which", "was", "were", "is", "are", "did", "does", "do", "the", "a", "an", "of",
    "in", "on", "at", "by", "to", "for", "from", "its", "their", "it", "they", "there", "according", "report",
    "reports", "annual", "year", "total", "number", "altogether", "overall", "whole", "s", "and", "as", "with",
    "that", "this", "give", "tell", "me", "please", "say", "state", "stated", "says", "said", "been", "be",
    # a body's generic words ("the zone's centre", "the bureau"): who, not what
    "zone", "bureau", "government", "county", "city", "district", "municipal", "committee", "local",
))

#: Words of an English question that ask a sum of money, not a count.
MONEY_ASKED = r"\b(?:amount|yuan|rmb|money|how much|sum|value)\b"

#: Heads of an office named inside a body ("Pingtan's administrative service centre"): a unit of
#: the body with no report of its own, whose work the body's tables do not count.
OFFICE_HEADS_EN = ("centre", "center", "hall", "window", "station", "branch", "hotline", "12345", "service platform",
                   "disclosure office")
#: How a report says each such unit in Chinese: a figure is the unit's only where its sentence (or
#: the one before it) names the unit.
OFFICE_HEADS_ZH_OF_EN: dict[str, tuple[str, ...]] = {
    "centre": ("中心",), "center": ("中心",), "hall": ("大厅", "厅"), "window": ("窗口",), "station": ("站",),
    "branch": ("分",), "hotline": ("热线", "12345"), "12345": ("12345",), "service platform": ("平台",),
    "disclosure office": ("公开办", "公开办公室"),
}
#: Words right before such a unit that make it the channel of the body's work ("requests that came
#: in through the hotline"), not the doer; a few of its name's words may stand between.
CHANNEL_BEFORE_EN = r"\b(?:via|through|using|over)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}$"

#: "according to the X report", "in X's report", "X's 2014 report says": the report named.
REPORT_NAMED_EN = r"(?:according to|per|in|from|based on)\s+(?:the\s+)?$"
REPORT_AFTER_EN = r"^\s*(?:'s)?\s*(?:\d{4}\s+)?(?:annual\s+)?(?:work\s+)?(?:report|yearly report)\b"
#: "据X年报", "根据X的2014年年报", "按X年报": the report named (Chinese).
REPORT_NAMED_ZH = r"(?:据|根据|按照|按|依据)\s*$"
#: Between a name and the report word after it ("X2014年度的年报"): a year, 度, 的.
REPORT_AFTER_ZH = r"^\s*(?:\d{4}\s*年?\s*度?)?\s*的?"
