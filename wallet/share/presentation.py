"""Selective disclosure and holder-signed presentations.

- ``disclosure_options``: for a stored credential, which fields are mandatory, which the holder may
  choose, or that the credential can only be shown whole (and why).
- ``build_presentation``: derived proofs for ecdsa-sd-2023 credentials, chosen disclosures and a
  key-binding JWT for SD-JWT VCs, then a Verifiable Presentation signed by a holder DID from the
  keychain (``authentication``, challenge, domain, optional expiry). A lone SD-JWT VC is presented
  as SD-JWT + KB-JWT; mixed with JSON-LD credentials it is enveloped in a VP 2.0.
- ``verify_presentation``: the holder proof, challenge, domain, expiry, every embedded
  credential's report and holder binding, as one report.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

from wallet.errors import InputError, MalformedProof, SigningError
from wallet.verifier.report import Check, Report

if TYPE_CHECKING:
    from wallet.wallet import Wallet

__all__ = [
    "DisclosureOptions",
    "Presentation",
    "build_presentation",
    "disclosure_options",
    "new_challenge",
    "verify_presentation",
]

VC1 = "https://www.w3.org/2018/credentials/v1"
VC2 = "https://www.w3.org/ns/credentials/v2"
WHOLE_REASON = "This issuer signed the credential as a whole, so it can only be shared complete."


@dataclass(frozen=True)
class DisclosureOptions:
    """``mode``: ``ecdsa-sd`` / ``sd-jwt`` (per-field choice) or ``whole``."""

    mode: Literal["ecdsa-sd", "sd-jwt", "whole"]
    mandatory: tuple[str, ...] = ()
    selectable: tuple[str, ...] = ()
    not_disclosable: tuple[str, ...] = ()
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"mode": self.mode, "mandatory": list(self.mandatory), "selectable": list(self.selectable),
                "not_disclosable": list(self.not_disclosable), "reason": self.reason}


@dataclass(frozen=True)
class Presentation:
    kind: Literal["vp", "sd-jwt"]
    document: dict[str, Any] | None = None
    text: str | None = None
    holder: str = ""
    challenge: str | None = None
    domain: str | None = None
    revealed: dict[str, list[str]] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        import json

        if self.kind == "sd-jwt":
            assert self.text is not None
            return self.text.encode()
        return json.dumps(self.document, indent=2, ensure_ascii=False).encode()

    @property
    def extension(self) -> str:
        return ".sdjwt" if self.kind == "sd-jwt" else ".json"


def new_challenge() -> str:
    return secrets.token_urlsafe(12)


def _sd_proof(doc: Any) -> dict[str, Any] | None:
    if not isinstance(doc, dict):
        return None
    proofs = doc.get("proof")
    for p in proofs if isinstance(proofs, list) else [proofs]:
        if isinstance(p, dict) and p.get("cryptosuite") == "ecdsa-sd-2023":
            return p
    return None


def disclosure_options(raw: Any, fmt: str) -> DisclosureOptions:
    """What the holder may choose to reveal of a credential (``raw`` and ``format`` as stored)."""
    if fmt == "sd-jwt-vc" and isinstance(raw, str):
        from wallet.proofs.sdjwt import list_disclosures

        ds = list_disclosures(raw)
        return DisclosureOptions("sd-jwt", (), tuple(d.path for d in ds), ("/iss", "/vct", "/cnf", "/iat", "/exp"),
                                 "Claims the issuer did not make selectively disclosable are always shown.")
    proof = _sd_proof(raw)
    if proof is not None:
        from wallet.proofs import sd_disclosure_info
        from wallet.proofs.ecdsa_sd import proof_kind

        if proof_kind(proof.get("proofValue")) == "base":
            mandatory, selectable = sd_disclosure_info(raw)
            return DisclosureOptions("ecdsa-sd", tuple(mandatory), tuple(selectable), (),
                                     "The issuer requires the mandatory fields in every disclosure.")
        return DisclosureOptions("whole", reason="This credential is already a disclosure; it can only be passed on as it is.")
    return DisclosureOptions("whole", reason=WHOLE_REASON)


def _subject_ids(doc: Any) -> list[str]:
    if not isinstance(doc, dict):
        return []
    subj = doc.get("credentialSubject")
    subs = subj if isinstance(subj, list) else [subj]
    return [s["id"] for s in subs if isinstance(s, dict) and isinstance(s.get("id"), str)]


def _vc_version(doc: Any) -> int:
    ctx = doc.get("@context") if isinstance(doc, dict) else None
    first = ctx[0] if isinstance(ctx, list) and ctx else ctx
    return 1 if first == VC1 else 2


def _matching(pointers: list[str], available: tuple[str, ...]) -> list[str]:
    out = []
    for p in pointers:
        if p in available or any(a.startswith(p.rstrip("/") + "/") for a in available):
            out.append(p)
    return out


def build_presentation(
    wallet: Wallet,
    ids: list[str],
    *,
    reveal: list[str] | dict[str, list[str]] | None = None,
    holder: str | None = None,
    challenge: str | None = None,
    domain: str | None = None,
    expires: datetime | None = None,
    now: datetime | None = None,
) -> Presentation:
    """Make a presentation of the stored credentials ``ids``.

    ``reveal``: ``None`` shows every field; a list of JSON pointers applies to every
    credential that allows a choice (each pointer must exist in at least one); a dict maps a
    credential id to its own pointers. Mandatory fields are always revealed.
    """
    if not ids:
        raise InputError("Choose at least one credential to present.")
    now = now or datetime.now(UTC)
    stored = [wallet.credential(i) for i in ids]
    own = {d["did"] for d in wallet.dids()}
    if holder is None:
        bound = [s for c in stored for s in _subject_ids(c.raw) if s in own]
        bound += [d for c in stored if c.format == "sd-jwt-vc" and isinstance(c.raw, str)
                  for d in [_cnf_did(wallet, c.raw)] if d]
        holder = bound[0] if bound else wallet.default_did()
    if holder is None or holder not in own:
        raise InputError(f"{holder} is not one of this wallet's DIDs.")
    signer = wallet.signer(holder)
    challenge = challenge or new_challenge()

    used: set[str] = set()
    items: list[Any] = []
    revealed: dict[str, list[str]] = {}
    sd_jwts: list[str] = []
    for c in stored:
        opts = disclosure_options(c.raw, c.format)
        wanted = reveal.get(c.id) if isinstance(reveal, dict) else reveal
        if opts.mode == "ecdsa-sd" and isinstance(c.raw, dict):
            from wallet.proofs import sd_derive

            chosen = list(opts.selectable) if wanted is None else _matching(wanted, opts.selectable)
            used.update(chosen)
            items.append(sd_derive(c.raw, chosen))
            revealed[c.id] = list(opts.mandatory) + chosen
        elif opts.mode == "sd-jwt" and isinstance(c.raw, str):
            from wallet.proofs.sdjwt import present_sd_jwt

            chosen = list(opts.selectable) if wanted is None else _matching(wanted, opts.selectable)
            used.update(chosen)
            key_signer = _holder_for_sd_jwt(wallet, c.raw, signer)
            sd_jwts.append(present_sd_jwt(c.raw, chosen, holder_signer=key_signer, nonce=challenge,
                                          aud=domain or "", iat=int(now.timestamp())) if key_signer
                           else present_sd_jwt(c.raw, chosen))
            items.append(None)
            revealed[c.id] = chosen
        else:
            items.append(c.raw)
            revealed[c.id] = ["(whole credential)"]
    if isinstance(reveal, list):
        unknown = [p for p in reveal if p not in used]
        if unknown and not any(disclosure_options(c.raw, c.format).mode == "whole" for c in stored):
            raise InputError(f"No chosen credential has a selectable field at {', '.join(unknown)}.")

    if len(stored) == 1 and sd_jwts:
        return Presentation("sd-jwt", text=sd_jwts[0], holder=holder, challenge=challenge, domain=domain,
                            revealed=revealed)

    creds: list[Any] = []
    sd_iter = iter(sd_jwts)
    for item in items:
        if item is None:
            creds.append({"@context": VC2, "type": "EnvelopedVerifiableCredential",
                          "id": "data:application/dc+sd-jwt," + next(sd_iter)})
        elif isinstance(item, str):
            creds.append({"@context": VC2, "type": "EnvelopedVerifiableCredential",
                          "id": "data:application/vc+jwt," + item})
        else:
            creds.append(item)
    json_creds = [x for x in creds if isinstance(x, dict) and x.get("type") != "EnvelopedVerifiableCredential"]
    version = 1 if json_creds and len(json_creds) == len(creds) and all(_vc_version(x) == 1 for x in json_creds) else 2
    vp: dict[str, Any] = {
        "@context": [VC1 if version == 1 else VC2],
        "type": ["VerifiablePresentation"],
        "holder": holder,
        "verifiableCredential": creds,
    }
    from wallet.proofs import sign

    suite = "eddsa-rdfc-2022" if signer.key_type == "ed25519" else "ecdsa-rdfc-2019"
    signed = sign(vp, signer, cryptosuite=suite, purpose="authentication",
                  created=now.isoformat(timespec="seconds").replace("+00:00", "Z"), challenge=challenge,
                  domain=domain,
                  expires=expires.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
                  if expires else None)
    return Presentation("vp", document=signed, holder=holder, challenge=challenge, domain=domain,
                        revealed=revealed)


def _cnf_did(wallet: Wallet, text: str) -> str | None:
    """The wallet DID whose key the SD-JWT is bound to (``cnf.jwk``), if any."""
    from wallet.credentials.formats import decode_jwt_unverified
    from wallet.identity.keys import PublicKey

    try:
        _h, payload = decode_jwt_unverified(text.split("~", 1)[0])
        thumb = PublicKey.from_jwk((payload.get("cnf") or {})["jwk"]).thumbprint()
    except Exception:  # not bound, or not a usable key
        return None
    from wallet.identity.did import public_key_from_did_key

    for d in wallet.dids():
        if public_key_from_did_key(d["did"]).thumbprint() == thumb:
            return str(d["did"])
    return None


def _holder_for_sd_jwt(wallet: Wallet, text: str, fallback: Any) -> Any:
    """The wallet signer whose key is the SD-JWT's ``cnf.jwk``, if any."""
    from wallet.credentials.formats import decode_jwt_unverified
    from wallet.identity.keys import PublicKey

    try:
        _h, payload = decode_jwt_unverified(text.split("~", 1)[0])
        jwk = (payload.get("cnf") or {}).get("jwk")
        if not jwk:
            return None
        thumb = PublicKey.from_jwk(jwk).thumbprint()
    except Exception:  # not bound: present without key binding
        return None
    if fallback.public_key.thumbprint() == thumb:
        return fallback
    for d in wallet.dids():
        s = wallet.signer(d["did"])
        if s.public_key.thumbprint() == thumb:
            return s
    raise SigningError("This SD-JWT credential is bound to a key this wallet does not hold.")


