"""The page's tabs, one module each: it lays out its components and has one handler per call
of the API (ui/app.py wires the events that cross tabs)."""
