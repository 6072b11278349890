"""Adding Data Integrity proofs: ``eddsa-rdfc-2022`` / ``ecdsa-rdfc-2019`` (credentials and
presentations) and ``ecdsa-sd-2023`` base proofs and derived proofs."""

from __future__ import annotations

import copy
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec

from wallet.errors import MalformedProof, SigningError
from wallet.jsonld import JsonLd, default_jsonld
from wallet.proofs import ecdsa_sd
from wallet.proofs.common import DI_V2_CONTEXT, VC_V2_CONTEXT, Signer, parse_xsd_datetime, unsecured, xsd_now
from wallet.proofs.sd_primitives import parse_pointer

__all__ = ["sd_base_proof", "sd_derive", "sd_disclosure_info", "sign"]

_SIGNING_SUITES = {"eddsa-rdfc-2022": frozenset({"ed25519"}), "ecdsa-rdfc-2019": frozenset({"p256", "p384"})}


def _with_suite_context(document: dict[str, Any]) -> dict[str, Any]:
    """VC 2.0 defines DataIntegrityProof; older documents get the Data Integrity v2 context."""
    ctx = document.get("@context")
    ctxs = ctx if isinstance(ctx, list) else [ctx] if ctx is not None else []
    if (
        VC_V2_CONTEXT in ctxs
        or DI_V2_CONTEXT in ctxs
        or "https://w3id.org/security/data-integrity/v1" in ctxs
    ):
        return document
    if not ctxs:
        raise SigningError("the document has no @context; Data Integrity proofs need JSON-LD")
    out = dict(document)
    out["@context"] = [*ctxs, DI_V2_CONTEXT]
    return out


def _options(
    signer: Signer,
    cryptosuite: str,
    purpose: str,
    created: str | None,
    challenge: str | None,
    domain: str | None,
    expires: str | None,
) -> dict[str, Any]:
    vm = getattr(signer, "verification_method", None)
    if not isinstance(vm, str) or not vm:
        raise SigningError("the signer has no verification method")
    created = created or xsd_now()
    for name, value in (("created", created), ("expires", expires)):
        if value is not None and parse_xsd_datetime(value) is None:
            raise SigningError(f"{name} {value!r} is not an xsd:dateTime")
    proof: dict[str, Any] = {
        "type": "DataIntegrityProof",
        "cryptosuite": cryptosuite,
        "created": created,
        "verificationMethod": vm,
        "proofPurpose": purpose,
    }
    if expires is not None:
        proof["expires"] = expires
    if challenge is not None:
        proof["challenge"] = challenge
    if domain is not None:
        proof["domain"] = domain
    return proof


def _attach(document: dict[str, Any], proof: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(document)
    existing = out.get("proof")
    if existing is None:
        out["proof"] = proof
    elif isinstance(existing, list):
        out["proof"] = [*existing, proof]
    else:
        out["proof"] = [existing, proof]
    return out


def sign(
    document: dict[str, Any],
    signer: Signer,
    *,
    cryptosuite: str = "eddsa-rdfc-2022",
    purpose: str = "assertionMethod",
    created: str | None = None,
    challenge: str | None = None,
    domain: str | None = None,
    expires: str | None = None,
    jsonld: JsonLd | None = None,
) -> dict[str, Any]:
    """A copy of ``document`` with a new proof appended (a proof set when one exists already)."""
    from wallet.proofs.suites import SUITES

    if cryptosuite not in _SIGNING_SUITES:
        raise SigningError(
            f"signing with {cryptosuite} is not supported (eddsa-rdfc-2022, ecdsa-rdfc-2019 are)"
        )
    if signer.key_type not in _SIGNING_SUITES[cryptosuite]:
        raise SigningError(f"{cryptosuite} cannot sign with a {signer.key_type} key")
    jsonld = jsonld or default_jsonld()
    doc = _with_suite_context(document)
    proof = _options(signer, cryptosuite, purpose, created, challenge, domain, expires)
    proof["proofValue"] = SUITES[cryptosuite].sign_value(unsecured(doc), proof, signer, jsonld)
    return _attach(doc, proof)


def sd_base_proof(
    document: dict[str, Any],
    signer: Signer,
    mandatory_pointers: list[str],
    *,
    created: str | None = None,
    hmac_key: bytes | None = None,
    proof_key: ec.EllipticCurvePrivateKey | None = None,
    jsonld: JsonLd | None = None,
) -> dict[str, Any]:
    """A copy of ``document`` with an ecdsa-sd-2023 **base** proof (P-256 issuer key).

    ``hmac_key`` (32 bytes) and ``proof_key`` (the proof-scoped P-256 key) are fresh random
    values unless given (tests pass the W3C vector's)."""
    if "proof" in document:
        raise SigningError(
            "the document already has a proof; ecdsa-sd-2023 base proofs go on an unsigned document"
        )
    for p in mandatory_pointers:
        parse_pointer(p)
    jsonld = jsonld or default_jsonld()
    doc = _with_suite_context(document)
    proof = _options(signer, "ecdsa-sd-2023", "assertionMethod", created, None, None, None)
    proof["proofValue"] = ecdsa_sd.create_base_proof_value(
        doc, proof, signer, list(mandatory_pointers), jsonld, hmac_key=hmac_key, proof_key=proof_key
    )
    return _attach(doc, proof)


def sd_derive(
    document_with_base_proof: dict[str, Any], selective_pointers: list[str], *, jsonld: JsonLd | None = None
) -> dict[str, Any]:
    """The disclosure document revealing ``selective_pointers`` (plus the mandatory ones)."""
    return ecdsa_sd.derive(document_with_base_proof, list(selective_pointers), jsonld or default_jsonld())


def sd_disclosure_info(document_with_base_proof: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(mandatory pointers, pointers to the leaf values a holder may choose to reveal).

    Leaves under a mandatory pointer are always revealed and not listed; ``@context``, ``proof``
    and ``type`` values are never selectable (types travel with every selection)."""
    proof = document_with_base_proof.get("proof")
    if isinstance(proof, list):
        proof = next(
            (p for p in proof if isinstance(p, dict) and p.get("cryptosuite") == "ecdsa-sd-2023"), None
        )
    if not isinstance(proof, dict) or proof.get("cryptosuite") != "ecdsa-sd-2023":
        raise MalformedProof("the document has no ecdsa-sd-2023 base proof")
    mandatory = ecdsa_sd.parse_base(proof.get("proofValue")).mandatory_pointers
    leaves: list[str] = []
    _leaves(unsecured(document_with_base_proof), "", leaves)

    def covered(ptr: str) -> bool:
        return any(ptr == m or ptr.startswith(m.rstrip("/") + "/") or m == "" for m in mandatory)

    return list(mandatory), [p for p in leaves if not covered(p)]


def _escape(key: str) -> str:
    from wallet.pointer import escape

    return escape(key)


def _leaves(value: Any, prefix: str, out: list[str]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            if k in ("@context", "type", "@type") or (prefix == "" and k == "proof"):
                continue
            _leaves(v, f"{prefix}/{_escape(k)}", out)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _leaves(v, f"{prefix}/{i}", out)
    else:
        out.append(prefix)
