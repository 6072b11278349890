"""RDF Dataset Canonicalization (RDFC-1.0 = URDNA2015) with work limits and a choice of hash.

pyld's ``URDNA2015`` is the canonicalizer (it matches every W3C / 1EdTech / DCC vector, including
``ob30/complete.json`` where other implementations differ). Two changes here:

* ``create_hash`` follows ``hash_name``: SHA-256 normally, SHA-384 for P-384 ECDSA suites (the
  blank-node labelling itself uses the suite's hash; see STANDARDS §1.3).
* **Dataset poisoning guard.** RDFC-1.0's Hash N-Degree Quads explores permutations of blank nodes
  that cannot be told apart; a crafted, highly symmetric dataset makes that exponential. The work
  is bounded by :class:`CanonLimits`: the number of blank nodes, the number of Hash N-Degree Quads
  steps (calls plus permutations tried), and a wall-clock deadline. Exceeding one raises
  :class:`~wallet.errors.LimitExceeded`. Real credentials need a few dozen steps at most.
"""

from __future__ import annotations

import copy
import hashlib
import time
from dataclasses import dataclass
from typing import Any

from pyld.canon import URDNA2015, permutations

from wallet.errors import LimitExceeded

__all__ = ["CanonLimits", "DEFAULT_LIMITS", "LimitedURDNA2015", "count_step"]


def count_step(steps: int, limits: Any, deadline: float) -> int:
    """One more Hash N-Degree Quads step; raises :class:`LimitExceeded` past the step or time limit (the
    work bound of both canonicalizers: this one over pyld and :mod:`wallet.jsonld.fastrdf`)."""
    steps += 1
    if steps > limits.max_hash_ndegree_steps:
        raise LimitExceeded(
            "canonicalization needs more than "
            f"{limits.max_hash_ndegree_steps} Hash N-Degree Quads steps; the document looks "
            "like a poisoned (highly symmetric) dataset"
        )
    if steps % 64 == 0 and time.monotonic() > deadline:
        raise LimitExceeded(
            f"canonicalization took longer than {limits.max_seconds:g} s; "
            "the document looks like a poisoned (highly symmetric) dataset"
        )
    return steps


@dataclass(frozen=True)
class CanonLimits:
    """Stated limits on canonicalization work (RDFC-1.0 §"dataset poisoning")."""

    max_blank_nodes: int = 5_000
    max_hash_ndegree_steps: int = 20_000
    max_seconds: float = 10.0


DEFAULT_LIMITS = CanonLimits()


class LimitedURDNA2015(URDNA2015):  # type: ignore[misc]
    """URDNA2015 with a selectable hash and bounded Hash N-Degree Quads work."""

    def __init__(self, hash_name: str = "sha256", limits: CanonLimits = DEFAULT_LIMITS) -> None:
        super().__init__()
        if hash_name not in ("sha256", "sha384"):
            raise ValueError(f"unsupported canonicalization hash {hash_name!r}")
        self.hash_name = hash_name
        self.limits = limits
        self.steps = 0
        self._deadline = 0.0

    def create_hash(self) -> Any:
        return hashlib.sha384() if self.hash_name == "sha384" else hashlib.sha256()

    def modify_first_degree_component(self, id_: str, component: dict[str, Any], key: str) -> dict[str, Any]:
        # as pyld, with a shallow copy instead of deepcopy (components are flat dicts of strings)
        if component["type"] != "blank node":
            return component
        return {**component, "value": "_:a" if component["value"] == id_ else "_:z"}

    def main(self, dataset: dict[str, Any], options: dict[str, Any]) -> Any:
        blank: set[str] = set()
        for triples in dataset.values():
            for quad in triples:
                for key in ("subject", "object"):
                    comp = quad.get(key)
                    if comp and comp.get("type") == "blank node":
                        blank.add(comp["value"])
        if len(blank) > self.limits.max_blank_nodes:
            raise LimitExceeded(
                f"the document has {len(blank)} blank nodes; canonicalization is limited to "
                f"{self.limits.max_blank_nodes}"
            )
        self.steps = 0
        self._deadline = time.monotonic() + self.limits.max_seconds
        return super().main(dataset, options)

    def _tick(self) -> None:
        self.steps = count_step(self.steps, self.limits, self._deadline)

    # 4.8) Hash N-Degree Quads, as in pyld, with a work counter on calls and permutations.
    def hash_n_degree_quads(self, id_: str, issuer: Any) -> dict[str, Any]:
        self._tick()
        hash_to_related = self.create_hash_to_related(id_, issuer)
        md = self.create_hash()
        for hash_, blank_nodes in sorted(hash_to_related.items()):
            md.update(hash_.encode("utf8"))
            chosen_path = ""
            chosen_issuer = None
            for permutation in permutations(blank_nodes):
                self._tick()
                issuer_copy = copy.deepcopy(issuer)
                path = ""
                recursion_list = []
                skip = False
                for related in permutation:
                    if self.canonical_issuer.has_id(related):
                        path += self.canonical_issuer.get_id(related)
                    else:
                        if not issuer_copy.has_id(related):
                            recursion_list.append(related)
                        path += issuer_copy.get_id(related)
                    if chosen_path and len(path) >= len(chosen_path) and path > chosen_path:
                        skip = True
                        break
                if skip:
                    continue
                for related in recursion_list:
                    result = self.hash_n_degree_quads(related, issuer_copy)
                    path += issuer_copy.get_id(related)
                    path += "<" + result["hash"] + ">"
                    issuer_copy = result["issuer"]
                    if chosen_path and len(path) >= len(chosen_path) and path > chosen_path:
                        skip = True
                        break
                if skip:
                    continue
                if not chosen_path or path < chosen_path:
                    chosen_path = path
                    chosen_issuer = issuer_copy
            md.update(chosen_path.encode("utf8"))
            issuer = chosen_issuer
        return {"hash": md.hexdigest(), "issuer": issuer}
