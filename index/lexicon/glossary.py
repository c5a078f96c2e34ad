"""Chinese words for English questions, so that BM25 and sentence matching can see them."""

from __future__ import annotations

#: English word -> the Chinese words a report says it with.
GLOSSARY = {
    "follower": "粉丝 关注", "fans": "粉丝", "weibo": "微博", "microblog": "微博", "wechat": "微信 公众号",
    "hotline": "热线 12345", "12345": "12345", "complaint": "投诉", "website": "网站 政府网站",
    "open day": "开放日", "training": "培训", "staff": "工作人员", "post": "发布", "posts": "发布",
    "published": "发布 公开", "articles": "文章 篇", "opinions": "意见建议", "suggestions": "意见建议 建议", "help": "求助", "inquiries": "咨询", "consultations": "咨询",
    "visitors": "群众", "people": "人", "budget": "预算", "work orders": "工单", "tickets": "工单",
    "problem": "问题", "problems": "问题 不足", "improve": "改进", "meetings": "会议", "policy": "政策 解读",
    "lead": "组长 负责 领导", "leader": "组长 领导", "working group": "小组 领导小组", "director": "局长",
    "head of": "局长 负责人", "in charge": "负责", "address": "地址", "phone": "电话", "email": "邮箱",
    "postcode": "邮编", "date": "日", "households": "户",
    "interpretation": "解读", "items": "条", "information": "信息", "disclosed": "公开", "regulations": "法规",
    "fax": "传真", "signed": "日期", "visits": "访问量 访问", "press conference": "新闻发布会 发布会",
    "new media": "新媒体", "new-media": "新媒体", "accounts": "账号", "filled in": "填报人", "filled out": "填报人",
    "representatives": "代表", "invite": "邀请", "invited": "邀请", "normative": "规范性文件", "in force": "现行有效",
    "documents": "文件", "request": "申请", "requests": "申请", "application": "申请", "received": "收到 受理", "handled": "办结 答复", "reconsideration": "复议",
    "lawsuit": "诉讼", "enquiries": "咨询 联系", "contact": "联系",
    "column": "专栏 栏目", "fee": "费用", "fees": "费用", "government": "政府", "produce": "制发 制作",
    "produced": "制发 制作",
    # everyday words for what a report's prose counts: subsidies, notices, farm and rural matters
    "subsidy": "补贴", "subsidies": "补贴", "farm": "涉农 农业", "farming": "涉农 农业", "agricultural": "涉农 农业",
    "rural": "农村 涉农", "notices": "信息 通知 公告", "notice": "信息 通知 公告", "announcements": "公告 公示",
    # what something is about ("what were the requests about?"): the words reports say it with
    "topics": "涉及 方面", "subjects": "涉及 方面",
    "sorted out": "梳理 清理", "cleaned up": "清理 梳理", "past years": "历年", "over the years": "历年",
}
