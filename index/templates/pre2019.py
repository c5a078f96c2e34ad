"""Before 2019: free prose and an appendix table 政府信息公开(情况)统计表.

The national appendix of 2015-2018 lists 统计指标 / 单位 / 统计数. Earlier and provincial
versions print fewer rows, other wordings (受理依申请公开信息总数 for 收到申请数) and often a
second value column 历年累计 (cumulative). One table declares the national rows with their
known variants; rows a publisher adds are read too (`open_rows`), keyed by their label under
the group they stand in. A row's cues include how people say it ("在网站上公开", "不同意公开的申请",
"主动公开的规范性文件"): the old rows are asked in the same everyday words as the 2019+ ones.
"""

from __future__ import annotations

from ..lexicon.statwords import OLDER_ROWS_ASKED
from ..models import TEMPLATE_PRE2019
from .model import Check, Column, Row, Section, Table, Template

SECTIONS = (
    Section(1, "一、概述", "概述"),
    Section(2, "二、主动公开政府信息情况", "主动公开"),
    Section(3, "三、依申请公开政府信息情况", "依申请"),
    Section(4, "四、政府信息公开的收费及减免情况", "收费"),
    Section(5, "五、因政府信息公开申请提起行政复议、行政诉讼的情况", "行政复议"),
    Section(6, "六、政府信息公开工作存在的主要问题及改进情况", "存在的主要问题"),
)

P, R, A = "主动公开情况", "回应解读情况", "依申请公开情况"
J, M = "机构建设和保障经费情况", "政府信息公开会议和培训情况"


def _rows(group: str, unit: str, *items: tuple) -> tuple[Row, ...]:
    """(key, printed label, variants, part_of, english[, unit]) under a group: keys are
    group.key; `unit` is the group's usual unit, an item may name its own."""
    return tuple(Row(f"{group}.{k}" if group else k, label, cues,
                     part_of=(f"{group}.{parent}" if group and parent else parent), en=en,
                     unit=rest[0] if rest else unit, local=k in LOCAL, words=OLDER_ROWS_ASKED.get(k, ()))
                 for k, label, cues, parent, en, *rest in items)


#: Rows of provincial and earlier versions of the appendix, not of the national form of 2015-2018.
LOCAL = {"电子邮件申请数", "信函传真申请数", "其他形式申请数", "其他类型答复数", "行政申诉数", "行政申诉举报数",
         "接受行政诉讼举报数", "政府信息公开收费减免金额"}


