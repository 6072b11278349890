"""Sharing: holder-signed presentations, share packages, QR codes and CBOR-LD."""
