"""The share page's words in English and Spanish: the language from ``Accept-Language``, the page's
sentences, the verdicts and checks in plain language, the disclosed fields in human words (never a
JSON path) and dates as people write them.

The check names follow the wallet's own plain-language labels (:data:`wallet.verifier.export.CHECK_LABELS`);
the core's detail sentences stay in English beneath them, as the desktop verifier shows them.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from wallet.verifier.export import CHECK_LABELS

__all__ = ["LANGUAGES", "check_label", "field_label", "field_value", "format_date", "pick_language", "t", "verdict_words"]

LANGUAGES = ("en", "es")

_TEXT: dict[str, dict[str, str]] = {
    "title": {"en": "Verified credential link", "es": "Enlace de credencial verificada"},
    "lead": {"en": "A learner shared these credentials with you. This page checks them with the issuers' "
                   "signatures, not by taking anyone's word.",
             "es": "Un estudiante ha compartido estas credenciales con usted. Esta página las comprueba con las "
                   "firmas de los emisores, sin fiarse de la palabra de nadie."},
    "presented_by": {"en": "Presented by the holder of", "es": "Presentado por el titular de"},
    "signed_on": {"en": "Signed for this link on", "es": "Firmado para este enlace el"},
    "issued_by": {"en": "Issued by", "es": "Emitido por"},
    "issuer_recognised": {"en": "recognised issuer", "es": "emisor reconocido"},
    "recognised_by": {"en": "recognised by", "es": "reconocido por"},
    "what_failed": {"en": "What failed", "es": "Qué falló"},
    "issuer_unrecognised": {"en": "issuer not on this service's trust list",
                            "es": "emisor que no figura en la lista de confianza de este servicio"},
    "issued_on": {"en": "Issued", "es": "Emitida"},
    "valid_until": {"en": "Valid until", "es": "Válida hasta"},
    "no_expiry": {"en": "No expiry date", "es": "Sin fecha de caducidad"},
    "shown_fields": {"en": "What the learner chose to show", "es": "Lo que el estudiante eligió mostrar"},
    "more_fields": {"en": "More fields", "es": "Más campos"},
    "no_fields": {"en": "Only the fields the issuer requires.", "es": "Solo los campos que exige el emisor."},
    "all_checks": {"en": "Every check", "es": "Todas las comprobaciones"},
    "presentation_checks": {"en": "Checks of the learner's signature",
                            "es": "Comprobaciones de la firma del estudiante"},
    "link_facts": {"en": "About this link", "es": "Sobre este enlace"},
    "link_expires": {"en": "The link expires on", "es": "El enlace caduca el"},
    "views": {"en": "Views", "es": "Visitas"},
    "last_checked": {"en": "Last checked", "es": "Última comprobación"},
    "status_checked": {"en": "Revocation status is checked with the issuer when the page is checked.",
                       "es": "El estado de revocación se consulta al emisor en cada comprobación."},
    "status_offline": {"en": "This service does not contact issuers, so revocation status is not checked here.",
                       "es": "Este servicio no contacta con los emisores, así que aquí no se comprueba la revocación."},
    "downloads": {"en": "Check it yourself", "es": "Compruébelo usted mismo"},
    "download_vp": {"en": "Download the signed presentation (JSON)",
                    "es": "Descargar la presentación firmada (JSON)"},
    "download_pkg": {"en": "Download a share package (presentation and printable summary)",
                     "es": "Descargar un paquete (presentación y resumen imprimible)"},
    "download_report": {"en": "This report as JSON", "es": "Este informe en JSON"},
    "downloads_hint": {"en": "Open either file in Learner Wallet's verifier to check it on your own computer.",
                       "es": "Abra cualquiera de los dos archivos en el verificador de Learner Wallet para "
                             "comprobarlo en su propio ordenador."},
    "privacy": {"en": "Privacy: this service stores only what the learner chose to share and a count of views. "
                      "It keeps no record of who opens this page: addresses are held in memory for a few minutes, "
                      "for rate limits only. The learner can delete the link at any time.",
                "es": "Privacidad: este servicio guarda solo lo que el estudiante eligió compartir y un recuento "
                      "de visitas. No registra quién abre esta página: las direcciones se guardan en memoria unos "
                      "minutos, solo para limitar abusos. El estudiante puede borrar el enlace cuando quiera."},
    "demo": {"en": "DEMO — fictional learner and issuers, for demonstration only",
             "es": "DEMO — estudiante y emisores ficticios, solo para demostración"},
    "not_found_title": {"en": "Link not found", "es": "Enlace no encontrado"},
    "not_found": {"en": "This link does not exist, has expired or was deleted by the learner. "
                        "Ask them for a new one.",
                  "es": "Este enlace no existe, ha caducado o el estudiante lo ha borrado. Pídale uno nuevo."},
    "home_lead": {"en": "This service hosts short verification links that learners make with Learner Wallet. "
                        "Open the link or scan the QR code you were given.",
                  "es": "Este servicio aloja enlaces cortos de verificación que los estudiantes crean con "
                        "Learner Wallet. Abra el enlace o escanee el código QR que le dieron."},
    "language": {"en": "Language", "es": "Idioma"},
    "could_not_verify": {"en": "The stored presentation could not be verified at all",
                         "es": "La presentación guardada no se pudo verificar"},
    "credential": {"en": "Credential", "es": "Credencial"},
    "too_many": {"en": "Too many requests. Try again in a minute.",
                 "es": "Demasiadas solicitudes. Inténtelo de nuevo en un minuto."},
}

_VERDICTS: dict[str, dict[str, tuple[str, str]]] = {
    # verdict -> language -> (headline, one sentence)
    "verified": {
        "en": ("Verified", "Every signature is valid, nothing has expired or been revoked where checked, and the "
                           "issuers are recognised."),
        "es": ("Verificado", "Todas las firmas son válidas, nada ha caducado ni se ha revocado donde se ha "
                             "comprobado, y los emisores son reconocidos."),
    },
    "authentic-unrecognised": {
        "en": ("Authentic, issuer not recognised", "The signatures are valid, but this service does not know "
                                                   "the issuer. Decide for yourself whether you trust it."),
        "es": ("Auténtico, emisor no reconocido", "Las firmas son válidas, pero este servicio no conoce al "
                                                  "emisor. Decida usted si confía en él."),
    },
    "verified-with-warnings": {
        "en": ("Verified with warnings", "The signatures are valid; read the warnings below."),
        "es": ("Verificado con advertencias", "Las firmas son válidas; lea las advertencias de abajo."),
    },
    "not-checked": {
        "en": ("Not checked", "Something needed to check this could not be reached. That is not the same as "
                              "invalid."),
        "es": ("No comprobado", "No se pudo obtener algo necesario para comprobarlo. Eso no significa que no "
                                "sea válido."),
    },
    "not-verified": {
        "en": ("Not verified", "Do not rely on this: a signature or a check failed."),
        "es": ("No verificado", "No confíe en esto: ha fallado una firma o una comprobación."),
    },
}

_CHECKS_ES = {
    "proof": "Firma del emisor", "jwt-signature": "Firma del emisor", "sd-jwt-signature": "Firma del emisor",
    "issuer-key": "Clave del emisor", "issuer-trust": "Emisor en la lista de confianza",
    "holder-proof": "Firma del candidato", "holder-binding": "Emitida a este candidato",
    "key-binding": "Presentada por el titular de la clave", "challenge": "Firmada para este enlace",
    "domain": "Hecha para este servicio", "expiry": "Presentación no caducada", "validity": "Fechas de validez",
    "status": "No revocada ni suspendida", "schema": "Formato de la credencial",
    "signed-fields": "Cada campo mostrado está firmado", "disclosures": "Los campos revelados coinciden con la firma",
    "sd-jwt-type": "Tipo de credencial", "jwt-claims": "Datos de la credencial",
    "credentials": "Credenciales de la presentación", "contents": "Contenido",
}
_CHECKS_EN_HERE = {"challenge": "Signed for this link", "domain": "Made for this service"}

_STATUS = {
    "passed": {"en": "OK", "es": "Correcto"}, "failed": {"en": "Failed", "es": "Fallida"},
    "warning": {"en": "Warning", "es": "Advertencia"}, "not-checked": {"en": "Not checked", "es": "No comprobada"},
}

_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")


def t(key: str, lang: str) -> str:
    return _TEXT[key][lang if lang in LANGUAGES else "en"]


def pick_language(accept_language: str | None, override: str | None = None) -> str:
    """``es`` or ``en``: an explicit ``?lang=`` first, else the best ``Accept-Language`` entry we speak."""
    if override in LANGUAGES:
        return str(override)
    best, best_q = "en", -1.0
    for i, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        lang = tag.strip().lower().split("-", 1)[0]
        q = 1.0
        m = re.search(r"q\s*=\s*([0-9.]+)", params)
        if m:
            try:
                q = float(m.group(1))
            except ValueError:
                q = 0.0
        q -= i * 1e-6  # earlier entries win ties
        if lang in LANGUAGES and q > best_q and q > 0:
            best, best_q = lang, q
    return best


def verdict_words(verdict: str, lang: str) -> tuple[str, str]:
    lang = lang if lang in LANGUAGES else "en"
    return _VERDICTS.get(verdict, _VERDICTS["not-verified"])[lang]


def check_label(name: str, lang: str) -> str:
    if lang == "es":
        return _CHECKS_ES.get(name, name.replace("-", " ").capitalize())
    return _CHECKS_EN_HERE.get(name) or CHECK_LABELS.get(name, name.replace("-", " ").capitalize())


def status_word(status: str, lang: str) -> str:
    return _STATUS.get(status, {}).get(lang if lang in LANGUAGES else "en", status)


def format_date(value: Any, lang: str, *, with_time: bool = False) -> str:
    """``2 December 2026`` / ``2 de diciembre de 2026`` (UTC), with ``HH:MM UTC`` when asked; text that
    is not a date comes back as it is."""
    dt: datetime | None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, int | float):
        dt = datetime.fromtimestamp(value, UTC)
    elif isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        try:
            dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    else:
        return str(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    dt = dt.astimezone(UTC)
    if lang == "es":
        text = f"{dt.day} de {_MONTHS_ES[dt.month - 1]} de {dt.year}"
    else:
        text = f"{dt.day} {_MONTHS_EN[dt.month - 1]} {dt.year}"
    return f"{text}, {dt:%H:%M} UTC" if with_time else text


# --- disclosed fields in human words ------------------------------------------------------------------

# (parent key or "*", key) -> (English, Spanish); looked up most specific first
_FIELDS: dict[tuple[str, str], tuple[str, str]] = {
    ("", "name"): ("Title", "Título"),
    ("", "description"): ("Description", "Descripción"),
    ("achievement", "name"): ("Achievement", "Logro"),
    ("achievement", "description"): ("What it recognises", "Qué reconoce"),
    ("achievement", "achievementType"): ("Kind of achievement", "Tipo de logro"),
    ("achievement", "fieldOfStudy"): ("Field of study", "Campo de estudio"),
    ("achievement", "humanCode"): ("Code", "Código"),
    ("achievement", "tag"): ("Keyword", "Palabra clave"),
    ("achievement", "creditsAvailable"): ("Credits", "Créditos"),
    ("criteria", "narrative"): ("How it was earned", "Cómo se obtuvo"),
    ("alignment", "targetName"): ("Skill", "Competencia"),
    ("alignment", "targetFramework"): ("Skill framework", "Marco de competencias"),
    ("alignment", "targetUrl"): ("Skill reference", "Referencia de la competencia"),
    ("alignment", "targetCode"): ("Skill code", "Código de la competencia"),
    ("alignment", "targetDescription"): ("About the skill", "Sobre la competencia"),
    ("alignment", "targetType"): ("Kind of skill", "Tipo de competencia"),
    ("credentialSubject", "name"): ("Learner", "Estudiante"),
    ("credentialSubject", "activityStartDate"): ("Started", "Inicio"),
    ("credentialSubject", "activityEndDate"): ("Finished", "Fin"),
    ("credentialSubject", "creditsEarned"): ("Credits earned", "Créditos obtenidos"),
    ("credentialSubject", "term"): ("Term", "Periodo"),
    ("result", "value"): ("Result", "Resultado"),
    ("result", "achievedLevel"): ("Level achieved", "Nivel alcanzado"),
    ("result", "status"): ("Result status", "Estado del resultado"),
    ("resultDescription", "name"): ("Assessed on", "Evaluado en"),
    ("rubricCriterionLevel", "name"): ("Rubric level", "Nivel de la rúbrica"),
    ("evidence", "name"): ("Evidence", "Evidencia"),
    ("evidence", "narrative"): ("Evidence, in words", "Evidencia, descrita"),
    ("evidence", "description"): ("About the evidence", "Sobre la evidencia"),
    ("evidence", "genre"): ("Kind of evidence", "Tipo de evidencia"),
    ("evidence", "audience"): ("Evidence audience", "Público de la evidencia"),
    ("creator", "name"): ("Created by", "Creado por"),
    ("*", "given_name"): ("Given name", "Nombre"),
    ("*", "family_name"): ("Family name", "Apellidos"),
    ("*", "awardedDate"): ("Awarded", "Otorgada"),
    ("*", "image"): ("Image", "Imagen"),
}
# keys that are containers (never a label by themselves) and leaves the page shows elsewhere or never
_CONTAINERS = {"credentialSubject", "achievement", "criteria", "alignment", "result", "evidence", "creator",
               "resultDescription", "rubricCriterionLevel", "vc"}
_HIDDEN_ROOTS = {"issuer", "iss", "validFrom", "validUntil", "issuanceDate", "expirationDate", "credentialStatus",
                 "credentialSchema", "proof", "@context", "type", "id", "iat", "exp", "nbf", "vct", "cnf",
                 "status", "sub", "termsOfUse", "refreshService", "renderMethod"}
_HIDDEN_LEAVES = {"type", "id", "@context", "_sd", "_sd_alg", "targetType", "resultType", "inLanguage", "version"}
# the last word of a fallback label, in Spanish
_WORDS_ES = {"name": "nombre", "description": "descripción", "level": "nivel", "narrative": "narrativa",
             "value": "valor", "url": "enlace", "code": "código", "status": "estado", "date": "fecha",
             "title": "título", "identifier": "identificador", "source": "fuente", "amount": "cantidad",
             "email": "correo", "phone": "teléfono", "address": "dirección", "location": "lugar",
             "duration": "duración", "credits": "créditos", "score": "puntuación", "grade": "nota",
             "allowed value": "valor permitido", "required level": "nivel requerido",
             "required value": "valor requerido", "result description": "descripción del resultado"}
_PARENT_WORDS = {"rubricCriterionLevel": "Rubric level", "resultDescription": "Assessment", "alignment": "Skill"}
_CONTAINER_ES = {"Rubric level": "Nivel de la rúbrica", "Assessment": "Evaluación", "Skill": "Competencia",
                 "Evidence": "Evidencia", "Result": "Resultado", "Result description": "Descripción del resultado",
                 "Rubric criterion level": "Nivel de la rúbrica", "Achievement": "Logro", "Alignment": "Competencia",
                 "Criteria": "Criterios", "Creator": "Creador"}
_ACHIEVEMENT_TYPES_ES = {"Course": "Curso", "Competency": "Competencia", "Micro credential": "Microcredencial",
                         "Badge": "Insignia", "Certificate": "Certificado", "Certification": "Certificación",
                         "Degree": "Título", "Internship": "Prácticas", "Course credit": "Créditos de curso",
                         "Co curricular": "Actividad cocurricular", "Community service": "Servicio comunitario",
                         "Award": "Premio", "License": "Licencia", "Membership": "Afiliación"}


def _segments(path: str) -> list[str]:
    """``credentialSubject.achievement.alignment[0].targetName`` -> keys without the indexes."""
    return [s for s in re.split(r"\.|\[\d+\]", path) if s]


def _words(key: str) -> str:
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", key).replace("_", " ").strip()
    return words[:1].upper() + words[1:].lower()


def field_value(path: str, value: str, lang: str) -> str:
    """A field's value as people write it: dates in words, achievement kinds split into words."""
    if len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-" and value[:4].isdigit():
        return format_date(value, lang)
    if _segments(path)[-1:] == ["achievementType"] and re.fullmatch(r"(ext:)?[A-Za-z]+", value):
        words = _words(value.removeprefix("ext:"))
        return _ACHIEVEMENT_TYPES_ES.get(words, words) if lang == "es" else words.replace("Micro credential",
                                                                                        "Micro-credential")
    return value


