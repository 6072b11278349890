"""The share page's words in English and Spanish: the language from ``Accept-Language``, the page's
sentences, the verdicts and checks in plain language, the disclosed fields in human words (never a
JSON path) and dates as people write them.

The check names follow the wallet's own plain-language labels (:data:`wallet.verifier.export.CHECK_LABELS`);
the core's detail sentences stay in English beneath them, as the desktop verifier shows them.
"""

from __future__ import annotations

import re
from typing import Any

from wallet.credentials.presenter import (
    LABELS,
    PresentedField,
    is_hidden,
    label_for,
    present_fields,
    present_value,
)
from wallet.credentials.presenter import format_date as presenter_date
from wallet.verifier.export import CHECK_LABELS

__all__ = ["FIELD_LABELS_ES", "LANGUAGES", "check_label", "field_label", "field_value", "format_date", "label_words",
           "page_fields", "pick_language", "t", "value_words", "verdict_words"]

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
    "self_claimed": {"en": "as it calls itself", "es": "según se llama a sí mismo"},
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
    is not a date comes back as it is (the field presenter's dates: one way of writing them)."""
    return presenter_date(value, lang if lang in LANGUAGES else "en", with_time=with_time)


# --- disclosed fields in human words ------------------------------------------------------------------
# The labels are the wallet's field presenter's (wallet.credentials.presenter): English there, Spanish
# here by the presenter's stable key (the desktop's catalogue says the same, context "FieldLabel").

#: the presenter's label keys in Spanish
FIELD_LABELS_ES: dict[str, str] = {
    "title": "Título", "description": "Descripción", "name": "Nombre", "identifier": "Identificador",
    "issuer": "Emisor", "issuer-id": "Identificador del emisor", "issuer-website": "Web del emisor",
    "issuer-email": "Correo del emisor", "issuer-about": "Sobre el emisor", "valid-from": "Válida desde",
    "valid-until": "Válida hasta", "issued": "Emitida", "awarded": "Otorgada", "holder": "Titular", "subject": "Sobre la persona estudiante",
    "holder-key": "Clave del titular", "learner": "Estudiante", "given-name": "Nombre", "family-name": "Apellidos",
    "email": "Correo", "website": "Web", "image": "Imagen", "credential-type": "Tipo de credencial",
    "achievement": "Logro", "achievement-about": "Qué reconoce", "achievement-type": "Tipo de logro",
    "field-of-study": "Campo de estudio", "code": "Código", "keyword": "Palabra clave", "credits": "Créditos",
    "criteria": "Cómo se obtuvo", "criteria-link": "Criterios publicados por el emisor", "creator": "Creado por",
    "skill": "Competencia", "skill-framework": "Marco de competencias",
    "skill-link": "Referencia de la competencia", "skill-code": "Código de la competencia",
    "skill-about": "Sobre la competencia", "skill-kind": "Tipo de competencia", "started": "Inicio",
    "finished": "Fin", "credits-earned": "Créditos obtenidos", "term": "Periodo", "result": "Resultado",
    "result-level": "Nivel alcanzado", "result-status": "Estado del resultado", "assessed-on": "Evaluado en",
    "rubric-level": "Nivel de la rúbrica", "evidence": "Evidencia", "evidence-narrative": "Evidencia, descrita",
    "evidence-about": "Sobre la evidencia", "evidence-kind": "Tipo de evidencia",
    "evidence-audience": "Público de la evidencia", "evidence-link": "Enlace de la evidencia",
    "endorsement": "Aval", "endorsement-comment": "Comentario del aval",
    "association": "Cómo encajan los logros", "revocation": "Estado de revocación", "type": "Tipo",
    "other": "Otro dato",
}
# what the page shows in its own places (issuer, dates, holder) or never (technical members)
_PAGE_SKIP = frozenset({"issuer", "issuer-id", "issuer-website", "issuer-email", "issuer-about", "valid-from",
                        "valid-until", "issued", "holder", "holder-key", "credential-type", "identifier",
                        "revocation", "type", "skill-kind"})
# the last words of a composite label ("Rubric level: points"), in Spanish
_WORDS_ES = {"name": "nombre", "description": "descripción", "level": "nivel", "narrative": "narrativa",
             "value": "valor", "url": "enlace", "code": "código", "status": "estado", "date": "fecha",
             "title": "título", "identifier": "identificador", "source": "fuente", "amount": "cantidad",
             "email": "correo", "phone": "teléfono", "address": "dirección", "location": "lugar",
             "duration": "duración", "credits": "créditos", "score": "puntuación", "grade": "nota",
             "points": "puntos", "allowed value": "valor permitido", "required level": "nivel requerido",
             "required value": "valor requerido", "result description": "descripción del resultado"}
_ACHIEVEMENT_TYPES_ES = {"Course": "Curso", "Competency": "Competencia", "Micro-credential": "Microcredencial",
                         "Badge": "Insignia", "Certificate": "Certificado", "Certification": "Certificación",
                         "Degree": "Título", "Internship": "Prácticas", "Course credit": "Créditos de curso",
                         "Co-curricular": "Actividad cocurricular", "Community service": "Servicio comunitario",
                         "Award": "Premio", "License": "Licencia", "Membership": "Afiliación"}
_VALUES_ES = {"embedded image": "imagen incrustada", "yes": "sí", "no": "no"}


def label_words(f: PresentedField, lang: str) -> str:
    """A presented field's label in ``lang``."""
    if lang != "es":
        return f.label
    if f.key in FIELD_LABELS_ES and f.label == LABELS.get(f.key):
        return FIELD_LABELS_ES[f.key]
    head, sep, tail = f.label.partition(": ")
    if sep:
        key = next((k for k, english in LABELS.items() if english == head), "")
        return f"{FIELD_LABELS_ES.get(key, head)}: {_WORDS_ES.get(tail, tail)}"
    return _WORDS_ES.get(f.label.lower(), f.label).capitalize() if f.label.lower() in _WORDS_ES else f.label


def value_words(f: PresentedField, lang: str) -> str:
    """A presented field's value in ``lang`` (dates re-said, achievement kinds and small words translated)."""
    if f.kind == "date" and f.raw:
        return format_date(int(f.raw) if f.raw.isdigit() else f.raw, lang)
    if lang == "es":
        if f.kind == "achievement-type":
            return _ACHIEVEMENT_TYPES_ES.get(f.value, f.value)
        return _VALUES_ES.get(f.value, f.value)
    return f.value


def page_fields(doc: Any) -> tuple[PresentedField, ...]:
    """The fields of a presented credential that the page lists (the presenter's, minus what the page
    shows elsewhere and embedded images)."""
    return tuple(f for f in present_fields(doc, skip=_PAGE_SKIP) if f.kind != "image")


def field_value(path: str, value: str, lang: str) -> str:
    """A field's value as people write it: dates in words, achievement kinds in words."""
    key, label = label_for(path)
    shown, full, kind = present_value(path, value, lang)
    return value_words(PresentedField(key, label, shown, full, kind, path, value), lang)


def field_label(path: str, lang: str) -> str | None:
    """A disclosed field's name in human words, or None when the page does not list it (types, ids,
    dates and the issuer, which the page shows in their own places)."""
    if is_hidden(path):
        return None
    key, label = label_for(path)
    if key in _PAGE_SKIP:
        return None
    return label_words(PresentedField(key, label, ""), lang)