ROWS = (
    Row(P, "一、主动公开情况", ("主动公开情况",), en="proactive disclosure"),
    *_rows(P, "条",
           ("主动公开政府信息数", "主动公开政府信息数", ("主动公开信息数", "主动公开文件数"), None,
            "items proactively disclosed"),
           ("主动公开规范性文件数", "其中：主动公开规范性文件数", ("主动公开规范性文件", "主动公开的规范性文件"),
            "主动公开政府信息数",
            "normative documents disclosed"),
           ("制发规范性文件总数", "制发规范性文件总数", (), None, "normative documents issued", "件"),
           ("政府公报公开政府信息数", "政府公报公开政府信息数", ("政府公报公开",), "主动公开政府信息数",
            "items in the government gazette"),
           ("政府网站公开政府信息数", "政府网站公开政府信息数", ("网站公开", "网站上公开", "网上公开"), "主动公开政府信息数",
            "items on the government website"),
           ("政务微博公开政府信息数", "政务微博公开政府信息数", ("微博公开",), "主动公开政府信息数", "items on Weibo"),
           ("政务微信公开政府信息数", "政务微信公开政府信息数", ("微信公开",), "主动公开政府信息数", "items on WeChat"),
           ("其他方式公开政府信息数", "其他方式公开政府信息数", ("其他方式公开",), "主动公开政府信息数",
            "items by other means")),
    Row(R, "二、回应解读情况", ("回应解读情况",), en="responses and interpretations"),
    *_rows(R, "次",
           ("回应公众关注热点或重大舆情数", "回应公众关注热点或重大舆情数", ("重大舆情",), None,
            "public concerns responded to"),
           ("参加或举办新闻发布会总次数", "参加或举办新闻发布会总次数", ("新闻发布会总次数",), None, "press conferences"),
           ("主要负责同志参加新闻发布会次数", "其中：主要负责同志参加新闻发布会次数", ("负责同志参加新闻发布会",),
            "参加或举办新闻发布会总次数", "press conferences with the head"),
           ("政府网站在线访谈次数", "政府网站在线访谈次数", ("在线访谈次数",), None, "online interviews"),
           ("主要负责同志参加政府网站在线访谈次数", "其中：主要负责同志参加政府网站在线访谈次数",
            ("负责同志参加政府网站在线访谈",), "政府网站在线访谈次数", "online interviews with the head"),
           ("政策解读稿件发布数", "政策解读稿件发布数", ("政策解读稿件",), None, "policy interpretations published",
            "篇"),
           ("微博微信回应事件数", "微博微信回应事件数", ("微博微信回应",), None, "responses on Weibo and WeChat"),
           ("其他方式回应事件数", "其他方式回应事件数", ("其他方式回应",), None, "responses by other means")),
    Row(A, "三、依申请公开情况", ("依申请公开情况",), en="disclosure on request"),
    *_rows(A, "件",
           ("收到申请数", "收到申请数", ("受理依申请公开信息总数",), None, "requests received"),
           ("当面申请数", "当面申请数", (), "收到申请数", "requests in person"),
           ("传真申请数", "传真申请数", (), "收到申请数", "requests by fax"),
           ("网络申请数", "网络申请数", ("网上申请数",), "收到申请数", "requests online"),
           ("电子邮件申请数", "电子邮件申请数", (), "收到申请数", "requests by e-mail"),
           ("信函申请数", "信函申请数", (), "收到申请数", "requests by letter"),
           ("信函传真申请数", "信函、传真申请数", ("信函传真申请数",), "收到申请数", "requests by letter or fax"),
           ("其他形式申请数", "其他形式申请数", ("其它形式申请数",), "收到申请数", "requests in other forms"),
           ("申请办结数", "申请办结数", (), None, "requests completed"),
           ("按时办结数", "按时办结数", (), "申请办结数", "completed on time"),
           ("延期办结数", "延期办结数", (), "申请办结数", "completed late"),
           ("申请答复数", "申请答复数", ("对申请的答复总数", "对申请的答复数"), None, "requests answered"),
           ("属于已主动公开范围数", "属于已主动公开范围数", ("已主动公开范围",), "申请答复数", "already disclosed"),
           ("同意公开答复数", "同意公开答复数", (), "申请答复数", "disclosure granted"),
           ("同意部分公开答复数", "同意部分公开答复数", (), "申请答复数", "partial disclosure granted"),
           ("不同意公开答复数", "不同意公开答复数", ("否决公开答复数", "不予公开答复数", "不同意公开"),
            "申请答复数",
            "disclosure refused"),
           ("其他类型答复数", "其他类型答复数", (), "申请答复数", "other answers"),
           ("涉及国家秘密", "其中：涉及国家秘密", (), "不同意公开答复数", "refused: state secrets"),
           ("涉及商业秘密", "涉及商业秘密", (), "不同意公开答复数", "refused: trade secrets"),
           ("涉及个人隐私", "涉及个人隐私", (), "不同意公开答复数", "refused: privacy"),
           ("危及国家安全、公共安全、经济安全和社会稳定", "危及国家安全、公共安全、经济安全和社会稳定",
            ("危及国家安全",), "不同意公开答复数", "refused: endangers security or stability"),
           ("不是《条例》所指政府信息", "不是《条例》所指政府信息", ("所指政府信息",), "不同意公开答复数",
            "refused: not government information"),
           ("法律法规规定的其他情形", "法律法规规定的其他情形", (), "不同意公开答复数", "refused: other legal grounds"),
           ("不属于本行政机关公开数", "不属于本行政机关公开数", ("不属于本行政机关",), "申请答复数",
            "not this body's information"),
           ("申请信息不存在数", "申请信息不存在数", (), "申请答复数", "information does not exist"),
           ("告知作出更改补充数", "告知作出更改补充数", ("更改补充",), "申请答复数", "asked to amend the request"),
           ("告知通过其他途径办理数", "告知通过其他途径办理数", ("其他途径办理",), "申请答复数",
            "referred to other channels")),
    *_rows("", "件",
           ("行政复议数量", "四、行政复议数量", ("行政复议数",), None, "administrative reconsiderations"),
           ("行政复议数量.维持具体行政行为数", "（一）维持具体行政行为数", ("维持具体行政行为数",), "行政复议数量",
            "reconsiderations upheld"),
           ("行政复议数量.被依法纠错数", "（二）被依法纠错数", ("被依法纠错数",), "行政复议数量",
            "reconsiderations corrected"),
           ("行政复议数量.其他情形数", "（三）其他情形数", ("其他情形数",), "行政复议数量", "reconsiderations other"),
           ("行政诉讼数量", "五、行政诉讼数量", ("行政诉讼数",), None, "administrative lawsuits"),
           ("行政诉讼数量.维持具体行政行为或者驳回原告诉讼请求数", "（一）维持具体行政行为或者驳回原告诉讼请求数",
            ("驳回原告诉讼请求",), "行政诉讼数量", "lawsuits upheld"),
           ("行政诉讼数量.被依法纠错数", "（二）被依法纠错数", ("被依法纠错数",), "行政诉讼数量", "lawsuits corrected"),
           ("行政诉讼数量.其他情形数", "（三）其他情形数", ("其他情形数",), "行政诉讼数量", "lawsuits other"),
           ("举报投诉数量", "六、举报投诉数量", (), None, "complaints and reports"),
           ("行政申诉数", "行政申诉数", (), None, "administrative appeals"),
           ("行政申诉举报数", "行政申诉、举报数", ("行政申诉举报数",), None, "administrative appeals and reports"),
           ("接受行政诉讼举报数", "接受行政诉讼、举报数", ("接受行政诉讼举报数",), None,
            "lawsuits and reports received"),
           ("依申请公开信息收取的费用", "七、依申请公开信息收取的费用", ("收取的费用",), None,
            "fees charged for disclosure on request", "万元"),
           ("政府信息公开收费减免金额", "政府信息公开收费减免金额", ("收费减免金额",), None, "fees waived", "元")),
    Row(J, "八、机构建设和保障经费情况", ("机构建设和保障经费情况",), en="organisation and funding"),
    *_rows(J, "人",
           ("政府信息公开工作专门机构数", "（一）政府信息公开工作专门机构数", ("专门机构数",), None,
            "dedicated offices", "个"),
           ("设置政府信息公开查阅点数", "（二）设置政府信息公开查阅点数", ("查阅点数",), None, "reading points", "个"),
           ("从事政府信息公开工作人员数", "（三）从事政府信息公开工作人员数", ("工作人员数",), None,
            "staff working on disclosure"),
           ("专职人员数", "1.专职人员数", (), "从事政府信息公开工作人员数", "full-time staff"),
           ("兼职人员数", "2.兼职人员数", (), "从事政府信息公开工作人员数", "part-time staff"),
           ("政府信息公开专项经费", "（四）政府信息公开专项经费", ("专项经费",), None, "dedicated funding", "万元")),
    Row(M, "九、政府信息公开会议和培训情况", ("会议和培训情况",), en="meetings and training"),
    *_rows(M, "次",
           ("召开政府信息公开工作会议或专题会议数", "（一）召开政府信息公开工作会议或专题会议数",
            ("工作会议或专题会议数",), None, "meetings held"),
           ("举办各类培训班数", "（二）举办各类培训班数", ("培训班数",), None, "training sessions"),
           ("接受培训人员数", "（三）接受培训人员数", ("接受培训人员",), None, "people trained", "人次")),
)

