"""The share service over HTTP (Starlette's TestClient, a real SQLite file): upload authenticated by the
presentation itself, refusals, uniform 404s, expiry and purging, deletion by the holder, rate limits,
tampering in the database, content negotiation, Spanish, view counts and privacy."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

from share_support import ORIGIN, Service, make_service, one_skill, signed_vp, tamper_stored

from share_service.ratelimit import Limit


def test_upload_verifies_then_the_page_shows_the_verdict(service: Service, demo: Any, holder: Any) -> None:
    r = service.client.post("/api/links")
    assert r.status_code == 201
    slot = r.json()
    assert slot["origin"] == ORIGIN and slot["challenge"] == slot["id"] and slot["domain"] == ORIGIN
    assert re.fullmatch(r"[A-Za-z0-9_-]{22}", slot["id"])  # 128 random bits, URL-safe
    up = service.client.post(f"/api/links/{slot['id']}", content=signed_vp(holder, [one_skill(demo)], slot["id"]))
    assert up.status_code == 201, up.text
    body = up.json()
    assert body["url"] == f"{ORIGIN}/v/{slot['id']}" and body["holder"] == holder.did
    assert body["expires_at"] - service.clock.now == 30 * 86400  # the default lifetime

    page = service.client.get(f"/v/{slot['id']}", headers={"accept-language": "en"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    assert 'data-verdict="verified"' in html and ">Verified<" in html
    assert "Service-Learning: Community Health Outreach" in html
    assert "North Prairie University" in html and "recognised by" in html
    assert "Skill" in html and "Communication" in html  # the one disclosed skill, in words
    # the disclosed fields: never a JSON path, never a field the learner did not reveal
    fields = " ".join(re.findall(r'<dl class="fields">(.*?)</dl>', html, re.S))
    assert "<dt>Skill</dt>" in fields and "<dt>Achievement</dt>" in fields
    assert not re.search(r"credentialSubject|alignment|achievement\.|/achievement|\[\d\]", fields)
    assert "reflective essay" not in html  # the criteria narrative was not disclosed
    assert "Privacy:" in html and "keeps no record of who opens this page" in html
    assert "Last checked" in html and "The link expires on" in html


def test_ids_are_fresh_and_one_upload_per_id(service: Service, demo: Any, holder: Any) -> None:
    ids = {service.client.post("/api/links").json()["id"] for _ in range(5)}
    assert len(ids) == 5
    link_id = ids.pop()
    vp = signed_vp(holder, [one_skill(demo)], link_id)
    assert service.client.post(f"/api/links/{link_id}", content=vp).status_code == 201
    again = service.client.post(f"/api/links/{link_id}", content=vp)
    assert again.status_code == 404  # the slot is used: nobody replaces a stored presentation
    made_up = "A" * 22
    assert service.client.post(f"/api/links/{made_up}", content=signed_vp(holder, [one_skill(demo)], made_up)
                               ).status_code == 404  # an id the service never gave out


def test_upload_signed_for_another_link_or_origin_is_refused(service: Service, demo: Any, holder: Any) -> None:
    other = service.client.post("/api/links").json()["id"]
    r = service.upload(lambda link_id: signed_vp(holder, [one_skill(demo)], other))
    assert r.status_code == 403 and r.json()["error"]["code"] == "wrong-challenge"
    r = service.upload(lambda link_id: signed_vp(holder, [one_skill(demo)], link_id, domain="https://elsewhere.example"))
    assert r.status_code == 403 and r.json()["error"]["code"] == "wrong-domain"


def test_upload_with_a_broken_holder_signature_or_credential_is_refused(service: Service, demo: Any,
                                                                        holder: Any) -> None:
    def altered_vp(link_id: str) -> bytes:
        doc = json.loads(signed_vp(holder, [one_skill(demo)], link_id))
        doc["holder"] = doc["holder"]  # untouched holder, but a changed credential under the holder's proof
        doc["verifiableCredential"][0]["credentialSubject"]["achievement"]["name"] = "Chief Surgeon"
        return json.dumps(doc).encode()

    r = service.upload(altered_vp)
    assert r.status_code == 403 and r.json()["error"]["code"] == "holder-signature"

    def forged_credential(link_id: str) -> bytes:
        cred = json.loads(json.dumps(one_skill(demo)))
        cred["credentialSubject"]["achievement"]["name"] = "Chief Surgeon"
        return signed_vp(holder, [cred], link_id)  # the holder signs a credential the issuer never signed

    r = service.upload(forged_credential)
    assert r.status_code == 422 and r.json()["error"]["code"] == "does-not-verify"
    assert service.upload(lambda i: signed_vp(holder, [], i)).json()["error"]["code"] == "no-credential"
    r = service.upload(lambda i: b"VP1-B3EQ...")
    assert r.status_code == 415
    r = service.upload(lambda i: b"{not json")
    assert r.status_code in (400, 415) and "error" in r.json()


def test_size_cap(tmp_path: Path, trust_file: str, demo: Any, holder: Any) -> None:
    with make_service(tmp_path, trust_file, max_upload_bytes=4096) as svc:
        link_id = svc.client.post("/api/links").json()["id"]
        big = signed_vp(holder, [demo.credentials["clr"]], link_id)
        assert len(big) > 4096
        r = svc.client.post(f"/api/links/{link_id}", content=big)
        assert r.status_code == 413 and r.json()["error"]["code"] == "too-large"
        r = svc.client.post(f"/api/links/{link_id}?expires_days=999", content=b"{}")
        assert r.status_code == 400 and r.json()["error"]["code"] == "bad-expiry"


def _not_found(svc: Service, link_id: str) -> tuple[int, str, str]:
    r = svc.client.get(f"/v/{link_id}", headers={"accept-language": "en"})
    return r.status_code, r.text, r.headers.get("content-type", "")


def test_uniform_404_expiry_and_purge(service: Service, demo: Any, holder: Any) -> None:
    up = service.upload(lambda i: signed_vp(holder, [one_skill(demo)], i), days=2).json()
    link_id = up["id"]
    pending = service.client.post("/api/links").json()["id"]  # reserved, never uploaded
    assert service.client.get(f"/v/{link_id}").status_code == 200
    never = _not_found(service, "B" * 22)
    assert never[0] == 404
    assert _not_found(service, "not-an-id") == never
    assert _not_found(service, pending) == never
    service.clock.advance(2 * 86400 + 1)
    assert _not_found(service, link_id) == never  # expired: the same answer as never existed
    assert service.client.get(f"/v/{link_id}/presentation.json").status_code == 404
    assert service.client.get(f"/api/links/{link_id}").status_code == 404
    assert service.storage.purge(int(service.clock.now)) == 2  # the link and the stale reservation
    rows = sqlite3.connect(service.config.db).execute("SELECT COUNT(*) FROM share_links").fetchone()[0]
    assert rows == 0


def _delete_request(signer: Any, link_id: str, domain: str = ORIGIN) -> bytes:
    return signed_vp(signer, [], f"delete:{link_id}", domain)


def test_the_holder_deletes_the_link_and_nobody_else_can(service: Service, demo: Any, holder: Any) -> None:
    from wallet.identity.keystore import LocalSigner

    link_id = service.upload(lambda i: signed_vp(holder, [one_skill(demo)], i)).json()["id"]
    stranger = LocalSigner.generate("ed25519")
    r = service.client.request("DELETE", f"/api/links/{link_id}", content=_delete_request(stranger, link_id))
    assert r.status_code == 403 and r.json()["error"]["code"] == "not-the-holder"
    # the holder's signature for another request (the upload's challenge) does not delete
    r = service.client.request("DELETE", f"/api/links/{link_id}",
                               content=signed_vp(holder, [], link_id))
    assert r.status_code == 403 and r.json()["error"]["code"] == "wrong-challenge"
    assert service.client.get(f"/v/{link_id}").status_code == 200
    r = service.client.request("DELETE", f"/api/links/{link_id}", content=_delete_request(holder, link_id))
    assert r.status_code == 204
    assert _not_found(service, link_id) == _not_found(service, "C" * 22)
    r = service.client.request("DELETE", f"/api/links/{link_id}", content=_delete_request(holder, link_id))
    assert r.status_code == 404


def test_rate_limits_per_address_and_per_did(tmp_path: Path, trust_file: str, demo: Any, holder: Any) -> None:
    (tmp_path / "a").mkdir()
    with make_service(tmp_path / "a", trust_file, limit_reserve=Limit(3, 600)) as svc:
        ids = [svc.client.post("/api/links") for _ in range(4)]
        assert [r.status_code for r in ids] == [201, 201, 201, 429]
        assert int(ids[-1].headers["retry-after"]) > 0
    (tmp_path / "b").mkdir()
    with make_service(tmp_path / "b", trust_file, limit_upload_did=Limit(2, 3600), limit_view=Limit(5, 60)) as svc:
        ok = [svc.upload(lambda i: signed_vp(holder, [one_skill(demo)], i)) for _ in range(2)]
        assert all(r.status_code == 201 for r in ok)
        third = svc.upload(lambda i: signed_vp(holder, [one_skill(demo)], i))
        assert third.status_code == 429 and third.json()["error"]["code"] == "rate-limited"
        assert svc.storage.get(third.url.path.rsplit("/", 1)[1], int(svc.clock.now)) is None  # nothing stored
        link_id = ok[0].json()["id"]
        views = [svc.client.get(f"/v/{link_id}").status_code for _ in range(6)]
        assert views == [200] * 5 + [429]


def test_a_presentation_altered_in_the_database_shows_not_verified(service: Service, demo: Any,
                                                                   holder: Any) -> None:
    link_id = service.upload(lambda i: signed_vp(holder, [one_skill(demo)], i)).json()["id"]
    first = service.client.get(f"/v/{link_id}", headers={"accept": "application/json"}).json()
    assert first["verdict"] == "verified"
    tamper_stored(service.config.db, link_id)
    # no wait for the recheck interval: the cached verdict belongs to the old bytes only
    page = service.client.get(f"/v/{link_id}", headers={"accept-language": "en"})
    assert page.status_code == 200
    assert 'data-verdict="not-verified"' in page.text and "Not verified" in page.text
    assert ">Verified<" not in page.text
    report = service.client.get(f"/v/{link_id}", headers={"accept": "application/json"}).json()
    assert report["verdict"] == "not-verified" and report["verified"] is False


def test_content_negotiation_and_the_json_report(service: Service, demo: Any, holder: Any) -> None:
    link_id = service.upload(lambda i: signed_vp(holder, [one_skill(demo)], i)).json()["id"]
    html = service.client.get(f"/v/{link_id}", headers={"accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert html.headers["content-type"].startswith("text/html")
    assert "Accept" in html.headers["vary"]
    r = service.client.get(f"/v/{link_id}", headers={"accept": "application/json"})
    assert r.headers["content-type"].startswith("application/json")
    doc = r.json()
    assert doc["verdict"] == "verified" and doc["holder"] == holder.did
    assert doc["request"] == {"challenge": link_id, "domain": ORIGIN}
    cred = doc["credentials"][0]
    assert cred["title"] == "Service-Learning: Community Health Outreach"
    assert cred["issuer"]["recognised"] is True
    labels = {f["label"]: f["value"] for f in cred["fields"]}
    assert labels.get("Skill") == "Communication"
    assert all("/" not in f["label"] and "." not in f["label"] for f in cred["fields"])
    assert doc["report"]["kind"] == "presentation" and doc["checked_at"].endswith("Z")
    assert doc["link"]["views"] == 2  # the HTML view and this one
    # the explicit report URL and the downloads count no view
    assert service.client.get(f"/v/{link_id}/report.json").json()["link"]["views"] == 2
    vp = service.client.get(f"/v/{link_id}/presentation.json")
    assert vp.headers["content-disposition"].startswith("attachment")
    from wallet.verifier.engine import verify_bytes

    demo_trust = service.client.app.state.service.checker.trust  # the demo issuers are recognised in a demo only
    assert verify_bytes(vp.content, challenge=link_id, domain=ORIGIN, trust=demo_trust)[0].verified  # the bytes
    pkg = service.client.get(f"/v/{link_id}/package.lwpkg")
    assert pkg.status_code == 200 and pkg.content[:2] == b"PK"
    assert verify_bytes(pkg.content, challenge=link_id, domain=ORIGIN, trust=demo_trust)[0].verified
    assert service.client.get(f"/api/links/{link_id}").json()["views"] == 2


def test_spanish_by_accept_language(service: Service, demo: Any, holder: Any) -> None:
    link_id = service.upload(lambda i: signed_vp(holder, [one_skill(demo)], i)).json()["id"]
    page = service.client.get(f"/v/{link_id}", headers={"accept-language": "es-MX,es;q=0.9,en;q=0.5"})
    assert page.headers["content-language"] == "es"
    text = page.text
    assert '<html lang="es">' in text and ">Verificado<" in text
    assert "Emitido por" in text and "Competencia" in text and "Lo que el estudiante eligió mostrar" in text
    assert "Privacidad:" in text and "El enlace caduca el" in text
    assert re.search(r"\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
                     r"noviembre|diciembre) de \d{4}", text)
    assert "Verified" not in text and "Privacy:" not in text
    en = service.client.get(f"/v/{link_id}", headers={"accept-language": "fr-FR,de;q=0.8"})
    assert en.headers["content-language"] == "en"  # neither spoken here: English
    nf = service.client.get("/v/" + "D" * 22, headers={"accept-language": "es"})
    assert nf.status_code == 404 and "Enlace no encontrado" in nf.text
    doc = service.client.get(f"/v/{link_id}", headers={"accept": "application/json", "accept-language": "es"}).json()
    assert doc["verdict_text"] == "Verificado"


def test_headers_no_third_party_assets_and_no_addresses_stored(service: Service, demo: Any, holder: Any) -> None:
    link_id = service.upload(lambda i: signed_vp(holder, [one_skill(demo)], i)).json()["id"]
    page = service.client.get(f"/v/{link_id}")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp and "'unsafe-inline'" not in csp
    assert page.headers["x-content-type-options"] == "nosniff" and page.headers["referrer-policy"] == "no-referrer"
    assert "<script" not in page.text and "style=" not in page.text
    for ref in re.findall(r'(?:href|src)="([^"]+)"', page.text):
        assert ref.startswith(("/", "?", "#")), ref  # every asset and link is this service's own
    css = service.client.get("/static/share.css")
    assert css.status_code == 200 and "url(" not in css.text and "@import" not in css.text
    assert service.client.get("/v/" + "E" * 22).headers["content-security-policy"] == csp
    service.storage.close()
    raw = Path(service.config.db).read_bytes() + b"".join(
        p.read_bytes() for p in Path(service.config.db).parent.glob("links.db-*"))
    assert b"testclient" not in raw and b"127.0.0.1" not in raw  # no visitor address reaches the database


def _badge(issuer: Any, subject: str, name: str = "Data Literacy") -> dict[str, Any]:
    from wallet.proofs import sign

    return sign({
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "urn:uuid:3f1c6f1e-8d1a-4f5e-9b0c-2a7d4e5f6a7b",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer.did, "type": ["Profile"], "name": "Lakeshore Community College"},
        "validFrom": "2025-05-01T00:00:00Z", "name": name,
        "credentialSubject": {"id": subject, "type": ["AchievementSubject"], "achievement": {
            "id": "urn:uuid:0a1b2c3d-1111-2222-3333-444455556666", "type": ["Achievement"], "name": name,
            "description": "Reads, questions and presents data.",
            "criteria": {"narrative": "Completed the workshop series."}}},
    }, issuer)


def test_a_real_service_recognises_only_its_trust_list_and_refuses_demo_issuers(
        tmp_path: Path, demo: Any, holder: Any) -> None:
    from wallet.identity.keystore import LocalSigner
    from wallet.trust.issuers import TrustList

    known, unknown, learner = (LocalSigner.generate("ed25519") for _ in range(3))
    trust = tmp_path / "office-trust.json"
    trust.write_text(TrustList().add(known.did, "Lakeshore Community College").dumps())
    with make_service(tmp_path, str(trust), demo=False) as svc:
        r = svc.upload(lambda i: signed_vp(learner, [_badge(known, learner.did)], i))
        assert r.status_code == 201, r.text
        doc = svc.client.get(f"/v/{r.json()['id']}", headers={"accept": "application/json"}).json()
        assert doc["verdict"] == "verified" and doc["credentials"][0]["issuer"]["recognised"] is True
        r = svc.upload(lambda i: signed_vp(learner, [_badge(unknown, learner.did)], i))
        assert r.status_code == 201, r.text  # authentic: stored, and said to be from an unrecognised issuer
        page = svc.client.get(f"/v/{r.json()['id']}", headers={"accept-language": "en"})
        assert 'data-verdict="authentic-unrecognised"' in page.text and "issuer not recognised" in page.text
        assert ">Verified<" not in page.text
        r = svc.upload(lambda i: signed_vp(holder, [one_skill(demo)], i))  # a demo issuer on a real service
        assert r.status_code == 422 and "demo issuer" in json.dumps(r.json())
