"""Library filters, sorting and images: the drop-downs and the sort menu on a real demo wallet, the
models alone, and credential images (``data:`` URIs decoded off the GUI thread; remote images only
when the network setting allows)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from support import start_on_wallet_with

from ui.detail.images import decode_image, load_image, needs_fetch
from ui.library.model import CredentialFilterProxy, CredentialListModel, Roles
from wallet import CredentialSummary
from wallet.store.curation import Curation

WAIT = 60_000


def _summaries(library) -> list[CredentialSummary]:
    return [library.proxy.index(r, 0).data(Roles.SUMMARY) for r in range(library.proxy.rowCount())]


def _choose(qtbot, combo, value: str) -> None:
    """Pick ``value`` with the keyboard, as a user would."""
    i = combo.findData(value)
    assert i > 0, (value, [combo.itemData(j) for j in range(combo.count())])
    combo.setFocus()
    while combo.currentIndex() < i:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    while combo.currentIndex() > i:
        qtbot.keyClick(combo, Qt.Key.Key_Up)


def test_each_filter_through_its_drop_down(qtbot, demo_window) -> None:
    library = demo_window.library
    combos = library.filters.combos
    total = library.model.rowCount()
    # state: the revoked one only; its words are in the list
    _choose(qtbot, combos["state"], "revoked")
    rows = _summaries(library)
    assert [s.state for s in rows] == ["revoked"]
    assert library.count.text() == f"1 of {total} shown"
    assert library.filters.clear_button.isVisible()
    qtbot.mouseClick(library.filters.clear_button, Qt.MouseButton.LeftButton)
    assert library.proxy.rowCount() == total
    # type
    _choose(qtbot, combos["type"], "Course")
    rows = _summaries(library)
    assert rows and all(s.data["achievement_type"] == "Course" for s in rows)
    n_courses = len(rows)
    assert combos["type"].currentText() == f"Course ({n_courses})"
    # skill narrows within the type (filters combine)
    _choose(qtbot, combos["skill"], "Communication")
    rows = _summaries(library)
    assert rows and len(rows) < n_courses
    assert all("Communication" in s.data["skills"] and s.data["achievement_type"] == "Course" for s in rows)
    library.filters.clear()
    # experience and issuer
    _choose(qtbot, combos["experience"], "volunteering")
    assert {s.data["experience"] for s in _summaries(library)} == {"volunteering"}
    assert combos["experience"].currentText().startswith("Volunteering (")
    library.filters.clear()
    _choose(qtbot, combos["issuer"], "Fargo-Moorhead Food Collective")
    rows = _summaries(library)
    assert rows and {s.issuer_name for s in rows} == {"Fargo-Moorhead Food Collective"}
    # search and filters together
    qtbot.keyClicks(library.search, "briefing")
    assert [s.title for s in _summaries(library)] == ["Food Collective Shift Lead"]
    qtbot.keyClicks(library.search, " nothing")
    assert library.pages.currentWidget() is library.no_match


def test_sort_by_title_issuer_and_date(qtbot, demo_window) -> None:
    library = demo_window.library
    sort = library.filters.sort
    dates = [s.date for s in _summaries(library)]
    assert dates == sorted(dates, reverse=True)  # newest first by default
    _choose(qtbot, sort, "title")
    titles = [s.display_title.casefold() for s in _summaries(library)]
    assert titles == sorted(titles)
    _choose(qtbot, sort, "issuer")
    issuers = [(s.issuer_name or s.issuer_id).casefold() for s in _summaries(library)]
    assert issuers == sorted(issuers)
    _choose(qtbot, sort, "date-asc")
    dates = [s.date for s in _summaries(library)]
    assert dates == sorted(dates)
    # the selection follows its credential through a re-sort
    library.list.setCurrentIndex(library.proxy.index(3, 0))
    chosen = library.selected_ids()
    _choose(qtbot, sort, "title")
    assert library.selected_ids() == chosen


def _summary(i: int, title: str, **cur: object) -> CredentialSummary:
    data = {"skills": ["Teamwork"] if i % 2 else ["Communication"], "achievement_type": "Course" if i % 3 else "Badge",
            "experience": "", "kind": "open-badge"}
    return CredentialSummary(id=f"id-{i}", added_at="2025-01-01", parent_id=None, title=title,
                             issuer_name="North Prairie University", issuer_id="did:key:z6Mk",
                             date=f"2025-05-{i % 28 + 1:02d}", format="ldp-vc", types=("VerifiableCredential",),
                             state="verified" if i % 5 else "expired", data=data, curation=Curation(**cur))


def test_the_proxy_filters_and_hides_without_a_view(qapp) -> None:
    model = CredentialListModel()
    proxy = CredentialFilterProxy()
    proxy.setSourceModel(model)
    rows = [_summary(i, f"Credential {i}") for i in range(20)]
    rows[0] = _summary(0, "Hidden one", hidden=True)
    rows[1] = _summary(1, "Archived one", archived=True)
    rows[2] = _summary(2, "Tagged", tags=("Data",), collections=("Data analyst applications",),
                       display_title="My own title")
    model.set_rows(rows)
    assert proxy.rowCount() == 18 and proxy.hidden_count() == 2
    proxy.set_show_hidden(True)
    assert proxy.rowCount() == 20
    proxy.set_show_hidden(False)
    proxy.set_filter("tag", "data")  # any case
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["My own title"]
    proxy.set_filter("tag", None)
    proxy.set_filter("collection", "Data analyst applications")
    assert proxy.rowCount() == 1
    proxy.clear_filters()
    proxy.set_filter("state", "expired")
    assert {proxy.index(r, 0).data(Roles.STATE) for r in range(proxy.rowCount())} == {"expired"}
    proxy.set_filter("state", None)
    proxy.set_search("my own")  # the learner's title is searched
    assert proxy.rowCount() == 1
    proxy.set_search("")
    assert dict(model.facet_values("skill")) == {"Communication": 10, "Teamwork": 10}
    assert dict(model.facet_values("tag")) == {"Data": 1}
    with pytest.raises(ValueError):
        proxy.set_filter("colour", "red")


def _png_data_uri(color: str = "#1e7e34") -> str:
    image = QImage(300, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode()


def test_images_decode_data_uris_and_read_remote_ones_only_from_the_cache(qapp) -> None:
    image = decode_image(_png_data_uri(), 96)
    assert image is not None and image.width() == 96 and image.height() == 64
    assert decode_image("data:image/png;base64,bm90IGFuIGltYWdl", 96) is None
    png = base64.b64decode(_png_data_uri().split(",", 1)[1])
    url = "https://issuer.example/badge.png"
    # loading never touches the network: a remote image comes from the encrypted cache or not at all
    assert load_image(url, 96) is None
    assert load_image(url, 96, cached=lambda u: None) is None
    cached = load_image(url, 96, cached=lambda u: png if u == url else None)
    assert cached is not None and cached.width() == 96
    # what is missing is fetched (elsewhere, on the parallel lane) only when allowed, and only over HTTPS
    assert needs_fetch(url, None, True) and not needs_fetch(url, None, False) and not needs_fetch(url, cached, True)
    assert not needs_fetch("http://issuer.example/badge.png", None, True)
    from wallet.errors import NetworkError
    from wallet.net import fetch_image

    asked: list[str] = []
    assert fetch_image(url, lambda u: asked.append(u) or png) == png and asked == [url]
    with pytest.raises(NetworkError):
        fetch_image("http://issuer.example/badge.png", lambda u: asked.append(u) or png)
    with pytest.raises(NetworkError):
        fetch_image(url, lambda u: b"x" * 2_000_001)
    assert asked == [url]  # the http:// one was never asked for


def test_the_library_shows_an_embedded_image(qtbot, window, session, wallet_home: Path,
                                             credential_paths: list[Path]) -> None:
    doc = json.loads(credential_paths[0].read_text())
    doc["credentialSubject"]["achievement"]["image"] = {"id": _png_data_uri(), "type": "Image"}
    remote = json.loads(credential_paths[1].read_text())
    remote["credentialSubject"]["achievement"]["image"] = {"id": "https://issuer.example/badge.png", "type": "Image"}
    credential_paths[0].write_text(json.dumps(doc))
    credential_paths[1].write_text(json.dumps(remote))
    library = start_on_wallet_with(qtbot, window, wallet_home, credential_paths)
    ids = {library.proxy.index(r, 0).data(): library.proxy.index(r, 0).data(Roles.ID) for r in range(2)}
    assert all(library.proxy.index(r, 0).data(Roles.HAS_IMAGE) for r in range(2))
    library.list.viewport().repaint()  # painting asks for the thumbnails
    embedded, far = ids["Teamwork Badge"], ids["Riverbank Restoration Crew Lead"]
    qtbot.waitUntil(lambda: library.images.known(embedded) and library.images.known(far), timeout=WAIT)
    pixmap = library.images.get(embedded)
    assert pixmap is not None and pixmap.width() == 96
    assert library.images.get(far) is None  # the network setting is off: a placeholder, nothing fetched
    # the detail shows the image, and says why the remote one is not shown
    library.open_credential(far)
    qtbot.waitUntil(lambda: library.detail.data is not None and library.detail.data.id == far, timeout=WAIT)
    assert "not fetched" in library.detail.content.toPlainText()
    library.open_credential(embedded)
    qtbot.waitUntil(lambda: library.detail.data is not None and library.detail.data.id == embedded, timeout=WAIT)
    assert library.detail.data.image is not None


def test_prepared_rows_reuse_their_texts_until_the_summary_changes() -> None:
    from ui.library.model import RowCache, prepare_rows

    def summary(cid: str, tags: tuple[str, ...] = ()) -> CredentialSummary:
        return CredentialSummary(id=cid, added_at="2026-01-01", parent_id=None, title=f"Badge {cid}",
                                 issuer_name="Lakeshore Analytics", issuer_id="did:web:lake.example",
                                 date="2026-02-01", format="ldp-vc", types=("VerifiableCredential",),
                                 state="verified", data={"search": f"badge {cid}", "skills": ["Teamwork"]},
                                 curation=Curation(tags=tags))

    cache: RowCache = {}
    a, b = summary("a"), summary("b")
    first = prepare_rows([a, b], "title", cache)
    assert [c.id for c in first.rows] == ["a", "b"]
    assert dict(first.counts["skill"]) == {"Teamwork": 2} and first.counts["tag"] == []
    a2 = summary("a", tags=("Spring",))  # curated: the wallet hands out a new summary
    second = prepare_rows([a2, b], "title", cache)
    assert second.search[1] is first.search[1]  # b: reused
    assert "spring" in second.search[0] and "spring" not in first.search[0]
    assert second.facets[0].tags == frozenset({"spring"})
    assert second.counts["tag"] == [("Spring", 1)]
    assert set(cache) == {id(a2), id(b)}  # rows gone are forgotten


def test_a_few_changed_rows_are_replaced_in_place(qapp) -> None:
    """After curating a few credentials the library replaces just those rows: hidden ones leave the
    list, a new title moves its row under the title sort, tag counts follow, the selection stays."""
    from PySide6.QtCore import QItemSelectionModel

    from ui.library.model import RowCache, prepare_some

    def summary(i: int, title: str, cur: Curation | None = None) -> CredentialSummary:
        return CredentialSummary(id=f"id-{i}", added_at="2026-01-01", parent_id=None, title=title,
                                 issuer_name="Lakeshore Analytics", issuer_id="did:web:lake.example",
                                 date=f"2025-0{i}-01", format="ldp-vc", types=("VerifiableCredential",),
                                 state="verified", data={"search": title.lower()}, curation=cur or Curation())

    model = CredentialListModel()
    proxy = CredentialFilterProxy()
    proxy.setSourceModel(model)
    model.set_sort("title")
    model.set_rows([summary(1, "Alpha"), summary(2, "Bravo"), summary(3, "Charlie"), summary(4, "Delta")])
    selection = QItemSelectionModel(proxy)
    selection.select(proxy.index(3, 0), QItemSelectionModel.SelectionFlag.Select)  # Delta
    cache: RowCache = {}
    # tag Bravo, hide Charlie
    model.update_rows(prepare_some([summary(2, "Bravo", Curation(tags=("Spring",))),
                                    summary(3, "Charlie", Curation(hidden=True))], cache))
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Alpha", "Bravo", "Delta"]
    assert model.facet_values("tag") == [("Spring", 1)]
    assert [i.data() for i in selection.selectedIndexes()] == ["Delta"]  # the selection followed its row
    proxy.set_search("spring")
    assert proxy.rowCount() == 1  # the new tag is searchable (Delta, filtered out, is no longer selected)
    proxy.set_search("")
    selection.select(proxy.index(2, 0), QItemSelectionModel.SelectionFlag.Select)  # Delta again
    # a new display title under the title sort moves the row
    model.update_rows(prepare_some([summary(1, "Alpha", Curation(display_title="Zulu work"))], cache))
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Bravo", "Delta", "Zulu work"]
    assert model.row_of("id-1") == 3 and [i.data() for i in selection.selectedIndexes()] == ["Delta"]
    # a row no longer in the model is ignored
    model.update_rows(prepare_some([summary(9, "Gone")], cache))
    assert model.rowCount() == 4