APPENDIX = Table(
    "附表", 0, "政府信息公开统计表", ROWS,
    (Column("", "统计数", ("本年度", "年度", "本年", "数量", "数值")),
     Column("历年累计", "历年累计", ("累计",), optional=True, en="cumulative",
            words=("累计", "cumulative", "cumulative total", "to date", "all years"))),
    starts=("统计指标", "指标名称", "政府信息公开情况统计表", "政府信息公开统计表", "政府信息公开工作统计表"),
    open_rows=True, unit_cell=True,
)

_CHANNELS = ("当面申请数", "传真申请数", "网络申请数", "信函申请数")
# Every request arrives by some channel and gets some answer: where a report prints the
# channels and the kinds of answer, they add up to the total. Not every publisher prints all of
# them, so these only help read glued digits (a reading they contradict is dropped when another
# satisfies them); they are not reported as failed checks.
_ALL_CHANNELS = (*_CHANNELS, "电子邮件申请数", "信函传真申请数", "其他形式申请数")
_ANSWERS = ("属于已主动公开范围数", "同意公开答复数", "同意部分公开答复数", "不同意公开答复数", "其他类型答复数",
            "不属于本行政机关公开数", "申请信息不存在数", "告知作出更改补充数", "告知通过其他途径办理数")
_READING_CHECKS = tuple(
    Check(f"附表 {total}=分项{suffix}", tuple(f"{A}.{p}{suffix}" for p in parts), (f"{A}.{total}{suffix}",),
          reported=False, partial=True)
    for total, parts in (("收到申请数", _ALL_CHANNELS), ("申请答复数", _ANSWERS)) for suffix in ("", ".历年累计"))

