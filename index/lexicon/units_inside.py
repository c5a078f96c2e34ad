"""Units inside a body that questions name as the doer ("平潭综合实验区行政服务中心受理了多少件申请",
"12345热线接了多少个电话"): a service centre, a hall, a window, a hotline, a website or an account.
Their work is not the body's disclosure statistic: its tables count the body's disclosure work,
its prose may state the unit's own figure. Data only (Source: the unit kinds disclosure reports
and government service guides name: 政务服务中心, 便民服务中心/站, 办事大厅, 窗口, 12345 热线/平台,
门户网站, 政务微信公众号/微博/客户端).
"""

from __future__ import annotations

#: Heads of a unit named inside a body (Chinese). A unit whose head is in the name of the
#: statistic asked is that statistic's channel (政府网站公开政府信息数): the table's, not the unit's.
OFFICE_HEADS_ZH = ("服务中心", "服务站", "服务点", "大厅", "窗口", "12345", "热线", "服务平台", "政务平台", "网站",
                   "公众号", "微博", "微信", "客户端", "信箱")

#: Words right before a unit that make it the channel of the body's work, not its doer
#: ("通过网站申请的", "经12345平台转来的"). 在…上 ("在网站上发布") is a channel too.
#: Up to six characters of the unit's own name may stand between ("通过政务服务中心").
CHANNEL_BEFORE_ZH = r"(?:通过|经由|经过|经(?!济)|利用|借助|依托|采用|以(?![及上下来后前]))[^，,。？?！!、；;]{0,6}$"
#: 在 before a unit and 上 after it ("在门户网站上发布"): where something was put, not who did it.
ON_CHANNEL_ZH = (r"在[^，,。？?！!、；;]{0,6}$", r"^\s*上")
