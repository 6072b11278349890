"""Receiving credentials straight from an issuer (OID4VCI): the Receive dialog and how offers reach it."""

from __future__ import annotations

from ui.receive.dialog import ReceiveDialog, looks_like_offer

__all__ = ["ReceiveDialog", "looks_like_offer"]
