"""The Qt binding in use must not corrupt the interpreter (guards the PySide6 pin)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_qt_calls_do_not_leak_references_to_none(qapp: QApplication) -> None:
    """PySide6 6.12.0 on Python 3.11 lost one reference to None per call returning nothing,
    which aborts the interpreter (``none_dealloc``) after a few thousand calls."""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        qapp.processEvents()
        label.setText("Cabinet")
    lost = before - sys.getrefcount(None)
    assert lost < 200, f"{lost} references to None lost over 4000 Qt calls"