# --- verification ----------------------------------------------------------------------------------


def verify_presentation(
    vp: dict[str, Any],
    *,
    resolver: Any,
    challenge: str | None = None,
    domain: str | None = None,
    now: datetime | None = None,
    **credential_options: Any,
) -> Report:
    """Verify a JSON-LD presentation: holder proof, challenge/domain, expiry, every credential."""
    from wallet.credentials.verify import verify_credential
    from wallet.proofs import verify_proofs

    now = now or datetime.now(UTC)
    holder = vp.get("holder")
    holder_id = holder.get("id") if isinstance(holder, dict) else holder
    checks: list[Check] = []
    try:
        proof_checks = verify_proofs(vp, resolver=resolver, purpose="authentication",
                                     expected_controller=holder_id if isinstance(holder_id, str) else None,
                                     challenge=challenge, domain=domain, now=now)
    except MalformedProof as exc:
        proof_checks = [Check("proof", "failed", f"The presentation is not signed by its holder: {exc.message}")]
    for c in proof_checks:
        checks.append(Check("holder-proof", c.status, c.detail, c.data) if c.name == "proof" else c)
    names = {c.name for c in checks}
    proofs = vp.get("proof")
    plist = [p for p in (proofs if isinstance(proofs, list) else [proofs]) if isinstance(p, dict)]
    if challenge is not None and "challenge" not in names:
        got = next((p.get("challenge") for p in plist if "challenge" in p), None)
        checks.append(Check("challenge", "passed" if got == challenge else "failed",
                            "The presentation answers this request." if got == challenge
                            else f"The presentation answers another request (challenge {got!r}).",
                            reason="" if got == challenge else "challenge-mismatch" if got is not None
                            else "request-not-answered"))
    if domain is not None and "domain" not in names:
        got = next((p.get("domain") for p in plist if "domain" in p), None)
        checks.append(Check("domain", "passed" if got == domain else "failed",
                            f"Made for {domain}." if got == domain else f"Made for {got!r}, not {domain!r}.",
                            reason="" if got == domain else "domain-mismatch" if got is not None
                            else "request-not-answered"))
    for p in plist:
        exp = p.get("expires")
        if isinstance(exp, str):
            try:
                when = datetime.fromisoformat(exp.replace("Z", "+00:00"))
            except ValueError:
                checks.append(Check("expiry", "failed", f"The presentation's expiry {exp!r} is not a date."))
                continue
            checks.append(Check("expiry", "failed" if when < now else "passed",
                                f"The presentation expired on {exp}." if when < now else f"Valid until {exp}."))

    reports: list[Report] = []
    raw_creds = vp.get("verifiableCredential")
    for cred in raw_creds if isinstance(raw_creds, list) else ([raw_creds] if raw_creds else []):
        reports.append(_verify_embedded(cred, resolver=resolver, now=now, challenge=challenge, domain=domain,
                                        verify_credential=verify_credential, **credential_options))
        subj = _subject_ids(cred) if isinstance(cred, dict) else []
        title = reports[-1].subject or "a credential"
        if subj:
            ok = isinstance(holder_id, str) and holder_id in subj
            checks.append(Check("holder-binding", "passed" if ok else "failed",
                                f"{title} was issued to the holder who signed the presentation." if ok else
                                f"{title} was issued to {subj[0]}, but the presentation is signed by {holder_id}."))
        elif isinstance(cred, dict) and cred.get("type") != "EnvelopedVerifiableCredential":
            checks.append(Check("holder-binding", "warning", f"{title} names no subject, so it is not bound to the holder."))
    if not reports:
        checks.append(Check("credentials", "warning", "The presentation carries no credential."))
    return Report(tuple(checks), kind="presentation", subject=str(holder_id or "presentation"),
                  format="vp", credentials=tuple(reports))


