"""What the 2019 and 2021 templates share: the six sections, the request matrix of section 三,
the appeals row of section 四, and their 勾稽关系."""

from __future__ import annotations

from dataclasses import replace

from .model import Column, Row, Section, Table, expand

SECTIONS = (
    Section(1, "一、总体情况", "总体情况"),
    Section(2, "二、主动公开政府信息情况", "主动公开"),
    Section(3, "三、收到和处理政府信息公开申请情况", "收到和处理"),
    Section(4, "四、政府信息公开行政复议、行政诉讼情况", "行政复议"),
    Section(5, "五、存在的主要问题及改进情况", "存在的主要问题"),
    Section(6, "六、其他需要报告的事项", "其他需要报告"),
)

#: Sections 三 and 四 are tables only; section 二's tables open at their 第二十条 caption or
#: their 信息内容 header.
TABLE_SECTIONS = (3, 4)
TABLE_OPENERS = {2: ("第二十条", "信息内容")}
#: What a digest shows first; each generation keeps those it declares.
HEADLINES = ("行政许可", "行政处罚", "行政强制", "行政事业性收费", "政府信息公开申请", "政府信息公开申请办结",
             "行政复议", "行政诉讼")

# --- section 三: requests, rows x applicant columns ---------------------------------------------

REQUESTS = "政府信息公开申请"

APPLICANTS = (
    Column("自然人", "自然人", unit="件", en="natural persons",
           words=("natural person", "individuals", "individual applicants", "private individuals", "citizens")),
    Column("商业企业", "商业企业", unit="件", en="commercial enterprises",
           words=("commercial enterprise", "businesses", "companies", "企业")),
    Column("科研机构", "科研机构", unit="件", en="research institutions", words=("research institutes", "科研单位")),
    Column("社会公益组织", "社会公益组织", unit="件", en="public-interest organisations",
           words=("公益组织", "public interest organisations", "public-interest organizations", "non-profit organisations",
                  "ngos")),
    Column("法律服务机构", "法律服务机构", unit="件", en="legal service agencies",
           words=("legal service", "legal services", "legal service organisations", "legal service organizations",
                  "law firms", "律师事务所")),
    Column("其他", "其他", unit="件", en="other legal persons", words=("其他组织", "other organisations")),
    Column("总计", "总计", unit="件", en="total"),
)
APPLICANT_KEYS = tuple(c.key for c in APPLICANTS)

_WITHHELD = ("属于国家秘密", "其他法律行政法规禁止公开", "危及三安全一稳定", "保护第三方合法权益",
             "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项")
_UNABLE = ("本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确")
_NOT_PROCESSED = ("信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
                  "要求行政机关确认或重新出具已获取信息")

