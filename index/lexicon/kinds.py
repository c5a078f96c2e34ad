"""The kinds of span a prose question asks for (a date, a phone number, an amount, a count…):
the words that ask for each and the pattern of its answer."""

from __future__ import annotations

from .numerals import CN_NUMERALS
from .questions import THRESHOLD_ASKED
from .units import MEASURES, MONEY

_NUM = r"\d[\d,，]*(?:\.\d+)?"
# A labelled address: from its label to the next label or the clause's end ("地址：X；邮编：…").
_NEXT_LABEL = r"邮编|邮政编码|邮码|联系电话|咨询电话|电话|传真|电子邮箱|邮箱|网址"
ADDRESS = (rf"(?:(?<!邮件)(?<!网站)(?<!网页)(?<!邮箱)地址|办公地点)\s*[:：，,]?\s*"
           rf"(?P<v>[^；;，,。）):：]{{4,60}}?)\s*(?=[；;，,。）)]|{_NEXT_LABEL}|$)")  # a PDF wraps it: newlines

#: What a phone counts as a channel (电话咨询, 电话申请…), and the count nouns asked of it (多少人次).
_CHANNEL_OF = "咨询|来访|申请|受理|方式|形式|渠道|提出|反映|打来|来电|求助|投诉"
_COUNTED_CONTACTS = "人次|件|次|条|起|通|宗"
# (kind, question cue, span pattern). The first kind whose cue the question has is asked for:
# "联系电话是多少" is a phone number before it is a count.
KINDS: tuple[tuple[str, str, str], ...] = (
    ("email", r"邮箱|电子邮件|邮件地址|电邮|e-?mail", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),
    ("fax", r"传真|\bfax", r"(?<![\d-])(?:0\d{2,3}[-－—–]?)?\d{7,8}(?!\d)"),
    # A phone is asked only as a number: "通过电话" / "电话咨询" / "by phone" name a channel, not a contact.
    # So does one listed with other channels before the counted noun ("电话、网上咨询", "telephone and
    # online consultation counts"), or before a count asked ("电话咨询和来访各多少人次", "电话多少件").
    ("phone", rf"(?<!通过)(?<!经由)(?<!以)(?<!用)(?<!经)电话(?!(?:[、和及与或/][\u4e00-\u9fff]{{1,4}}?){{0,3}}(?:{_CHANNEL_OF})"
              rf"|(?!号)[^？?，,。；;]{{0,10}}?(?:多少|几)\s*(?:{_COUNTED_CONTACTS}))"
              r"|热线号码|联系方式|联系号码|座机|contact number|hotline number"
              r"|(?<!by )(?<!via )(?<!by the )(?<!over the )(?<!through the )(?<!on the )"
              r"\b(?:tele)?phone\b(?!(?:(?:,|,? and|,? or|,? &) [a-z-]+){0,3} (?:calls?\b|inquir|enquir|consult|request|channel"
              r"|counts?\b|visits?\b))",
     r"(?<![\d-])(?:0\d{2,3}[-－—–]?\d{7,8}|1[3-9]\d{9}|\d{7,8})(?!\d)"),
    ("postcode", r"邮编|邮政编码|postcode|post code|postal code|zip code", r"(?<=邮编|邮码)[:：\s]*\d{6}(?!\d)|(?<=邮政编码)[:：\s]*\d{6}(?!\d)"),
    # A site asked by name or as where a report is found ("在哪个网站下载", "which bureau website
    # can it be downloaded from"): a web address, never the count of items a website published.
    ("url", r"网址|网站地址|(?:(?:哪|什么)(?:个|一个)?(?:门户)?(?:网站|网页|官网)|(?:在|从)?哪(?:里|儿)(?:可以|能)?(?:下载|查看|查阅|获取)|在哪(?:可以|能)?(?:下载|查阅)"
            r"|从哪(?:下载|获取)|(?:官网|官方网站)(?:是|地址|的地址)"
            r"|(?:网站|网页|官网)(?:是|为)?(?:哪个|哪一个|什么))(?![^？?，,；;]*(?:多少|几))|web ?address|\burl\b"
            r"|(?:\b(?:which|what) (?:[a-z']+ ){0,3}(?:web ?site|site|portal)\b|\bdownload(?:ed|able)? (?:it |them )?from\b"
            r"|\bwhere can\b[^?]*\bdownload)(?![^?]*\b(?:how many|how much|number of|most|fewest|least)\b)",
     r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[\w./?=&%-]*)?"),
    # Where a body sits is its address: which building or floor, where it has its office.
    ("address", r"(?<!邮件)(?<!网站)(?<!网页)(?<!邮箱)地址|办公地点|寄(?:材料|信|到)|(?<!e-mail )(?<!email )(?<!web )\baddress\b"
                r"|在哪(?:里|儿)?办公|在什么(?:地方|位置)办公|(?:哪|几)(?:栋|座|幢|号)楼|哪一?层|第?几楼|第几层|几层楼"
                r"|办公(?:场所|楼)|位于哪|(?<=[局办委室府会心处所])(?:\d{4}年的?)?设?(?:在|位于)(?:哪(?:里|儿)?|什么地方|何处)"
                r"(?=\s*[？?，,。]|\s*$)"
                r"|\bwhere (?:is|are) (?:its|the|their) offices?|\b(?:send|mail|post) (?:documents|materials|a letter|letters|mail)"
                r"|\bwhere (?:should|do|can|could|would) (?:i|we|one|people) (?:send|mail|post|write)\b"
                r"|\b(?:which|what) (?:building|floor)\b|\bwhere (?:is|are)\b[^?]*\b(?:located|based|housed|situated)\b"
                r"|\boffice (?:location|address)\b|\bwhere (?:does|do)\b[^?]*\b(?:work|sit) from\b",
     ADDRESS),
    ("date", r"哪天|哪一天|哪两天|哪几天|什么时候|何时|日期|几月几日|几月几号|几号|\bwhen\b|what date|which days?\b"
             r"|on what day|\bdated?\b|\bsigned\b",
     r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}-\d{1,2}-\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月"
     r"|(?<=[每月和及、至到])\s*\d{1,2}\s*日"),
    # "其中乡镇公开的占多少？": a part of the last answer's whole asked as 占多少 (no measure word
    # after) asks the share the report states; "X中Y占多少" naming its whole is a ratio computed
    ("percent", r"百分之|比例|占比|比率|[^效]率是|率为|率达|率多少|(?:其中|这里面|那里面|这当中|那当中).{0,16}?占了?多少"
                r"(?=[？?。，,！!]|$)|percent|percentage|\brate\b|\bshare\b",
     rf"{_NUM}\s*[%％]|百分之[{CN_NUMERALS}点]+"),
    ("amount", r"金额|经费|费用|多少钱|花了多少|花费|开支|多少万|多少元|多少亿|预算|资金|\bhow much\b|\bamount\b|\bbudget|\bcosts?\b|\bspent\b|\bfunding\b|\byuan\b",
     rf"{_NUM}\s*(?:{'|'.join(MONEY)})"),
    ("person", r"谁|哪位|姓名|填报人|负责人|联系人|审核人|签发人|\bwho\b|\bwhom\b",
     r"(?<=填报人|负责人|联系人|审核人|签发人)[:：\s]*{name}|(?<=局长|主任|书记|组长|处长|科长)\s*{name}(?=[任为同担兼负,，、。(（\s]|$)"),
    ("count", rf"多少|几|how many|number of|\bcount\b|{THRESHOLD_ASKED}",
     rf"{_NUM}\s*(?:万|亿)?\s*(?:余|多)?\s*(?:{MEASURES})|{_NUM}"),
)
#: Labels a person's name is printed after ("填报人：周某某"): a question naming one asks for it.
PERSON_LABELS = ("填报人", "负责人", "联系人", "审核人", "签发人")
#: The verb of each label ("是谁填报的", "由谁审核"): a question asking who did it asks the label.
PERSON_VERBS = {"填报人": "填报|填写|填表", "负责人": "负责", "联系人": "联系", "审核人": "审核", "签发人": "签发"}
# A person's name: a common surname and one or two more characters.
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
# Labels that tell which phone a number is ("电话:0591-23163551;传真:0591-23100206").
PHONE_LABELS = {"phone": r"电话|热线|咨询|联系方式", "fax": r"传真"}
#: Kinds found by their label on a report's page when no sentence of the passages answers
#: (a whole labelled value or nothing): the contact line of a report's opening.
LABELLED = ("email", "fax", "phone", "postcode", "address")
#: "Who should I contact about X's report?", "有问题该找谁": whom to turn to, which a report
#: answers with its contact line (the office, its address, phone and e-mail), not a person's
#: name ("who is the contact person" asks one); asked as those labelled kinds, in this order.
CONTACT_ASKED = (r"(?:^|[,;:，]\s*)\W*(?:and |so |then )?who(?:m)?\b[^?]*\b(?:contact|get in touch|reach|call|write to|talk to|speak to|speak with|"
                 r"turn to|ask about|ask|go to)\b(?!\s*(?:person|people|name|officer)s?\b)"
                 r"|(?:联系|找|问|咨询|询问|打电话给)谁|向谁(?:咨询|询问|反映|联系)|跟谁联系|和谁联系|与谁联系")