def _verify_embedded(cred: Any, *, resolver: Any, now: datetime, challenge: str | None, domain: str | None,
                     verify_credential: Any, **opts: Any) -> Report:
    if isinstance(cred, dict) and cred.get("type") == "EnvelopedVerifiableCredential":
        ident = str(cred.get("id", ""))
        head, _, body = ident.partition(",")
        if "sd-jwt" in head:
            from wallet.proofs.sdjwt import verify_sd_jwt

            res = verify_sd_jwt(body, resolver=resolver, now=now, nonce=challenge, aud=domain)
            # status, schema, issuer key and trust: as for any SD-JWT VC
            base: Report = verify_credential(body, resolver=resolver, now=now, **opts)
            seen = {c.name for c in res.checks}
            return Report(tuple(res.checks) + tuple(c for c in base.checks if c.name not in seen),
                          subject=str(res.claims.get("name") or res.claims.get("vct") or "SD-JWT VC"),
                          format="sd-jwt-vc")
        report: Report = verify_credential(body, resolver=resolver, now=now, **opts)
        return report
    result: Report = verify_credential(cred, resolver=resolver, now=now, **opts)
    return result


def default_expiry(now: datetime, days: int = 30) -> datetime:
    return now + timedelta(days=days)


def qr_text_for(p: Presentation, form: str = "auto") -> str:
    """The text a QR code of this presentation carries: for a JSON-LD VP ``VP1-B…`` or the compact
    ``LW1:…``, whichever makes the smaller code (``form`` "vp1" or "lw1" forces one; see
    :func:`wallet.share.qr.vp_to_qr_text`), the SD-JWT itself for a lone SD-JWT presentation."""
    if p.kind == "sd-jwt":
        assert p.text is not None
        from wallet.share.qr import sdjwt_qr_text

        return str(sdjwt_qr_text(p.text))
    from wallet.share.qr import vp_to_qr_text

    assert p.document is not None
    if form not in ("auto", "vp1", "lw1"):
        raise InputError(f"Unknown QR text form {form!r}; use auto, vp1 or lw1.")
    return str(vp_to_qr_text(p.document, form=form))  # type: ignore[arg-type]