TEMPLATE = Template(
    id=TEMPLATE_PRE2019, name="政府信息公开统计表（2019年以前）", years=(2008, 2018),
    markers=("统计指标", "统计数", "指标名称", "计量单位", "政府信息公开统计表", "政府信息公开情况统计表"),
    sections=SECTIONS, tables=(APPENDIX,),
    appendix_markers=(r"政府信息公开(?:情况|工作)?统计表", "统计指标", "指标名称"),
    appendix_title="附：政府信息公开统计表",
    table_closers=("填报单位", "填报人", "填表人", "审核人", "单位负责人", "附件下载"),
    headlines=("主动公开政府信息数", "政府信息公开申请", "政府信息公开申请办结", "行政复议", "行政诉讼"),
    checks=(Check("附表 收到申请数=各渠道申请数之和", tuple(f"{A}.{c}" for c in _ALL_CHANNELS),
                  (f"{A}.收到申请数",), partial=True), *_READING_CHECKS),
    concepts=(
        ("附表", f"{A}.收到申请数", "", "政府信息公开申请"),
        ("附表", f"{A}.申请办结数", "", "政府信息公开申请办结"),
        ("附表", "行政复议数量", "", "行政复议"),
        ("附表", "行政诉讼数量", "", "行政诉讼"),
        ("附表", f"{P}.主动公开政府信息数", "", "主动公开政府信息数"),
        ("附表", f"{P}.政府网站公开政府信息数", "", "政府网站公开政府信息数"),
        ("附表", f"{J}.从事政府信息公开工作人员数", "", "从事政府信息公开工作人员数"),
        ("附表", "举报投诉数量", "", "举报投诉数量"),
        ("附表", "依申请公开信息收取的费用", "", "依申请公开信息收取的费用"),
        ("附表", f"{M}.举办各类培训班数", "", "举办各类培训班数"),
        ("附表", f"{M}.接受培训人员数", "", "接受培训人员数"),
        ("附表", f"{R}.政策解读稿件发布数", "", "政策解读稿件发布数"),
    ),
    notes={"bounds": "历年累计 is never below the year's value; an 其中 row never exceeds its total"},
    free_sections=True,
)
