"""Which trust sources a wallet or the employer's verifier uses, and where that choice is kept.

A :class:`TrustConfig` holds the trust files the user loaded (signed trust lists, DCC-format or
OpenID Federation registries — kept as received and verified again every time they are used, so an
expired list stops counting on the day it expires), which bundled registries are switched on or off,
registry copies refreshed online (only with network permission), and the user's own "trust this
issuer" decisions (:class:`~wallet.trust.issuers.TrustList`).

Where it lives: in a wallet, its encrypted settings (``trust_config`` and the older ``trust`` list);
for the employer's verifier without a wallet, ``verifier-trust.json`` in the platform's config folder
(:func:`verifier_trust_path`; ``LEARNER_WALLET_VERIFIER_HOME`` overrides the folder). Nothing here is
secret: trust files are public documents.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wallet.errors import InputError, NotFound, WalletError
from wallet.trust.issuers import TrustList
from wallet.trust.registry import Registry, bundled_registries, read_dcc_registry, read_registry_bytes
from wallet.trust.sources import TrustSources

__all__ = ["CONFIG_SETTING", "TrustConfig", "TrustFile", "load_verifier_config", "save_verifier_config",
           "verifier_trust_path"]

CONFIG_SETTING = "trust_config"


@dataclass(frozen=True)
class TrustFile:
    """A trust file the user loaded: ``name`` (the list's own name), ``origin`` (path or URL), ``text``."""

    name: str
    origin: str
    text: str
    added_at: str = ""

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "origin": self.origin, "text": self.text, "added_at": self.added_at}


