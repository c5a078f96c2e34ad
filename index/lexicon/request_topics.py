"""What information-disclosure requests were about: the question's words asking it and the prose's
words stating it (assistant/request_topics.py).

"收到几件申请，主要问的啥" / "涉及哪些方面" / "what were they mostly about" asks the content of the
requests; a report states it after its count ("共收到政府信息公开申请…件，主要涉及…方面") or under
a heading ("申请公开的主要内容：主要侧重…等几个方面").
"""

_WHAT = r"(?:啥|什么|哪些|哪方面|哪几方面|哪几个方面|哪些方面|哪些内容)"

#: Asking what the requests were about (never who asked, how they came in, or how they ended).
ASKED = (rf"主要(?:是)?(?:问|申请|要|想要|想知道|涉及|关于|集中在|集中于|侧重)?(?:的|了)?(?:是|都是|有)?{_WHAT}"
         rf"|(?:问|申请|要|想要)的(?:是|都是|主要是)?{_WHAT}(?!方式|渠道|途径|形式|人|单位|结果)"
         rf"|(?:涉及|关于|集中在|集中于)(?:的是|的)?{_WHAT}|(?:申请|问)(?:的)?(?:主要)?内容"
         r"|\bwhat (?:were|was|are|is) (?:they|it|the requests?|the applications?|those|these)"
         r"(?: mostly| mainly| chiefly)? (?:about|for|on|concerning)\b"
         r"|\bwhat did (?:they|people|applicants|requesters|requestors|the public) (?:mostly |mainly )?"
         r"(?:ask (?:for|about)|want|request|seek)\b"
         r"|\b(?:what|which) (?:topics?|subjects?|matters?|information) (?:did|were|was) (?:they|people|the requests?)\b")

#: A clause of the prose stating what the requests were about: the words after the marker, to the
#: clause's end, are the answer ("主要涉及政府债务数据方面").
STATED = r"(?:主要|大多|大部分|基本)?(?:涉及|集中(?:在|于)|是关于|关于|侧重(?:于)?)"

#: How far before the marker the sentence names the requests (申请).
REQUESTS_REACH = 40
#: The word naming the requests in the prose's sentence.
REQUESTS = "申请"
#: The topic a report not stating it is said not to state.
TOPIC = {"zh": "申请的主要内容", "en": "what the requests were about"}
