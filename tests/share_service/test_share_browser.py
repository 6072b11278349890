"""The share page in a real browser: Debian's chromium driven by Playwright (never a browser Playwright
downloads) at a phone viewport (390x844), against the service on loopback. It checks what a person
gets: the verdict on the first screen, no request to any other site, no CSP violation, no sideways
scrolling, WCAG AA contrast of every piece of text (light and dark), tap targets, the checks opening
without script, the download verifying; and saves the screenshots in docs/screenshots/share-page-*.png.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from share_support import one_skill, signed_vp

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
PHONE = {"width": 390, "height": 844}
MARKUP = "<img src=x onerror=\"window.__pwned=1\"><script>document.title='pwned';window.__pwned=1</script>"

# every element with its own text: its colour, the first opaque background behind it, its size and weight
_CONTRAST_JS = """
() => {
  const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const p = m[1].split(',').map(s => parseFloat(s)); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const bgOf = el => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c.a > 0.99) return c; } return {r: 255, g: 255, b: 255, a: 1}; };
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const st = getComputedStyle(el); const r = el.getBoundingClientRect();
    if (st.visibility === 'hidden' || st.display === 'none' || r.width === 0 || r.right < 0 || r.left < -100) continue;
    const fg = parse(st.color), bg = bgOf(el);
    const l1 = lum(fg), l2 = lum(bg); const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(st.fontSize), bold = parseInt(st.fontWeight) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    out.push({text: el.textContent.trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100, need: large ? 3 : 4.5});
  }
  return out;
}
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"the browser tests need Debian's chromium at {CHROMIUM} (scripts/setup.sh installs it)",
                    pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def live(tmp_path: Path, trust_file: str, demo: Any, holder: Any) -> Iterator[dict[str, Any]]:
    """The demo's share service on 127.0.0.1 holding three links: verified, tampered, unknown issuer."""
    import sqlite3

    from share_service.app import create_app
    from share_service.config import ServiceConfig
    from share_service.local import LocalServer, free_port
    from wallet.identity.keystore import LocalSigner
    from wallet.proofs import sign

    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    config = ServiceConfig(origin=origin, db=str(tmp_path / "links.db"), trust_list_path=trust_file, demo=True,
                           name="North Prairie University — Career Connect")
    with LocalServer(create_app(config), port) as srv, httpx.Client(base_url=srv.origin, timeout=30) as http:
        def upload(creds: list[Any]) -> str:
            link_id = http.post("/api/links").json()["id"]
            r = http.post(f"/api/links/{link_id}", content=signed_vp(holder, creds, link_id, origin))
            assert r.status_code == 201, r.text
            return str(link_id)

        good = upload([one_skill(demo), demo.credentials["first-year-seminar"]])
        tampered = upload([one_skill(demo)])
        stranger = LocalSigner.generate("ed25519")
        badge = sign({
            "@context": ["https://www.w3.org/ns/credentials/v2",
                         "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "id": "urn:uuid:5d0f6c1e-2b3a-4c5d-8e9f-0a1b2c3d4e5f", "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {"id": stranger.did, "type": ["Profile"], "name": "Riverbend Volunteer Network"},
            "validFrom": "2025-03-01T00:00:00Z", "name": "Volunteer Shift Lead",
            "credentialSubject": {"id": holder.did, "type": ["AchievementSubject"], "achievement": {
                "id": "urn:uuid:6e1a7b2c-3d4e-5f60-7182-93a4b5c6d7e8", "type": ["Achievement"],
                "name": "Volunteer Shift Lead", "description": "Led weekend food-rescue shifts.",
                "criteria": {"narrative": "Led 12 shifts of 6-10 volunteers."}}},
        }, stranger)
        unknown = upload([badge])
        trick = json.loads(json.dumps(badge))
        for key in ("proof",):
            trick.pop(key)
        trick["name"] = trick["credentialSubject"]["achievement"]["name"] = MARKUP
        markup = upload([sign(trick, stranger)])
        db = sqlite3.connect(config.db or "")
        doc = json.loads(db.execute("SELECT presentation FROM share_links WHERE id = ?", (tampered,)).fetchone()[0])
        doc["verifiableCredential"][0]["credentialSubject"]["achievement"]["name"] = "Chief of Surgery"
        with db:
            db.execute("UPDATE share_links SET presentation = ? WHERE id = ?", (json.dumps(doc).encode(), tampered))
        db.close()
        yield {"origin": origin, "good": good, "tampered": tampered, "unknown": unknown, "markup": markup}


def _phone(browser: Any, lang: str, scheme: str = "light") -> Any:
    ctx = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True,
                              locale=lang, color_scheme=scheme, accept_downloads=True)
    page = ctx.new_page()
    page.problems = []  # console errors (CSP violations are reported there) and requests to other sites
    page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    return page


def _watch_origin(page: Any, origin: str) -> None:
    page.on("request", lambda r: page.problems.append(f"request to {r.url}")
            if not r.url.startswith(origin) else None)


