"""Spanish texts of issue 14's screens (issuer trust, the one badge, holder binding): source text -> translation.

Merged into ``es.ES`` (see es.py); regenerate the catalogue with ``resources/translations/update.sh``.
"""

ES_TRUST = {
    "Authentic, issuer not recognised": "Auténtica, emisor no reconocido",
    "DEMO issuer — fictional": "Emisor de DEMOSTRACIÓN — ficticio",
    "Not issued to you": "No emitida para ti",
    "Issuer recognised": "Emisor reconocido",
    "Answers your request": "Responde a tu solicitud",
    "Candidate's key": "Clave de la persona candidata",
    "A trust source you use recognises the issuer.": "Una fuente de confianza que usas reconoce al emisor.",
    "No trust source you use recognises the issuer: its name is only what it calls itself.":
        "Ninguna fuente de confianza que usas reconoce al emisor: su nombre es solo como se llama a sí mismo.",
    "DEMO issuer — fictional: anyone can sign in its name.":
        "Emisor de DEMOSTRACIÓN — ficticio: cualquiera puede firmar en su nombre.",
    "Nothing in this file answers your request code: it is not a presentation signed for you.":
        "Nada en este archivo responde a tu código de solicitud: no es una presentación firmada para ti.",
    "Issued by %1 (an issuer you trust)": "Emitida por %1 (un emisor en el que confías)",
    "Issued by %1 (recognised by %2)": "Emitida por %1 (reconocido por %2)",
    "It calls itself “%1”.": "Se llama a sí mismo «%1».",
    "The issuer calls itself “%1”; no trust source you use recognises it.":
        "El emisor se llama a sí mismo «%1»; ninguna fuente de confianza que usas lo reconoce.",
    "The issuer gives no name, and no trust source you use recognises it.":
        "El emisor no da ningún nombre y ninguna fuente de confianza que usas lo reconoce.",
    "Every check passed, and a trust source you use recognises the issuer: the issuer really signed this credential and nothing in it has changed.":
        "Todas las comprobaciones se superaron y una fuente de confianza que usas reconoce al emisor: el emisor "
        "firmó de verdad esta credencial y nada en ella ha cambiado.",
    "The signature is good and nothing has changed, but no trust source you use recognises the issuer: anyone can make a key that calls itself by any name.":
        "La firma es correcta y nada ha cambiado, pero ninguna fuente de confianza que usas reconoce al emisor: "
        "cualquiera puede crear una clave que se llame con cualquier nombre.",
    "A fictional demo issuer signed this credential. Its keys are public, so it is never verified outside the demo wallet.":
        "Un emisor ficticio de demostración firmó esta credencial. Sus claves son públicas, así que nunca se "
        "verifica fuera de la cartera de demostración.",
    "Not issued to you: %1. The employer will see that it was issued to someone else than the person who signed the presentation, and it will not verify as yours.":
        "No emitida para ti: %1. La empresa verá que se emitió para otra persona distinta de quien firmó la "
        "presentación, y no se verificará como tuya.",
    "%1 names no holder: the employer will see that it is not bound to you.":
        "%1 no nombra a ningún titular: la empresa verá que no está vinculada a ti.",
}

ES_TRUST.update({
    "This trust list was changed after signing, has expired, or its publisher's signature cannot be checked: it is not used.":
        "Esta lista de confianza se modificó después de firmarse, ha caducado o no se puede comprobar la firma de "
        "quien la publica: no se usa.",
})
