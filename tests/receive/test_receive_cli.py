"""``learner-wallet-cli receive OFFER [--tx-code CODE] [--did DID]`` against the real issuer on loopback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from oid4vci_issuer import Issuer

from wallet.cli import main
from wallet.share.qr import qr_png

pytestmark = [pytest.mark.keychain, pytest.mark.interop]


def test_cli_receives_an_offer_with_a_tx_code_bound_to_the_chosen_did(
        wallet: Any, home: Path, oid4vci_issuer: Issuer, capsys: Any) -> None:
    did, _ = wallet.create_did("ed25519", "Work")
    offer = oid4vci_issuer.offer(format="dc+sd-jwt", txCode="2468")
    code = main(["--home", str(home), "--json", "receive", offer["offer"], "--tx-code", "2468", "--did", did])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0, doc
    assert doc["did"] == did and len(doc["added"]) == 1
    assert doc["offer"]["issuer"] == "Northfield State University"
    assert doc["offer"]["credentials"][0]["format"] == "dc+sd-jwt"


def test_cli_reads_the_offer_from_a_qr_image(wallet: Any, home: Path, oid4vci_issuer: Issuer, tmp_path: Path,
                                             capsys: Any) -> None:
    offer = oid4vci_issuer.offer(format="ldp_vc", byReference=True)
    image = tmp_path / "offer.png"
    image.write_bytes(qr_png(offer["offer"]))
    assert main(["--home", str(home), "--json", "receive", str(image)]) == 0
    assert len(json.loads(capsys.readouterr().out)["added"]) == 1


def test_cli_wrong_tx_code_is_a_coded_error_and_stores_nothing(wallet: Any, home: Path, oid4vci_issuer: Issuer,
                                                               capsys: Any) -> None:
    offer = oid4vci_issuer.offer(format="ldp_vc", txCode="2468")
    code = main(["--home", str(home), "--json", "receive", offer["offer"], "--tx-code", "1111"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 1 and doc["error"]["code"] == "wrong-tx-code"
    assert wallet.credential_count() == 0


def test_cli_unknown_did_is_refused_before_the_issuer_is_contacted(wallet: Any, home: Path, oid4vci_issuer: Issuer,
                                                                   capsys: Any) -> None:
    offer = oid4vci_issuer.offer(format="ldp_vc")
    code = main(["--home", str(home), "--json", "receive", offer["offer"], "--did", "did:key:z6MkNotMine"])
    assert code == 2 and json.loads(capsys.readouterr().out)["error"]["code"] == "not-found"
    assert oid4vci_issuer.log(offer) == []