@dataclass(frozen=True)
class TrustConfig:
    files: tuple[TrustFile, ...] = ()
    bundled: dict[str, bool] = field(default_factory=dict)  # bundled registry id -> on/off (default: its flag)
    refreshed: dict[str, dict[str, str]] = field(default_factory=dict)  # bundled id -> {"text", "fetched_at"}
    issuers: TrustList = field(default_factory=TrustList)

    # --- sources ----------------------------------------------------------------------------------
    def bundled_enabled(self, reg: Registry) -> bool:
        return self.bundled.get(reg.id, bool(reg.meta.get("enabled")))

    def registries(self) -> tuple[Registry, ...]:
        """The bundled registries switched on (a refreshed copy replaces the bundled one)."""
        out = []
        for reg in bundled_registries():
            if not self.bundled_enabled(reg):
                continue
            fresh = self.refreshed.get(reg.id)
            if fresh:
                try:
                    reg = read_dcc_registry(json.loads(fresh["text"]), id=reg.id, name=reg.name,
                                            meta={**reg.meta, "bundled": False, "fetched_at": fresh.get("fetched_at", "")})
                except (ValueError, InputError):
                    pass  # a damaged refresh: the bundled copy stays
            out.append(reg)
        return tuple(out)

    def loaded(self, *, now: datetime | None = None, resolver: Any = None) -> tuple[list[Registry], list[dict[str, str]]]:
        """The loaded trust files that can be used now, and the problems of those that cannot (expired,
        tampered ...): ``[{"name", "origin", "code", "message"}]``."""
        ok: list[Registry] = []
        problems: list[dict[str, str]] = []
        for f in self.files:
            try:
                ok.append(read_registry_bytes(f.text.encode(), id=f"file:{f.name}", name=f.name, now=now,
                                              resolver=resolver))
            except WalletError as exc:
                problems.append({"name": f.name, "origin": f.origin, **exc.to_json()})
        return ok, problems

    def sources(self, *, demo: bool = False, now: datetime | None = None, resolver: Any = None,
                extra: tuple[Registry, ...] = ()) -> TrustSources:
        loaded, _problems = self.loaded(now=now, resolver=resolver)
        return TrustSources.default(self.issuers, (*extra, *loaded), demo=demo, registries=self.registries())

    # --- edits (each returns a new config) ---------------------------------------------------------
    def add_file(self, data: bytes, origin: str, *, now: datetime | None = None, resolver: Any = None) -> tuple[TrustConfig, Registry]:
        """Load a trust file (refused when it does not verify now); a file of the same name is replaced."""
        now = now or datetime.now(UTC)
        reg = read_registry_bytes(data, id="new", name=Path(origin).stem or origin, now=now, resolver=resolver)
        entry = TrustFile(reg.name, origin, data.decode("utf-8"), now.isoformat(timespec="seconds"))
        files = tuple(f for f in self.files if f.name != reg.name) + (entry,)
        return replace(self, files=files), reg

    def remove(self, name: str) -> TrustConfig:
        """Remove a loaded file, switch off a bundled registry, or forget a trusted issuer, by name or id."""
        if any(f.name == name for f in self.files):
            return replace(self, files=tuple(f for f in self.files if f.name != name))
        for reg in bundled_registries():
            if name in (reg.id, reg.name):
                return replace(self, bundled={**self.bundled, reg.id: False})
        if self.issuers.find(name) is not None:
            return replace(self, issuers=self.issuers.remove(name))
        found = next((i for i in self.issuers.issuers if i.name == name), None)
        if found is not None:
            return replace(self, issuers=self.issuers.remove(found.id))
        raise NotFound(f"There is no trust source or trusted issuer named {name!r}.",
                       fix="See `learner-wallet-cli trust list`.")

    def enable_bundled(self, reg_id: str) -> TrustConfig:
        for reg in bundled_registries():
            if reg_id in (reg.id, reg.name):
                return replace(self, bundled={**self.bundled, reg.id: True})
        raise NotFound(f"There is no bundled registry {reg_id!r}.")

    def with_refreshed(self, reg_id: str, text: str, fetched_at: str) -> TrustConfig:
        return replace(self, refreshed={**self.refreshed, reg_id: {"text": text, "fetched_at": fetched_at}})

    def trust_issuer(self, issuer_id: str, name: str = "", note: str = "") -> TrustConfig:
        return replace(self, issuers=self.issuers.add(issuer_id, name, note))

    # --- describing and storing ----------------------------------------------------------------------
    def describe(self, *, now: datetime | None = None, resolver: Any = None) -> dict[str, Any]:
        loaded, problems = self.loaded(now=now, resolver=resolver)
        return {
            "registries": [{**r.describe(), "enabled": self.bundled_enabled(r)} for r in bundled_registries()],
            "lists": [{**r.describe(), "origin": next((f.origin for f in self.files if f.name == r.name), "")}
                      for r in loaded],
            "refused": problems,
            "issuers": [i.to_json() for i in self.issuers.issuers],
        }

    def to_json(self) -> dict[str, Any]:
        return {"version": 1, "files": [f.to_json() for f in self.files], "bundled": dict(self.bundled),
                "refreshed": dict(self.refreshed), "issuers": self.issuers.to_json()["issuers"]}

    @classmethod
    def from_json(cls, obj: Any, issuers: TrustList | None = None) -> TrustConfig:
        if not isinstance(obj, dict):
            return cls(issuers=issuers or TrustList())
        files = tuple(TrustFile(str(f.get("name", "")), str(f.get("origin", "")), str(f.get("text", "")),
                                str(f.get("added_at", "")))
                      for f in obj.get("files") or [] if isinstance(f, dict))
        bundled = {str(k): bool(v) for k, v in (obj.get("bundled") or {}).items()}
        refreshed = {str(k): dict(v) for k, v in (obj.get("refreshed") or {}).items() if isinstance(v, dict)}
        listed = issuers if issuers is not None else TrustList.from_json({"issuers": obj.get("issuers") or []})
        return cls(files, bundled, refreshed, listed)


def verifier_trust_path() -> Path:
    """The employer's verifier's own trust settings (no wallet needed)."""
    env = os.environ.get("LEARNER_WALLET_VERIFIER_HOME")
    if env:
        return Path(env) / "verifier-trust.json"
    from platformdirs import user_config_dir

    return Path(user_config_dir("learner-wallet", appauthor=False)) / "verifier-trust.json"


def load_verifier_config() -> TrustConfig:
    path = verifier_trust_path()
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return TrustConfig()
    except (OSError, ValueError) as exc:
        raise InputError(f"the verifier's trust settings {path} cannot be read ({exc})",
                         fix="Move the file away; the verifier starts again with the bundled registries.") from None
    return TrustConfig.from_json(obj)


def save_verifier_config(config: TrustConfig) -> Path:
    from wallet.fileio import atomic_write

    path = verifier_trust_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return atomic_write(path, json.dumps(config.to_json(), indent=2, ensure_ascii=False).encode())
