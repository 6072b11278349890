"""Opening a wallet larger than a screenful: the newest cards first, then every row; a search and a
sort made while the rest loads apply to every row once it is in. And the collector pause that the
opening and loading jobs run in."""

from __future__ import annotations

import gc
import json
import threading
from pathlib import Path

from ui.tasks import CollectorPause, OpContext
from wallet import Wallet

COUNT = 12


def _presentation() -> bytes:
    """``COUNT`` unsigned credentials, one a day: "Alpha n" for even n, "Beta n" for odd n."""
    docs = [{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
             "id": f"urn:uuid:3f0c5a1e-0000-4000-8000-{i:012x}", "issuer": "did:example:issuer",
             "name": f"{'Beta' if i % 2 else 'Alpha'} {i}", "validFrom": f"2025-03-{i + 1:02d}T09:00:00Z",
             "credentialSubject": {"name": "Quillon Marsh"}} for i in range(COUNT)]
    return json.dumps({"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"],
                       "verifiableCredential": docs}).encode()


def _titles(proxy) -> list[str]:
    return [proxy.index(i, 0).data() for i in range(proxy.rowCount())]


class _Gate:
    """Holds the serial lane once the first screenful is in, so the test acts before the rest arrives."""

    def __init__(self, library) -> None:
        self.library = library
        self.open = threading.Event()
        self.held = 0

    def first_rows_in(self) -> None:  # the model's reset, on the GUI thread, before the rest is queued
        if self.library.is_loading() and not self.held:
            self.held += 1
            self.library.session.runner.run(None, self.wait)

    def wait(self, op: OpContext) -> None:
        self.open.wait(30)


def test_the_newest_cards_first_then_every_row_with_the_search_typed_meanwhile(
        qtbot, window, session, wallet_home: Path) -> None:
    w = Wallet.create(wallet_home)
    try:
        assert len(w.import_bytes(_presentation(), "batch.json", allow_network=False).added) == COUNT
        newest = w.credentials()  # "Beta 11", "Alpha 10", "Beta 9", …
        w.curate([newest[1].id], hidden=True)  # "Alpha 10": not shown by default
    finally:
        w.close()
    library = window.library
    library.first_rows = 4
    gate = _Gate(library)
    library.model.modelReset.connect(gate.first_rows_in)
    try:
        window.start()
        qtbot.waitUntil(library.is_loading, timeout=60_000)
        # the four newest that are shown by default, in the default order; the count says it is loading
        assert _titles(library.proxy) == ["Beta 11", "Beta 9", "Alpha 8", "Beta 7"]
        assert library.count.text() == f"Loading {COUNT} credentials…"
        assert library.pages.currentWidget() is library.list
        # typed and sorted while the rest is still to come: applied to what is in …
        qtbot.keyClicks(library.search, "alpha")
        assert _titles(library.proxy) == ["Alpha 8"]
        assert library.pages.currentWidget() is library.list  # not "nothing matches" before every row is in
        library.filters.sort.setCurrentIndex(library.filters.sort.findData("title"))
        # … and to every row once it is in
        with qtbot.waitSignal(library.rows_loaded, timeout=60_000):
            gate.open.set()
    finally:
        gate.open.set()
        library.model.modelReset.disconnect(gate.first_rows_in)
    assert not library.is_loading() and library.model.rowCount() == COUNT
    assert library.search.text() == "alpha"
    assert _titles(library.proxy) == sorted((f"Alpha {i}" for i in range(0, COUNT, 2) if i != 10), key=str.casefold)
    assert library.count.text() == f"5 of {COUNT} shown  ·  1 hidden"
    library.search.clear()
    assert library.proxy.rowCount() == COUNT - 1
    assert [v for v, _ in library.model.facet_values("type")]  # the filters are counted over every row


def test_a_wallet_of_a_screenful_or_less_is_loaded_whole_at_once(qtbot, window, session, wallet_home: Path) -> None:
    w = Wallet.create(wallet_home)
    try:
        w.import_bytes(_presentation(), "batch.json", allow_network=False)
    finally:
        w.close()
    library = window.library
    library.first_rows = COUNT
    seen: list[bool] = []
    library.model.modelReset.connect(lambda: seen.append(library.is_loading()))
    with qtbot.waitSignal(library.rows_loaded, timeout=60_000):
        window.start()
    assert seen == [False] and library.model.rowCount() == COUNT
    assert library.count.text() == f"{COUNT} credentials"


def test_the_collector_is_paused_inside_and_restored_after_the_last_pause() -> None:
    pause = CollectorPause()
    assert gc.isenabled()
    try:
        with pause.paused():
            assert not gc.isenabled()
            with pause.paused():
                assert not gc.isenabled()
            assert not gc.isenabled()  # an inner job ending does not restart it under the outer one
        assert gc.isenabled()
        gc.disable()  # paused by someone else before: left as it was
        with pause.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
