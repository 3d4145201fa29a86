"""Printing from every pane: a list's filtered rows and a record's sheet, on paper or as PDF."""
