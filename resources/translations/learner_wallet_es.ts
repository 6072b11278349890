<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="18" />
        <location filename="../../ui/dialogs/about.py" line="19" />
        <source>About Learner Wallet</source>
        <translation>Acerca de Learner Wallet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="20" />
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="23" />
        <source>Name and version</source>
        <translation>Nombre y versión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="24" />
        <source>Your own learning and employment record: verifiable credentials from Open Badges 3.0, CLR 2.0 and W3C Verifiable Credentials, kept on this computer, with keys in its keychain. Apache-2.0.</source>
        <translation>Tu propio registro de aprendizaje y empleo: credenciales verificables de Open Badges 3.0, CLR 2.0 y W3C Verifiable Credentials, guardadas en este ordenador, con las claves en su llavero. Apache-2.0.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="28" />
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="33" />
        <source>Wallet folder: %1</source>
        <translation>Carpeta de la cartera: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="34" />
        <source>Wallet folder</source>
        <translation>Carpeta de la cartera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="39" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>DidDocumentDialog</name>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="79" />
        <location filename="../../ui/dialogs/identity.py" line="80" />
        <source>DID document</source>
        <translation>Documento DID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="83" />
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="88" />
        <source>DID document JSON</source>
        <translation>JSON del documento DID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="91" />
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="92" />
        <source>Copy the DID document</source>
        <translation>Copiar el documento DID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="95" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../../ui/views/first_run.py" line="52" />
        <source>Welcome to Learner Wallet</source>
        <translation>Bienvenido a Learner Wallet</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="52" />
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="53" />
        <source>Keep the credentials your university, employers and community partners give you, see the skills they add up to, and share only what you choose.</source>
        <translation>Guarda las credenciales que te dan tu universidad, tus empleadores y tus socios comunitarios, descubre las competencias que suman y comparte solo lo que elijas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="55" />
        <source>What Learner Wallet does</source>
        <translation>Qué hace Learner Wallet</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="56" />
        <source>What a DID is</source>
        <translation>Qué es un DID</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="57" />
        <source>Create my wallet</source>
        <translation>Crear mi cartera</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="59" />
        <source>Create my wallet and my first DID</source>
        <translation>Crear mi cartera y mi primer DID</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="63" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="64" />
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="65" />
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="66" />
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="68" />
        <source>Retry creating the wallet</source>
        <translation>Reintentar la creación de la cartera</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="71" />
        <source>Your wallet will be kept in %1</source>
        <translation>Tu cartera se guardará en %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="72" />
        <source>Wallet folder</source>
        <translation>Carpeta de la cartera</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <location filename="../../ui/views/identity.py" line="54" />
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="58" />
        <source>What a DID is</source>
        <translation>Qué es un DID</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="61" />
        <source>Your identities</source>
        <translation>Tus identidades</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="67" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="69" />
        <source>Key type</source>
        <translation>Tipo de clave</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="71" />
        <source>Default identity</source>
        <translation>Identidad predeterminada</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="74" />
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="78" />
        <source>Label:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="79" />
        <source>Key type:</source>
        <translation>Tipo de clave:</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="80" />
        <source>Default:</source>
        <translation>Predeterminada:</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="81" />
        <source>DID:</source>
        <translation>DID:</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="83" />
        <source>New identity…</source>
        <translation>Nueva identidad…</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="83" />
        <source>Create a new identity</source>
        <translation>Crear una identidad nueva</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="84" />
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="84" />
        <source>Rename the identity</source>
        <translation>Renombrar la identidad</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="85" />
        <source>Make default</source>
        <translation>Hacer predeterminada</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="85" />
        <source>Make this the default identity</source>
        <translation>Hacer de esta la identidad predeterminada</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="87" />
        <source>Copy DID</source>
        <translation>Copiar DID</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="87" />
        <source>Copy the DID</source>
        <translation>Copiar el DID</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="88" />
        <source>Show DID document</source>
        <translation>Ver documento DID</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="88" />
        <source>Show the DID document</source>
        <translation>Ver el documento DID</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="150" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="150" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="170" />
        <source>Creating the key in your keychain…</source>
        <translation>Creando la clave en tu llavero…</translation>
    </message>
    <message>
        <location filename="../../ui/views/identity.py" line="179" />
        <source>Rename identity</source>
        <translation>Renombrar identidad</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <location filename="../../ui/views/journey.py" line="76" />
        <source>Computing your skill journey…</source>
        <translation>Calculando tu trayectoria de competencias…</translation>
    </message>
