"""The page's tabs, one module each: it lays out its components and has one handler per call
of the API (ui/app.py wires the events that cross tabs). A handler's name is the name of its
page event (Gradio's api_name: `show_facts`, `pick_source`, `upload` …), which clients such as
eval/pageclient.py call by: renaming one renames the event."""
