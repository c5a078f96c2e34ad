"""Bureau words: how bureaus are named, abbreviated and renamed, and their English."""

from __future__ import annotations

#: Full bureau name -> the abbreviation reports and people use.
ABBREVIATIONS = {
    "卫生健康局": "卫健局",
    "卫生健康委员会": "卫健委",
    "卫生和计划生育局": "卫计局",
    "卫生和计划生育委员会": "卫计委",
    "人力资源和社会保障局": "人社局",
    "市场监督管理局": "市场监管局",
    "发展和改革委员会": "发改委",
    "住房和城乡建设局": "住建局",
    "自然资源局": "自然资源局",
    "生态环境局": "生态环境局",
    "教育体育局": "教体局",
    "文化旅游广电局": "文旅广电局",
    "医疗保障局": "医保局",
    "人民政府": "政府",
    "人民政府办公室": "政府办",
    "管委会办公室": "管委办",
    "管理委员会": "管委会",
    "科学技术委员会": "科委",
    "科学技术局": "科技局",
    "公安局": "公安局",
    "综合执法与应急管理局": "执法应急局",
}

# Predecessor -> successor after institutional reforms (2013 and 2018); a body and its renamed
# successor in the same region form one entity. Only renames that happen everywhere belong here.
RENAMES: dict[str, str] = {
    "卫生局": "卫生和计划生育局",
    "卫生和计划生育局": "卫生健康局",
    "卫生和计划生育委员会": "卫生健康委员会",
}

#: The full names of a region's government, as a report prints them after the region.
GOVERNMENT_FULL_NAMES = ("人民政府", "管委会", "管理委员会", "行政公署")
#: Names of a region's government: its reports may be issued as the region itself.
GOVERNMENT_NAMES = ("", "人民政府", "政府", *GOVERNMENT_FULL_NAMES[1:])
#: Names of a government that say nothing about which body ("政府" is a word of 政府信息公开).
PLAIN_GOVERNMENT = ("", "人民政府", "政府", "行政公署")
#: The word every government name ends with; in a question it is mostly a word of 政府信息公开.
GOVERNMENT_WORD = "政府"
#: A zone's administrative committee and its office.
COMMITTEE_NAMES = ("管委会", "管理委员会")
COMMITTEE_OFFICE_NAMES = ("管委会办公室", "管理委员会办公室")
#: Name endings of a bureau: their cores ("卫生健康") are how names are shortened in running text.
BUREAU_ENDS = ("委员会", "局", "委")
#: A name's last word in English after a pinyin stem ("Pingtan Caizheng Jinrong Bureau").
PINYIN_END_EN = {"局": "bureau"}
#: The words a bureau's name ends with, and the short form of each in abbreviations (发改委).
BUREAU_SUFFIXES = {"委员会": "委", "办公室": "办", "办公厅": "办", "局": "局", "委": "委", "办": "办", "中心": "中心"}
#: Conjunctions inside bureau names (旅游与文化体育局).
CONJUNCTIONS = "与和及、"
#: Words a short form drops ("综合执法与应急管理局" -> "执法应急局").
FILLERS = ("综合", "管理", "事务", "服务")
#: Words after a bureau's field a generic short form drops (应急管理局 -> 应急局, 交通运输局 -> 交通局).
FIELD_TAILS = ("管理", "运输", "事务", "服务")
#: How the name of an institution ends (局, 委员会, 政府, 中心 …): a body's name ends with one.
BODY_ENDS = ("局", "委", "委员会", "会", "办", "办公室", "厅", "府", "政府", "院", "室", "部", "中心", "处", "站",
             "所", "队", "署", "馆", "社", "团", "组")
#: Words a bureau's name starts with; they decide where the region ends when a division
#: character also appears inside the bureau's name (中卫市|市场监督管理局).
BUREAU_HEADS = (
    "卫生", "市场", "人民政府", "教育", "公安", "财政", "自然资源", "生态环境", "住房", "交通",
    "水务", "水利", "农业", "商务", "文化", "退役", "应急", "审计", "统计", "医疗保障", "林业",
    "民政", "司法", "人力资源", "发展和改革", "科学技术", "工业和信息化", "民族", "体育", "乡村振兴",
    "政务服务", "信访", "城市管理", "综合执法", "行政审批", "粮食", "税务", "气象", "档案", "机关",
    "计划生育", "残疾人", "妇女", "总工会", "住房和城乡建设", "规划", "国土资源", "环境保护",
    "管委会", "管理委员会", "经济发展", "旅游", "地方税务", "国家税务", "农业农村", "财政金融",
)

