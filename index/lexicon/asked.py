"""The things a prose question counts or prices, and the words a report's clause names each
with: "多少粉丝" is answered only by a number whose own clause says 粉丝 (or 关注), "budget" only
by one whose clause says 经费/预算/资金 (never 信息处理费), "几个人" only by a count of people.

Each family: (key, question cue, clause words, measure family). The cue is searched in the
question (case-insensitive); the clause words in the clause of a candidate number (or the
number's measure word, for a family with a measure); the measure, when given, names the
measure family the number must be counted in (人: 人/名/位…). Data only.
"""

from __future__ import annotations

#: (key, cue in a question, words of the answering clause, a measure of its family or "").
ASKED_FAMILIES: tuple[tuple[str, str, str, str], ...] = (
    ("followers", r"粉丝|关注(?:用户|人数|量|数)?|\bfollowers?\b|\bfans\b|\bsubscribers?\b", r"粉丝|关注", ""),
    ("posts", r"稿子|稿件|文章|推文|帖子|推送|\bposts?\b|\barticles?\b|\bpieces\b",
     r"稿件|文章|推文|信息|发布|推送|发表", ""),
    ("visits", r"访问量|访问|点击量|点击|浏览量|浏览|\bvisits?\b|\bviews\b|\bhits\b",
     r"访问|点击|浏览", ""),
    ("budget", r"经费|预算|资金|\bbudgets?\b|\bfunding\b|\bfunds\b", r"经费|预算|资金", ""),
    ("spending", r"花了|花费|花销|开支|支出|用了多少经费|多少钱", r"费用|经费|支出|开支|资金", ""),
    ("fees", r"费用|收费|处理费|\bfees?\b|\bcharges?\b|\bcharged\b", r"费", ""),
    ("relief", r"减免|免税|减税|\btax (?:relief|exemptions?|reductions?)\b", r"减免|免税|减税", ""),
    ("people", r"(?:几|多少)(?:个|名|位)?(?:人|工作人员)(?!次)|人员|专职|兼职|\bstaff\b|\bpeople\b|\bpersons?\b"
               r"|\bemployees\b|\bfull-time\b|\bpart-time\b", "", "人"),
    ("weibo", r"微博|\bweibo\b|\bmicroblogs?\b", r"微博", ""),
    ("wechat", r"微信公众号|公众号|微信|\bwechat\b|\bofficial accounts?\b", r"微信|公众号", ""),
    ("new_media", r"新媒体|\bnew[- ]media\b", r"新媒体", ""),
    ("website", r"网站|网页|\bwebsites?\b|\bweb ?pages?\b|\bportal\b", r"网站|网页", ""),
)
#: Channels a report publishes on: a number said of one channel is never another's ("门户网站发布
#: 信息607条" is no count of 公众号 posts). 新媒体 holds 微博 and 微信, so it conflicts with neither.
CHANNELS = ("weibo", "wechat", "website")
#: Families that are sums of money: a question of one asks an amount ("多少信息处理费").
PRICED = ("budget", "spending", "fees", "relief")
#: Words asking money in general: after a sum of money named before them in the question
#: ("信息处理费收了多少钱", "经费一共多少钱"), they ask that sum, not spending.
MONEY_IN_GENERAL = ("多少钱",)
#: "多少条三公经费信息" / "几条预算决算报告": a count measure word asked before a money word counts items
#: of information about that money (the prose's "三公经费信息12条"), never a sum of it nor an item of
#: another money word ("专项资金…30条"): the key of such a thing, and the words before the money word
#: that only link it ("关于经费的信息": 经费), dropped from what the answering clause must say.
ITEMS_ABOUT = "items"
ITEMS_LINKING = r"^.*(?:的|关于|有关|涉及)"
#: Words that find a family's passage when its clause words are none (people are counted in 人).
SEARCH_WORDS = {"people": "工作人员 人员 专职 兼职"}
#: How a question asks for the count right before the counted thing ("有多少粉丝", "几个人",
#: "发了多少篇稿子"): the counted thing is the family whose cue starts within this many
#: characters after the asking word (its measure word between).
COUNTED_REACH = 3
#: The asking word, in Chinese and English.
ASKING = r"多少|几|\bhow many\b|\bhow much\b|\bnumber of\b"
#: Major clause breaks: a subject ("微信公众号41个") carries over commas up to one of these.
MAJOR_BREAKS = r"[;；。!！?？]"
#: What stands between the thing asked and the asking word after it ("投诉类的多少件",
#: "工单一共多少件", "微信公众号几个"): never part of the thing's name.
BEFORE_ASKING = r"(?:的|是|有|为|达|了|一共|总共|共计|合计|总计|共|分别|各|都|大概|大约|约)*"
#: The aspect marker after a verb ("政策解读发了多少篇"): the character before it is the verb, not
#: the head of the thing counted.
ASPECT_MARKER = "了"
#: Words that open a part of the earlier answer ("其中投诉类…"), or end the year before it: never
#: part of the thing's name.
PART_OPENERS = r"^(?:年度|年|其中|那么|那|另外|还有|以及|和|及)+"
#: Words that name a count, not a thing ("申请数量", "工单总数"): the thing is the noun before them.
GENERIC_HEADS = ("数量", "总数", "总量", "数目", "件数", "个数", "条数")
#: The shortest name of a thing asked a number's clause must hold (a one-character word says little).
MIN_NOUN_CHARS = 2
#: Measure words that count people ("多少人", "几名"), and what a count of them is called: a
#: "not found" names the number of people ("专职人员的人数"), not only who they are.
HEADCOUNT_ASKED = r"(?:多少|几)\s*(?:个|位|名)?\s*(?:人(?!次)|名(?!称)|位)"
HEADCOUNT = "的人数"
#: A name of people ("兼职人员") takes 数 alone: 兼职人员数.
PEOPLE_HEADS = ("人员",)
HEADCOUNT_OF_PEOPLE = "数"
#: Names that already say a number of people, and the words dropped before 人数 ("…工作的").
HEADCOUNT_ENDINGS = ("人数", "人员数", "人员数量", "人次")
BEFORE_HEADCOUNT = "的有是"
#: Characters that link a modifier to its noun ("同意公开的答复"): no part of what a clause names.
LINKING_CHARS = "的之"

#: A count asked as a kind of a whole ("投诉类工单": the 投诉类 of the 工单): the kind, ending in its
#: marker, then the whole's noun; the report states the whole, then its kinds after 其中.
KIND_OF_WHOLE = r"(?P<kind>[\u4e00-\u9fff]+?类)的?(?P<whole>[\u4e00-\u9fff]{2,})"
#: A generic word a report may put between a kind's words and its 类 ("重大建设项目信息类" for
#: 重大建设项目类): left out on both sides when a kind asked is bound to a list item.
KIND_FILLER = r"(?:信息|事项|方面|工作)(?=类)"
#: Words after a whole that open its breakdown into kinds ("…124条，其中/涵盖 政策类11条、…").
BREAKDOWN_OPENERS = ("其中", "涵盖", "包括", "包含")
