"""The words of a question asking whether listed parts add up to a total ("A、B和C三类加起来，等于
它说的总数吗", "do the on-site, telephone and online counts add up to the stated total?"):
assistant/prose_total.py. The equality words themselves are questions.EQUAL_SAID / EQUAL_A_NOT_A."""

from .questions import EQUAL_A_NOT_A, EQUAL_SAID

#: Whether listed parts add up to the total a report states ("主动公开、依申请公开、不予公开三类加起来，
#: 等于它说的信息总数吗", "do the on-site, telephone and online consultation counts add up to the
#: stated total?"): a sum word, then a total and an equality; the parts and the total from the prose.
_TOTAL_SAID = r"总数|总量|总计|合计|共计|总共|一共|总额"
#: The figure a question gives for the parts' sum in place of the report's total ("加起来等于1960吗",
#: "等不等于300件"): the parts' sum is compared with it, and the total the report states is given too.
GIVEN_TOTAL = rf"(?:{EQUAL_SAID}|{EQUAL_A_NOT_A})\s*(\d+(?:\.\d+)?)\s*(?:[件条项份个次篇人]|人次|万元|元)?\s*(?:吗|么|？|\?|$)"
#: A sum said by a joiner alone, the parts on both sides ("主动公开350份加上依申请公开270份，等于…总数吗"):
#: then the comma before the equality closes the list.
PARTS_PLUS = r"加上"
PARTS_TOTAL_ASKED = (rf"(?:加起来|加在一起|合起来|相加|之和|总和|加总|[，,](?=[^？?。]{{0,6}}(?:{EQUAL_SAID}|{EQUAL_A_NOT_A})))"
                     rf"(?=[^？?。]{{0,24}}?(?:{_TOTAL_SAID}|{GIVEN_TOTAL}))"
                     rf"(?=[^？?。]{{0,24}}?(?:{EQUAL_SAID}|{EQUAL_A_NOT_A}))"
                     r"|\b(?:add|adds|added|sum|sums|summed) (?:up )?to (?:the |its |their |a )?"
                     r"(?:stated |reported |given |overall |whole |declared )?total\b"
                     r"|\b(?:equal|equals|match|matches) (?:the |its |their )?(?:stated|reported|given|declared) total\b")
#: Where the list of parts starts in such a question: after the last of these breaks before it (in
#: English a comma lists, it breaks nothing), and after the asking verb ("do the on-site, …").
PARTS_LIST_BREAK = {"zh": r"[:：;；，,？?。！!]", "en": r"[:;?!]"}
PARTS_LIST_LEAD_EN = r"^\s*(?:(?:do|does|did|are|is|would|will|can)\s+)?(?:the|its|their|all)?\s*"
#: "各类加起来" / "各项加起来": every part the report lists of the whole the words before it name.
EVERY_PART = r"(?:各类|各项|各个?类别|各部分|所有类别|各种)$"
#: A year that opens a part asked ("2023年热线工单各类"): says which report, names no part.
LEADING_YEAR = r"^(?:19|20)\d\d\s*年度?"
#: A figure the question gives beside a part it names ("主动公开350份"): names nothing.
PART_FIGURE = r"\d+(?:\.\d+)?\s*(?:[件条项份个次篇人]|人次)?$"
#: The joiners between parts listed in such a question ("A、B和C", "A, B and C").
PARTS_LIST_JOINERS = r"、|以及|加上|和|及|与|跟|,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+plus\s+|\s*&\s*"
#: The count of the list said after it ("三类", "这三项", "两者"): names no part.
PARTS_LIST_COUNT = (r"[这那]?[两二三四五六七八九十\d]+(?:类|项|个|种|者|部分|块)?(?:数据|数字|的数|数)?$"
                    r"|的?(?:条数|件数|个数|数量|数字|数据)$"
                    r"|\s+(?:counts?|figures?|numbers?|totals?|values?)$")
