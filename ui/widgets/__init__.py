"""Reusable widgets (QR display)."""
