"""The sample reports in the other forms users bring, made with real converters.

    python -m eval.forms OUT            # OUT/<form>/<sample>.<ext> for every form, + OUT/gold.tsv

- pdf: the hand-transcribed spec rendered by eval.pdfgen (ruled tables, CJK font, fake bold);
- md: that PDF through pymupdf4llm (a PDF-to-Markdown converter: pipe tables with <br> in
  cells, labels split over cells, page footers);
- docx: that PDF through pdf2docx (real Word tables, merged cells);
- html: that .docx through mammoth, wrapped in a government site's article page (navigation,
  breadcrumbs, share bar, footer) as published sites do;
- page.txt: the text file as a crawler saves a web page: a capture header, then the whole report
  on one line.

Test dependencies only (pymupdf4llm, pdf2docx, mammoth); no product code imports this module.
"""

from __future__ import annotations

import argparse
import csv
import html
import logging
from pathlib import Path

from eval import pdfgen
from index.models import show_number

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "sample-reports"
FORMS = ("pdf", "md", "docx", "html", "page.txt")


def sample_texts() -> dict[str, Path]:
    return {p.name.split("_")[0]: p for p in sorted(SAMPLES.glob("*.txt"))}


def to_pdf(name: str, path: Path) -> Path:
    return pdfgen.write_report_pdf(pdfgen.spec_for(name), path)


def to_scan(pdf: Path, path: Path, dpi: int = 200, angle: float = 0.4, noise: float = 12.0, seed: int = 0) -> Path:
    """An image-only PDF of a PDF, as a scanner makes it: each page rasterized (pypdfium2),
    turned a little, grey noise added, saved as images with no text layer."""
    import numpy as np
    import pypdfium2
    from PIL import Image

    rng = np.random.default_rng(seed)
    pdf_doc = pypdfium2.PdfDocument(str(pdf))
    images = []
    try:
        for page in pdf_doc:
            image = page.render(scale=dpi / 72).to_pil().convert("L")
            image = image.rotate(angle, fillcolor=255, resample=Image.BICUBIC)
            pixels = np.asarray(image).astype(np.int16) + rng.normal(0, noise, (image.height, image.width))
            images.append(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)))
    finally:
        pdf_doc.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    images[0].save(path, save_all=True, append_images=images[1:], resolution=dpi)
    return path


def to_markdown(pdf: Path, path: Path) -> Path:
    import pymupdf4llm

    path.write_text(pymupdf4llm.to_markdown(str(pdf), show_progress=False), encoding="utf-8")
    return path


def to_docx(pdf: Path, path: Path) -> Path:
    from pdf2docx import Converter

    logging.getLogger("pdf2docx").setLevel(logging.ERROR)
    converter = Converter(str(pdf))
    try:
        converter.convert(str(path))
    finally:
        converter.close()
    return path


SITE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}_政府信息公开年报</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="2021-03-05 10:12">
<meta name="ContentSource" content="{body}">
<style>.nav a {{ margin: 0 8px; }}</style><script>var _hmt = _hmt || [];</script></head>
<body>
<div class="header"><div class="logo">{site}人民政府门户网站</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li>
<li><a href="/bsfw/">办事服务</a></li><li><a href="/zjhy/">走进{site}</a></li></ul></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
<div class="main"><div class="side"><h3>信息公开目录</h3><ul><li>政府信息公开指南</li><li>政府信息公开制度</li>
<li>法定主动公开内容</li><li>政府信息公开年报</li></ul></div>
<div class="article"><h1 class="title">{title}</h1>
<div class="info">发布时间：2021-03-05 10:12 来源：{body} 浏览次数：1024 【打印】【关闭】</div>
<div class="content">
{content}
</div></div></div>
<div class="footer">主办单位：{site}人民政府办公室 版权所有 网站标识码 6400000001 ICP备案号：宁ICP备00000000号</div>
</body></html>
"""


def to_html(docx: Path, path: Path, body: str, title: str) -> Path:
    import mammoth

    with docx.open("rb") as f:
        content = mammoth.convert_to_html(f).value
    site = body[:2]
    path.write_text(SITE.format(title=html.escape(title), body=html.escape(body), site=html.escape(site),
                                content=content), encoding="utf-8")
    return path


def to_page_text(text_file: Path, path: Path, body: str, title: str) -> Path:
    """A crawler's capture: the header, then the report's lines joined with single spaces."""
    raw = text_file.read_text(encoding="utf-8")
    one_line = " ".join(line.strip() for line in raw.replace("\t", " ").splitlines() if line.strip())
    header = (f"标题: {title}\n发布时间: 2021-03-05 10:12\n文号: \n发布机构: {body}\n栏目: 政府信息公开年报\n"
              f"原文链接: https://www.example.gov.cn/zwgk/nb/{text_file.stem}.htm\n"
              f"本地目录: zwgk/nb/{text_file.stem}\n页面链接与图片详见 links.tsv(同目录)\n"
              "==================== 正文 ====================\n")
    path.write_text(header + one_line + "\n", encoding="utf-8")
    return path


def write_forms(out: Path, names: list[str] | None = None) -> dict[str, dict[str, Path]]:
    """Every form of every sample: {form: {sample name: path}}."""
    texts = sample_texts()
    names = names or list(texts)
    made: dict[str, dict[str, Path]] = {form: {} for form in FORMS}
    for form in FORMS:
        (out / form.replace(".", "_")).mkdir(parents=True, exist_ok=True)
    for name in names:
        spec = pdfgen.spec_for(name)
        title = "".join(spec.title_lines)
        pdf = to_pdf(name, out / "pdf" / f"{name}.pdf")
        made["pdf"][name] = pdf
        made["md"][name] = to_markdown(pdf, out / "md" / f"{name}.md")
        docx = to_docx(pdf, out / "docx" / f"{name}.docx")
        made["docx"][name] = docx
        made["html"][name] = to_html(docx, out / "html" / f"{name}.html", spec.body, title)
        made["page.txt"][name] = to_page_text(texts[name], out / "page_txt" / f"{name}.page.txt", spec.body, title)
    return made


def write_gold(made: dict[str, dict[str, Path]], text_facts: dict[str, list], path: Path) -> Path:
    """Gold facts per form file: the facts of the text form (the reference every form must give)."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t")
        writer.writerow(["report", "body", "year", "metric", "value", "unit", "status", "note"])
        for files in made.values():
            for name, file in files.items():
                for fact in text_facts[name]:
                    value = show_number(fact.value)
                    writer.writerow([file.name, fact.body, fact.year, fact.metric, value, fact.unit or "",
                                     "blank" if fact.value is None else "ok", ""])
    return path


def main(argv: list[str] | None = None) -> int:
    from index.extract import extract_report

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    made = write_forms(args.out)
    facts = {name: extract_report(str(path)).facts for name, path in sample_texts().items()}
    write_gold(made, facts, args.out / "gold.tsv")
    print(f"wrote {sum(map(len, made.values()))} files and {args.out / 'gold.tsv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