</context>
<context>
    <name>JourneyPlaceholder</name>
    <message>
        <location filename="../../ui/views/placeholders.py" line="41" />
        <source>Journey</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <location filename="../../ui/views/placeholders.py" line="42" />
        <source>The skill journey appears here once your wallet holds credentials: it is computed from them, with the skills their achievements align to (such as the NACE Career Readiness Competencies), the experiences behind them, how micro-credentials stack into larger ones, and when you earned each.</source>
        <translation>La trayectoria de competencias aparece aquí cuando tu cartera tenga credenciales: se calcula a partir de ellas, con las competencias a las que se alinean sus logros (como las NACE Career Readiness Competencies), las experiencias que hay detrás, cómo las microcredenciales se apilan en otras mayores y cuándo obtuviste cada una.</translation>
    </message>
    <message>
        <location filename="../../ui/views/placeholders.py" line="46" />
        <source>Import the credentials you were given in the Library (Ctrl+O), or try the demo with `learner-wallet --demo`.</source>
        <translation>Importa en la Biblioteca las credenciales que te dieron (Ctrl+O) o prueba la demostración con `learner-wallet --demo`.</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="35" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="36" />
        <source>e.g. Job applications</source>
        <translation>p. ej. Solicitudes de empleo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="38" />
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="40" />
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="41" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../ui/views/library.py" line="105" />
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="108" />
        <source>Search titles, issuers, skills…</source>
        <translation>Buscar títulos, emisores, competencias…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="109" />
        <source>Search credentials</source>
        <translation>Buscar credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="112" />
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="113" />
        <source>Import credential files</source>
        <translation>Importar archivos de credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="114" />
        <source>Import credential files (Ctrl+O)</source>
        <translation>Importar archivos de credenciales (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="116" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="117" />
        <source>Delete the selected credentials</source>
        <translation>Eliminar las credenciales seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="118" />
        <source>Delete the selected credentials (Delete); you can undo it</source>
        <translation>Eliminar las credenciales seleccionadas (Supr); se puede deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="129" />
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="141" />
        <source>No credentials yet.

Import the files your university, employers or community partners gave you (Ctrl+O), or drop them here.</source>
        <translation>Todavía no hay credenciales.

Importa los archivos que te dieron tu universidad, tus empleadores o tus socios comunitarios (Ctrl+O), o suéltalos aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="144" />
        <source>No credentials yet</source>
        <translation>Todavía no hay credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="147" />
        <source>No credential matches this search.</source>
        <translation>Ninguna credencial coincide con esta búsqueda.</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="148" />
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="155" />
        <source>Credential count</source>
        <translation>Número de credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="158" />
        <source>Last import</source>
        <translation>Última importación</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="160" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="161" />
        <source>Undo the deletion</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="205" />
        <source>1 credential</source>
        <translation>1 credencial</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="206" />
        <source>%1 credentials</source>
        <translation>%1 credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="208" />
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostradas</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="229" />
        <source>Import credentials</source>
        <translation>Importar credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="231" />
        <source>Choose credential files</source>
        <translation>Elegir archivos de credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="240" />
        <source>Importing credentials…</source>
        <translation>Importando credenciales…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="244" />
        <source>Added: %1.</source>
        <translation>Añadidas: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="246" />
        <source>Already in the wallet: %1.</source>
        <translation>Ya estaban en la cartera: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="248" />
        <source>Could not be imported: %1.</source>
        <translation>No se pudieron importar: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="250" />
        <source>Some files could not be imported</source>
        <translation>Algunos archivos no se pudieron importar</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="251" />
        <source>Check that each file is a credential you were given.</source>
        <translation>Comprueba que cada archivo sea una credencial que te dieron.</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="269" />
        <source>Deleted 1 credential.</source>
        <translation>Se eliminó 1 credencial.</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="270" />
        <source>Deleted %1 credentials.</source>
        <translation>Se eliminaron %1 credenciales.</translation>
    </message>
    <message>
        <location filename="../../ui/views/library.py" line="280" />
        <source>Restored.</source>
        <translation>Restaurado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="59" />
        <location filename="../../ui/main_window.py" line="215" />
        <source>Learner Wallet</source>
        <translation>Learner Wallet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>Opening your wallet…</source>
        <translation>Abriendo tu cartera…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76" />
        <source>Opening your wallet</source>
        <translation>Abriendo tu cartera</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84" />
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>Journey</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>DEMO — a fictional learner at a fictional university. Nothing here is real.</source>
        <translation>DEMOSTRACIÓN — una estudiante ficticia en una universidad ficticia. Nada de esto es real.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Demo wallet</source>
        <translation>Cartera de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <source>&amp;Share…</source>
        <translation>&amp;Compartir…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>&amp;About Learner Wallet</source>
        <translation>&amp;Acerca de Learner Wallet</translation>
    </message>
</context>
<context>
    <name>NewDidDialog</name>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="56" />
        <source>New identity</source>
        <translation>Nueva identidad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="58" />
        <source>Key type</source>
        <translation>Tipo de clave</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="59" />
        <source>Ed25519 (recommended)</source>
        <translation>Ed25519 (recomendado)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="60" />
        <source>P-256 (for ECDSA credentials)</source>
        <translation>P-256 (para credenciales ECDSA)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="61" />
        <source>&amp;Key type:</source>
        <translation>&amp;Tipo de clave:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="62" />
        <source>The private key is created in this computer's keychain and never leaves it.</source>
        <translation>La clave privada se crea en el llavero de este ordenador y nunca sale de él.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identity.py" line="64" />
        <source>About the private key</source>
        <translation>Sobre la clave privada</translation>
    </message>
</context>
<context>
    <name>ProblemView</name>
    <message>
        <location filename="../../ui/views/first_run.py" line="99" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="100" />
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="101" />
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="102" />
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="103" />
        <source>Retry opening the wallet</source>
        <translation>Reintentar abrir la cartera</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="63" />
        <source>Opening your wallet…</source>
        <translation>Abriendo tu cartera…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="67" />
        <source>My identity</source>
        <translation>Mi identidad</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="69" />
        <source>Creating your wallet…</source>
        <translation>Creando tu cartera…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="33" />
        <location filename="../../ui/dialogs/settings.py" line="34" />
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="35" />
        <source>Look up issuers and status lists on the network</source>
        <translation>Consultar emisores y listas de estado en la red</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="36" />
        <source>Allow network lookups</source>
        <translation>Permitir consultas en la red</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="37" />
        <source>Off: everything is checked offline, and what needs the network is reported as "not checked", never as invalid.</source>
        <translation>Desactivado: todo se comprueba sin conexión, y lo que necesita la red se indica como "no comprobado", nunca como no válido.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="40" />
        <source>About network lookups</source>
        <translation>Sobre las consultas en la red</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="42" />
        <source>Colour scheme</source>
        <translation>Esquema de colores</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="43" />
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="44" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="45" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="49" />
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="51" />
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="52" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>_Placeholder</name>
    <message>
        <location filename="../../ui/views/placeholders.py" line="22" />
        <source>What you can do today</source>
        <translation>Qué puedes hacer hoy</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="63" />
        <source>The keychain is locked</source>
        <translation>El llavero está bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>Unlock your keychain (log in to your desktop session again, or unlock it in your password manager) and retry.</source>
        <translation>Desbloquea tu llavero (vuelve a iniciar la sesión de escritorio o desbloquéalo en tu gestor de contraseñas) y reinténtalo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65" />
        <source>No keychain available</source>
        <translation>No hay ningún llavero disponible</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66" />
        <source>Learner Wallet keeps private keys only in the system keychain. Start or install one and retry.</source>
        <translation>Learner Wallet guarda las claves privadas solo en el llavero del sistema. Inicia o instala uno y reinténtalo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67" />
        <source>A key is missing from the keychain</source>
        <translation>Falta una clave en el llavero</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68" />
        <source>Restore the wallet from a backup, or remove this identity.</source>
        <translation>Restaura la cartera desde una copia de seguridad o elimina esta identidad.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69" />
        <source>The keychain could not be used</source>
        <translation>No se pudo usar el llavero</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69" />
        <source>Check that your keychain is running and unlocked, then retry.</source>
        <translation>Comprueba que tu llavero esté en marcha y desbloqueado, y reinténtalo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70" />
        <source>There is no wallet here</source>
        <translation>Aquí no hay ninguna cartera</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70" />
        <source>Create a wallet first.</source>
        <translation>Crea primero una cartera.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71" />
        <source>Wrong passphrase</source>
        <translation>Frase de contraseña incorrecta</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71" />
        <source>Check the passphrase and try again.</source>
        <translation>Comprueba la frase de contraseña e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72" />
        <source>The backup cannot be used</source>
        <translation>No se puede usar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73" />
        <source>The wallet database is damaged</source>
        <translation>La base de datos de la cartera está dañada</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73" />
        <source>Restore the wallet from a backup.</source>
        <translation>Restaura la cartera desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74" />
        <source>The wallet could not be saved</source>
        <translation>No se pudo guardar la cartera</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74" />
        <source>Check that the disk is not full, then retry.</source>
        <translation>Comprueba que el disco no esté lleno y reinténtalo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75" />
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76" />
        <source>No network answer</source>
        <translation>La red no responde</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76" />
        <source>Check your connection, or keep working offline.</source>
        <translation>Comprueba tu conexión o sigue trabajando sin conexión.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77" />
        <source>This input cannot be used</source>
        <translation>No se puede usar esta entrada</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78" />
        <source>Something did not work</source>
        <translation>Algo no funcionó</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92" />
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94" />
        <source>This is a bug in Learner Wallet. Nothing was changed; please report what you were doing.</source>
        <translation>Es un error de Learner Wallet. No se cambió nada; informa, por favor, de lo que estabas haciendo.</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <location filename="../../ui/views/identity.py" line="33" />
        <source>A DID is an identifier you own: its private key stays in this computer's keychain and lets you prove the credentials are yours.</source>
        <translation>Un DID es un identificador que te pertenece: su clave privada se queda en el llavero de este ordenador y te permite demostrar que las credenciales son tuyas.</translation>
    </message>
    <message>
        <location filename="../../ui/models/dids.py" line="63" />
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="156" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="158" />
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="159" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
</TS>