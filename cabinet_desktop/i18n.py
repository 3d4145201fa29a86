"""Translation hook shared by every layer.

Layers below ``ui/`` must not import Qt, yet their user-facing strings (validation messages,
enum labels, PDF and Excel headings) must go through Qt's translation catalogue. They call
:func:`translate`; the UI installs :func:`QCoreApplication.translate` as the translator at
start-up, and without a GUI the French source text is returned unchanged.

``pyside6-lupdate`` extracts messages from calls *shaped* like Qt's: ``translate("Context",
"text")`` and ``QT_TRANSLATE_NOOP("Context", "text")`` with string literals (it reads a
two-argument ``tr("Context", "text")`` as text and comment, so that form is not used).
Labels held as data (enum labels, column captions) are listed for extraction by
``tools/data_messages.py``. ``make translations`` rebuilds the catalogue; see
``docs/translations.md``.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None
_language = "fr"


def install_translator(translator: Translator | None, language: str = "fr") -> None:
    """Route every :func:`translate` call through ``translator`` (``None``: the identity).

    ``language`` (``"fr"`` or ``"en"``) is the interface's: numbers shown on screen follow its
    conventions (:mod:`cabinet_desktop.formatting`).
    """
    global _translator, _language
    _translator = translator
    _language = language


def interface_language() -> str:
    """``"fr"`` (the default) or ``"en"``: the language the interface was started in."""
    return _language


def translate(context: str, text: str, **values: object) -> str:
    """``text`` translated in ``context``, its ``{placeholders}`` filled from ``values``.

    Without a translator the French source text is used.
    """
    translated = text if _translator is None else _translator(context, text)
    return translated.format(**values) if values else translated


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Mark ``text`` for extraction in ``context`` without translating it now."""
    del context
    return text


#: Older names kept for code written before the lupdate-shaped calls; not extracted.
tr = translate
noop = QT_TRANSLATE_NOOP
