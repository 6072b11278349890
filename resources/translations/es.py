"""Spanish texts for learner_wallet_es.ts (source text -> translation).

Regenerate the catalogue and the compiled file with ``resources/translations/update.sh``.
"""

ES = {
    "About Learner Wallet": "Acerca de Learner Wallet",
    "Name and version": "Nombre y versión",
    "Version %1": "Versión %1",
    "Your own learning and employment record: verifiable credentials from Open Badges 3.0, CLR 2.0 and W3C Verifiable Credentials, kept on this computer, with keys in its keychain. Apache-2.0.":
        "Tu propio registro de aprendizaje y empleo: credenciales verificables de Open Badges 3.0, CLR 2.0 y W3C Verifiable Credentials, guardadas en este ordenador, con las claves en su llavero. Apache-2.0.",
    "About": "Acerca de",
    "Wallet folder: %1": "Carpeta de la cartera: %1",
    "Wallet folder": "Carpeta de la cartera",
    "Close": "Cerrar",
    "DID document": "Documento DID",
    "DID": "DID",
    "DID document JSON": "JSON del documento DID",
    "Copy JSON": "Copiar JSON",
    "Copy the DID document": "Copiar el documento DID",
    "Welcome to Learner Wallet": "Bienvenido a Learner Wallet",
    "Welcome": "Bienvenida",
    "Keep the credentials your university, employers and community partners give you, see the skills they add up to, and share only what you choose.":
        "Guarda las credenciales que te dan tu universidad, tus empleadores y tus socios comunitarios, descubre las competencias que suman y comparte solo lo que elijas.",
    "What Learner Wallet does": "Qué hace Learner Wallet",
    "What a DID is": "Qué es un DID",
    "A DID is an identifier you own: its private key stays in this computer's keychain and lets you prove the credentials are yours.":
        "Un DID es un identificador que te pertenece: su clave privada se queda en el llavero de este ordenador y te permite demostrar que las credenciales son tuyas.",
    "Create my wallet": "Crear mi cartera",
    "Create my wallet and my first DID": "Crear mi cartera y mi primer DID",
    "Problem": "Problema",
    "What went wrong": "Qué salió mal",
    "How to fix it": "Cómo solucionarlo",
    "Retry": "Reintentar",
    "Retry creating the wallet": "Reintentar la creación de la cartera",
    "Your wallet will be kept in %1": "Tu cartera se guardará en %1",
    "Identity": "Identidad",
    "Your identities": "Tus identidades",
    "Label": "Etiqueta",
    "Key type": "Tipo de clave",
    "Default identity": "Identidad predeterminada",
    "Label:": "Etiqueta:",
    "Key type:": "Tipo de clave:",
    "Default:": "Predeterminada:",
    "DID:": "DID:",
    "New identity…": "Nueva identidad…",
    "Create a new identity": "Crear una identidad nueva",
    "Rename…": "Renombrar…",
    "Rename the identity": "Renombrar la identidad",
    "Make default": "Hacer predeterminada",
    "Make this the default identity": "Hacer de esta la identidad predeterminada",
    "Copy DID": "Copiar DID",
    "Copy the DID": "Copiar el DID",
    "Show DID document": "Ver documento DID",
    "Show the DID document": "Ver el documento DID",
    "Yes": "Sí",
    "No": "No",
    "Creating the key in your keychain…": "Creando la clave en tu llavero…",
    "Rename identity": "Renombrar identidad",
    "Computing your skill journey…": "Calculando tu trayectoria de competencias…",
    "Journey": "Trayectoria",
    "The skill journey appears here once your wallet holds credentials: it is computed from them, with the skills their achievements align to (such as the NACE Career Readiness Competencies), the experiences behind them, how micro-credentials stack into larger ones, and when you earned each.":
        "La trayectoria de competencias aparece aquí cuando tu cartera tenga credenciales: se calcula a partir de ellas, con las competencias a las que se alinean sus logros (como las NACE Career Readiness Competencies), las experiencias que hay detrás, cómo las microcredenciales se apilan en otras mayores y cuándo obtuviste cada una.",
    "Import the credentials you were given in the Library (Ctrl+O), or try the demo with `learner-wallet --demo`.":
        "Importa en la Biblioteca las credenciales que te dieron (Ctrl+O) o prueba la demostración con `learner-wallet --demo`.",
    "e.g. Job applications": "p. ej. Solicitudes de empleo",
    "&Label:": "&Etiqueta:",
    "OK": "Aceptar",
    "Cancel": "Cancelar",
    "Library": "Biblioteca",
    "Search titles, issuers, skills…": "Buscar títulos, emisores, competencias…",
    "Search credentials": "Buscar credenciales",
    "Import files…": "Importar archivos…",
    "Import credential files": "Importar archivos de credenciales",
    "Import credential files (Ctrl+O)": "Importar archivos de credenciales (Ctrl+O)",
    "Credentials": "Credenciales",
    "No credentials yet.\n\nImport the files your university, employers or community partners gave you (Ctrl+O), or drop them here.":
        "Todavía no hay credenciales.\n\nImporta los archivos que te dieron tu universidad, tus empleadores o tus socios comunitarios (Ctrl+O), o suéltalos aquí.",
    "No credentials yet": "Todavía no hay credenciales",
    "No credential matches this search.": "Ninguna credencial coincide con esta búsqueda.",
    "No matches": "Sin coincidencias",
    "Credential count": "Número de credenciales",
    "Last import": "Última importación",
    "1 credential": "1 credencial",
    "%1 credentials": "%1 credenciales",
    "%1 of %2 shown": "%1 de %2 mostradas",
    "Import credentials": "Importar credenciales",
    "Choose credential files": "Elegir archivos de credenciales",
    "Importing credentials…": "Importando credenciales…",
    "Added: %1.": "Añadidas: %1.",
    "Already in the wallet: %1.": "Ya estaban en la cartera: %1.",
    "Could not be imported: %1.": "No se pudieron importar: %1.",
    "Some files could not be imported": "Algunos archivos no se pudieron importar",
    "Check that each file is a credential you were given.": "Comprueba que cada archivo sea una credencial que te dieron.",
    "Learner Wallet": "Learner Wallet",
    "Opening your wallet…": "Abriendo tu cartera…",
    "Opening your wallet": "Abriendo tu cartera",
    "Views": "Vistas",
    "Share": "Compartir",
    "Verify": "Verificar",
    "Demo": "Demostración",
    "DEMO — a fictional learner at a fictional university. Nothing here is real.":
        "DEMOSTRACIÓN — una estudiante ficticia en una universidad ficticia. Nada de esto es real.",
    "Demo wallet": "Cartera de demostración",
    "&File": "&Archivo",
    "&Import files…": "&Importar archivos…",
    "&Settings…": "&Configuración…",
    "&Quit": "&Salir",
    "&View": "&Ver",
    "&Find…": "&Buscar…",
    "&Help": "A&yuda",
    "&About Learner Wallet": "&Acerca de Learner Wallet",
    "New identity": "Nueva identidad",
    "Ed25519 (recommended)": "Ed25519 (recomendado)",
    "P-256 (for ECDSA credentials)": "P-256 (para credenciales ECDSA)",
    "&Key type:": "&Tipo de clave:",
    "The private key is created in this computer's keychain and never leaves it.":
        "La clave privada se crea en el llavero de este ordenador y nunca sale de él.",
    "About the private key": "Sobre la clave privada",
    "Retry opening the wallet": "Reintentar abrir la cartera",
    "My identity": "Mi identidad",
    "Creating your wallet…": "Creando tu cartera…",
    "Settings": "Configuración",
    "Look up issuers and status lists on the network": "Consultar emisores y listas de estado en la red",
    "Allow network lookups": "Permitir consultas en la red",
    "Off: everything is checked offline, and what needs the network is reported as \"not checked\", never as invalid.":
        "Desactivado: todo se comprueba sin conexión, y lo que necesita la red se indica como \"no comprobado\", nunca como no válido.",
    "About network lookups": "Sobre las consultas en la red",
    "Colour scheme": "Esquema de colores",
    "Follow the system": "Seguir al sistema",
    "Light": "Claro",
    "Dark": "Oscuro",
    "&Colours:": "&Colores:",
    "Save settings": "Guardar la configuración",
    "Sharing appears here once holder-signed presentations are wired into the app: pick credentials, pick the fields to reveal, sign with one of your identities, and export a file, a share package with a printable summary, or a QR code.":
        "Compartir aparece aquí cuando las presentaciones firmadas por el titular estén integradas en la aplicación: elige credenciales, elige los campos que quieres mostrar, firma con una de tus identidades y exporta un archivo, un paquete con un resumen imprimible o un código QR.",
    "Not available yet in the app. Today: `learner-wallet-cli present` builds a presentation from the command line.":
        "Todavía no está disponible en la aplicación. Hoy: `learner-wallet-cli present` crea una presentación desde la línea de órdenes.",
    "The verifier appears here once the verification report screen is finished: open a file or scan a QR code a candidate gives you, and see who issued what, whether it is genuine, expired or revoked, and which fields the candidate chose to show. Nothing is stored.":
        "El verificador aparece aquí cuando la pantalla del informe de verificación esté terminada: abre un archivo o escanea un código QR que te dé una persona candidata y mira quién emitió qué, si es auténtico, si caducó o fue revocado, y qué campos eligió mostrar. No se guarda nada.",
    "Not available yet in the app. Today: `learner-wallet-cli verify FILE` prints the same per-check report.":
        "Todavía no está disponible en la aplicación. Hoy: `learner-wallet-cli verify ARCHIVO` muestra el mismo informe, comprobación por comprobación.",
    "File to verify": "Archivo que verificar",
    "File to verify: %1": "Archivo que verificar: %1",
    "What you can do today": "Qué puedes hacer hoy",
    "The keychain is locked": "El llavero está bloqueado",
    "Unlock your keychain (log in to your desktop session again, or unlock it in your password manager) and retry.":
        "Desbloquea tu llavero (vuelve a iniciar la sesión de escritorio o desbloquéalo en tu gestor de contraseñas) y reinténtalo.",
    "No keychain available": "No hay ningún llavero disponible",
    "Learner Wallet keeps private keys only in the system keychain. Start or install one and retry.":
        "Learner Wallet guarda las claves privadas solo en el llavero del sistema. Inicia o instala uno y reinténtalo.",
    "A key is missing from the keychain": "Falta una clave en el llavero",
    "Restore the wallet from a backup, or remove this identity.": "Restaura la cartera desde una copia de seguridad o elimina esta identidad.",
    "The keychain could not be used": "No se pudo usar el llavero",
    "Check that your keychain is running and unlocked, then retry.": "Comprueba que tu llavero esté en marcha y desbloqueado, y reinténtalo.",
    "There is no wallet here": "Aquí no hay ninguna cartera",
    "Create a wallet first.": "Crea primero una cartera.",
    "Wrong passphrase": "Frase de contraseña incorrecta",
    "Check the passphrase and try again.": "Comprueba la frase de contraseña e inténtalo de nuevo.",
    "The backup cannot be used": "No se puede usar la copia de seguridad",
    "The wallet database is damaged": "La base de datos de la cartera está dañada",
    "Restore the wallet from a backup.": "Restaura la cartera desde una copia de seguridad.",
    "The wallet could not be saved": "No se pudo guardar la cartera",
    "Check that the disk is not full, then retry.": "Comprueba que el disco no esté lleno y reinténtalo.",
    "Not found": "No encontrado",
    "No network answer": "La red no responde",
    "Check your connection, or keep working offline.": "Comprueba tu conexión o sigue trabajando sin conexión.",
    "This input cannot be used": "No se puede usar esta entrada",
    "Something did not work": "Algo no funcionó",
    "Something went wrong": "Algo salió mal",
    "This is a bug in Learner Wallet. Nothing was changed; please report what you were doing.":
        "Es un error de Learner Wallet. No se cambió nada; informa, por favor, de lo que estabas haciendo.",
    "default": "predeterminada",
    "Working": "Trabajando",
    "Progress": "Progreso",
    "Delete": "Eliminar",
    "Delete the selected credentials": "Eliminar las credenciales seleccionadas",
    "Delete the selected credentials (Delete); you can undo it": "Eliminar las credenciales seleccionadas (Supr); se puede deshacer",
    "Undo": "Deshacer",
    "Undo the deletion": "Deshacer la eliminación",
    "Deleted 1 credential.": "Se eliminó 1 credencial.",
    "Deleted %1 credentials.": "Se eliminaron %1 credenciales.",
    "Restored.": "Restaurado.",
    "&Share…": "&Compartir…",
}

from es_screens import ES_SCREENS  # noqa: E402 - the later screens' texts (and access keys that do not clash)

ES.update(ES_SCREENS)

from es_wave2 import ES_WAVE2  # noqa: E402 - version 2's texts

ES.update(ES_WAVE2)

ES.update({  # the library's way out of a damaged wallet (ui/library/damage.py)
    "Damaged records": "Registros dañados",
    "Repair: remove them": "Reparar: eliminarlos",
    "Repair the wallet by removing the damaged records": "Reparar la cartera eliminando los registros dañados",
    "%1 record(s) could not be read or were changed outside Learner Wallet; they are left out. Restore them from a backup, or remove them.":
        "No se pudieron leer %1 registro(s), o se cambiaron fuera de Learner Wallet; se dejan fuera. Restáuralos desde una copia de seguridad o elimínalos.",
    "Repairing the wallet…": "Reparando la cartera…",
})

from es_receive import ES_RECEIVE  # noqa: E402 - receiving from an issuer (ui/receive)

ES.update(ES_RECEIVE)

from es_trust import ES_TRUST  # noqa: E402 - issuer trust, the one badge, holder binding (issue 14)

ES.update(ES_TRUST)
