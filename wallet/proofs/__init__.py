"""Data Integrity proofs: verification of every suite the wallet meets, and the signing it needs.

Verify: ``eddsa-rdfc-2022`` (and ``eddsa-2022``), ``eddsa-jcs-2022``, ``Ed25519Signature2020``,
``ecdsa-rdfc-2019`` / ``ecdsa-jcs-2019`` (P-256, P-384), ``ecdsa-sd-2023`` (derived proofs; base
proofs as the holder's confirm check), ``Ed25519Signature2018`` and ``JsonWebSignature2020`` (detached
JWS, :mod:`.jws_ld`), proof sets and chains; ``bbs-2023`` and ``RsaSignature2018`` are reported
"not-checked". Sign: ``eddsa-rdfc-2022``, ``ecdsa-rdfc-2019``, ``ecdsa-sd-2023`` base + derive.
The only package that uses cryptography hazmat for proofs (key checks go through :mod:`wallet.keys`).
"""

from __future__ import annotations

from wallet.proofs.signing import sd_base_proof, sd_derive, sd_disclosure_info, sign
from wallet.proofs.suites import SUITES, UNSUPPORTED, suite_name
from wallet.proofs.verify import verify_proofs

__all__ = [
    "SUITES",
    "UNSUPPORTED",
    "sd_base_proof",
    "sd_derive",
    "sd_disclosure_info",
    "sign",
    "suite_name",
    "verify_proofs",
]
