"""Words of two kinds of change a table or the prose gives without a cell of its own: a row's
item count against the year before (上一年项目数量 and 本年增/减 of one report), and a share's
difference in percentage points between two years (each year's share from its own report)."""

#: A row's item count named ("项目数", "事项数", "number of licensing items"): of a row whose table
#: prints last year's items and this year's change, the items, never the decisions.
ITEM_COUNT = r"项目数|事项数|\bitems?\b"
#: A difference asked in percentage points ("下降了多少个百分点", "by how many percentage points").
POINTS_ASKED = r"百分点|\bpercentage[ -]points?\b|\bpoints?\b"
#: A share the prose states: "占34.82%", "占比26%", "占全部申请的30%" (the whole: the words before 的).
STATED_SHARE = (r"占(?:比|到)?(?:为|了|达)?(?:(?P<whole>[^，,。；;、%％\d\s]{1,20}?)的)?(?:比[例重])?(?:为)?"
                r"(?P<pct>\d+(?:\.\d+)?)\s*[%％]")
#: Words in a share's part that name no thing counted ("的", the opener 其中).
PART_FILLERS = r"的|其中|^[各共]"
#: The column of a row's decisions beside its items (处理决定数量): never an item count.
DECISIONS_COLUMN = "处理决定数量"
#: Where a question's share names its part: right before 占 / 所占 / 的比例 / 比重 / 占比 ("主动公开信息占的比例").
SHARE_MARK = r"所?占|的?(?:比例|比重|占比)"
