"""Spanish texts of receiving from an issuer (ui/receive, the File menu, the receive errors): source -> translation.

Merged into ``es.ES`` (see es.py); regenerate the catalogue with ``resources/translations/update.sh``.
"""

ES_RECEIVE = {
    "Receive from an &issuer…": "Recibir de un &emisor…",
    "Receive from an issuer": "Recibir de un emisor",
    "Paste the issuer's “Add to wallet” link": "Pega el enlace «Añadir a la cartera» del emisor",
    "Credential offer link": "Enlace de oferta de credencial",
    "&Look up": "&Consultar",
    "QR &image…": "&Imagen QR…",
    "Read the offer from a picture or screenshot of its QR code":
        "Lee la oferta de una foto o captura de pantalla de su código QR",
    "From the &screen…": "De la &pantalla…",
    "Read the offer from a QR code shown on the screen": "Lee la oferta de un código QR que se ve en la pantalla",
    "Identity the credential will be bound to": "Identidad a la que quedará vinculada la credencial",
    "Transaction code": "Código de transacción",
    "You will sign in at the issuer in your web browser; then come back here.":
        "Iniciarás sesión con el emisor en tu navegador; después vuelve aquí.",
    "Offered by": "Ofrecida por",
    "Trust": "Confianza",
    "Credentials": "Credenciales",
    "Bound to": "Vinculada a",
    "&Receive": "&Recibir",
    "An issuer's “Add to wallet” link or QR code offers you a credential. Nothing is requested until you choose Receive.":
        "El enlace o código QR «Añadir a la cartera» de un emisor te ofrece una credencial. No se pide nada hasta "
        "que eliges Recibir.",
    "Open a QR code image": "Abrir una imagen de código QR",
    "Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)": "Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp)",
    "Asking the issuer what it offers…": "Preguntando al emisor qué ofrece…",
    "Checked when the credential arrives: its signature, its dates and whether a trust source you use recognises the issuer.":
        "Se comprueba cuando llega la credencial: su firma, sus fechas y si una fuente de confianza que usas "
        "reconoce al emisor.",
    "Cannot be received:": "No se puede recibir:",
    "The issuer sent you this code separately (e-mail or text message).":
        "El emisor te envió este código aparte (correo electrónico o mensaje de texto).",
    "Create an identity first (Identity ▸ New).": "Crea primero una identidad (Identidad ▸ Nueva).",
    "Preparing your identity's key…": "Preparando la clave de tu identidad…",
    "Receiving from the issuer…": "Recibiendo del emisor…",
    "Checking and storing…": "Comprobando y guardando…",
    "Received and stored:": "Recibida y guardada:",
    "already in your wallet": "ya está en tu cartera",
    "Cancelled. Nothing was stored.": "Cancelado. No se guardó nada.",
    # errors
    "Nothing was received from the issuer": "No se recibió nada del emisor",
    "This is not a credential offer the wallet can use.": "Esto no es una oferta de credencial que la cartera pueda usar.",
    "Receiving from the issuer did not work; nothing was stored.": "No se pudo recibir del emisor; no se guardó nada.",
    "The offer has expired or was already used.": "La oferta ha caducado o ya se usó.",
    "The transaction code is wrong or missing.": "El código de transacción es incorrecto o falta.",
    "The issuer could not be reached.": "No se pudo contactar con el emisor.",
    "The issuer's description of itself does not match the offer; it may have been tampered with.":
        "La descripción que el emisor da de sí mismo no coincide con la oferta; puede haber sido manipulada.",
    "The issuer refused the wallet's proof of your key (its nonce).":
        "El emisor rechazó la prueba de tu clave que hizo la cartera (su nonce).",
    "The issuer tried to send the wallet to another server, which was not contacted.":
        "El emisor intentó enviar la cartera a otro servidor, con el que no se contactó.",
    "The credential was issued to someone else's key, not to your identity.":
        "La credencial se emitió para la clave de otra persona, no para tu identidad.",
    "The issuer has not finished preparing the credential.": "El emisor aún no ha terminado de preparar la credencial.",
}
