"""Exchange: what leaves the application for people and other tools.

Pure functions over plain rows, free of Qt and of sessions: French formatting of values
(``formatting``), and the PDF briefing notes and Excel workbooks built on it.
"""
