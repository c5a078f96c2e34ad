"""Administrative division words: what ends a region's name, in English and in pinyin."""

from __future__ import annotations

#: Division words, longest first so that 自治区 wins over 区, with the English of each.
DIVISIONS_EN: dict[str, str] = {
    "高新技术产业开发区": "high-tech industrial development zone",
    "经济技术开发区": "economic and technological development zone",
    "综合实验区": "comprehensive experimental zone", "综合试验区": "comprehensive pilot zone",
    "开发区": "development zone", "高新区": "high-tech zone", "实验区": "experimental zone", "试验区": "pilot zone",
    "新区": "new area", "自治区": "autonomous region", "自治州": "autonomous prefecture", "自治县": "autonomous county",
    "自治旗": "autonomous banner", "地区": "prefecture", "省": "province", "市": "city",
    "州": "prefecture", "盟": "league", "县": "county", "区": "district", "旗": "banner",
    "镇": "town", "乡": "township",
}
#: Every division word (the reader also knows 街道).
DIVISIONS: tuple[str, ...] = (*DIVISIONS_EN, "街道")
#: Single characters that end a division name.
DIVISION_CHARS = "省市县区州旗盟镇乡"
#: Division characters no place name starts with, so a region's part never ends right before
#: one (沧州市 is 沧州|市, not 沧|州市); 省 and 州 do start names (州 of 州桥, 省 is never next).
NOT_A_PART_START = "市县区旗盟"
#: Division characters that cannot start a region's name (区县, 县市区 are no names).
NOT_A_NAME_START = "省市县区州旗盟"
#: Divisions that have divisions below them: a name's parent printed before it (淮安市|洪泽区).
PARENT_DIVISIONS = ("地区", "省", "市", "州", "盟")
#: Division words as pinyin ("Hongze Qu").
DIVISIONS_PINYIN: dict[str, str] = {"省": "sheng", "市": "shi", "县": "xian", "区": "qu", "镇": "zhen", "乡": "xiang",
                                    "旗": "qi"}
#: The division word every zone ends with (综合实验区, 开发区, 高新区): people say "zone".
ZONE = "区"
#: Divisions a county-level zone may be found as ("平潭综合实验区" -> 平潭县).
COUNTY_LEVEL = "县市区"
#: English names of provinces that are not their pinyin.
PROVINCE_EN = {"内蒙古": "inner mongolia", "西藏": "tibet", "香港": "hong kong", "澳门": "macau", "陕西": "shaanxi"}
#: What follows a province's own name in its full name (宁夏|回族自治区, 福建|省, 北京|市).
PROVINCE_SUFFIX = r"(?:维吾尔|壮族|回族)?自治区$|省$|市$|特别行政区$"
