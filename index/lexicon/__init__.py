"""Word data, one home for each kind of word: what the reader, the question reader and the
answer writers all need to know about Chinese government reports' words.

- `numerals`: Chinese digits and numerals;
- `numbering`: the prefixes that number sections and items (一、 （一） 1. 第二十条);
- `units`: measure words and units (件 项 万元 亿元 笔 份 户 % …) and their English;
- `divisions`: administrative division words (省 市 县 区 综合实验区 …), English and pinyin;
- `bureaus`: bureau words, abbreviations, renames, and their English;
- `questions`: the words questions ask with (intent cues, asking words, follow-up words);
- `lookalikes`: characters OCR confuses (沐/沭);
- `pinyin`: romanization of place names (pypinyin, no hand-typed table);
- `prose`: how report prose restates a table statistic (verbs, part and channel markers, year words).

Modules here hold data and tiny pure helpers only, and import nothing else of the project, so
every layer may use them. A new word goes into the module of its kind, not into the code
that happens to need it first.
"""
