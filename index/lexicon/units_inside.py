"""Units inside a body that questions name as the doer ("平潭综合实验区行政服务中心受理了多少件申请",
"12345热线接了多少个电话"): a service centre, a hall, a window, a hotline or its platform.
Their work is not the body's disclosure statistic: its tables count the body's disclosure work,
its prose may state the unit's own figure. Data only (Source: the unit kinds disclosure reports
and government service guides name: 政务服务中心, 便民服务中心/站, 办事大厅, 窗口, 12345 热线/平台).
"""

from __future__ import annotations

#: Heads of a unit named inside a body (Chinese): places and services that handle the public's
#: business themselves. A unit whose head is in the name of the statistic asked is that
#: statistic's channel: the table's, not the unit's. The body's own publishing channels (网站,
#: 公众号, 微博, 微信) are not units: what its website publishes is its own proactive disclosure
#: ("洪泽区政府网站主动公开的信息" is the government's, 政府网站公开政府信息数 a row of its tables).
OFFICE_HEADS_ZH = ("服务中心", "服务站", "服务点", "大厅", "窗口", "12345", "热线", "服务平台", "政务平台", "公开办")

#: Words right before a unit that make it the channel of the body's work, not its doer
#: ("通过窗口申请的", "经12345平台转来的"). 在…上 ("在平台上发布") is a channel too.
#: Up to six characters of the unit's own name may stand between ("通过政务服务中心").
CHANNEL_BEFORE_ZH = r"(?:通过|经由|经过|经(?!济)|利用|借助|依托|采用|以(?![及上下来后前]))[^，,。？?！!、；;]{0,6}$"
#: 在 before a unit and 上 after it ("在便民服务平台上公开"): where something was put, not who did it.
ON_CHANNEL_ZH = (r"在[^，,。？?！!、；;]{0,6}$", r"^\s*上")

#: The whole names such a unit goes by right after its region ("平潭综合实验区行政服务中心",
#: "淮安市政务服务大厅"): the region's body is asked, the unit inside it. Only these: a region
#: followed by another 中心 ("灵武卫生健康服务中心") is a body the corpus may lack.
UNIT_NAMES_ZH = ("行政服务中心", "政务服务中心", "便民服务中心", "市民服务中心", "行政审批服务中心", "政务服务大厅",
                 "行政服务大厅", "办事大厅", "便民服务大厅", "便民服务站", "政务服务站")
