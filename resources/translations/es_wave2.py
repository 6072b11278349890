"""Spanish texts of version 2's screens (demo access, journey, images): source text -> translation.

Merged into ``es.ES`` (see es.py); regenerate the catalogue with ``resources/translations/update.sh``.
"""

ES_WAVE2 = {
    "&Demo wallet": "Cartera de &demostración",
    "Open a fictional learner's wallet in a new window, to explore or to show the app":
        "Abre la cartera de una persona estudiante ficticia en una ventana nueva, para explorar o mostrar la aplicación",
    "The demo could not be opened": "No se pudo abrir la demostración",
    "The system did not start a new window.": "El sistema no abrió una ventana nueva.",
    "Start Learner Wallet with the --demo option.": "Inicia Learner Wallet con la opción --demo.",
    "Not ready yet, or showing the app to someone? Explore a fictional learner's four-year record, with a guided tour.":
        "¿Aún no tienes credenciales, o quieres mostrar la aplicación? Explora el expediente de cuatro años de una "
        "persona estudiante ficticia, con una visita guiada.",
    "The demo wallet": "La cartera de demostración",
    "Try the demo": "Probar la demostración",
    "Try the demo wallet in a new window": "Probar la cartera de demostración en una ventana nueva",
    "Import the credentials you were given in the Library (Ctrl+O), or explore a fictional learner's record with Help ▸ Demo wallet.":
        "Importa las credenciales que te dieron en la Biblioteca (Ctrl+O), o explora el expediente de una persona "
        "estudiante ficticia con Ayuda ▸ Cartera de demostración.",
}


# the field presenter's labels (wallet.credentials.presenter, ui/widgets/field_words.py), context FieldLabel;
# the share page says the same (share_service.words.FIELD_LABELS_ES, kept equal by tests/ui/test_field_words.py)
ES_FIELDS = {
    "FieldLabel|Title": "Título",
    "FieldLabel|Description": "Descripción",
    "FieldLabel|Name": "Nombre",
    "FieldLabel|Identifier": "Identificador",
    "FieldLabel|Issuer": "Emisor",
    "FieldLabel|Issuer's identifier": "Identificador del emisor",
    "FieldLabel|Issuer's website": "Web del emisor",
    "FieldLabel|Issuer's email": "Correo del emisor",
    "FieldLabel|About the issuer": "Sobre el emisor",
    "FieldLabel|Valid from": "Válida desde",
    "FieldLabel|Valid until": "Válida hasta",
    "FieldLabel|Issued": "Emitida",
    "FieldLabel|Awarded": "Otorgada",
    "FieldLabel|Holder": "Titular",
    "FieldLabel|About the learner": "Sobre la persona estudiante",
    "FieldLabel|Holder's key": "Clave del titular",
    "FieldLabel|Learner": "Estudiante",
    "FieldLabel|Given name": "Nombre",
    "FieldLabel|Family name": "Apellidos",
    "FieldLabel|Email": "Correo",
    "FieldLabel|Website": "Web",
    "FieldLabel|Image": "Imagen",
    "FieldLabel|Kind of credential": "Tipo de credencial",
    "FieldLabel|Achievement": "Logro",
    "FieldLabel|What it recognises": "Qué reconoce",
    "FieldLabel|Kind of achievement": "Tipo de logro",
    "FieldLabel|Field of study": "Campo de estudio",
    "FieldLabel|Code": "Código",
    "FieldLabel|Keyword": "Palabra clave",
    "FieldLabel|Credits": "Créditos",
    "FieldLabel|How it was earned": "Cómo se obtuvo",
    "FieldLabel|Criteria published by the issuer": "Criterios publicados por el emisor",
    "FieldLabel|Created by": "Creado por",
    "FieldLabel|Skill": "Competencia",
    "FieldLabel|Skill framework": "Marco de competencias",
    "FieldLabel|Skill reference": "Referencia de la competencia",
    "FieldLabel|Skill code": "Código de la competencia",
    "FieldLabel|About the skill": "Sobre la competencia",
    "FieldLabel|Kind of skill": "Tipo de competencia",
    "FieldLabel|Started": "Inicio",
    "FieldLabel|Finished": "Fin",
    "FieldLabel|Credits earned": "Créditos obtenidos",
    "FieldLabel|Term": "Periodo",
    "FieldLabel|Result": "Resultado",
    "FieldLabel|Level achieved": "Nivel alcanzado",
    "FieldLabel|Result status": "Estado del resultado",
    "FieldLabel|Assessed on": "Evaluado en",
    "FieldLabel|Rubric level": "Nivel de la rúbrica",
    "FieldLabel|Evidence": "Evidencia",
    "FieldLabel|Evidence, in words": "Evidencia, descrita",
    "FieldLabel|About the evidence": "Sobre la evidencia",
    "FieldLabel|Kind of evidence": "Tipo de evidencia",
    "FieldLabel|Evidence audience": "Público de la evidencia",
    "FieldLabel|Evidence link": "Enlace de la evidencia",
    "FieldLabel|Endorsement": "Aval",
    "FieldLabel|Endorsement comment": "Comentario del aval",
    "FieldLabel|How the achievements fit together": "Cómo encajan los logros",
    "FieldLabel|Revocation status": "Estado de revocación",
    "FieldLabel|Type": "Tipo",
    "FieldLabel|Other detail": "Otro dato",
    "FieldLabel|embedded image": "imagen incrustada",
    "FieldLabel|yes": "sí",
    "FieldLabel|no": "no",
    "FieldLabel|Copied: %1": "Copiado: %1",
    "language|en": "es",  # the interface language, as the catalogue says it (ui.widgets.field_words)
    "You choose whether the employer sees this.": "Tú decides si la empresa lo ve.",
    "(pasted or scanned)": "(pegado o escaneado)",
}