def _check_person_view(page: Any) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "sideways scrolling"
    low = [c for c in page.evaluate(_CONTRAST_JS) if c["ratio"] < c["need"]]
    assert not low, f"text below WCAG AA contrast: {low[:5]}"
    small = page.evaluate("""() => [...document.querySelectorAll('a.button, summary, a.lang')]
        .map(e => e.getBoundingClientRect()).filter(r => r.width > 0 && r.height < 24).length""")
    assert small == 0, "tap targets smaller than 24 px"


def test_the_page_on_a_phone_in_english_and_spanish(browser: Any, live: dict[str, Any], tmp_path: Path) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    origin = live["origin"]
    page = _phone(browser, "en-US")
    _watch_origin(page, origin)
    page.goto(f"{origin}/v/{live['good']}")
    verdict = page.locator("section.verdict")
    assert verdict.get_attribute("data-verdict") == "verified"
    box = verdict.bounding_box()
    assert box is not None and box["y"] + box["height"] <= PHONE["height"]  # the verdict is on the first screen
    assert page.locator("h1").inner_text() == "Verified"
    assert page.get_by_text("Service-Learning: Community Health Outreach").count() >= 1
    first = page.locator("article.credential").first
    assert "Skill" in first.locator("dl.fields").inner_text()
    checks = first.locator("details").first
    assert not checks.locator("ul.checks").is_visible()
    checks.locator("summary").click()  # <details> opens without any script
    assert checks.locator("ul.checks").is_visible() and "Candidate" not in checks.inner_text()
    checks.locator("summary").click()
    _check_person_view(page)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SHOTS / "share-page-verified.png"), full_page=False)
    page.screenshot(path=str(tmp_path / "full.png"), full_page=True)
    with page.expect_download() as dl:
        page.get_by_text("Download the signed presentation (JSON)").click()
    data = Path(dl.value.path()).read_bytes()
    from wallet.trust.sources import TrustSources
    from wallet.verifier.engine import verify_bytes

    rep = verify_bytes(data, challenge=live["good"], domain=origin, trust=TrustSources.default(demo=True))[0]
    assert rep.verified  # the employer's own check of the downloaded bytes
    assert page.problems == []
    page.context.close()

    es = _phone(browser, "es-ES")
    _watch_origin(es, origin)
    es.goto(f"{origin}/v/{live['good']}")
    assert es.locator("html").get_attribute("lang") == "es"
    assert es.locator("h1").inner_text() == "Verificado"
    assert es.get_by_text("Lo que el estudiante eligió mostrar").count() >= 1
    _check_person_view(es)
    es.screenshot(path=str(SHOTS / "share-page-es.png"), full_page=False)
    assert es.problems == []
    es.context.close()


def test_tampered_unrecognised_dark_and_not_found(browser: Any, live: dict[str, Any]) -> None:
    origin = live["origin"]
    page = _phone(browser, "en-US")
    _watch_origin(page, origin)
    page.goto(f"{origin}/v/{live['tampered']}")
    assert page.locator("section.verdict").get_attribute("data-verdict") == "not-verified"
    assert page.locator("h1").inner_text() == "Not verified"
    assert "Issuer's signature" in page.locator("section.verdict .failed").inner_text()  # says what failed
    _check_person_view(page)
    page.screenshot(path=str(SHOTS / "share-page-not-verified.png"), full_page=False)

    page.goto(f"{origin}/v/{live['unknown']}")
    assert page.locator("section.verdict").get_attribute("data-verdict") == "authentic-unrecognised"
    _check_person_view(page)
    page.screenshot(path=str(SHOTS / "share-page-unrecognised.png"), full_page=False)

    resp = page.goto(f"{origin}/v/{'Z' * 22}")
    assert resp is not None and resp.status == 404
    assert page.locator("h1").inner_text() == "Link not found"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(244, 245, 247)"  # styled
    _check_person_view(page)
    assert [p for p in page.problems if "status of 404" not in p] == []  # the 404 is the page's own status
    page.context.close()

    dark = _phone(browser, "en-US", scheme="dark")
    _watch_origin(dark, origin)
    dark.goto(f"{origin}/v/{live['good']}")
    _check_person_view(dark)
    dark.screenshot(path=str(SHOTS / "share-page-dark.png"), full_page=False)
    assert dark.problems == []
    dark.context.close()


def test_markup_in_a_credential_stays_text(browser: Any, live: dict[str, Any]) -> None:
    """A signed credential whose name is markup with script: autoescaped, and no script may run anyway."""
    page = _phone(browser, "en-US")
    _watch_origin(page, live["origin"])
    page.goto(f"{live['origin']}/v/{live['markup']}")
    assert page.title() != "pwned" and page.evaluate("window.__pwned === undefined")
    assert page.get_by_text(MARKUP).count() >= 1  # shown literally, as the issuer wrote it
    assert page.locator("article img").count() == 0
    assert page.problems == []
    page.context.close()
