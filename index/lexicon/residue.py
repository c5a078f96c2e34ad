"""Words of a question that qualify nothing: what is left of a question after every linker took
its words (body, year, statistic, frame) is its residue, and these words are dropped from it
before deciding whether the question narrows the counted noun in words no cell was linked by
(assistant/understanding/residue.py). Data only.

Sources: Chinese function words and measure words (C); English function words (E); the verbs
people use for "the requests of this body" that name no cell (收到 / handled / filed).
"""

from __future__ import annotations

#: Chinese words carrying no qualification (question words, measure words, pronouns, the
#: words of the counted noun itself).
ZH_FILLERS = ("申请人", "自己", "多少", "几个", "几件", "几条", "几项", "几次", "一共", "总共", "共有", "请问", "一下", "这个", "那个", "这些",
              "那些", "这种", "那种", "年度", "当年", "今年", "全年", "政府", "信息", "公开", "申请", "依申请", "我想",
              "知道", "告诉", "查询", "统计", "数据", "数量", "情况", "年报", "报告", "里面", "其中", "当中", "全部", "总数",
              "有", "的", "了", "是", "吗", "呢", "啊", "吧", "件", "个", "项", "次", "条", "份", "几", "年", "在", "中",
              "里", "一", "些", "都", "共", "其", "该", "这", "那", "多", "少", "我", "们", "请", "问", "总", "所",
              # the bodies asked across ("哪个机关的新收申请最多", "各单位的申请合计"): who, not which part
              "机关", "单位", "部门", "哪个", "哪家", "哪些", "哪一个", "各", "每个", "所有")

#: Chinese words that, right after the counted noun, start a clause about it
#: ("申请是因为…的", "申请中被…的", "申请里属于…的").
ZH_MARKERS = ("是因为", "是由于", "因为", "由于", "是被", "是在", "是", "被", "属于", "中", "里", "当中", "里面", "里头", "以")

#: English words carrying no qualification.
EN_FILLERS = frozenset((
    "the", "a", "an", "of", "in", "on", "at", "by", "to", "for", "from", "during", "over", "and", "or", "as", "with",
    "did", "does", "do", "was", "were", "is", "are", "be", "been", "has", "have", "had", "how", "many", "much",
    "what", "which", "that", "who", "its", "their", "it", "they", "this", "these", "those", "there", "all", "any",
    "year", "years", "report", "reports", "number", "total", "count", "government", "information", "disclosure",
    "public", "request", "requests", "application", "applications", "s", "'s", "receive", "received", "get", "got",
    "handle", "handled", "process", "processed", "file", "filed", "submit", "submitted", "make", "made", "whole",
    "annual", "according", "altogether", "overall", "please", "tell", "me", "you", "can", "could", "would",
    "his", "her", "our", "we", "i", "so", "far", "exactly", "within", "accept", "accepted", "statistics",
    "statistical", "table", "tables", "state", "stated", "reported", "listed", "shown", "show", "shows", "say",
    "says", "said", "give", "gives", "given",
    # the bodies asked across ("which body received the most requests"): who, not which part
    "body", "bodies", "bureau", "bureaus", "department", "departments", "agency", "agencies", "office", "offices",
    "each", "every", "most", "fewest", "least", "highest", "lowest"))

#: English words that, right after the counted noun, start a clause about it
#: ("requests that …", "requests which were …", "requests ended with …").
#: ("did", "had" start the question's own verb: "how many requests did X receive").
EN_MARKERS = ("that", "which", "who", "whose", "where", "were", "was", "ended", "end", "got")

#: "How many of the requests …": the counted noun is a part asked of its whole.
EN_PART_OF = r"\bhow many of (?:the|its|their|these|those|all)\b"

#: The particle that joins a Chinese clause to the noun it qualifies ("…转来的申请").
ZH_LINK = "的"

#: Words of a question's frame (a share, a change, a superlative, a sum): left out too when a
#: follow-up's own words are read for the part of the last answer's whole it asks
#: (assistant/understanding/followups.py: "其中乡镇公开的占多少？" names 乡镇).
ZH_FRAME_FILLERS = ("百分之几", "百分比", "占比", "比例", "比重", "多大", "几成", "最多", "最少", "最高", "最低", "排名",
                    "合计", "总计", "加起来", "平均", "相比", "增加", "减少", "增长", "下降", "变化", "分别", "各自",
                    "大概", "大约", "左右", "还有", "另外", "那么", "所以", "一年", "那年", "同年", "同一年")
EN_FRAME_FILLERS = frozenset((
    "share", "percent", "percentage", "proportion", "portion", "part", "fraction", "ratio", "rate", "more", "fewer", "than",
    "less", "change", "changed", "increase", "decrease", "rise", "fall", "same", "then", "also", "what", "about",
    "roughly", "approximately", "around", "respectively", "came", "come", "were", "was"))
