"""Named rows of a table against a named total ("网站公开数加上政府公报公开数，等不等于主动公开信息总
数？", "未经复议直接起诉和复议后起诉两项加起来，跟正文说的行政诉讼总数一致吗？", "do the website and
gazette items add up to the items proactively disclosed?"): the words of such a question
(assistant/named_rows.py)."""

#: The equality asked (the last one of the question).
EQUAL = (r"等不等于|是否等于|是不是等于|等于|一不一致|是否一致|一致|相等|对得上|对不上|吻合|相符"
         r"|\b(?:equal|equals|match|matches|add up to|adds up to|sum to|sums to|come to|comes to)\b")
#: The sum said of the parts before it ("两项加起来", "之和"); without it the parts are joined by 加.
SUMMED = (r"(?:这)?(?:两项|两者|二者|三项|几项|两个数|两个)?(?:的)?(?:加起来|加在一起|相加|之和|的和|总和|合起来|合计)"
          r"|\b(?:together|combined|added together|added up|summed)\b")
#: A sum said by its joiner alone ("A加上B等于C吗").
PLUS = r"加上|\+|＋|(?<![参增追])加(?![起在工强快大])|\bplus\b"
#: The joiners between the parts.
JOINERS = r"加上|\+|＋|(?<![参增追])加(?![起在工强快大])|和|与|及|、|跟|以及|\bplus\b|\band\b|,"
#: The words around the total that name no statistic ("跟正文说的…总数").
TOTAL_FILLERS = (r"^[，,\s]*(?:跟|和|与|同|是否|是不是)?|(?:吗|呢|没有|么)?[？?。！!\s]*$")
#: The total is the one the prose states ("正文说的", "报告里写的", "the text").
IN_PROSE = (r"正文|文中|文字|报告(?:里|中)?(?:说|写|提到|讲)|(?:说|写|提到|讲)的|\b(?:the )?(?:report's )?"
            r"(?:text|prose|narrative)\b|\b(?:stated|states|says)\b")
#: Words of the total phrase that are no part of the statistic's name in the prose.
PROSE_STEM_FILLERS = (r"正文|文中|文字|报告|里|中|说的|写的|提到的|讲的|的|总数|总计|合计|共计|一共|数量|数目|总量"
                      r"|统计表|表中|表里|总|数")
#: Measure words of lawsuits beside the lexicon's count measures ("行政诉讼9起").
CASE_MEASURES = "起|宗"
#: Each part and the total asked alone, to read its statistic.
ASK_ALONE = {"zh": "{}是多少", "en": "what is {}?"}
