"""The share page's words: language choice, disclosed fields in human words, dates; and the service
package stays Qt-free."""

from __future__ import annotations

import re
import subprocess
import sys

from share_service.words import field_label, field_value, format_date, pick_language


def test_language_from_accept_language() -> None:
    assert pick_language("es-ES,es;q=0.9,en;q=0.8") == "es"
    assert pick_language("en-US,en;q=0.9,es;q=0.8") == "en"
    assert pick_language("fr-FR,es;q=0.5,en;q=0.4") == "es"  # the best one we speak
    assert pick_language("es;q=0") == "en" and pick_language("") == "en" and pick_language(None) == "en"
    assert pick_language("en", override="es") == "es" and pick_language("es", override="xx") == "es"


def test_fields_are_words_never_paths() -> None:
    paths = ["credentialSubject.achievement.alignment[0].targetName", "credentialSubject.achievement.name",
             "credentialSubject.achievement.criteria.narrative", "credentialSubject.result[0].achievedLevel",
             "credentialSubject.achievement.resultDescription[1].rubricCriterionLevel[2].description",
             "credentialSubject.evidence[0].narrative", "credentialSubject.someNewClaim", "name",
             "credentialSubject.achievement.creator.url"]
    for lang in ("en", "es"):
        for p in paths:
            label = field_label(p, lang)
            assert label and not re.search(r"[.\[\]/]|[a-z][A-Z]", label), (p, label)
    assert field_label(paths[0], "en") == "Skill" and field_label(paths[0], "es") == "Competencia"
    for hidden in ("type", "credentialSubject.id", "issuer.name", "proof.proofValue", "validFrom",
                   "credentialSubject.achievement.alignment[0].targetType"):
        assert field_label(hidden, "en") is None


def test_dates_and_values_as_people_write_them() -> None:
    assert format_date("2023-05-12T00:00:00Z", "en") == "12 May 2023"
    assert format_date("2023-05-12T00:00:00Z", "es") == "12 de mayo de 2023"
    assert format_date(0, "en", with_time=True) == "1 January 1970, 00:00 UTC"
    assert field_value("credentialSubject.achievement.achievementType", "MicroCredential", "es") == "Microcredencial"
    assert field_value("credentialSubject.achievement.achievementType", "MicroCredential", "en") == "Micro-credential"
    assert field_value("name", "Plain text", "en") == "Plain text"


def test_the_service_never_imports_qt() -> None:
    code = ("import sys, share_service.app, share_service.cli, share_service.local, wallet.share.link; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'ui'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
