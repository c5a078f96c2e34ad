"""Words of the national tables a question names a cell by: which table groups its columns,
the words of those groups, which rows need a word of their table's subject, and the column a
row is read from when none is named. (Table keys are index/templates' section keys.)"""

from __future__ import annotations

#: The table whose columns are groups (行政复议, 行政诉讼 直接起诉 / 复议后起诉) and results.
GROUPED_TABLE = "四"
#: The statistic split into the two kinds of lawsuit.
LAWSUIT = "行政诉讼"
#: A group's total column.
TOTAL_COLUMN = "总计"
#: Columns a row's figure is read from when none is named, in preference order: 总计 in section
#: 三, the decisions in section 二, the year's value in the old appendix.
DEFAULT_COLUMNS = ("总计", "处理决定数量", "收费金额", "现行有效件数", "对外公开总数量", "")
#: "当面申请数" is asked as "当面申请多少", "新闻发布会总次数" as "几次新闻发布会": a label's 数 / 数量 /
#: 次数 / 人数 is the question's 多少 / 几次.
LABEL_COUNT_SUFFIX = "(?:总?次数|总?数量|件数|总?人数|总数|数)$"

#: The measure nouns a column's label ends in, which a question may say after 的 ("对外公开的总数" for
#: the column 对外公开总数量, "本年新公开的数量"): the column all the same.
COLUMN_MEASURE_NOUNS = "总数量|总数|数量|件数"
#: The particle said between them.
COLUMN_MEASURE_OF = "的"

# Section 四's columns are a group (行政复议, 行政诉讼 直接起诉 / 复议后起诉) and a result. The
# concept words name 行政复议 and 行政诉讼 as a whole; these name the two kinds of lawsuit.
LAWSUIT_GROUP_WORDS = {
    "行政诉讼.未经复议直接起诉": ("未经复议直接起诉", "直接起诉", "without reconsideration", "directly",
                          "without prior reconsideration", "without an administrative reconsideration",
                          "direct suit", "direct suits", "direct lawsuit", "direct lawsuits"),
    "行政诉讼.复议后起诉": ("复议后起诉", "after reconsideration", "following reconsideration",
                      "after administrative reconsideration"),
}

# A row of these tables named without its statistic ("予以公开的有多少") must come with a word of
# the table's subject: "信访投诉事项" alone is not the 信访举报投诉类申请 row of section 三.
TABLE_CONTEXT = {"三": ("申请", "request", "application")}

# Labels too general to name a cell on their own ("其他" is a row of every group in section 三).
GENERIC_LABELS = {"其他", "other"}


