"""What every small form dialog shares: its Designer form, the error line, OK/Cancel, the
"typed twice" check.

The layout of such a dialog is drawn in Qt Designer (``forms/NAME.ui``, top of the repository) and
compiled by ``make forms`` into ``ui/forms_generated/ui_NAME.py``; the hand-written class owns the
behaviour (texts that depend on data, validation, errors, signals). Every form ends with a
``QLabel`` named ``error`` and a ``QDialogButtonBox`` named ``buttons`` (OK and Cancel). See
``docs/resources.md``.
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit

from cabinet_desktop.i18n import translate


class DialogForm(Protocol):
    """What a compiled dialog form provides (``Ui_…`` classes made by ``pyside6-uic``)."""

    error: QLabel
    buttons: QDialogButtonBox

    def setupUi(self, dialog: Any) -> None: ...


FormT = TypeVar("FormT", bound=DialogForm)


def as_error_line(label: QLabel) -> QLabel:
    """Make ``label`` the red, wrapped, initially hidden line for a French error message."""
    label.setWordWrap(True)
    label.setStyleSheet("color: #b42318;")
    label.hide()
    return label


def error_label() -> QLabel:
    """A new error line (for widgets built in code)."""
    label = QLabel()
    label.setObjectName("error")
    return as_error_line(label)


class FormDialog(QDialog):
    """A dialog built from a Designer form whose last rows are the error line and OK/Cancel."""

    error: QLabel
    buttons: QDialogButtonBox

    def use_form(self, form: FormT, ok_text: str | None = None) -> FormT:
        """Build ``form`` on this dialog; wire its error line and buttons. Returns ``form``."""
        form.setupUi(self)
        self.error = as_error_line(form.error)
        self.buttons = form.buttons
        if ok_text is not None:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        return form

    def finish_form(self) -> None:
        """Once the rows that do not apply are hidden: as tall as the content at the form's width.

        The width is the one drawn in the form; wrapped labels take fewer lines at that width
        than in ``sizeHint()``, so the height is asked for that width (no empty band).
        """
        self.resize(self.width(), self._content_height())

    def _content_height(self) -> int:
        layout = self.layout()
        height = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        return height if height > 0 else self.sizeHint().height()

    def show_error(self, message: str) -> None:
        """Show ``message`` on the error line; the dialog grows if its fields would be squeezed."""
        self.error.setText(message)
        self.error.show()
        needed = self._content_height()
        if self.height() < needed:
            self.resize(self.width(), needed)

    def differ(self, first: QLineEdit, second: QLineEdit) -> bool:
        """Whether a value typed twice differs; if so, say so and put the cursor back."""
        if first.text() == second.text():
            return False
        self.show_error(translate("Passwords",
                                  "Confirmation : les deux saisies ne sont pas identiques."))
        second.setFocus()
        return True
