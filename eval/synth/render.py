"""A SynthReport as a real PDF (via eval.pdfgen) or as text with PDF-extraction damage.

Text shapes, each copied from a sample in data/sample-reports/:
- ``tab``   (002): unwrapped paragraphs, table rows as tab-separated cells, blank cells kept
  as empty fields, merged cells as empty fields.
- ``space`` (000): prose hard-wrapped every ~30 characters with blank lines between lines,
  table rows as single-space-separated cells with blank lines between, header cells broken
  one character per line, long labels over two lines, glued units ("2074万元").
- ``wrap``  (001/003): prose hard-wrapped, header cells broken into two-character pieces,
  rows space-separated, page breaks as a line starting with one space.
"""

from __future__ import annotations

import random

from eval.sample_specs import (
    MATRIX_LABELS_2019,
    MATRIX_LABELS_2021,
    MATRIX_NOTE,
    Heading,
    Paragraph,
    ReportSpec,
    Table,
    art20_table,
    matrix_table,
    review_table,
)
from index.templates import by_id

from .model import (
    APPENDIX,
    APPLICANT_COLS,
    REVIEW_GROUPS,
    REVIEW_RESULTS,
    S3,
    TEMPLATE_IDS,
    SynthReport,
    fmt_number,
    matrix_rows,
)

#: A web page's text as a crawler saves it (a capture header, then the whole report on one line,
#: table cells often glued): not among the default shapes, since glued digits that several
#: readings fit are rightly unreadable; `generate(..., shapes=CRAWLER)` makes such corpora.
CRAWLER = ("crawler",)

SECTIONS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
TEXT_SHAPES = ["tab", "space", "wrap"]

# ---------------------------------------------------------------- section 二 content


def art20_content(r: SynthReport, glue: bool) -> list[tuple[str, list[str], list[list[str]]]]:
    """(caption, header, rows) of each section 二 table of the report's template, cells as
    printed: a positive 本年增/减 sometimes with its sign, an amount sometimes glued to 万元."""
    template = by_id(TEMPLATE_IDS[r.template])
    out = []
    for table in (t for t in template.tables if t.section == 2):
        rows = []
        for row in table.rows:
            cells = []
            for column in table.columns:
                value = r.get(table.metric(row, column))
                shown = fmt_number(value)
                if column.key == "本年增减" and value is not None and value > 0 and (r.year % 2 or r.fmt == "tab"):
                    shown = "+" + shown
                if glue and column.unit == "万元" and column.key == "采购总金额" and shown:
                    shown += "万元"
                cells.append(shown)
            rows.append([row.label, *cells])
        out.append((table.title, ["信息内容", *(c.printed for c in table.columns)], rows))
    return out


def matrix_numbers(r: SynthReport) -> list[list[str]]:
    return [[fmt_number(r.get(f"{S3}.{row}.{c}")) for c in APPLICANT_COLS] for row in matrix_rows(r.template)]


def review_numbers(r: SynthReport) -> list[str]:
    return [fmt_number(r.get(f"{g}.{res}")) for g in REVIEW_GROUPS for res in REVIEW_RESULTS]


# ---------------------------------------------------------------- prose

def _short(r: SynthReport) -> str:
    return r.body.region[:2] + r.body.bureau_short.removesuffix("局")


def prose(r: SynthReport, rng: random.Random) -> dict[str, list[str]]:
    """Paragraphs per section (keys "intro", "一" ... "六"), with the prose-only facts."""
    b, y = r.body, r.year
    fans, hotline = r.prose["政务微博粉丝"], r.prose["12345热线"]
    posts = rng.randint(50, 900)
    contact = f"0{rng.randint(900, 999)}-{rng.randint(1000000, 9999999)}"
    intro = (f"根据《中华人民共和国政府信息公开条例》规定，现发布《{b.name}{y}年政府信息公开工作年度报告》，"
             f"本报告统计数据从{y}年1月1日至12月31日。如有疑问，请与{b.name}办公室联系（联系电话：{contact}）。")
    overall = [
        f"{y}年，{b.name}认真贯彻落实《中华人民共和国政府信息公开条例》，按照“公开为常态，不公开为例外”的总体要求，"
        "扎实做好主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面工作。",
        f"（一）平台建设。充分利用“{_short(r)}发布”政务微博和政务微信发布信息，全年发布微博{posts}条，"
        f"截至{y}年12月31日，政务微博粉丝{fans}人。",
        f"（二）监督保障。畅通12345政务服务便民热线，全年受理群众诉求{hotline}件，按时办结率100%。"
        "严格落实信息发布“三审三校”制度，确保公开内容准确无误。",
    ]
    problems = [f"{y}年，我局政府信息公开工作取得了一定成效，但仍存在公开内容不够全面、信息更新不够及时等问题。"
                "下一步，我局将加强工作人员培训，丰富公开内容，拓宽公开渠道，提升政府信息公开工作水平。"]
    other = ["本机关未收取信息处理费。" if rng.random() < 0.5 else "无其他需要报告的事项。"]
    return {"intro": [intro], "一": overall, "五": problems, "六": other}


