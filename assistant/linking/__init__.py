"""Linking a question's words to the corpus: which body (bodies.py) and which statistic's cells
(statistics.py). Pure functions over the indexed body names and the templates; no store access."""
