"""The home of fpdf2: a new A4 document with the bundled DejaVu fonts (any Latin, Greek or
Cyrillic name prints) and Learner Wallet as its creator."""

from __future__ import annotations

from typing import Any

__all__ = ["new_document"]


def new_document(title: str) -> Any:
    from fpdf import FPDF

    from wallet.jsonld.loader import resources_dir

    fonts = resources_dir() / "fonts"
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_title(title)
    pdf.set_creator("Learner Wallet")
    return pdf