def _label_es(label: str) -> str:
    head, _, tail = label.partition(": ")
    if tail:
        return f"{_CONTAINER_ES.get(head, head)}: {_WORDS_ES.get(tail, tail)}"
    low = label.lower()
    return _WORDS_ES.get(low, label).capitalize() if low in _WORDS_ES else label


def field_label(path: str, lang: str) -> str | None:
    """A disclosed field's name in human words, or None when the page does not list it (types, ids,
    dates and the issuer, which the page shows in their own places)."""
    keys = _segments(path)
    if not keys or keys[0] in _HIDDEN_ROOTS or keys[-1] in _HIDDEN_LEAVES:
        return None
    if keys[-1] == "id" or (len(keys) >= 2 and keys[0] == "credentialSubject" and keys[-1] == "id"):
        return None
    idx = 1 if lang == "es" else 0
    leaf = keys[-1]
    parent = keys[-2] if len(keys) >= 2 else ""
    for key in ((parent, leaf), ("*", leaf)):
        if key in _FIELDS:
            return _FIELDS[key][idx]
    label = _words(leaf)
    out = f"{_PARENT_WORDS.get(parent, _words(parent))}: {label.lower()}" if parent and parent not in (
        "credentialSubject", "vc") else label
    return _label_es(out) if lang == "es" else out
