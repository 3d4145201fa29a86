"""Every kind a pane lists is described alike by the catalog, the store's list and search
specs, the panes, their columns and detail panels: adding a kind means adding it everywhere
(the briefing notes and Excel workbooks read the same catalog)."""

from __future__ import annotations

from cabinet_desktop.services import catalog, search
from cabinet_desktop.store import listing, search_index
from cabinet_desktop.ui.panes.columns import COLUMNS
from cabinet_desktop.ui.panes.details import BUILDERS
from cabinet_desktop.ui.panes.pane_specs import PANES

JOURNAL = "audit"  # the journal is listed and shown, but is no record kind of the catalog


def test_listed_kinds_are_the_catalogs_referenced_kinds_everywhere() -> None:
    referenced = {k.name for k in catalog.all_kinds() if k.reference}
    assert referenced == {"mission", "dossier", "partner", "indicator", "consultation",
                          "briefing_note"}
    assert {spec.kind for spec in PANES} - {JOURNAL} == referenced
    assert set(listing.listed_kinds()) - {JOURNAL} == referenced
    assert set(COLUMNS) - {JOURNAL} == referenced
    assert set(BUILDERS) - {JOURNAL} == referenced
    assert {source.kind for source in search_index.SOURCES} == referenced
    assert set(search.SEARCHED_KINDS) == referenced


def test_related_lists_and_names_point_at_described_columns() -> None:
    for kind in catalog.all_kinds():
        for item in kind.related:
            columns = set(item.model.__mapper__.columns.keys())
            assert set(item.fields) <= columns, (kind.name, item.name)
            assert {name.lstrip("-") for name in item.order_by} <= columns, (kind.name,
                                                                             item.name)
            assert (item.parent is None) != (item.link is None), (kind.name, item.name)
            assert item.parent is None or item.parent in columns
            assert {n.field for n in item.names} <= columns
        assert {n.field for n in kind.names} <= set(kind.columns), kind.name


def test_a_pane_refreshes_for_the_kinds_its_detail_shows() -> None:
    for spec in PANES:
        if spec.kind == JOURNAL:
            assert spec.related_kinds == {JOURNAL}
            continue
        described = catalog.kind(spec.kind)
        assert spec.related_kinds == described.concerned_by
        assert {item.kind for item in described.related} <= spec.related_kinds
    assert "setting" in catalog.kind("indicator").concerned_by  # status thresholds
    assert "person" in catalog.kind("mission").concerned_by  # the assignee's name