OLD_HEADINGS = ["一、加强组织领导，推进政务公开工作", "二、主动公开政府信息情况", "三、平台建设和回应关切情况",
                "四、存在的主要问题和改进措施"]


# ---------------------------------------------------------------- ReportSpec (PDF)

def build_spec(r: SynthReport, rng: random.Random) -> ReportSpec:
    """The report as an eval.pdfgen ReportSpec: title, headings, prose, ruled tables."""
    p = prose(r, rng)
    title = [r.body.name, f"{r.year}年政府信息公开工作年度报告"]
    blocks: list = [Paragraph(t) for t in p["intro"]]
    if r.template == "old":
        blocks += [Heading(OLD_HEADINGS[0]), Paragraph(p["一"][0]), Heading(OLD_HEADINGS[1]),
                   Paragraph(p["一"][1]), Heading(OLD_HEADINGS[2]), Paragraph(p["一"][2]),
                   Heading(OLD_HEADINGS[3]), *(Paragraph(t) for t in p["五"]),
                   Paragraph(r.body.name, align="right"), Paragraph(f"{r.year + 1}年3月{rng.randint(1, 28)}日", align="right"),
                   Heading("附件：", level=2, page_break=True), Heading("政府信息公开统计表", align="center"),
                   Paragraph(f"（{r.year}年度）", align="center")]
        rows = [["统计指标", "单位", "统计数"]]
        rows += [[label, unit, fmt_number(r.get(m)) if m else ""] for label, unit, m in APPENDIX]
        blocks.append(Table(rows, col_widths=[6.0, 1.0, 1.0]))
        return ReportSpec(r.file.split(".")[0], r.file, r.body.name, r.year, "old", title, blocks)
    blocks += [Heading(SECTIONS[0]), *(Paragraph(t) for t in p["一"]), Heading(SECTIONS[1], page_break=True)]
    blocks += [art20_table(cap, head, rows) for cap, head, rows in art20_content(r, glue=True)]
    labels = MATRIX_LABELS_2021 if r.template == "2021" else MATRIX_LABELS_2019
    blocks += [Heading(SECTIONS[2], page_break=True), matrix_table(labels, matrix_numbers(r)),
               Heading(SECTIONS[3]), review_table(review_numbers(r)),
               Heading(SECTIONS[4]), *(Paragraph(t) for t in p["五"]),
               Heading(SECTIONS[5]), *(Paragraph(t) for t in p["六"])]
    return ReportSpec(r.file.split(".")[0], r.file, r.body.name, r.year, r.template, title, blocks)


# ---------------------------------------------------------------- text damage

