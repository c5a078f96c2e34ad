"""Characters that OCR and careless typing confuse (沐 for 沭): a name printed with one may
mean the other. Pairs, either way round."""

from __future__ import annotations

LOOKALIKES = ("沐沭", "已己", "未末", "土士", "戍戌", "日曰", "人入", "大太", "千于", "汩汨", "侯候", "崇祟",
              "淮准", "泽择", "陕峡", "洲州")

#: A question's word read as a statistic's word it is a typo of ("处法" -> 处罚) only when it is no
#: word of its own: jieba's dictionary counts it fewer times than this (公安 is a word, 处法 none).
REAL_WORD_FREQ = 20
