"""A part named with its modifier or its verb is the part's figure, never the whole's.

"对依申请公开的答复总数21条，其中同意公开答复数17条": "同意公开的答复有多少" is 17, though the whole's
clause holds a longer ending of the words asked ("公开的答复"); "疫情防控类信息公开了几条" is the 疫情防控类
item, though the whole's clause holds the verb (公开). Sentences of the same shapes, not the reports'.
"""

from __future__ import annotations

import pytest

from assistant.extracts import content_terms, typed_span


@pytest.mark.parametrize("sentence, question, figure", [
    ("对依申请公开的答复总数30件,其中同意公开答复数25件,同意部分公开答复数5件;",
     "同意部分公开的答复有几件？", "5件"),
    ("全年主动公开信息共200条，其中政策解读类信息40条，便民服务类信息60条。",
     "便民服务类信息公开了几条？", "60条"),
    ("全年主动公开信息共200条，其中政策解读类信息40条，便民服务类信息60条。",
     "一共公开了多少条信息？", "200条"),
])
def test_the_part_named_is_its_own_figure(sentence, question, figure):
    span = typed_span(sentence, "count", question, content_terms(question), overlap=0.5)
    assert span is not None and span.text == figure
