"""The Excel exchange from the window: export, template, import with its preview.

``workbook_actions`` holds the window's entries and runs the work off the GUI thread;
``import_preview`` shows what an import would change before anything is saved;
``export_choice`` lets the user pick the sheets of a whole export. The exchange itself (openpyxl)
is loaded when an entry is first used, never with the window.
"""
