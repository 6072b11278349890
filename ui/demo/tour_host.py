"""What the guided tour may ask of the window: a small host interface over the views' own guide methods.

The tour (:mod:`ui.demo.tour`) drives the real screens, but only through :class:`TourHost`; each view
offers a few public methods for it (``LibraryView.show_top``, ``ShareView.make_qr``,
``VerifyView.verify_for_request``…) and says what a callout must not cover (``tour_targets``). A view can
change its widgets freely as long as these keep their meaning.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.session import Session

__all__ = ["TourHost", "WindowTourHost"]


class TourHost(Protocol):
    """The tour's view of the window. Signals are returned for the tour to wait on before it acts."""

    def is_open(self) -> bool: ...
    def session(self) -> Session: ...
    def overlay(self) -> QWidget: ...
    def show_library_top(self) -> None: ...
    def open_credential_checks(self, credential_id: str) -> bool: ...
    def credential_shown(self) -> Any: ...
    def show_journey(self) -> bool: ...
    def journey_loaded(self) -> Any: ...
    def share(self) -> Any: ...
    def show_share(self) -> None: ...
    def show_verify(self) -> None: ...
    def verify_sample(self, file: Path, challenge: str, domain: str) -> None: ...
    def verification_finished(self) -> Any: ...
    def targets(self, stop: str) -> list[QWidget]: ...


class WindowTourHost:
    """:class:`TourHost` over a :class:`ui.main_window.MainWindow`, through the views' public methods."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def is_open(self) -> bool:
        return self.window.state == "open" and self.window.session.wallet is not None

    def session(self) -> Session:
        return self.window.session

    def overlay(self) -> QWidget:
        host = self.window.centralWidget()
        assert host is not None
        return host

    # --- library and detail --------------------------------------------------------------------
    def show_library_top(self) -> None:
        self.window.show_view("library")
        self.window.library.show_top()

    def open_credential_checks(self, credential_id: str) -> bool:
        """Select, centre and open one credential on its Checks page; False when it is not there."""
        self.window.show_view("library")
        if not self.window.library.center_on(credential_id):
            return False
        self.window.library.open_checks(credential_id)
        return True

    def credential_shown(self) -> Any:
        return self.window.library.detail.loaded

    # --- journey -------------------------------------------------------------------------------
    def show_journey(self) -> bool:
        """Show the journey; True when showing it computes it again (``journey_loaded`` follows)."""
        loads = self.window.journey.will_load()
        self.window.show_view("journey")
        return loads

    def journey_loaded(self) -> Any:
        return self.window.journey.journey_loaded

    # --- share ---------------------------------------------------------------------------------
    def share(self) -> Any:
        """The share wizard's guide methods (``shares``, ``start``, ``to_fields``, ``reveal``,
        ``preview_text``, ``current_qr``, ``make_qr``, ``qr_info_text`` and its signals)."""
        return self.window.share

    def show_share(self) -> None:
        self.window.show_view("share")

    # --- verify --------------------------------------------------------------------------------
    def show_verify(self) -> None:
        self.window.show_view("verify")

    def verify_sample(self, file: Path, challenge: str, domain: str) -> None:
        self.window.show_view("verify")
        self.window.verify.verify_for_request(file, challenge, domain)

    def verification_finished(self) -> Any:
        return self.window.verify.verification_finished

    def targets(self, stop: str) -> list[QWidget]:
        """The widgets stop ``stop`` points at: the callout never covers them."""
        w = self.window
        if stop in ("library", "credential"):
            return w.library.tour_targets()
        if stop == "share-fields":
            return w.share.tour_targets("fields")
        if stop == "share-qr":
            return w.share.tour_targets("qr")
        if stop == "verify":
            return w.verify.tour_targets()
        return []
