"""What every small form dialog shares: the error line, OK/Cancel, the "typed twice" check."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from cabinet_desktop.i18n import translate


def error_label() -> QLabel:
    """A red, wrapped, initially hidden line for the dialog's French error message."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b42318;")
    label.hide()
    return label


class FormDialog(QDialog):
    """A dialog whose form ends with an error line and OK/Cancel buttons."""

    error: QLabel

    def finish_form(self, layout: QVBoxLayout, width: int,
                    ok_text: str | None = None) -> QDialogButtonBox:
        """Add the error line and the buttons under ``layout``'s form, then size the dialog."""
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("buttons")
        if ok_text is not None:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(width, self.sizeHint().height())
        return buttons

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def differ(self, first: QLineEdit, second: QLineEdit) -> bool:
        """Whether a value typed twice differs; if so, say so and put the cursor back."""
        if first.text() == second.text():
            return False
        self.show_error(translate("Passwords",
                                  "Confirmation : les deux saisies ne sont pas identiques."))
        second.setFocus()
        return True
