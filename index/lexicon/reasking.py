"""The words of a follow-up that asks the last answer's topic again of another year ("那2024年的
报告里留的是哪个号码？" after "…2023年的联系电话是多少？", "Which number does the 2024 report
give?"): a which-word before a value a report prints asks which value, never which body; and
the words that only restate the asked value or say where the report puts it are no words of the
follow-up's own. Patterns are regular-expression sources (lower-cased text). Data only."""

from __future__ import annotations

#: The values a report prints that a which-word asks for ("哪个号码", "which phone number"): the
#: which-word asks which value, not which body.
_VALUES = (r"(?:联系|咨询|办公|热线)?(?:电话)?号码|电话|手机号?|座机|传真|地址|邮箱|电子邮件|网址|邮编|邮政编码"
           r"|\b(?:(?:contact|phone|telephone|hotline|fax) )?(?:numbers?|phones?|address(?:es)?|e-?mails?"
           r"|web ?sites?|urls?|postcodes?|fax)\b")
WHICH_VALUE = rf"(?:哪个|哪一个|哪些|\bwhich\b)\s*(?:{_VALUES})"
#: Words restating what was asked ("号码", "数字") or how a report gives it ("留的", "写的",
#: "提供的"): a follow-up saying only these beside a year asks the same thing again.
RESTATING = (r"(?:电话)?号码|数字|数值"
             r"|(?:留|写|列|填|登|载|给|提供|公布|刊登|刊载|载明|标明|注明)(?:了|着|下)?的?")