ES_WAVE2.update(ES_FIELDS)

ES_WAVE2.update({
"Used for revocation lists, did:web and web issuers, hosted Open Badges and credential pictures kept on the web (fetched in the background and kept encrypted). Offline, what needs the network is reported as \"not checked\", never as invalid.":
        "Se usa para las listas de revocación, los emisores did:web y web, los Open Badges alojados y las imágenes "
        "de credenciales guardadas en la web (se descargan en segundo plano y se guardan cifradas). Sin conexión, "
        "lo que necesita la red se indica como \"no comprobado\", nunca como no válido.",
    "errors|The share service refused the link or could not be reached.":
        "El servicio para compartir rechazó el enlace o no se pudo contactar.",
})

# sharing by link (ui/share: link output, history; ui/settings: share service; ui/verify/link.py)
ES_WAVE2.update({
    "A self-contained QR code (the signed presentation inside the code) fits one or two credentials whose issuer lets you choose fields, with a few fields revealed, or one small credential shared whole (a dense code). Larger choices go as a link with a small QR code, a file or a package.":
        "Un código QR autónomo (la presentación firmada dentro del código) cabe para una o dos credenciales cuyo emisor te deja elegir campos, con pocos campos revelados, o para una credencial pequeña compartida entera (un código denso). Las elecciones mayores van como enlace con un código QR pequeño, como archivo o como paquete.",
    "Remove the damaged records?": "¿Quitar los registros dañados?",
    "%1 record(s) that cannot be read will be removed from this wallet for good. If a backup holds them, restore it instead (File ▸ Restore…).":
        "%1 registro(s) que no se pueden leer se quitarán de esta cartera para siempre. Si una copia de seguridad los tiene, restáurala en su lugar (Archivo ▸ Restaurar…).",
    "Remove them": "Quitarlos",
    "history|%1 shared whole": "%1 compartidas enteras",
    "history|1 field shown": "1 campo mostrado",
    "history|%1 fields shown": "%1 campos mostrados",
    "history|%1 parts revealed": "%1 partes reveladas",
    "Revealed (JSON pointers):": "Revelado (punteros JSON):",
    "the camera cannot be opened (%1): another program may be using it, or this account may not use cameras (on Linux, the “video” group gives access)":
        "no se puede abrir la cámara (%1): puede que otro programa la esté usando o que esta cuenta no pueda usar cámaras (en Linux, el grupo «video» da acceso)",
    "“%1” can only be shared whole, and fits a self-contained QR code as it is: a dense one, best shown on screen rather than printed. A link (a small QR code any phone reads) works for any choice.":
        "«%1» solo se puede compartir entera y cabe tal cual en un código QR autónomo: uno denso, mejor mostrado en pantalla que impreso. Un enlace (un código QR pequeño que cualquier teléfono lee) sirve para cualquier elección.",
    "Copy a credential (JSON, a JWT or SD-JWT), VP1- or LW1: text or a picture of a QR code, then paste again.":
        "Copia una credencial (JSON, un JWT o SD-JWT), texto VP1- o LW1: o la imagen de un código QR y vuelve a pegar.",
    "Text (VP1-… or LW1:…, JSON, a JWT, a share link) or an image of a QR code":
        "Texto (VP1-… o LW1:…, JSON, un JWT, un enlace compartido) o la imagen de un código QR",
    "Copy link": "Copiar el enlace",
    "Copy the selected link": "Copiar el enlace seleccionado",
    "Check views": "Ver visitas",
    "Ask the share service how often each link was opened": "Preguntar al servicio cuántas veces se abrió cada enlace",
    "Asks each link's share service; counts no view": "Pregunta al servicio de cada enlace; no cuenta como visita",
    "Revoke link…": "Revocar el enlace…",
    "Revoke the selected link on its share service": "Revocar el enlace seleccionado en su servicio",
    "Link actions": "Acciones del enlace",
    "revoked": "revocado",
    "gone": "ya no existe",
    "Asking the share service…": "Preguntando al servicio para compartir…",
    "Asking the share service how often your links were opened…":
        "Preguntando al servicio cuántas veces se abrieron tus enlaces…",
    "%1 links could not be checked (their service did not answer); their views are as last seen.":
        "No se pudieron comprobar %1 enlaces (su servicio no respondió); sus visitas son las de la última vez.",
    "Views as counted by the share service just now.": "Visitas según el servicio para compartir, ahora mismo.",
    "Revoke this link?": "¿Revocar este enlace?",
    "%1 will stop working for everyone: the share service deletes the presentation. Copies someone already downloaded stay as they are.":
        "%1 dejará de funcionar para todo el mundo: el servicio borra la presentación. Las copias que alguien ya "
        "descargó no cambian.",
    "Revoke": "Revocar",
    "Revoking the link…": "Revocando el enlace…",
    "The link was revoked: it no longer opens.": "El enlace se revocó: ya no se abre.",
    "The link had already expired or been deleted; it is marked revoked.":
        "El enlace ya había caducado o se había borrado; queda marcado como revocado.",
    "history|Link": "Enlace",
    "history|Expires": "Caduca",
    "history|Views": "Visitas",
    "Share link": "Enlace compartido",
    "Share link: %1": "Enlace compartido: %1",
    "Not checked: the presentation behind this link was not fetched, because Learner Wallet stayed offline.":
        "Sin comprobar: no se descargó la presentación de este enlace, porque Learner Wallet siguió sin conexión.",
    "Open the link again and choose Fetch and verify, or set Network to Always in Settings.":
        "Abre el enlace otra vez y elige Descargar y verificar, o pon Red en Siempre en la Configuración.",
    "Fetching the presentation from %1…": "Descargando la presentación de %1…",
    "Fetching the shared presentation…": "Descargando la presentación compartida…",
    "Fetched from %1 and verified here by Learner Wallet, not on the service's word. It was signed for this link.":
        "Descargada de %1 y verificada aquí por Learner Wallet, sin fiarse de lo que diga el servicio. Se firmó "
        "para este enlace.",
    "Your request code does not apply to a link.": "Tu código de solicitud no se aplica a un enlace.",
    "Not checked: the presentation behind this link could not be fetched.":
        "Sin comprobar: no se pudo descargar la presentación de este enlace.",
    "QR code of the link": "Código QR del enlace",
    "The link": "El enlace",
    "Copy the link": "Copiar el enlace",
    "When the link expires": "Cuándo caduca el enlace",
    "The link works until %1. You can revoke it sooner in the share history, which also shows how often it was opened.":
        "El enlace funciona hasta el %1. Puedes revocarlo antes en el historial, que también muestra cuántas veces "
        "se abrió.",
    "Link, with a small QR code": "Enlace, con un código QR pequeño",
    "Uploaded to your career office's share service: any phone opens the link or scans its small QR code, which prints well. Signed by you for that one link.":
        "Se sube al servicio para compartir de tu oficina de empleo: cualquier teléfono abre el enlace o escanea su "
        "código QR pequeño, que se imprime bien. Lo firmas tú para ese único enlace.",
    "Share as a link": "Compartir como enlace",
    "Share as a link with a small QR code instead": "Compartir en su lugar como enlace con un código QR pequeño",
    " days": " días",
    "How long the link lasts, in days": "Cuánto dura el enlace, en días",
    "Link lasts:": "El enlace dura:",
    "About sharing by link": "Sobre compartir por enlace",
    "To share by link, ask your career office for its share service address, then add it in Settings (File ▸ Settings…).":
        "Para compartir por enlace, pide a tu oficina de empleo la dirección de su servicio para compartir y "
        "añádela en la Configuración (Archivo ▸ Configuración…).",
    "The service: %1. The presentation is signed for the link itself, so a request code from step 3 does not apply.":
        "El servicio: %1. La presentación se firma para el propio enlace, así que el código de solicitud del paso 3 "
        "no se aplica.",
    "This presentation is %1 characters: too large for a QR code (a QR code holds about 4,000 at most, and a phone reads fewer).":
        "Esta presentación tiene %1 caracteres: demasiado grande para un código QR (un código QR admite unos 4.000 "
        "como máximo, y un teléfono lee menos).",
    "“%1” can only be shared whole: its issuer signed it as one piece, so it cannot be made smaller.":
        "«%1» solo se puede compartir entera: su emisor la firmó como una sola pieza, así que no se puede reducir.",
    "Share it as a link with a small QR code that any phone reads, or as a presentation file or a share package.":
        "Compártela como enlace con un código QR pequeño que cualquier teléfono lee, o como archivo de presentación "
        "o paquete para compartir.",
    "Share it as a link with a small QR code that any phone reads, or as a presentation file or a share package — or go back and reveal fewer fields or credentials.":
        "Compártela como enlace con un código QR pequeño que cualquier teléfono lee, o como archivo de presentación "
        "o paquete para compartir, o vuelve atrás y revela menos campos o credenciales.",
    "Which choices fit a self-contained QR code": "Qué elecciones caben en un código QR autónomo",
    "A self-contained QR code (the signed presentation inside the code) fits one or two credentials whose issuer lets you choose fields, with a few fields revealed. Credentials shared whole, and larger choices, go as a link with a small QR code, a file or a package.":
        "Un código QR autónomo (con la presentación firmada dentro del código) admite una o dos credenciales cuyo "
        "emisor te deja elegir campos, revelando pocos campos. Las credenciales que se comparten enteras, y las "
        "elecciones más grandes, van como enlace con un código QR pequeño, archivo o paquete.",
    "Too large for a self-contained QR code: “%1” can only be shared whole. Share by link (a small QR code any phone reads), as a file or as a package.":
        "Demasiado grande para un código QR autónomo: «%1» solo se puede compartir entera. Compártela por enlace "
        "(un código QR pequeño que cualquier teléfono lee), como archivo o como paquete.",
    "Three or more credentials are usually too large for one self-contained QR code: share them by link (a small QR code any phone reads), as a file or as a package.":
        "Tres o más credenciales suelen ser demasiado grandes para un solo código QR autónomo: compártelas por "
        "enlace (un código QR pequeño que cualquier teléfono lee), como archivo o como paquete.",
    "Can become a self-contained QR code if you reveal only a few fields in the next step. A link works for any choice.":
        "Puede convertirse en un código QR autónomo si en el paso siguiente revelas solo unos pocos campos. Un enlace "
        "sirve para cualquier elección.",
    "This is %1 characters: too large for a QR code. Share it as a link with a small QR code, a file or a share package instead.":
        "Son %1 caracteres: demasiado para un código QR. Compártelo en su lugar como enlace con un código QR pequeño, "
        "archivo o paquete para compartir.",
    "Share service address": "Dirección del servicio para compartir",
    "About the share service": "Sobre el servicio para compartir",
    "S&hare service:": "&Servicio para compartir:",
    "Not a share service address: give it as https://… (as your career office wrote it).":
        "No es la dirección de un servicio para compartir: escríbela como https://… (tal como te la dio tu oficina "
        "de empleo).",
    "Only https:// addresses are accepted; plain http:// only for a service on this computer.":
        "Solo se aceptan direcciones https://; http:// sin cifrar, solo para un servicio en este ordenador.",
    "To share by link: your career office's share service keeps the presentation you sign for each link. Ask the office for its address; leave this empty otherwise.":
        "Para compartir por enlace: el servicio para compartir de tu oficina de empleo guarda la presentación que "
        "firmas para cada enlace. Pide su dirección a la oficina; si no, déjalo vacío.",
    "Links are made on %1. Uploading happens only when you share by link.":
        "Los enlaces se crean en %1. Solo se sube algo cuando compartes por enlace.",
    "Asking the share service for a link…": "Pidiendo un enlace al servicio para compartir…",
    "Uploading the signed presentation…": "Subiendo la presentación firmada…",
    "Signing the presentation for a new link on %1…": "Firmando la presentación para un enlace nuevo en %1…",
    "Sharing by link…": "Compartiendo por enlace…",
    "Cancelled: no link was made.": "Cancelado: no se creó ningún enlace.",
    "Give the employer this link or its QR code: it opens a page that verifies your presentation, on any phone or computer.":
        "Da a la empresa este enlace o su código QR: abre una página que verifica tu presentación, en cualquier "
        "teléfono u ordenador.",
    "Text (VP1-…, JSON, a JWT, a share link) or an image of a QR code":
        "Texto (VP1-…, JSON, un JWT, un enlace compartido) o la imagen de un código QR",
    "Fetch the shared presentation?": "¿Descargar la presentación compartida?",
    "This link points to a share service at %1. Learner Wallet will download the signed presentation from it and verify it here, itself; nothing about you is sent.":
        "Este enlace lleva a un servicio para compartir en %1. Learner Wallet descargará de él la presentación "
        "firmada y la verificará aquí, por sí misma; no se envía nada sobre ti.",
    "If you fetch it, links open without this question until Learner Wallet closes.":
        "Si la descargas, los enlaces se abrirán sin esta pregunta hasta que cierres Learner Wallet.",
    "Fetch and verify": "Descargar y verificar",
    "Checked as the presentation of this share link: its request code is the link (%1 on %2), so a presentation made for another link fails.":
        "Comprobada como la presentación de este enlace compartido: su código de solicitud es el enlace (%1 en %2), "
        "así que una presentación hecha para otro enlace no pasa.",
    "&Camera": "&Cámara",
    "Scan the offer's QR code with the camera": "Escanear con la cámara el código QR de la oferta",
    "No camera: %1. Use a picture of the QR code, the screen, or paste the link.":
        "Sin cámara: %1. Usa una imagen del código QR, la pantalla o pega el enlace.",
    "the camera could not be started": "no se pudo iniciar la cámara",
    "Hold the issuer's QR code in front of the camera.": "Pon el código QR del emisor delante de la cámara.",
    # trust sources in Settings and in the employer's verifier (issue 14)
    "A credential shows \"Verified\" only when one of these sources recognises its issuer. A trust list is checked again each time it is used and stops counting when it expires.":
        "Una credencial se muestra como «Verificada» solo cuando una de estas fuentes reconoce a su emisor. Una "
        "lista de confianza se comprueba de nuevo cada vez que se usa y deja de contar cuando caduca.",
    "Trust sources": "Fuentes de confianza",
    "Source": "Fuente",
    "Details": "Detalles",
    "Add a trust list or registry file…": "Añadir una lista de confianza o un archivo de registro…",
    "Add a trust list or registry file": "Añadir una lista de confianza o un archivo de registro",
    "A signed trust list from a career office or an employer, or a known-issuer registry file":
        "Una lista de confianza firmada por una oficina de empleo o una empresa, o un archivo de registro de "
        "emisores conocidos",
    "Remove the selected trust source": "Quitar la fuente de confianza seleccionada",
    "Use again": "Volver a usar",
    "Use the selected bundled registry again": "Volver a usar el registro incluido seleccionado",
    "Known-issuer registries (bundled)": "Registros de emisores conocidos (incluidos)",
    "refreshed %1": "actualizado el %1",
    "snapshot of %1": "copia del %1",
    "%1 issuers, %2": "%1 emisores, %2",
    "Off, not used — %1": "Desactivado, no se usa — %1",
    "Trust lists and registry files you added": "Listas de confianza y archivos de registro que añadiste",
    "%1 issuers": "%1 emisores",
    "%1, published by %2, valid until %3": "%1, publicada por %2, válida hasta el %3",
    "%1, registry file": "%1, archivo de registro",
    "Refused, not used: %1": "Rechazada, no se usa: %1",
    "Issuers you trust yourself": "Emisores en los que confías tú",
    "You trust this issuer: %1": "Confías en este emisor: %1",
    "Trust lists and registries (*.json);;All files (*)":
        "Listas de confianza y registros (*.json);;Todos los archivos (*)",
    "Trust sources of this verifier": "Fuentes de confianza de este verificador",
    "Trust sources…": "Fuentes de confianza…",
    "The trust lists and registries this verifier uses": "Las listas de confianza y los registros que usa este verificador",
    "Add a trust list your organisation uses, or see the bundled registries":
        "Añade una lista de confianza que use tu organización o consulta los registros incluidos",
    "The issuer calls itself “%1”": "El emisor se llama a sí mismo «%1»",
    "checks|Issuer's website": "Web del emisor",
    "checks|The issuer's website links itself to the issuer's key (evidence of who runs the site, not trust).":
        "La web del emisor se vincula con la clave del emisor (prueba de quién gestiona la web, no de confianza).",
    "checks|The issuer's website does not link itself to the issuer's key.":
        "La web del emisor no se vincula con la clave del emisor.",
    "checks|The issuer's website could not be asked whether it links itself to the issuer's key.":
        "No se pudo preguntar a la web del emisor si se vincula con la clave del emisor.",
    "Open Badge 2.0": "Open Badge 2.0",
    "The badge details (name, description, criteria, skills) are at %1 and were not fetched; "
    "allow the network to fetch them.":
        "Los detalles de la insignia (nombre, descripción, criterios, competencias) están en %1 y no se han descargado; "
        "permite el acceso a la red para descargarlos.",
    "Loading %1 credentials…": "Cargando %1 credenciales…",
})
