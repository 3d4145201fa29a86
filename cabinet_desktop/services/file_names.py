"""File names received with attachments, made safe to store, show and save again.

A name comes from another machine (a file dialog, a drop, an e-mail): it may carry a path, a
``..``, control characters, a NUL that cuts it short for C code, or bidirectional controls that
show ``‮fdp.exe`` as « exe.pdf ». :func:`clean_file_name` keeps the visible name readable: it
keeps the last path part, drops invisible and control characters (so the name reads in its
true order and shows its true extension), replaces the characters Windows refuses, and refuses
a NUL or a name with nothing left.
"""

from __future__ import annotations

import unicodedata
from pathlib import PurePosixPath

from cabinet_desktop.domain.errors import ValidationError
from cabinet_desktop.i18n import translate

# Longest name kept (the column holds 255 characters).
MAX_NAME_LENGTH = 255

# Bidirectional controls (marks, embeddings, overrides, isolates) and zero-width characters.
INVISIBLE = frozenset(
    "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff")

# Characters that Windows refuses in a file name (the user may save the file there).
RESERVED = frozenset('<>:"|?*')

# Device names Windows reserves whatever the extension (``con.txt``).
RESERVED_STEMS = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                            *(f"lpt{i}" for i in range(1, 10))})


def _refuse(problem: str) -> ValidationError:
    return ValidationError(translate("Attachments", "Pièce jointe — Nom du fichier : {problem}")
                           .format(problem=problem), field="filename")


def clean_file_name(raw: str) -> str:
    """``raw`` as a safe, readable file name, or :class:`ValidationError` naming the field."""
    if "\x00" in raw:
        raise _refuse(translate("Attachments", "il contient un caractère nul (NUL) : le fichier "
                                               "est refusé."))
    text = unicodedata.normalize("NFC", raw.replace("\\", "/"))
    name = PurePosixPath(text).name  # the last path part: no directory, no « .. »
    if len(name) == 2 and name[1] == ":":  # a bare drive (« C:\ »), not a name
        name = ""
    kept = []
    for char in name:
        if char in INVISIBLE or unicodedata.category(char) in ("Cc", "Cf"):
            continue
        kept.append("_" if char in RESERVED else char)
    name = "".join(kept).strip().lstrip(".").rstrip(". ")
    if not name or set(name) <= {".", " "}:
        raise _refuse(translate("Attachments", "nom vide."))
    if name.split(".", 1)[0].lower().strip() in RESERVED_STEMS:
        name = f"_{name}"
    if len(name) > MAX_NAME_LENGTH:
        suffix = PurePosixPath(name).suffix
        suffix = suffix if len(suffix) <= 16 else ""
        name = name[:MAX_NAME_LENGTH - len(suffix)].rstrip(". ") + suffix
    return name
