"""The skill journey view: ``JourneyView`` (filters, zoom, export) over a painted timeline.

``JourneyView.set_journey(journey)`` shows a :class:`wallet.journey.Journey`;
``JourneyView.credential_activated(str)`` carries the wallet id of the credential clicked or
opened with Enter. Exports are in :mod:`ui.journey.export`.
"""

from __future__ import annotations

from ui.journey.paint import EXPERIENCE_COLORS, Filters, JourneyScene
from ui.journey.view import JourneyCanvas, JourneyView

__all__ = ["EXPERIENCE_COLORS", "Filters", "JourneyCanvas", "JourneyScene", "JourneyView"]