# Rows in printed order. `cues` are short fragments: PDF cells wrap labels, web pages glue them
# to numbers, and publishers abbreviate or mistype them ("其他法律行政止公开").
REQUEST_ROWS = (
    Row("本年新收", "一、本年新收政府信息公开申请数量", ("本年新收",), en="new requests received",
        words=("newly received", "received this year")),
    Row("上年结转", "二、上年结转政府信息公开申请数量", ("上年结转",), en="carried over from last year",
        words=("carried over from the previous year",)),
    Row("予以公开", "（一）予以公开", ("予以公开",), en="disclosed",
        words=("fully disclosed", "disclosed in full", "全部公开")),
    Row("部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ("部分公开",),
        en="partly disclosed", words=("partially disclosed", "partial disclosure")),
    Row("不予公开.属于国家秘密", "1.属于国家秘密", ("国家秘密",), "1", en="withheld: state secret",
        words=("state secret", "state secrets", "classified", "national secrets", "国家机密")),
    Row("不予公开.其他法律行政法规禁止公开", "2.其他法律行政法规禁止公开", ("法规禁止", "其他法律", "禁止公开"), "2",
        en="withheld: prohibited by other laws",
        words=("prohibited by law", "prohibited by laws", "barred by law", "forbidden by law", "other laws")),
    Row("不予公开.危及三安全一稳定", "3.危及“三安全一稳定”", ("三安全", "一稳定"), "3",
        en="withheld: endangers the three securities and stability",
        words=("endanger security", "endanger stability", "national security", "public security", "social stability",
               "security and stability", "危及国家安全", "危害安全", "影响稳定")),
    Row("不予公开.保护第三方合法权益", "4.保护第三方合法权益", ("第三方",), "4", en="withheld: third-party rights",
        words=("third party", "third parties", "third-party", "others' rights", "trade secret", "trade secrets",
               "personal privacy", "privacy", "商业秘密", "个人隐私")),
    Row("不予公开.属于三类内部事务信息", "5.属于三类内部事务信息", ("内部事务",), "5", en="withheld: internal affairs",
        words=("internal affairs", "internal matters", "internal management", "内部事务信息", "内部管理")),
    Row("不予公开.属于四类过程性信息", "6.属于四类过程性信息", ("过程性",), "6", en="withheld: process information",
        words=("process information", "deliberative", "deliberation", "internal deliberations", "drafts",
               "过程性信息", "讨论记录")),
    Row("不予公开.属于行政执法案卷", "7.属于行政执法案卷", ("执法案卷",), "7", en="withheld: enforcement files",
        words=("enforcement files", "case files", "law enforcement files", "enforcement case files", "执法卷宗")),
    Row("不予公开.属于行政查询事项", "8.属于行政查询事项", ("行政查询",), "8", en="withheld: administrative queries",
        words=("administrative queries", "administrative query", "administrative inquiries", "query matters",
               "查询事项")),
    Row("无法提供.本机关不掌握相关政府信息", "1.本机关不掌握相关政府信息", ("不掌握",), "1",
        en="cannot provide: not held", words=("not held by the body", "does not hold")),
    Row("无法提供.没有现成信息需要另行制作", "2.没有现成信息需要另行制作", ("另行制作", "没有现成"), "2",
        en="cannot provide: would have to be made"),
    Row("无法提供.补正后申请内容仍不明确", "3.补正后申请内容仍不明确", ("仍不明确", "补正后"), "3",
        en="cannot provide: still unclear after correction"),
    Row("不予处理.信访举报投诉类申请", "1.信访举报投诉类申请", ("信访", "举报投诉"), "1",
        en="not processed: petitions and complaints"),
    Row("不予处理.重复申请", "2.重复申请", ("重复申请",), "2", en="not processed: repeated requests"),
    Row("不予处理.要求提供公开出版物", "3.要求提供公开出版物", ("出版物",), "3",
        en="not processed: published material"),
    Row("不予处理.无正当理由大量反复申请", "4.无正当理由大量反复申请", ("大量反复", "反复申请"), "4",
        en="not processed: mass repeated requests"),
    Row("不予处理.要求行政机关确认或重新出具已获取信息", "5.要求行政机关确认或重新出具已获取信息",
        ("要求行政机关确认", "要求行政机关", "重新出具"), "5", en="not processed: confirm information already obtained"),
    # The 2021 template splits 其他处理 in three numbered rows; the 2019 one (and some 2021
    # reports) print it as one row. Both are declared: a report has one form or the other.
    Row("其他处理.申请人逾期不补正", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        ("逾期不补正", "不补正"), "1", en="other: applicant did not complete the request"),
    Row("其他处理.申请人逾期未缴纳费用", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        ("收费通知", "缴纳费用"), "2", en="other: applicant did not pay the fee"),
    Row("其他处理.其他", "3.其他", ("3.其他", "3、其他"), "3", en="other: other"),
    Row("其他处理", "（六）其他处理", ("其他处理",), en="other handling",
        words=("other handling", "handled otherwise", "其他方式处理")),
    Row("总计", "（七）总计", ("（七）总计", "(七)总计", "七)总计", "总计"), en="total handled"),
    Row("结转下年度", "四、结转下年度继续办理", ("结转下年",), en="carried over to next year",
        words=("carried over to the next year", "carried over into the next year", "carried into the next year",
               "carried forward", "继续办理")),
)

