"""List the user-facing labels held as data, in the call shape ``pyside6-lupdate`` extracts.

Enum labels, field captions, kind names, column headers and pane titles are written once as
data (``_labels(Role, {...})``, ``caption("Échéance")``, ``Column("due_date", "Échéance")``)
and translated at run time from a variable, which lupdate cannot follow. This script reads
them — from the live domain for enums, fields and kinds, from the source (AST) for UI tables —
and writes ``tools/generated/data_messages.py``: one ``QT_TRANSLATE_NOOP("Context", "text")``
line each, which lupdate reads beside the code. ``make translations`` runs it first;
``tests/test_translations.py`` fails when it is stale.
"""

from __future__ import annotations

import ast
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "tools" / "generated" / "data_messages.py"
UI = ROOT / "cabinet_desktop" / "ui"

#: (module, context, function name, positional argument indexes) of calls whose literal
#: arguments are labels translated later in ``context``.
CALLS = (
    ("shell/main_window.py", "MainWindow", "_action", (0,)),
    ("panes/columns.py", "Columns", "Column", (1,)),
    ("panes/details.py", "Details", "_section", (0,)),
    ("panes/details.py", "Details", "_table", (0, 3)),
    ("panes/details.py", "Details", "_header", ()),
    ("panes/pane_specs.py", "Panes", "PaneSpec", (1, 3)),
    ("panes/pane_specs.py", "MainWindow", "PaneSpec", (1,)),
    ("panes/pane_specs.py", "Panes", "FilterChoice", (1,)),
    ("panes/pane_specs.py", "Panes", "F", (1,)),  # FilterChoice by its short name
)
#: (module, context, keyword) of keyword arguments holding labels.
KEYWORDS = (
    ("panes/pane_specs.py", "Panes", "date_label"),
)
#: (module, context, constant name, index in each pair or None for every string).
CONSTANTS = (
    ("panes/dashboard.py", "Dashboard", "_DAYS", None),
    ("panes/dashboard.py", "Dashboard", "_MONTHS", None),
    ("panes/users_pane.py", "Users", "COLUMNS", None),
)
#: Label pairs ``("Label", value)`` inside these functions' list arguments (detail panel).
PAIR_FUNCTIONS = (("panes/details.py", "Details", ("_fields", "_table")),)


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _from_source() -> Iterator[tuple[str, str]]:
    for module, context, function, indexes in CALLS:
        path = UI / module
        if not path.exists():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", None))
                if name != function:
                    continue
                for index in indexes:
                    if index < len(node.args) and (text := _literal(node.args[index])):
                        yield context, text
    for module, context, keyword in KEYWORDS:
        path = UI / module
        if not path.exists():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == keyword:
                if text := _literal(node.value):
                    yield context, text
    for module, context, constant, position in CONSTANTS:
        path = UI / module
        if not path.exists():
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = [getattr(t, "id", None) for t in getattr(node, "targets", [])]
            if isinstance(node, ast.AnnAssign):
                targets = [getattr(node.target, "id", None)]
            if constant not in targets or node.value is None:
                continue
            value = node.value
            items = value.elts if isinstance(value, ast.Tuple | ast.List) else []
            for item in items:
                if position is None and (text := _literal(item)):
                    yield context, text
                elif position is not None and isinstance(item, ast.Tuple):
                    if text := _literal(item.elts[position]):
                        yield context, text
    for module, context, functions in PAIR_FUNCTIONS:
        path = UI / module
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or getattr(node.func, "id", None) not in functions:
                continue
            for argument in node.args:
                if isinstance(argument, ast.List | ast.Tuple):
                    for pair in argument.elts:
                        if isinstance(pair, ast.Tuple) and pair.elts:
                            if text := _literal(pair.elts[0]):
                                yield context, text


def _from_domain() -> Iterator[tuple[str, str]]:
    sys.path.insert(0, str(ROOT))
    from cabinet_desktop.domain import enums
    from cabinet_desktop.domain.entities import Base
    from cabinet_desktop.services import catalog

    for labels in enums._LABELS.values():
        for text in labels.values():
            yield "Enum", text
    for text in enums._CLASSIFICATION_LABELS.values():
        yield "Enum", text
    for mapper in Base.registry.mappers:
        for column in mapper.columns:
            if "label" in column.info:
                yield "Field", column.info["label"]
    for kind in catalog._kinds().values():
        yield "Kind", kind.singular
    for text in catalog._KINDS_PLURAL.values():
        yield "Kind", text


def messages() -> list[tuple[str, str]]:
    """Every (context, text) pair held as data, sorted, without duplicates."""
    return sorted(set(_from_domain()) | set(_from_source()))


def render(pairs: list[tuple[str, str]]) -> str:
    lines = ['"""Generated by tools/data_messages.py for pyside6-lupdate: do not edit."""', "",
             "from cabinet_desktop.i18n import QT_TRANSLATE_NOOP", ""]
    lines += [f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})"
              for context, text in pairs]
    return "\n".join(lines) + "\n"


def main() -> int:
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(render(messages()), encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {len(messages())} messages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
