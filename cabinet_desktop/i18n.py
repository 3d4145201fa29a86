"""Translation hook shared by every layer.

Layers below ``ui/`` must not import Qt, yet their user-facing strings (validation messages,
enum labels, PDF and Excel headings) must go through Qt's translation catalogue. They call
:func:`tr`; the UI installs :func:`QCoreApplication.translate` as the translator at start-up,
and without a GUI the French source text is returned unchanged. Strings are extracted into
``resources/translations/*.ts`` by ``pyside6-lupdate``, which recognises the
``translate("Context", "text")`` call form used here.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None


def install_translator(translator: Translator | None) -> None:
    """Route every :func:`tr` call through ``translator`` (``None`` restores the identity)."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    """Return ``text`` translated in ``context`` (the French source text without a translator)."""
    if _translator is None:
        return text
    return _translator(context, text)


def tr(context: str, text: str, **values: object) -> str:
    """Translate ``text`` and fill its ``{placeholders}`` from ``values``."""
    translated = translate(context, text)
    return translated.format(**values) if values else translated


def noop(context: str, text: str) -> str:
    """Mark ``text`` for extraction without translating it now (like ``QT_TRANSLATE_NOOP``)."""
    del context
    return text
