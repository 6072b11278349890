"""QR codes: the DCC ``VP1-`` and the compact ``LW1:`` presentation texts, SD-JWT QR text, drawing and reading.

The home of ``qrcode`` (drawing), ``zxingcpp`` (reading), ``brotli`` and ``base45``; Pillow opens images.

``VP1-`` text = ``VP1-`` + ``B`` (multibase: RFC 4648 base32, upper case, no padding) + base32 of
the presentation's legacy CBOR-LD bytes (:mod:`wallet.cborld`); the QR code uses alphanumeric
mode. This is what the DCC ``vpqr`` library and the Learner Credential Wallet write and read.

``LW1:`` text = ``LW1:`` + RFC 9285 base45 of the Brotli-compressed (RFC 7932) CBOR-LD of the
presentation written with the compact tables (``cborld.COMPACT``: ids for today's credential
contexts, base64url proof values and cryptosuite names as bytes). Alphanumeric mode as well; about
half the characters of ``VP1-`` for a selective disclosure. Learner Wallet writes it only when it
makes a smaller QR code than ``VP1-`` (:func:`vp_to_qr_text`) and reads both.

Size is known before drawing: :func:`qr_info` gives the QR version at the chosen
error-correction level (M by default; the reference library draws at L), whether a phone reads
it printed (version <= 25) and whether it fits a QR code at all (version <= 40).

Limits: ``MAX_VP1_CHARS`` (a ``VP1-`` text), ``MAX_IMAGE_BYTES`` and ``MAX_IMAGE_PIXELS`` (an
image to scan) — ``LimitExceeded``.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import warnings
from dataclasses import dataclass
from typing import Any, Literal

from wallet.errors import LimitExceeded, QRError
from wallet.share import cborld

__all__ = [
    "MAX_IMAGE_BYTES",
    "MAX_IMAGE_PIXELS",
    "MAX_VP1_CHARS",
    "PHONE_PRINTED_MAX_VERSION",
    "QrInfo",
    "decode_lw1",
    "decode_presentation_text",
    "decode_vp1",
    "is_lw1_text",
    "is_vp1_text",
    "qr_info",
    "qr_png",
    "qr_svg",
    "read_qr_image",
    "sdjwt_qr_text",
    "vp_to_compact_text",
    "vp_to_qr_text",
]

VP1_HEADER = "VP1-"
_BASE32_PREFIX = "B"
MAX_VP1_CHARS = 128 * 1024  # ~ 80 KB of CBOR-LD, far past any QR code (<= 4 296 characters)
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000  # a 48-megapixel phone photo is downscaled by the phone anyway
PHONE_PRINTED_MAX_VERSION = 25
TOO_LARGE = "too large for a QR code; share the file or package instead"

ErrorCorrection = Literal["L", "M", "Q", "H"]
Mode = Literal["auto", "numeric", "alphanumeric", "byte"]
_ALNUM = re.compile(r"^[0-9A-Z $%*+\-./:]*$")
_BASE32 = re.compile(r"^[A-Z2-7]*$")
_SDJWT = re.compile(r"^[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*\.[A-Za-z0-9_\-]+(~[A-Za-z0-9_\-]*)*(~[A-Za-z0-9_\-.]*)?$")


# --- VP1- and LW1: text --------------------------------------------------------------------------------

LW1_HEADER = "LW1:"
QrForm = Literal["auto", "vp1", "lw1"]


def vp_to_qr_text(vp: dict[str, Any], *, loader: cborld.Loader | None = None, form: QrForm = "auto") -> str:
    """The QR text of a presentation (contexts from ``loader``, default: the bundle).

    ``form="auto"``: ``VP1-B…`` — which the Learner Credential Wallet and DCC verifiers read too —
    unless the compact ``LW1:`` text makes a QR code of a lower version at level M; ``"vp1"`` or
    ``"lw1"`` force one form.
    """
    vp1 = VP1_HEADER + _BASE32_PREFIX + base64.b32encode(cborld.encode(vp, loader=loader)).decode("ascii").rstrip("=")
    if form == "vp1":
        return vp1
    lw1 = vp_to_compact_text(vp, loader=loader)
    if form == "lw1":
        return lw1
    v_vp1, v_lw1 = qr_info(vp1).version or 41, qr_info(lw1).version or 41
    return lw1 if v_lw1 < v_vp1 else vp1


def vp_to_compact_text(vp: dict[str, Any], *, loader: cborld.Loader | None = None) -> str:
    """The ``LW1:`` text of a presentation."""
    import base45
    import brotli

    data = cborld.encode(vp, loader=loader, tables=cborld.COMPACT)
    packed: bytes = brotli.compress(data, quality=11)
    text: bytes = base45.b45encode(packed)
    return LW1_HEADER + text.decode("ascii")


def is_lw1_text(text: str) -> bool:
    return text.lstrip().startswith(LW1_HEADER)


def decode_presentation_text(text: str, *, loader: cborld.Loader | None = None) -> dict[str, Any]:
    """The presentation in a ``VP1-`` or ``LW1:`` QR text (errors as :func:`decode_vp1` / :func:`decode_lw1`)."""
    if isinstance(text, str) and is_lw1_text(text):
        return decode_lw1(text, loader=loader)
    return decode_vp1(text, loader=loader)


def decode_lw1(text: str, *, loader: cborld.Loader | None = None) -> dict[str, Any]:
    """The presentation in an ``LW1:`` QR text.

    Raises ``QRError`` for a bad header, broken base45 or a damaged or truncated Brotli stream,
    ``LimitExceeded`` for oversized input or a payload that inflates past the CBOR-LD input limit, and
    the errors of :func:`wallet.cborld.decode` for a payload that is not (valid) CBOR-LD.
    """
    import base45

    if not isinstance(text, str):
        raise QRError("an LW1: QR text must be text")
    t = text.lstrip().rstrip("\r\n\t")  # base45 uses spaces: only line ends are trimmed at the end
    if len(t) > MAX_VP1_CHARS:
        raise LimitExceeded(f"the LW1: text is {len(t)} characters, over the limit of {MAX_VP1_CHARS}")
    if not t.startswith(LW1_HEADER):
        raise QRError("not an LW1: QR code: the text must start with 'LW1:'",
                      fix="Scan a presentation QR code made by Learner Wallet.")
    body = t[len(LW1_HEADER):]
    if not body.strip():
        raise QRError("the LW1: text holds no data")
    if not _ALNUM.match(body):
        bad = next(c for c in body if not _ALNUM.match(c))
        raise QRError(f"broken base45 in the LW1: text: {bad!r} is not a base45 character")
    packed = None
    for candidate in (body, body.rstrip(" ")):  # a pasted text may have gained trailing spaces
        try:
            packed = base45.b45decode(candidate)
            break
        except ValueError:
            continue
    if packed is None:
        raise QRError("broken base45 in the LW1: text (a truncated or altered text?)")
    doc = cborld.decode(_inflate(packed), loader=loader, tables=cborld.COMPACT)
    if not isinstance(doc, dict):
        raise QRError("the LW1: payload is not a single JSON-LD document")
    return doc


def _inflate(packed: bytes) -> bytes:
    """Brotli-decompress at most ``MAX_CBORLD_INPUT_BYTES`` (a few KB of text cannot bomb the wallet)."""
    import brotli

    limit = cborld.MAX_CBORLD_INPUT_BYTES
    d = brotli.Decompressor()
    try:
        out = d.process(packed, output_buffer_limit=limit + 1)
    except brotli.error:
        raise QRError("the LW1: payload is damaged (not Brotli-compressed data)") from None
    if len(out) > limit:
        raise LimitExceeded(f"the LW1: payload inflates past the limit of {limit} bytes",
                            fix="A presentation in a QR code is small; this one is not a genuine LW1: code.")
    if not d.is_finished():
        raise QRError("the LW1: payload is damaged or cut short (a changed or truncated text?)")
    return bytes(out)


def is_vp1_text(text: str) -> bool:
    return text.strip().upper().startswith(VP1_HEADER)


def decode_vp1(text: str, *, loader: cborld.Loader | None = None) -> dict[str, Any]:
    """The presentation in a ``VP1-`` QR text.

    Raises ``QRError`` for a bad header or broken base32, ``LimitExceeded`` for oversized input,
    and the errors of :func:`wallet.cborld.decode` for a payload that is not (valid) CBOR-LD.
    """
    if not isinstance(text, str):
        raise QRError("a VP1- QR text must be text")
    t = text.strip()
    if len(t) > MAX_VP1_CHARS:
        raise LimitExceeded(f"the VP1- text is {len(t)} characters, over the limit of {MAX_VP1_CHARS}")
    if not t.upper().startswith(VP1_HEADER):
        raise QRError(
            "not a VP1- QR code: the text must start with 'VP1-'",
            fix="Scan a presentation QR code made by Learner Wallet or the Learner Credential Wallet.",
        )
    payload = t[len(VP1_HEADER):]
    if not payload.upper().startswith(_BASE32_PREFIX):
        raise QRError(
            f"unsupported VP1- encoding {payload[:1]!r}: only 'B' (base32) is defined"
        )
    body = payload[1:].upper().rstrip("=")
    if not body:
        raise QRError("the VP1- text holds no data")
    if not _BASE32.match(body):
        bad = next(c for c in body if not ("A" <= c <= "Z" or "2" <= c <= "7"))
        raise QRError(f"broken base32 in the VP1- text: {bad!r} is not a base32 character")
    if len(body) % 8 in (1, 3, 6):
        raise QRError("broken base32 in the VP1- text: the length is impossible (truncated text?)")
    try:
        data = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError) as exc:
        raise QRError(f"broken base32 in the VP1- text: {exc}") from None
    doc = cborld.decode(data, loader=loader)
    if not isinstance(doc, dict):
        raise QRError("the VP1- payload is not a single JSON-LD document")
    return doc


def sdjwt_qr_text(presentation: str) -> str:
    """The text of a QR code for an SD-JWT (VC) presentation: the compact form itself (byte mode)."""
    t = presentation.strip()
    if not _SDJWT.match(t):
        raise QRError("not an SD-JWT presentation (expected <issuer-jwt>~<disclosure>~...~[<kb-jwt>])")
    return t


# --- size before drawing -----------------------------------------------------------------------------


@dataclass(frozen=True)
class QrInfo:
    version: int | None  # 1..40, None when the text does not fit any QR code
    error_correction: str
    mode: str  # numeric | alphanumeric | byte
    chars: int
    phone_readable_printed: bool  # version <= 25: a phone reads it on paper
    fits: bool  # version <= 40

    @property
    def modules(self) -> int | None:
        return None if self.version is None else 17 + 4 * self.version

    @property
    def message(self) -> str:
        if not self.fits:
            return f"{self.chars} characters: {TOO_LARGE}"
        if self.phone_readable_printed:
            return f"QR version {self.version} ({self.error_correction}): a phone can read it printed"
        return (f"QR version {self.version} ({self.error_correction}): dense; "
                "a phone reads it only shown full-screen")


def _mode_for(text: str, mode: Mode) -> str:
    if mode != "auto":
        if mode == "alphanumeric" and not _ALNUM.match(text):
            raise QRError("the text has characters that alphanumeric QR mode cannot hold")
        if mode == "numeric" and not text.isdigit():
            raise QRError("the text is not all digits")
        return mode
    if text.isdigit() and text.isascii():
        return "numeric"
    return "alphanumeric" if _ALNUM.match(text) else "byte"


def _qr(text: str, error_correction: str, mode: Mode, border: int = 4, box_size: int = 10) -> tuple[Any, str]:
    import qrcode
    import qrcode.util as qu

    levels = {
        "L": qrcode.constants.ERROR_CORRECT_L,
        "M": qrcode.constants.ERROR_CORRECT_M,
        "Q": qrcode.constants.ERROR_CORRECT_Q,
        "H": qrcode.constants.ERROR_CORRECT_H,
    }
    if error_correction not in levels:
        raise QRError(f"unknown error-correction level {error_correction!r} (L, M, Q or H)")
    chosen = _mode_for(text, mode)
    qmode = {"numeric": qu.MODE_NUMBER, "alphanumeric": qu.MODE_ALPHA_NUM, "byte": qu.MODE_8BIT_BYTE}[chosen]
    data = text.encode("utf-8") if chosen == "byte" else text
    qr = qrcode.QRCode(error_correction=levels[error_correction], border=border, box_size=box_size)
    qr.add_data(qu.QRData(data, mode=qmode, check_data=True))
    return qr, chosen


def qr_info(
    text: str, *, error_correction: ErrorCorrection = "M", mode: Mode = "auto", strict: bool = False
) -> QrInfo:
    """Version, mode and readability of the QR code for ``text`` — computed without drawing.

    ``mode="auto"`` picks alphanumeric for ``VP1-`` texts and byte mode for SD-JWT. With
    ``strict=True`` a text beyond version 40 raises ``QRError`` ("too large for a QR code; share
    the file or package instead") instead of returning ``fits=False``.
    """
    import qrcode.exceptions

    qr, chosen = _qr(text, error_correction, mode)
    try:
        version: int | None = qr.best_fit()
    except (qrcode.exceptions.DataOverflowError, ValueError):
        version = None
    if version is not None and version > 40:
        version = None
    if version is None and strict:
        raise QRError(f"{len(text)} characters are {TOO_LARGE}")
    return QrInfo(
        version=version,
        error_correction=error_correction,
        mode=chosen,
        chars=len(text),
        phone_readable_printed=version is not None and version <= PHONE_PRINTED_MAX_VERSION,
        fits=version is not None,
    )


# --- drawing -----------------------------------------------------------------------------------------


def _made(text: str, error_correction: ErrorCorrection, mode: Mode, border: int, box_size: int) -> Any:
    info = qr_info(text, error_correction=error_correction, mode=mode, strict=True)
    qr, _ = _qr(text, error_correction, mode, border=border, box_size=box_size)
    qr.version = info.version
    qr.make(fit=False)
    return qr


def qr_png(
    text: str, *, scale: int = 8, border: int = 4, error_correction: ErrorCorrection = "M", mode: Mode = "auto",
    caption: str | None = None,
) -> bytes:
    """A PNG (8-bit greyscale, ``scale`` pixels per module, quiet zone ``border`` modules).

    ``caption`` (e.g. the demo's DEMO mark) is printed in a band *below* the code, never over it,
    so the code still scans."""
    if not 1 <= scale <= 64:
        raise QRError("the QR scale must be between 1 and 64 pixels per module")
    qr = _made(text, error_correction, mode, border, scale)
    img = qr.make_image().get_image().convert("L")
    if caption:
        img = _with_caption(img, caption)
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _with_caption(img: Any, caption: str) -> Any:
    from PIL import Image, ImageDraw, ImageFont

    def font_of(size: int) -> Any:
        try:
            from wallet.jsonld.loader import resources_dir

            return ImageFont.truetype(str(resources_dir() / "fonts" / "DejaVuSans-Bold.ttf"), size)
        except OSError:
            return ImageFont.load_default()

    probe = ImageDraw.Draw(Image.new("L", (1, 1)))
    size = max(10, img.width // 16)
    font = font_of(size)
    while size > 8:
        box = probe.textbbox((0, 0), caption, font=font)
        if box[2] - box[0] <= img.width * 0.92:
            break
        size -= 1
        font = font_of(size)
    box = probe.textbbox((0, 0), caption, font=font)
    band = (box[3] - box[1]) * 2 + 4
    out = Image.new("L", (img.width, img.height + band), 255)
    out.paste(img, (0, 0))
    ImageDraw.Draw(out).text(((img.width - (box[2] - box[0])) // 2 - box[0],
                              img.height + (band - (box[3] - box[1])) // 2 - box[1]), caption, fill=0, font=font)
    return out


def qr_svg(text: str, *, border: int = 4, error_correction: ErrorCorrection = "M", mode: Mode = "auto",
           caption: str | None = None) -> str:
    """An SVG (one path, quiet zone ``border`` modules, sized in millimetres by ``qrcode``); an
    optional ``caption`` below the code."""
    import qrcode.image.svg

    qr = _made(text, error_correction, mode, border, 10)
    img = qr.make_image(image_factory=qrcode.image.svg.SvgPathFillImage)
    raw = img.to_string(encoding="unicode")
    svg = raw if isinstance(raw, str) else raw.decode("utf-8")
    if caption:
        svg = _svg_with_caption(svg, caption)
    return svg


def _svg_with_caption(svg: str, caption: str) -> str:
    import re
    from xml.sax.saxutils import escape

    m = re.search(r'viewBox="0 0 ([0-9.]+) ([0-9.]+)"', svg)
    if not m:
        return svg
    w, h = float(m.group(1)), float(m.group(2))
    band = max(2.0, w / 12)
    svg = svg.replace(m.group(0), f'viewBox="0 0 {w:g} {h + band:g}"', 1)
    svg = re.sub(r'height="([0-9.]+)mm"', lambda g: f'height="{float(g.group(1)) * (h + band) / h:g}mm"', svg, count=1)
    text = (f'<text x="{w / 2:g}" y="{h + band * 0.7:g}" font-family="DejaVu Sans, sans-serif" font-weight="bold" '
            f'font-size="{band * 0.55:g}" text-anchor="middle">{escape(caption)}</text>')
    return svg.replace("</svg>", text + "</svg>")


# --- reading -----------------------------------------------------------------------------------------


def read_qr_image(data: bytes) -> list[str]:
    """The texts of every QR code in a PNG/JPEG (or GIF/BMP/WebP) image, in reading order.

    ``QRError`` when the data is not an image or holds no QR code; ``LimitExceeded`` for a file
    over ``MAX_IMAGE_BYTES`` or an image over ``MAX_IMAGE_PIXELS``.
    """
    import zxingcpp
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_IMAGE_BYTES:
        raise LimitExceeded(
            f"the image is {len(data) // (1024 * 1024)} MB, over the limit of {MAX_IMAGE_BYTES // (1024 * 1024)} MB"
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            width, height = img.size
            if width * height > MAX_IMAGE_PIXELS:
                raise LimitExceeded(
                    f"the image is {width}x{height} pixels, over the limit of {MAX_IMAGE_PIXELS // 1_000_000} megapixels",
                    fix="Crop or scale the picture down to the QR code.",
                )
            if img.format not in ("PNG", "JPEG", "GIF", "BMP", "WEBP"):
                raise QRError(f"{img.format} images are not read; use PNG or JPEG")
            img.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise LimitExceeded(
            f"the image is over the limit of {MAX_IMAGE_PIXELS // 1_000_000} megapixels"
        ) from None
    except UnidentifiedImageError:
        raise QRError("not an image (PNG or JPEG expected)") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise QRError(f"the image cannot be read: {exc}") from None
    grey = img.convert("L")
    results = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    texts = [r.text for r in results if r.valid and r.text]
    if not texts:
        raise QRError("no QR code found in the image",
                      fix="Use a sharper picture where the whole code, with its white margin, is visible.")
    return texts