REQUEST_TABLE = Table(
    "三", 3, "收到和处理政府信息公开申请情况", REQUEST_ROWS, APPLICANTS, prefix=REQUESTS,
    starts=("申请人情况", "勾稽关系", "自然人"),
)

_OUTCOME_ROWS = ("予以公开", "部分公开", *(f"不予公开.{r}" for r in _WITHHELD), *(f"无法提供.{r}" for r in _UNABLE),
                 *(f"不予处理.{r}" for r in _NOT_PROCESSED), "其他处理", "其他处理.申请人逾期不补正",
                 "其他处理.申请人逾期未缴纳费用", "其他处理.其他")


def _m(row: str, col: str) -> str:
    return REQUEST_TABLE.metric(row, col)


REQUEST_CHECKS = (
    *expand("三 一+二=三(七)+四 [{col}]", [_m("本年新收", "{col}"), _m("上年结转", "{col}")],
            [_m("总计", "{col}"), _m("结转下年度", "{col}")], col=APPLICANT_KEYS),
    *expand("三 行合计 [{row}]", [_m("{row}", c) for c in APPLICANT_KEYS[:-1]], [_m("{row}", "总计")],
            row=tuple(r.key for r in REQUEST_ROWS)),
    # (七)总计 is the total of the outcomes (一)…(六): implied by the layout, and what settles a
    # glued row whose row total alone allows two readings.
    *(replace(c, partial=True) for c in expand(
        "三 办理结果合计 [{col}]", [_m(r, "{col}") for r in _OUTCOME_ROWS], [_m("总计", "{col}")], col=APPLICANT_KEYS)),
)

# --- section 四: one row of 15 cells -------------------------------------------------------------

RESULTS = (("结果维持", "upheld"), ("结果纠正", "corrected"), ("其他结果", "other result"),
           ("尚未审结", "pending"), ("总计", "total"))
RESULT_WORDS = {"结果维持": ("维持", "upheld", "maintained", "decision upheld"),
                "结果纠正": ("纠正", "corrected", "overturned", "reversed"),
                "其他结果": ("other results", "other outcomes"),
                "尚未审结": ("未审结", "pending", "still pending", "not yet concluded", "unresolved"),
                "总计": ("total",)}
APPEAL_GROUPS = (("行政复议", "administrative reconsideration"),
                 ("行政诉讼.未经复议直接起诉", "lawsuit without prior reconsideration"),
                 ("行政诉讼.复议后起诉", "lawsuit after reconsideration"))

APPEAL_TABLE = Table(
    "四", 4, "政府信息公开行政复议、行政诉讼情况", (Row("", "行政复议、行政诉讼"),),
    tuple(Column(f"{g}.{r}", r, unit="件", en=f"{gen}: {ren}", words=RESULT_WORDS[r])
          for g, gen in APPEAL_GROUPS for r, ren in RESULTS),
    starts=("结果维持", "行政复议"), single_row=True,
)

APPEAL_CHECKS = expand("四 {group} 总计", [f"{{group}}.{r}" for r, _ in RESULTS[:-1]], ["{group}.总计"],
                       group=tuple(g for g, _ in APPEAL_GROUPS))

#: Concepts both modern templates answer from the same cells.
CONCEPTS = (
    ("三", "本年新收", "总计", "政府信息公开申请"),
    ("三", "总计", "总计", "政府信息公开申请办结"),
    ("三", "结转下年度", "总计", "结转下年度"),
    ("三", "上年结转", "总计", "上年结转"),
    ("四", "", "行政复议.总计", "行政复议"),
    ("四", "", "行政诉讼.未经复议直接起诉.总计", "行政诉讼"),
    ("四", "", "行政诉讼.复议后起诉.总计", "行政诉讼"),
)