# English for bureau names: the usual translations, then looser ones that are only used where
# no body of the region is named that way exactly (people say "Health Commission" for 卫健局).
BUREAU_EN: dict[str, tuple[str, ...]] = {
    "卫生健康局": ("health bureau", "health and wellness bureau"),
    "卫生健康委员会": ("health commission", "health and wellness commission"),
    "卫生和计划生育局": ("health and family planning bureau", "family planning bureau"),
    "卫生和计划生育委员会": ("health and family planning commission", "family planning commission"),
    "卫生局": ("public health bureau",),
}
BUREAU_EN_LOOSE: dict[str, tuple[str, ...]] = {
    "卫生健康局": ("health commission", "health department"),
    "卫生健康委员会": ("health bureau", "health department"),
    "卫生和计划生育局": ("health bureau",),
    "卫生局": ("health bureau",),
}


# Chinese words of bureau names and how English speakers render them, the usual first.
WORDS: dict[str, tuple[str, ...]] = {
    "卫生健康": ("health", "health and wellness"),
    "卫生和计划生育": ("health and family planning", "family planning"),
    "卫生": ("health", "public health"),
    "计划生育": ("family planning",),
    "财政金融": ("finance", "finance and financial affairs", "financial"),
    "财政": ("finance", "financial"),
    "金融": ("financial", "finance"),
    "经济发展": ("economic development", "economic"),
    "发展和改革": ("development and reform",),
    "发展改革": ("development and reform",),
    "农业农村": ("agriculture and rural affairs", "agricultural and rural affairs", "agriculture", "agricultural"),
    "农业": ("agriculture", "agricultural"),
    "旅游": ("tourism",),
    "文化体育": ("culture and sports", "cultural and sports"),
    "文化和旅游": ("culture and tourism",),
    "文化": ("culture", "cultural"),
    "体育": ("sports",),
    "综合执法": ("comprehensive law enforcement", "law enforcement", "comprehensive enforcement"),
    "执法": ("law enforcement", "enforcement"),
    "应急管理": ("emergency management", "emergency"),
    "地方税务": ("local taxation", "local tax", "taxation", "tax"),
    "税务": ("taxation", "tax"),
    "公安": ("public security", "police"),
    "市场监督管理": ("market regulation", "market supervision", "market supervision and administration"),
    "生态环境": ("ecology and environment", "ecological environment", "environment", "environmental"),
    "自然资源": ("natural resources",),
    "自然资源和规划": ("natural resources and planning",),
    "教育": ("education",),
    "交通运输": ("transport", "transportation"),
    "住房和城乡建设": ("housing and urban-rural development", "housing and urban rural development", "housing"),
    "人力资源和社会保障": ("human resources and social security",),
    "民政": ("civil affairs",),
    "司法": ("justice",),
    "水利": ("water resources", "water"),
    "水务": ("water affairs", "water"),
    "商务": ("commerce",),
    "统计": ("statistics",),
    "审计": ("audit",),
    "医疗保障": ("healthcare security", "medical insurance", "medical security"),
    "退役军人事务": ("veterans affairs",),
    "科学技术": ("science and technology",),
    "工业和信息化": ("industry and information technology",),
    "林业": ("forestry",),
    "城市管理": ("urban management",),
    "民族宗教事务": ("ethnic and religious affairs",),
}

# The kind of body, last in its name.
HEADS: dict[str, tuple[str, ...]] = {
    "委员会": ("commission", "committee"),
    "局": ("bureau", "department"),
    "委": ("commission",),
    "厅": ("department",),
    "办公室": ("office",),
    "中心": ("center", "centre"),
}

# A region's government, by its own division ("淮安市" -> the municipal government).
GOVERNMENT_WORDS = ("government", "people's government", "local government")
DIVISION_GOVERNMENT: dict[str, tuple[str, ...]] = {
    "市": ("municipal government", "city government", "municipal people's government"),
    "县": ("county government", "county people's government"),
    "区": ("district government", "district people's government"),
    "州": ("prefecture government",),
    "旗": ("banner government",),
    "省": ("provincial government",),
}
COMMITTEE = ("administrative committee", "management committee", "administration committee", "admin committee",
             "zone committee")
COMMITTEE_OFFICE = tuple(f"{c} office" for c in COMMITTEE) + (
    "general office", "committee office", "committee general office", "general office of the committee",
    "office of the committee")
#: Looser names of a zone's committee, only after its region ("the Pingtan committee"): "committee"
#: alone is no kind of body to filter by.
COMMITTEE_LOOSE = ("committee", "government", "zone government", "zone administration")