def _spaced_digits(text: str) -> str:
    """"2020年" -> "2020 年", as extraction spaces numbers off CJK text."""
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch.isdigit() and nxt and not nxt.isdigit() and nxt not in ".-）)%":
            out.append(" ")
        elif not ch.isdigit() and ch not in "（(-." and nxt.isdigit() and ord(ch) > 0x2E80:
            out.append(" ")
    return "".join(out)


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def _break_cell(text: str, shape: str) -> str:
    """A header cell as extraction breaks it: one character per line or two-character pieces."""
    if shape == "space":
        return "\n\n".join(text) if len(text) <= 4 else "\n\n".join((text[:len(text) // 2], text[len(text) // 2:]))
    return "\n\n".join(_wrap(text, 2)) if len(text) > 3 else text


class TextWriter:
    """Accumulates the damaged text of one report."""

    def __init__(self, r: SynthReport, shape: str, rng: random.Random) -> None:
        self.r, self.shape, self.rng = r, shape, rng
        self.width = rng.randint(27, 32)
        self.lines: list[str] = []

    def out(self, *lines: str) -> None:
        self.lines.extend(lines)

    def gap(self) -> None:
        if self.shape != "tab" or self.rng.random() < 0.7:
            self.out("")

    def page_break(self) -> None:
        if self.shape == "space":
            self.out("", "", "")
        elif self.shape == "wrap":
            self.lines.append(" " + self.lines.pop() if self.lines and self.lines[-1] else " ")

    def para(self, text: str) -> None:
        if self.shape == "tab":
            self.out(text, "")
            return
        text = _spaced_digits(text)
        for line in _wrap(text, self.width):
            self.out(line, "")

    def heading(self, text: str) -> None:
        self.out(text, "")

    # ---- tables
    def row(self, cells: list[str], keep_blank: bool = True) -> None:
        if self.shape == "tab":
            self.out("\t".join(cells))
        else:
            self.out(" ".join(c for c in cells if c or keep_blank))
            self.gap()

    def art20(self, caption: str, header: list[str], rows: list[list[str]]) -> None:
        if self.shape == "tab":
            self.out(caption + "\t" * (len(header) - 1), "\t".join(header))
            for cells in rows:
                self.out("\t".join(cells))
            return
        self.out(caption, "")
        if self.shape == "space":
            self.out(header[0], "\n".join(_break_cell(h, "space") if len(h) > 6 else h for h in header[1:]), "")
        else:
            self.out(" ".join(header), "")
        for cells in rows:
            self.out(" ".join(c for c in cells if c), "")

    def matrix(self) -> None:
        r = self.r
        numbers = matrix_numbers(r)
        labels = MATRIX_LABELS_2021 if r.template == "2021" else MATRIX_LABELS_2019
        if self.shape == "tab":
            self.out(f"({MATRIX_NOTE[1:-1]})\t\t申请人情况\t\t\t\t\t\t总计\t",
                     "\t\t自然人\t法人或其他组织\t\t\t\t\t\t",
                     "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t")
            prev: tuple[str, ...] = ()
            for label, nums in zip(labels, numbers, strict=True):
                lab = [s.replace("（", "(").replace("）", ") ", 1) for s in label]
                if len(label) == 1:
                    cells = [lab[0], "", *nums, ""]
                elif len(label) == 2:
                    cells = [lab[0] if prev[:1] != label[:1] else "", lab[1], *nums, ""]
                else:
                    cells = ["", lab[1] if prev[:2] != label[:2] else "", lab[2], *nums]
                prev = label
                self.out("\t".join(cells))
            self.out("")
            return
        piece = "space" if self.shape == "space" else "wrap"
        note = MATRIX_NOTE
        self.out(*(line for chunk in _wrap(note, 17) for line in (chunk, "")))
        self.out("申请人情况", "", _break_cell("自然人", piece), "", "法人或其他组织", "",
                 "总计" + _break_cell("商业企业", "wrap"))
        for h in ("科研机构", "社会公益组织", "法律服务机构"):
            self.out("", _break_cell(h, "wrap" if len(h) == 4 else piece))
        self.out("", "其他", "")
        prev = ()
        for label, nums in zip(labels, numbers, strict=True):
            for depth, part in enumerate(label[:-1]):
                if prev[:depth + 1] != label[:depth + 1]:
                    pieces = _wrap(part, 3 if depth == 0 else 4) if self.shape != "tab" else [part]
                    self.out(*(line for p_ in pieces for line in (p_, "")))
            prev = label
            last = label[-1]
            limit = 7 if len(label) == 3 else 14
            if len(last) > limit:
                head, tail = last[:limit], last[limit:]
                self.out(head, "", tail, " ".join(nums), "")
            else:
                self.out(f"{last} {' '.join(nums)}", "")

    def review(self) -> None:
        nums = review_numbers(self.r)
        if self.shape == "tab":
            self.out("行政复议\t\t\t\t\t行政诉讼" + "\t" * 9,
                     "\t".join(REVIEW_RESULTS) + "\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t",
                     "\t" * 5 + "\t".join(REVIEW_RESULTS * 2), "\t".join(nums), "")
            return
        piece = "space" if self.shape == "space" else "wrap"
        broken = [_break_cell(h, piece) for h in REVIEW_RESULTS]
        self.out("行政复议 行政诉讼", "", *(line for b in broken for line in (b, "")))
        self.out("未经复议直接起诉 复议后起诉", "")
        for _ in range(2):
            self.out(*(line for b in broken for line in (b, "")))
        self.out(" ".join(nums), "")

    def appendix(self) -> None:
        r = self.r
        if self.shape == "tab":
            self.out("统计指标\t单位\t统计数")
            for label, unit, m in APPENDIX:
                self.out(f"{label}\t{unit}\t{fmt_number(r.get(m)) if m else ''}")
            self.out("")
            return
        self.out("统 计 指 标 单位 统计数", "")
        for label, unit, m in APPENDIX:
            value = fmt_number(r.get(m)) if m else ""
            tail = " ".join(x for x in (unit, value) if x)
            if len(label) > 26 and "（" in label[2:]:
                cut = label.index("（", 2)
                self.out(label[:cut], "", label[cut:], tail, "")
            elif len(label) > 26:
                self.out(label[:24], "", label[24:], tail, "")
            else:
                self.out(f"{label} {tail}", "")


def _cells(rng: random.Random, cells: list[str]) -> str:
    """Values of one row as a crawler saves them: glued together, or separated by spaces."""
    return ("" if rng.random() < 0.6 else " ").join(c for c in cells if c)


def build_crawler(r: SynthReport, rng: random.Random) -> str:
    """The report as a web page's saved text: capture header, then everything on one line."""
    p = prose(r, rng)
    title = f"{r.body.name}{r.year}年政府信息公开工作年度报告"
    parts = [f"当前位置：首页 > 政务公开 > 政府信息公开年报 {title} 来源：{r.body.name} "
             f"时间：{r.year + 1}-01-{rng.randint(10, 28)} 09:30 微信 微博 QQ空间 全真版 文字版 相关链接：", *p["intro"]]
    if r.template == "old":
        for i, head in enumerate(OLD_HEADINGS):
            parts += [head, *(p["一"][i:i + 1] if i < 3 else p["五"])]
        parts.append("附件：政府信息公开统计表 统计指标 单位 统计数")
        for label, unit, m in APPENDIX:
            value = fmt_number(r.get(m)) if m else ""
            parts.append(f"{label}{unit}{value}" if rng.random() < 0.6 else f"{label} {unit} {value}")
    else:
        parts += [SECTIONS[0], *p["一"], SECTIONS[1]]
        for caption, header, rows in art20_content(r, glue=rng.random() < 0.5):
            parts.append(caption + "".join(header))
            parts += [row[0] + _cells(rng, row[1:]) for row in rows]
        parts += [SECTIONS[2], f"{MATRIX_NOTE}申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"]
        labels = MATRIX_LABELS_2021 if r.template == "2021" else MATRIX_LABELS_2019
        prev: tuple[str, ...] = ()
        for label, nums in zip(labels, matrix_numbers(r), strict=True):
            heads = "".join(part for depth, part in enumerate(label[:-1]) if prev[:depth + 1] != label[:depth + 1])
            parts.append(heads + label[-1] + _cells(rng, nums))
            prev = label
        parts += [SECTIONS[3], "行政复议行政诉讼" + "".join(REVIEW_RESULTS) + "未经复议直接起诉复议后起诉"
                  + "".join(REVIEW_RESULTS) * 2 + " " + _cells(rng, review_numbers(r))]
        for key, head in (("五", SECTIONS[4]), ("六", SECTIONS[5])):
            parts += [head, *p[key]]
    header = (f"标题: {title}\n发布时间: {r.year + 1}-01-15 09:30\n文号: \n发布机构: {r.body.name}\n"
              f"栏目: 政府信息公开年报\n原文链接: https://www.example.gov.cn/{r.file}.htm\n本地目录: nb/{r.file}\n"
              "页面链接与图片详见 links.tsv(同目录)\n==================== 正文 ====================\n")
    return header + "".join(parts) + "\n"


def build_text(r: SynthReport, shape: str, rng: random.Random) -> str:
    """The report as text extracted from a PDF, damaged in the given shape."""
    if shape == "crawler":
        return build_crawler(r, rng)
    p = prose(r, rng)
    w = TextWriter(r, shape, rng)
    y = f"{r.year} 年" if shape != "tab" or rng.random() < 0.5 else f"{r.year}年"
    if rng.random() < 0.5:
        w.out(" " + r.body.name, f"{r.year}年政府信息公开工作年度报告", "")
    else:
        w.out("", f"{r.body.name} {y}政府", "", "信息公开工作年度报告", "")
    for t in p["intro"]:
        w.para(t)
    if r.template == "old":
        for i, head in enumerate(OLD_HEADINGS):
            w.heading(head)
            for t in (p["一"][i:i + 1] if i < 3 else p["五"]):
                w.para(t)
        w.out(r.body.name, "", f"{r.year + 1} 年 3 月 {rng.randint(1, 28)} 日", "")
        w.page_break()
        w.out("附件：", "", "政府信息公开统计表", "", f"（{r.year} 年度）", "")
        w.appendix()
        return "\n".join(w.lines) + "\n"
    w.heading(SECTIONS[0])
    for t in p["一"]:
        w.para(t)
    w.page_break()
    w.heading(SECTIONS[1])
    for caption, header, rows in art20_content(r, glue=rng.random() < 0.7):
        w.art20(caption, header, rows)
    w.page_break()
    w.heading(SECTIONS[2])
    w.matrix()
    w.heading(SECTIONS[3])
    w.review()
    for key, head in (("五", SECTIONS[4]), ("六", SECTIONS[5])):
        w.heading(head)
        for t in p[key]:
            w.para(t)
    return "\n".join(w.lines) + "\n"
