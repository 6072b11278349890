"""The offline JSON-LD layer: bundle integrity, offline loader, canonicalization and its limits."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from pathlib import Path

import pytest

from wallet.errors import LimitExceeded, UnknownContext
from wallet.jsonld import (
    CanonLimits,
    ContextBundle,
    JsonLd,
    OfflineDocumentLoader,
    canonicalize,
    default_jsonld,
    resources_dir,
)

ROOT = Path(__file__).resolve().parents[2]
OB = json.loads((ROOT / "tests/vectors/1edtech-ob30-spec/linked-data-proof-ob.extracted.json").read_text())


def test_resources_dir_is_the_checkout_and_env_overrides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resources_dir() == ROOT / "resources"
    (tmp_path / "contexts").mkdir()
    (tmp_path / "contexts" / "manifest.json").write_text("{}")
    monkeypatch.setenv("LEARNER_WALLET_RESOURCES", str(tmp_path))
    assert resources_dir() == tmp_path


def test_manifest_lists_every_bundled_file_with_its_hash() -> None:
    directory = resources_dir() / "contexts"
    manifest = json.loads((directory / "manifest.json").read_text())["contexts"]
    assert "https://www.w3.org/ns/credentials/v2" in manifest
    assert "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json" in manifest
    files = {
        p.name for p in directory.iterdir() if p.suffix in (".json", ".jsonld") and p.name != "manifest.json"
    }
    assert files == {e["file"] for e in manifest.values()}
    for entry in manifest.values():
        assert hashlib.sha256((directory / entry["file"]).read_bytes()).hexdigest() == entry["sha256"]
    # the VC 2.0 context is the one whose hash the REC publishes
    assert manifest["https://www.w3.org/ns/credentials/v2"]["sha256"].startswith("59955ced6697d61e")


def test_loader_serves_bundle_with_static_tag_and_refuses_the_rest() -> None:
    loader = OfflineDocumentLoader(ContextBundle.load())
    doc = loader("https://www.w3.org/ns/credentials/v2", {})
    assert doc["tag"] == "static" and "@context" in doc["document"]
    with pytest.raises(UnknownContext) as err:
        loader("https://example.com/not-bundled", {})
    assert err.value.message == "context https://example.com/not-bundled is not available offline"
    assert loader.requested == ["https://example.com/not-bundled"]


def test_unknown_context_is_a_clear_error_never_a_fetch() -> None:
    doc = {"@context": ["https://www.w3.org/ns/credentials/v2", "https://evil.example/ctx.json"], "type": "X"}
    with pytest.raises(UnknownContext) as err:
        canonicalize(doc)
    assert err.value.url == "https://evil.example/ctx.json"


def test_tampered_bundle_file_is_refused(tmp_path: Path) -> None:
    src = resources_dir() / "contexts"
    dst = tmp_path / "contexts"
    shutil.copytree(src, dst)
    path = dst / "credentials-v2.jsonld"
    path.write_bytes(path.read_bytes().replace(b"VerifiableCredential", b"VerifiableCredentiaX", 1))
    bundle = ContextBundle.load(dst)
    with pytest.raises(ValueError, match="does not match its manifest sha256"):
        bundle.document("https://www.w3.org/ns/credentials/v2")


def test_canonicalize_reproduces_the_ob30_vector() -> None:
    doc = {k: v for k, v in OB["signedCredential"].items() if k != "proof"}
    expected = (ROOT / "tests/vectors/1edtech-ob30-spec/test-vectors/obv3p0/document-canon.txt").read_text()
    assert canonicalize(doc) == expected
    # the result does not depend on the processor instance or on the cache being warm
    assert JsonLd().canonicalize(doc) == expected
    assert default_jsonld().canonicalize(doc) == expected


def test_canonical_label_map_is_exposed() -> None:
    doc = {
        "@context": {"@vocab": "https://example.org/"},
        "knows": {"name": "Ana", "knows": {"name": "Bo"}},
    }
    text, label_map = default_jsonld().canonicalize_with_map(doc)
    assert sorted(label_map.values()) == ["c14n0", "c14n1", "c14n2"]
    assert "_:c14n2" in text and "_:b" not in text


def _poisoned_nquads(n: int) -> str:
    """n blank nodes, every one linked to every other: all look alike to RDFC-1.0."""
    lines = []
    for i in range(n):
        for j in range(n):
            if i != j:
                lines.append(f"_:n{i} <https://example.org/p> _:n{j} .\n")
    return "".join(lines)


def test_poisoned_dataset_hits_the_work_limit() -> None:
    jl = JsonLd(limits=CanonLimits(max_hash_ndegree_steps=5_000, max_seconds=20))
    start = time.monotonic()
    with pytest.raises(LimitExceeded, match="Hash N-Degree Quads steps"):
        jl.canonicalize_nquads(_poisoned_nquads(9))
    assert time.monotonic() - start < 20  # stopped by the step limit, not by luck


def test_poisoned_dataset_deadline_and_blank_node_limits() -> None:
    with pytest.raises(LimitExceeded, match="longer than"):
        JsonLd(limits=CanonLimits(max_hash_ndegree_steps=10**9, max_seconds=0.2)).canonicalize_nquads(
            _poisoned_nquads(9)
        )
    with pytest.raises(LimitExceeded, match="blank nodes"):
        JsonLd(limits=CanonLimits(max_blank_nodes=5)).canonicalize_nquads(_poisoned_nquads(6))


def test_small_symmetric_dataset_is_within_the_default_limits() -> None:
    text, _ = default_jsonld().canonicalize_nquads(_poisoned_nquads(3))
    assert text.count("\n") == 6 and "_:c14n2" in text


def test_poisoned_jsonld_document_is_refused() -> None:
    """The same attack through a JSON-LD document (the default limits apply)."""
    n = 9
    nodes = [
        {"@id": f"_:n{i}", "https://example.org/p": [{"@id": f"_:n{j}"} for j in range(n) if j != i]}
        for i in range(n)
    ]
    with pytest.raises(LimitExceeded):
        canonicalize({"@graph": nodes})


def test_dropped_terms_are_reported() -> None:
    doc = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": "VerifiableCredential",
        "credentialSubject": {"id": "did:example:1", "favouriteColour": "blue"},
        "madeUp": 1,
    }
    assert sorted(default_jsonld().dropped_terms(doc)) == ["favouriteColour", "madeUp"]
    clean = {k: v for k, v in OB["signedCredential"].items() if k != "proof"}
    assert default_jsonld().dropped_terms(clean) == []


def test_concurrent_canonicalization_shares_the_caches_safely() -> None:
    from concurrent.futures import ThreadPoolExecutor

    jl = JsonLd()
    doc = {k: v for k, v in OB["signedCredential"].items() if k != "proof"}
    expected = (ROOT / "tests/vectors/1edtech-ob30-spec/test-vectors/obv3p0/document-canon.txt").read_text()
    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(lambda _: jl.canonicalize(doc), range(60)))
    assert set(results) == {expected}


def test_scoped_context_memo_does_not_leak_between_documents() -> None:
    """The processed-context memo is keyed by context: a term defined inline in one document must
    not appear in another that lacks it."""
    jl = JsonLd()
    with_term = {
        "@context": ["https://www.w3.org/ns/credentials/v2", {"colour": "https://example.org/colour"}],
        "colour": "red",
    }
    without = {"@context": ["https://www.w3.org/ns/credentials/v2"], "colour": "red"}
    assert "https://example.org/colour" in jl.canonicalize(with_term)
    assert jl.canonicalize(without) == ""
    assert "https://example.org/colour" in jl.canonicalize(with_term)