CONTACT_KINDS = ("address", "phone", "email")
#: A contact value a question names beside the one answered ("网站和邮箱是什么" answered with the
#: e-mail alone): the answer shows the contact line whole, never cut to the one value's segment.
CONTACT_NAMED = (r"电话|传真|邮编|邮政编码|邮箱|电子邮件|网站|网址|官网|(?<!邮件)(?<!网站)(?<!网页)地址|\bphone\b|\bfax\b|"
                 r"postcode|post code|zip code|e-?mail|web ?site|web address|\burl\b|(?<!mail )(?<!web )\baddress\b|"
                 r"在哪|位于哪|\bwhere\b")  # where the office is: its address
#: The words that ask for a person ("是谁填报的", "由哪位审核").
ASKING_WHO = r"谁|哪位"
#: Which of a report's sites is asked: its own (本局网站, "the bureau's website") or the portal
#: of its government (门户网站, "the main portal"). A question naming both asks its own ("besides
#: the portal, which bureau website").
OWN_SITE_ASKED = (r"(?:局|委|办|单位|部门)(?:自己|自身|本身)?的?(?:门户)?(?:网站|官网|网页)|本(?:局|委|单位|部门)"
                  r"|\b(?:bureau|department|commission|office)(?:'s|al)?(?: own)? (?:web ?site|site|portal|homepage)"
                  r"|\b(?:its|their) own (?:web ?site|site|portal|homepage)")
PORTAL_ASKED = r"门户|政府网站|政府官网|\bportal\b|\bgovernment (?:web ?site|site)"
#: Words that end the name of a site before its address ("…旅游与文化体育局门户网站（www…）").
SITE_WORDS = r"(?:政府)?(?:门户)?(?:网站|官网|网页|网)?上?\s*$"
#: What stands between two sites named in a row ("门户网站（…）及…局门户网站（…）").
SITE_BREAKS = r"[,，;；。、（(）)]|及|和|与|或|以及|在|通过|依托"
