"""The fast JSON-LD paths (wallet.jsonld.fastexpand, wallet.jsonld.fastrdf) give pyld's answers.

Verification expands and canonicalizes through a faster path than pyld's generic one; these tests
hold it to pyld on every JSON-LD document of the test vectors, on random highly symmetric blank
node graphs, and check that the expansion shared inside one verification is keyed by content."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld as pyld_jsonld

from wallet.jsonld import JsonLd, default_jsonld, shared_work
from wallet.jsonld.canon import DEFAULT_LIMITS, LimitedURDNA2015
from wallet.jsonld.fastrdf import Rdfc10, quads_of_expanded
from wallet.jsonld.processor import _MemoProcessor

VECTORS = Path(__file__).resolve().parents[1] / "vectors"


def _documents() -> list[tuple[str, dict[str, Any]]]:
    docs: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(VECTORS.rglob("*.json*")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, ValueError):
            continue
        for i, doc in enumerate(data if isinstance(data, list) else [data]):
            if isinstance(doc, dict) and "@context" in doc:
                name = f"{path.relative_to(VECTORS)}#{i}"
                docs.append((name, doc))
                if "proof" in doc:
                    docs.append((name + "-unsecured", {k: v for k, v in doc.items() if k != "proof"}))
    return docs


DOCS = _documents()


def _pyld_expand(jl: JsonLd, doc: Any, dropped: list[str]) -> Any:
    return pyld_jsonld.JsonLdProcessor(on_property_dropped=dropped.append).expand(doc, jl._options())


def _pyld_canonical(jl: JsonLd, doc: Any, hash_name: str = "sha256") -> str:
    dataset = pyld_jsonld.JsonLdProcessor().to_rdf(doc, jl._options(produceGeneralizedRdf=False))
    algo = LimitedURDNA2015(hash_name, DEFAULT_LIMITS)
    return str(algo.main(dataset, {"algorithm": "URDNA2015", "format": "application/n-quads"}))


def test_there_are_many_vector_documents() -> None:
    assert len(DOCS) > 150


@pytest.mark.parametrize("name,doc", DOCS, ids=[n for n, _ in DOCS])
def test_fast_paths_match_pyld_on_vectors(name: str, doc: dict[str, Any]) -> None:
    jl = default_jsonld()
    slow_dropped: list[str] = []
    fast_dropped: list[str] = []
    try:
        slow = _pyld_expand(jl, doc, slow_dropped)
    except pyld_jsonld.JsonLdError as exc:  # pyld refuses it: so must the fast path, the same way
        with pytest.raises(pyld_jsonld.JsonLdError) as fast_exc:
            _MemoProcessor(jl._memo, jl._iri_memo, jl._value_infos, jl._key_plans).expand(doc, jl._options())
        assert type(fast_exc.value) is type(exc) and str(fast_exc.value) == str(exc)
        return
    fast = _MemoProcessor(jl._memo, jl._iri_memo, jl._value_infos, jl._key_plans,
                          on_property_dropped=fast_dropped.append).expand(doc, jl._options())
    assert json.dumps(fast) == json.dumps(slow)  # same content, same order
    assert fast_dropped == slow_dropped
    assert jl.canonicalize(doc) == _pyld_canonical(jl, doc)


def _symmetric_graph(seed: int) -> list[dict[str, Any]]:
    """A random graph of a few blank nodes over one or two predicates: many look alike."""
    r = random.Random(seed)
    n = r.randint(1, 7)
    preds = [f"https://example.org/p{i}" for i in range(r.randint(1, 2))]
    nodes: list[dict[str, Any]] = []
    for i in range(n):
        node: dict[str, Any] = {"@id": f"_:n{i}"}
        for _ in range(r.randint(0, 3)):
            target = {"@id": f"_:n{r.randrange(n)}"} if r.random() < 0.8 else {"@value": r.choice("ab")}
            node.setdefault(r.choice(preds), []).append(target)
        if r.random() < 0.2:
            node["@graph"] = [{"@id": f"_:n{r.randrange(n)}", preds[0]: [{"@id": f"_:n{r.randrange(n)}"}]}]
        nodes.append(node)
    if r.random() < 0.3:
        nodes[0].setdefault(preds[0], []).append({"@list": [{"@value": "x"}, {"@id": f"_:n{r.randrange(n)}"}]})
    return nodes


@pytest.mark.parametrize("hash_name", ["sha256", "sha384"])
def test_fast_rdfc_matches_pyld_on_symmetric_graphs(hash_name: str) -> None:
    jl = default_jsonld()
    for seed in range(400):
        nodes = _symmetric_graph(seed)
        expected = _pyld_canonical(jl, nodes, hash_name)
        fast, _ = Rdfc10(hash_name, DEFAULT_LIMITS).canonicalize(quads_of_expanded(jl.expand(nodes)))
        assert fast == expected, seed
        nquads = pyld_jsonld.JsonLdProcessor().to_rdf(nodes, jl._options(format="application/n-quads"))
        assert jl.canonicalize_nquads(nquads, hash_name=hash_name)[0] == expected, seed


def test_shared_expansion_is_keyed_by_content_not_by_object() -> None:
    """Inside one verification the same document is expanded once; a document changed in place
    (the same Python object) must not get the old answer."""
    jl = default_jsonld()
    doc = {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
           "credentialSubject": {"id": "did:example:1", "name": "Maya"}}
    with shared_work():
        before = jl.canonicalize(doc)
        assert jl.dropped_terms(doc) == []
        doc["credentialSubject"]["name"] = "Mallory"  # type: ignore[index]
        doc["madeUp"] = 1
        after = jl.canonicalize(doc)
        assert after != before and '"Mallory"' in after
        assert jl.dropped_terms(doc) == ["madeUp"]
    with shared_work():  # a new block starts empty
        assert jl.canonicalize(doc) == after
