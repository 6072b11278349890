<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="18" />
        <location filename="../../ui/about.py" line="19" />
        <source>About Learner Wallet</source>
        <translation>Acerca de Learner Wallet</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="20" />
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="23" />
        <source>Name and version</source>
        <translation>Nombre y versión</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="24" />
        <source>Your own learning and employment record: verifiable credentials from Open Badges 3.0, CLR 2.0 and W3C Verifiable Credentials, kept on this computer, with keys in its keychain. Apache-2.0.</source>
        <translation>Tu propio registro de aprendizaje y empleo: credenciales verificables de Open Badges 3.0, CLR 2.0 y W3C Verifiable Credentials, guardadas en este ordenador, con las claves en su llavero. Apache-2.0.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="28" />
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="33" />
        <source>Wallet folder: %1</source>
        <translation>Carpeta de la cartera: %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="34" />
        <source>Wallet folder</source>
        <translation>Carpeta de la cartera</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="39" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="457" />
        <source>Backup saved to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="468" />
        <source>Restored %1 credentials and %2 identities into %3.</source>
        <translation>Se restauraron %1 credenciales y %2 identidades en %3.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="476" />
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="479" />
        <source>Open the restored wallet now? (To open it later, start Learner Wallet with --home %1.)</source>
        <translation>¿Abrir ahora la cartera restaurada? (Para abrirla más tarde, inicia Learner Wallet con --home %1.)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="481" />
        <source>Open it now</source>
        <translation>Abrirla ahora</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="482" />
        <source>Keep this wallet open</source>
        <translation>Seguir con esta cartera</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="200" />
        <location filename="../../ui/backup/dialogs.py" line="201" />
        <source>Back up your wallet</source>
        <translation>Hacer una copia de seguridad de tu cartera</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="203" />
        <source>The backup holds everything: your credentials, notes and tags, settings, and the private keys of your identities. It is encrypted with the passphrase you choose here. Without the passphrase nobody can open it — not even you, so write it down somewhere safe.</source>
        <translation>La copia de seguridad lo guarda todo: tus credenciales, notas y etiquetas, la configuración y las claves privadas de tus identidades. Se cifra con la frase de contraseña que elijas aquí. Sin ella nadie puede abrirla —ni siquiera tú—, así que anótala en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="207" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="208" />
        <source>At least %1 characters; several words are best</source>
        <translation>Al menos %1 caracteres; mejor varias palabras</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="210" />
        <source>Passphrase again</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="213" />
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="217" />
        <source>Whether the passphrases match</source>
        <translation>Si las frases de contraseña coinciden</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="219" />
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="220" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="221" />
        <source>Choose where to save the backup</source>
        <translation>Elegir dónde guardar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="225" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="227" />
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="229" />
        <source>Save &amp;to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="230" />
        <source>Back up</source>
        <translation>Hacer la copia</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="231" />
        <source>Write the encrypted backup</source>
        <translation>Escribir la copia de seguridad cifrada</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="239" />
        <source>Choose a passphrase you will remember.</source>
        <translation>Elige una frase de contraseña que recuerdes.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="243" />
        <source>The passphrases match.</source>
        <translation>Las frases de contraseña coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="243" />
        <source>The passphrases differ.</source>
        <translation>Las frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="247" />
        <source>Save the backup as</source>
        <translation>Guardar la copia de seguridad como</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="261" />
        <source>Encrypting the backup…</source>
        <translation>Cifrando la copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="391" />
        <source>Backup reminder</source>
        <translation>Recordatorio de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="395" />
        <source>Your wallet has not been backed up in the last %1 days. A backup lets you restore everything on a new computer.</source>
        <translation>No has hecho una copia de seguridad de tu cartera en los últimos %1 días. Con una copia puedes recuperarlo todo en un ordenador nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="398" />
        <source>Back up now…</source>
        <translation>Hacer la copia ahora…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="399" />
        <source>Back up the wallet now</source>
        <translation>Hacer ahora una copia de seguridad de la cartera</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="401" />
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="402" />
        <source>Hide the backup reminder</source>
        <translation>Ocultar el recordatorio de copia de seguridad</translation>
    </message>
</context>
<context>
    <name>CredentialRenderer</name>
    <message>
        <location filename="../../ui/detail/render.py" line="35" />
        <source>is the same as</source>
        <extracomment>CLR/OB association types (from source to target), in words</extracomment>
        <translation>es lo mismo que</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="36" />
        <location filename="../../ui/detail/render.py" line="37" />
        <source>is part of</source>
        <translation>forma parte de</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="38" />
        <source>includes</source>
        <translation>incluye</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="39" />
        <source>is a peer of</source>
        <translation>está al mismo nivel que</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="40" />
        <source>is related to</source>
        <translation>está relacionado con</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="41" />
        <source>comes before</source>
        <translation>va antes de</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="42" />
        <source>is replaced by</source>
        <translation>se sustituye por</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="106" />
        <source>Comprehensive Learner Record (CLR 2.0)</source>
        <translation>Registro integral del estudiante (CLR 2.0)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="108" />
        <source>Open Badge 3.0</source>
        <translation>Open Badge 3.0</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="108" />
        <source>Open Badge 2.0</source>
        <translation>Open Badge 2.0</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="109" />
        <source>SD-JWT credential</source>
        <translation>Credencial SD-JWT</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="110" />
        <source>Endorsement</source>
        <translation>Aval</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="110" />
        <source>Verifiable credential</source>
        <translation>Credencial verificable</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="136" />
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="139" />
        <source>Awarded to %1</source>
        <translation>Otorgada a %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="145" />
        <source>The badge details (name, description, criteria, skills) are at %1 and were not fetched; allow the network to fetch them.</source>
        <translation>Los detalles de la insignia (nombre, descripción, criterios, competencias) están en %1 y no se han descargado; permite el acceso a la red para descargarlos.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="157" />
        <source>About this achievement</source>
        <translation>Sobre este logro</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="159" />
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="160" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="161" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="162" />
        <source>Field of study</source>
        <translation>Campo de estudio</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="163" />
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="166" />
        <source>What it took (criteria)</source>
        <translation>Qué hizo falta (criterios)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="170" />
        <source>Criteria published by the issuer</source>
        <translation>Criterios publicados por el emisor</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="173" />
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="176" />
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="179" />
        <location filename="../../ui/detail/render.py" line="218" />
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="182" />
        <source>Issuer's keywords</source>
        <translation>Palabras clave del emisor</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="317" />
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="207" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="235" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="235" />
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="236" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="236" />
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="238" />
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="241" />
        <source>Awarded</source>
        <translation>Otorgada</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="242" />
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="243" />
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="244" />
        <source>No expiry date</source>
        <translation>Sin fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="245" />
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="248" />
        <source>this credential</source>
        <translation>esta credencial</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="248" />
        <source>the achievement</source>
        <translation>el logro</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="249" />
        <source>the issuer</source>
        <translation>el emisor</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="252" />
        <source>an unnamed endorser</source>
        <translation>un avalista sin nombre</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="253" />
        <source>%1 endorses %2</source>
        <translation>%1 avala %2</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="260" />
        <source>Endorsements</source>
        <translation>Avales</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="289" />
        <source>This record holds %1 achievements.</source>
        <translation>Este expediente contiene %1 logros.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="300" />
        <source>How the achievements fit together</source>
        <translation>Cómo encajan los logros</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="335" />
        <source>Made up of: %1</source>
        <translation>Compuesto por: %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="347" />
        <source>Competencies</source>
        <extracomment>achievement groups of a record, by type, in the plural (another type is named in the singular)</extracomment>
        <translation>Competencias</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="347" />
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="348" />
        <source>Micro-credentials</source>
        <translation>Microcredenciales</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="349" />
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="350" />
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="350" />
        <source>Badges</source>
        <translation>Insignias</translation>
    </message>
    <message>
        <location filename="../../ui/detail/render.py" line="351" />
        <source>Other achievements</source>
        <translation>Otros logros</translation>
    </message>
</context>
<context>
    <name>CurationDialog</name>
    <message>
        <location filename="../../ui/library/curation.py" line="79" />
        <source>Organise</source>
        <translation>Organizar</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="79" />
        <source>Organise %1 credentials</source>
        <translation>Organizar %1 credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="81" />
        <source>Only you see this. The signed credential itself is never changed.</source>
        <translation>Solo tú lo ves. La credencial firmada nunca se modifica.</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="85" />
        <source>Title shown in your wallet</source>
        <translation>Título que se muestra en tu cartera</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="95" />
        <source>&amp;Title shown in your wallet:</source>
        <translation>&amp;Título que se muestra en tu cartera:</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="98" />
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="99" />
        <source>Collections, separated by commas</source>
        <translation>Colecciones, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="100" />
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="101" />
        <source>&amp;Collections:</source>
        <translation>&amp;Colecciones:</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="104" />
        <source>Tags to add, separated by commas</source>
        <translation>Etiquetas que añadir, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="105" />
        <source>Collections to add, separated by commas</source>
        <translation>Colecciones a las que añadir, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="106" />
        <source>Tags to remove, separated by commas</source>
        <translation>Etiquetas que quitar, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="107" />
        <source>Collections to remove, separated by commas</source>
        <translation>Colecciones de las que quitar, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="108" />
        <source>&amp;Add tags:</source>
        <translation>&amp;Añadir etiquetas:</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="109" />
        <source>Add to &amp;collections:</source>
        <translation>Añadir a &amp;colecciones:</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="110" />
        <source>&amp;Remove tags:</source>
        <translation>&amp;Quitar etiquetas:</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="111" />
        <source>Remove from c&amp;ollections:</source>
        <translation>Quitar de c&amp;olecciones:</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="112" />
        <source>e.g. data, job hunt</source>
        <translation>p. ej., datos, búsqueda de empleo</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="113" />
        <source>e.g. Data analyst applications</source>
        <translation>p. ej., Candidaturas de analista de datos</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="117" />
        <source>&amp;Favourite</source>
        <translation>&amp;Favorita</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="118" />
        <source>&amp;Hide from the library</source>
        <translation>&amp;Ocultar en la biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="119" />
        <source>A&amp;rchive (kept, out of the way)</source>
        <translation>A&amp;rchivar (se guarda, pero no estorba)</translation>
    </message>
    <message>
        <location filename="../../ui/library/curation.py" line="124" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <location filename="../../ui/library/damage.py" line="32" />
        <source>Damaged records</source>
        <translation>Registros dañados</translation>
    </message>
    <message>
        <location filename="../../ui/library/damage.py" line="33" />
        <source>Repair: remove them</source>
        <translation>Reparar: eliminarlos</translation>
    </message>
    <message>
        <location filename="../../ui/library/damage.py" line="34" />
        <source>Repair the wallet by removing the damaged records</source>
        <translation>Reparar la cartera eliminando los registros dañados</translation>
    </message>
    <message>
        <location filename="../../ui/library/damage.py" line="54" />
        <source>%1 record(s) could not be read or were changed outside Learner Wallet; they are left out. Restore them from a backup, or remove them.</source>
        <translation>No se pudieron leer %1 registro(s), o se cambiaron fuera de Learner Wallet; se dejan fuera. Restáuralos desde una copia de seguridad o elimínalos.</translation>
    </message>
    <message>
        <location filename="../../ui/library/damage.py" line="63" />
        <location filename="../../ui/library/damage.py" line="69" />
        <source>Remove the damaged records?</source>
        <translation>¿Quitar los registros dañados?</translation>
    </message>
    <message>
        <location filename="../../ui/library/damage.py" line="64" />
        <source>%1 record(s) that cannot be read will be removed from this wallet for good. If a backup holds them, restore it instead (File ▸ Restore…).</source>
        <translation>%1 registro(s) que no se pueden leer se quitarán de esta cartera para siempre. Si una copia de seguridad los tiene, restáurala en su lugar (Archivo ▸ Restaurar…).</translation>
    </message>
    <message>
        <location filename="../../ui/library/damage.py" line="67" />
        <source>Remove them</source>
        <translation>Quitarlos</translation>
    </message>
    <message>
        <location filename="../../ui/library/damage.py" line="80" />
        <source>Repairing the wallet…</source>
        <translation>Reparando la cartera…</translation>
    </message>
</context>
<context>
    <name>DemoFeatures</name>
    <message>
        <location filename="../../ui/demo/__init__.py" line="54" />
        <source>&amp;Reset demo…</source>
        <translation>Resta&amp;blecer la demostración…</translation>
    </message>
    <message>
        <location filename="../../ui/demo/__init__.py" line="58" />
        <source>&amp;Presentation mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <location filename="../../ui/demo/__init__.py" line="62" />
        <source>Large text and full screen, for a projector (F11)</source>
        <translation>Texto grande y pantalla completa, para un proyector (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/demo/__init__.py" line="68" />
        <source>&amp;Guided tour</source>
        <translation>Visita &amp;guiada</translation>
    </message>
    <message>
        <location filename="../../ui/demo/__init__.py" line="70" />
        <source>&amp;Demo wallet</source>
        <translation>Cartera de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../ui/demo/__init__.py" line="71" />
        <source>Open a fictional learner's wallet in a new window, to explore or to show the app</source>
        <translation>Abre la cartera de una persona estudiante ficticia en una ventana nueva, para explorar o mostrar la aplicación</translation>
    </message>
    <message>
        <location filename="../../ui/demo/__init__.py" line="100" />
        <source>The demo could not be opened</source>
        <translation>No se pudo abrir la demostración</translation>
    </message>
    <message>
        <location filename="../../ui/demo/__init__.py" line="101" />
        <source>The system did not start a new window.</source>
        <translation>El sistema no abrió una ventana nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/demo/__init__.py" line="102" />
        <source>Start Learner Wallet with the --demo option.</source>
        <translation>Inicia Learner Wallet con la opción --demo.</translation>
    </message>
</context>
<context>
    <name>DemoReset</name>
    <message>
        <location filename="../../ui/demo/reset.py" line="40" />
        <source>Deleting the demo wallet and signing its credentials again…</source>
        <translation>Eliminando la cartera de demostración y volviendo a firmar sus credenciales…</translation>
    </message>
    <message>
        <location filename="../../ui/demo/reset.py" line="64" />
        <location filename="../../ui/demo/reset.py" line="69" />
        <source>Reset the demo</source>
        <translation>Restablecer la demostración</translation>
    </message>
    <message>
        <location filename="../../ui/demo/reset.py" line="65" />
        <source>Reset the demo wallet to its original state? Everything changed in it since — imports, deletions, shares, settings — is discarded, and the demo credentials are signed again.</source>
        <translation>¿Restablecer la cartera de demostración a su estado original? Se descarta todo lo cambiado desde entonces —importaciones, eliminaciones, envíos, configuración— y las credenciales de demostración se vuelven a firmar.</translation>
    </message>
    <message>
        <location filename="../../ui/demo/reset.py" line="70" />
        <source>Reset demo</source>
        <translation>Restablecer la demostración</translation>
    </message>
    <message>
        <location filename="../../ui/demo/reset.py" line="71" />
        <source>Reset the demo wallet</source>
        <translation>Restablecer la cartera de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/demo/reset.py" line="98" />
        <source>Resetting the demo wallet…</source>
        <translation>Restableciendo la cartera de demostración…</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/detail/view.py" line="136" />
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="141" />
        <source>← Library</source>
        <translation>← Biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="142" />
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="143" />
        <source>Back to the library (Esc, Alt+Left)</source>
        <translation>Volver a la biblioteca (Esc, Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="146" />
        <source>Verification state icon</source>
        <translation>Icono del estado de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="149" />
        <source>Verification state</source>
        <translation>Estado de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="150" />
        <source>Verify again</source>
        <translation>Verificar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="151" />
        <source>Verify this credential again</source>
        <translation>Verificar de nuevo esta credencial</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="152" />
        <source>Check the signature, dates and status again (F5)</source>
        <translation>Comprobar de nuevo la firma, las fechas y el estado (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="154" />
        <source>Organise…</source>
        <translation>Organizar…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="155" />
        <source>Tags, collections, title, hide or archive</source>
        <translation>Etiquetas, colecciones, título, ocultar o archivar</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="156" />
        <source>Tags, collections, your own title, hide or archive (Ctrl+T)</source>
        <translation>Etiquetas, colecciones, tu propio título, ocultar o archivar (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="158" />
        <location filename="../../ui/detail/view.py" line="160" />
        <source>Favourite</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="162" />
        <source>Share…</source>
        <translation>Compartir…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="163" />
        <source>Share this credential</source>
        <translation>Compartir esta credencial</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="164" />
        <source>Share this credential (Ctrl+E)</source>
        <translation>Compartir esta credencial (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="166" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="167" />
        <source>Delete this credential</source>
        <translation>Eliminar esta credencial</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="168" />
        <source>Delete this credential (Delete); you can undo it</source>
        <translation>Eliminar esta credencial (Supr); se puede deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="182" />
        <source>Your organisation of this credential</source>
        <translation>Cómo has organizado esta credencial</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="187" />
        <source>What the credential says</source>
        <translation>Lo que dice la credencial</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="194" />
        <source>Verification checks</source>
        <translation>Comprobaciones de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="200" />
        <source>The raw credential, as signed</source>
        <translation>La credencial original, tal como se firmó</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="203" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="204" />
        <source>Copy the raw credential</source>
        <translation>Copiar la credencial original</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="207" />
        <source>Copy status</source>
        <translation>Estado de la copia</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="211" />
        <source>Exactly as the issuer signed it. Read only.</source>
        <translation>Exactamente como la firmó el emisor. Solo lectura.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="221" />
        <source>Your notes</source>
        <translation>Tus notas</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="222" />
        <source>What you did, who to ask for a reference, how you want to tell the story…</source>
        <translation>Qué hiciste, a quién pedir una referencia, cómo quieres contarlo…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="224" />
        <source>Save notes</source>
        <translation>Guardar las notas</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="225" />
        <source>Save your notes</source>
        <translation>Guardar tus notas</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="226" />
        <source>Save your notes (Ctrl+S)</source>
        <translation>Guardar tus notas (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="231" />
        <source>Notes status</source>
        <translation>Estado de las notas</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="234" />
        <source>Private notes, kept encrypted in your wallet. They are never shared.</source>
        <translation>Notas privadas, guardadas cifradas en tu cartera. Nunca se comparten.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="245" />
        <source>Credential pages</source>
        <translation>Páginas de la credencial</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="246" />
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="247" />
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="248" />
        <source>Raw credential</source>
        <translation>Credencial original</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="249" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="383" />
        <source>The image is on the issuer's website and is not fetched: the network setting is off.</source>
        <translation>La imagen está en el sitio web del emisor y no se descarga: las consultas en la red están desactivadas.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="387" />
        <source>You call it “%1”. The signed title is shown below.</source>
        <translation>Tú la llamas «%1». Abajo se muestra el título firmado.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="403" />
        <source>★ Favourite</source>
        <translation>★ Favorita</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="403" />
        <source>☆ Favourite</source>
        <translation>☆ Favorita</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="406" />
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="408" />
        <source>Collections: %1</source>
        <translation>Colecciones: %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="410" />
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="412" />
        <source>Hidden from the library</source>
        <translation>Oculta en la biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="434" />
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="477" />
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="487" />
        <source>Not saved yet.</source>
        <translation>Aún sin guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/view.py" line="499" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>DidDocumentDialog</name>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="79" />
        <location filename="../../ui/identity/dialogs.py" line="80" />
        <source>DID document</source>
        <translation>Documento DID</translation>
    </message>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="83" />
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="88" />
        <source>DID document JSON</source>
        <translation>JSON del documento DID</translation>
    </message>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="91" />
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="92" />
        <source>Copy the DID document</source>
        <translation>Copiar el documento DID</translation>
    </message>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="95" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>DidQrDialog</name>
    <message>
        <location filename="../../ui/identity/view.py" line="227" />
        <source>QR code of %1</source>
        <translation>Código QR de %1</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="228" />
        <source>QR code of your DID</source>
        <translation>Código QR de tu DID</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="233" />
        <source>DID</source>
        <translation>DID</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="25" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="26" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="27" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="28" />
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="29" />
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="30" />
        <source>Issuer's identifier</source>
        <translation>Identificador del emisor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="31" />
        <source>Issuer's website</source>
        <translation>Web del emisor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="32" />
        <source>Issuer's email</source>
        <translation>Correo del emisor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="33" />
        <source>About the issuer</source>
        <translation>Sobre el emisor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="34" />
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="35" />
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="36" />
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="37" />
        <source>Awarded</source>
        <translation>Otorgada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="38" />
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="39" />
        <source>About the learner</source>
        <translation>Sobre la persona estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="40" />
        <source>Holder's key</source>
        <translation>Clave del titular</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="41" />
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="42" />
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="43" />
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="44" />
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="45" />
        <source>Website</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="46" />
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="47" />
        <source>Kind of credential</source>
        <translation>Tipo de credencial</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="48" />
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="49" />
        <source>What it recognises</source>
        <translation>Qué reconoce</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="50" />
        <source>Kind of achievement</source>
        <translation>Tipo de logro</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="51" />
        <source>Field of study</source>
        <translation>Campo de estudio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="52" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="53" />
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="54" />
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="55" />
        <source>How it was earned</source>
        <translation>Cómo se obtuvo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="56" />
        <source>Criteria published by the issuer</source>
        <translation>Criterios publicados por el emisor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="57" />
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="58" />
        <source>Skill</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="59" />
        <source>Skill framework</source>
        <translation>Marco de competencias</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="60" />
        <source>Skill reference</source>
        <translation>Referencia de la competencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="61" />
        <source>Skill code</source>
        <translation>Código de la competencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="62" />
        <source>About the skill</source>
        <translation>Sobre la competencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="63" />
        <source>Kind of skill</source>
        <translation>Tipo de competencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="64" />
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="65" />
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="66" />
        <source>Credits earned</source>
        <translation>Créditos obtenidos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="67" />
        <source>Term</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="68" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="69" />
        <source>Level achieved</source>
        <translation>Nivel alcanzado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="70" />
        <source>Result status</source>
        <translation>Estado del resultado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="71" />
        <source>Assessed on</source>
        <translation>Evaluado en</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="72" />
        <source>Rubric level</source>
        <translation>Nivel de la rúbrica</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="73" />
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="74" />
        <source>Evidence, in words</source>
        <translation>Evidencia, descrita</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="75" />
        <source>About the evidence</source>
        <translation>Sobre la evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="76" />
        <source>Kind of evidence</source>
        <translation>Tipo de evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="77" />
        <source>Evidence audience</source>
        <translation>Público de la evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="78" />
        <source>Evidence link</source>
        <translation>Enlace de la evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="79" />
        <source>Endorsement</source>
        <translation>Aval</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="80" />
        <source>Endorsement comment</source>
        <translation>Comentario del aval</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="81" />
        <source>How the achievements fit together</source>
        <translation>Cómo encajan los logros</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="82" />
        <source>Revocation status</source>
        <translation>Estado de revocación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="83" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="84" />
        <source>Other detail</source>
        <translation>Otro dato</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="87" />
        <source>embedded image</source>
        <translation>imagen incrustada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="88" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="88" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="169" />
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../../ui/share/fields.py" line="84" />
        <source>Fields to reveal</source>
        <translation>Campos que revelar</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="85" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="85" />
        <source>Your value</source>
        <translation>Tu valor</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="89" />
        <source>Only what is required</source>
        <translation>Solo lo obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="90" />
        <source>Reveal only the required fields</source>
        <translation>Revelar solo los campos obligatorios</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="92" />
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="93" />
        <source>Reveal every field</source>
        <translation>Revelar todos los campos</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="102" />
        <source>Only what the issuer requires is shown at first (locked boxes; hover for why). Tick what this employer should also see.</source>
        <translation>Al principio solo se muestra lo que exige el emisor (casillas bloqueadas; pasa el ratón para saber por qué). Marca lo que este empleador también debe ver.</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="111" />
        <location filename="../../ui/share/fields.py" line="119" />
        <source>What the employer will see</source>
        <translation>Lo que verá el empleador</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="115" />
        <source>Preview state</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="151" />
        <source>The whole credential, every field</source>
        <translation>La credencial completa, todos los campos</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="177" />
        <source>Shared whole only</source>
        <translation>Solo se comparte entera</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="178" />
        <source>%1 required, %2 to choose from</source>
        <translation>%1 obligatorios, %2 a elegir</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="212" />
        <source>You choose whether the employer sees this.</source>
        <translation>Tú decides si la empresa lo ve.</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="216" />
        <source>Required by the issuer: %1</source>
        <translation>Exigido por el emisor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="217" />
        <source>Always shown: %1</source>
        <translation>Siempre visible: %1</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="220" />
        <source>(required)</source>
        <translation>(obligatorio)</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="221" />
        <source>(always shown)</source>
        <translation>(siempre visible)</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="307" />
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="312" />
        <source>The preview could not be made.</source>
        <translation>No se pudo crear la vista previa.</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="319" />
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <location filename="../../ui/share/fields.py" line="324" />
        <source>%1 fields, read back from the signed presentation.</source>
        <translation>%1 campos, leídos de la presentación firmada.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/library/parts.py" line="353" />
        <location filename="../../ui/library/parts.py" line="354" />
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="359" />
        <source>S&amp;ort:</source>
        <translation>&amp;Orden:</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="365" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="365" />
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="365" />
        <source>Skill</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="366" />
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="366" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="366" />
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="367" />
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="371" />
        <location filename="../../ui/library/parts.py" line="372" />
        <source>Filter by %1</source>
        <translation>Filtrar por %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="379" />
        <source>Show hi&amp;dden</source>
        <translation>Mostrar oc&amp;ultas</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="380" />
        <source>Show hidden and archived credentials</source>
        <translation>Mostrar las credenciales ocultas y archivadas</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="383" />
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="384" />
        <source>Clear every filter</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="388" />
        <source>Share this collection…</source>
        <translation>Compartir esta colección…</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="390" />
        <source>Share this collection</source>
        <translation>Compartir esta colección</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../../ui/first_run.py" line="54" />
        <source>Welcome to Learner Wallet</source>
        <translation>Bienvenido a Learner Wallet</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="54" />
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="55" />
        <source>Keep the credentials your university, employers and community partners give you, see the skills they add up to, and share only what you choose.</source>
        <translation>Guarda las credenciales que te dan tu universidad, tus empleadores y tus socios comunitarios, descubre las competencias que suman y comparte solo lo que elijas.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="57" />
        <source>What Learner Wallet does</source>
        <translation>Qué hace Learner Wallet</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="58" />
        <source>What a DID is</source>
        <translation>Qué es un DID</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="59" />
        <source>Create my wallet</source>
        <translation>Crear mi cartera</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="61" />
        <source>Create my wallet and my first DID</source>
        <translation>Crear mi cartera y mi primer DID</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="65" />
        <source>Not ready yet, or showing the app to someone? Explore a fictional learner's four-year record, with a guided tour.</source>
        <translation>¿Aún no tienes credenciales, o quieres mostrar la aplicación? Explora el expediente de cuatro años de una persona estudiante ficticia, con una visita guiada.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="66" />
        <source>The demo wallet</source>
        <translation>La cartera de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="67" />
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="69" />
        <source>Try the demo wallet in a new window</source>
        <translation>Probar la cartera de demostración en una ventana nueva</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="72" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="73" />
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="74" />
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="75" />
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="77" />
        <source>Retry creating the wallet</source>
        <translation>Reintentar la creación de la cartera</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="80" />
        <source>Your wallet will be kept in %1</source>
        <translation>Tu cartera se guardará en %1</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81" />
        <source>Wallet folder</source>
        <translation>Carpeta de la cartera</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ui/share/history.py" line="157" />
        <source>Share history</source>
        <translation>Historial de envíos</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="164" />
        <source>Nothing shared yet. Every presentation you export is listed here; the list stays on this computer.</source>
        <translation>Aún no has compartido nada. Aquí aparece cada presentación que exportes; la lista se queda en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="168" />
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="169" />
        <source>Export the share history as JSON</source>
        <translation>Exportar el historial de envíos como JSON</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="171" />
        <source>Clear…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="172" />
        <source>Clear the share history</source>
        <translation>Borrar el historial de envíos</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="174" />
        <source>Copy link</source>
        <translation>Copiar el enlace</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="175" />
        <source>Copy the selected link</source>
        <translation>Copiar el enlace seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="177" />
        <source>Check views</source>
        <translation>Ver visitas</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="179" />
        <source>Ask the share service how often each link was opened</source>
        <translation>Preguntar al servicio cuántas veces se abrió cada enlace</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="180" />
        <source>Asks each link's share service; counts no view</source>
        <translation>Pregunta al servicio de cada enlace; no cuenta como visita</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="182" />
        <source>Revoke link…</source>
        <translation>Revocar el enlace…</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="184" />
        <source>Revoke the selected link on its share service</source>
        <translation>Revocar el enlace seleccionado en su servicio</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="188" />
        <source>Link actions</source>
        <translation>Acciones del enlace</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="222" />
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="223" />
        <source>gone</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="224" />
        <source>(no domain)</source>
        <translation>(sin dominio)</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="230" />
        <source>Revealed (JSON pointers):</source>
        <translation>Revelado (punteros JSON):</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="279" />
        <source>Asking the share service…</source>
        <translation>Preguntando al servicio para compartir…</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="281" />
        <source>Asking the share service how often your links were opened…</source>
        <translation>Preguntando al servicio cuántas veces se abrieron tus enlaces…</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="285" />
        <source>%1 links could not be checked (their service did not answer); their views are as last seen.</source>
        <translation>No se pudieron comprobar %1 enlaces (su servicio no respondió); sus visitas son las de la última vez.</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="287" />
        <source>Views as counted by the share service just now.</source>
        <translation>Visitas según el servicio para compartir, ahora mismo.</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="293" />
        <location filename="../../ui/share/history.py" line="299" />
        <source>Revoke this link?</source>
        <translation>¿Revocar este enlace?</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="294" />
        <source>%1 will stop working for everyone: the share service deletes the presentation. Copies someone already downloaded stay as they are.</source>
        <translation>%1 dejará de funcionar para todo el mundo: el servicio borra la presentación. Las copias que alguien ya descargó no cambian.</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="297" />
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="313" />
        <location filename="../../ui/share/history.py" line="315" />
        <source>Revoking the link…</source>
        <translation>Revocando el enlace…</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="319" />
        <source>The link was revoked: it no longer opens.</source>
        <translation>El enlace se revocó: ya no se abre.</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="320" />
        <source>The link had already expired or been deleted; it is marked revoked.</source>
        <translation>El enlace ya había caducado o se había borrado; queda marcado como revocado.</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="330" />
        <source>Export the share history</source>
        <translation>Exportar el historial de envíos</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="331" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="343" />
        <location filename="../../ui/share/history.py" line="348" />
        <source>Clear the share history?</source>
        <translation>¿Borrar el historial de envíos?</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="344" />
        <source>The list of what you shared is deleted from this computer. The files you exported are not touched.</source>
        <translation>La lista de lo que compartiste se elimina de este ordenador. Los archivos que exportaste no se tocan.</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="347" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <location filename="../../ui/identity/view.py" line="54" />
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="58" />
        <source>What a DID is</source>
        <translation>Qué es un DID</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="61" />
        <source>Your identities</source>
        <translation>Tus identidades</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="67" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="69" />
        <source>Key type</source>
        <translation>Tipo de clave</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="71" />
        <source>Default identity</source>
        <translation>Identidad predeterminada</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="74" />
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="78" />
        <source>Label:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="79" />
        <source>Key type:</source>
        <translation>Tipo de clave:</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="80" />
        <source>Default:</source>
        <translation>Predeterminada:</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="81" />
        <source>DID:</source>
        <translation>DID:</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="83" />
        <source>New identity…</source>
        <translation>Nueva identidad…</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="83" />
        <source>Create a new identity</source>
        <translation>Crear una identidad nueva</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="84" />
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="84" />
        <source>Rename the identity</source>
        <translation>Renombrar la identidad</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="85" />
        <source>Make default</source>
        <translation>Hacer predeterminada</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="85" />
        <source>Make this the default identity</source>
        <translation>Hacer de esta la identidad predeterminada</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="87" />
        <source>Copy DID</source>
        <translation>Copiar DID</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="87" />
        <source>Copy the DID</source>
        <translation>Copiar el DID</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="88" />
        <source>Show DID document</source>
        <translation>Ver documento DID</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="88" />
        <source>Show the DID document</source>
        <translation>Ver el documento DID</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="90" />
        <source>Show QR</source>
        <translation>Mostrar QR</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="90" />
        <source>Show the DID as a QR code</source>
        <translation>Mostrar el DID como código QR</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="91" />
        <source>Someone can scan your DID from this screen, e.g. to issue you a credential</source>
        <translation>Alguien puede escanear tu DID desde esta pantalla, p. ej., para emitirte una credencial</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="153" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="153" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="173" />
        <source>Creating the key in your keychain…</source>
        <translation>Creando la clave en tu llavero…</translation>
    </message>
    <message>
        <location filename="../../ui/identity/view.py" line="182" />
        <source>Rename identity</source>
        <translation>Renombrar identidad</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../ui/library/import_flow.py" line="81" />
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="81" />
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="86" />
        <source>You cancelled the import after %1 of %2 items. What was imported before that stays in your wallet.</source>
        <translation>Cancelaste la importación tras %1 de %2 elementos. Lo importado hasta entonces se queda en tu cartera.</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="91" />
        <source>Added: %1</source>
        <translation>Añadidas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="93" />
        <source>Already in your wallet: %1</source>
        <translation>Ya estaban en tu cartera: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="95" />
        <source>Could not be imported: %1</source>
        <translation>No se pudieron importar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="98" />
        <source>Credentials added</source>
        <translation>Credenciales añadidas</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="100" />
        <source>Credentials already in your wallet</source>
        <translation>Credenciales que ya estaban en tu cartera</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="102" />
        <source>Files that could not be imported, with the reason</source>
        <translation>Archivos que no se pudieron importar, con el motivo</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="113" />
        <source>Check that each file is a credential you were given, not damaged or cut short.</source>
        <translation>Comprueba que cada archivo sea una credencial que te dieron, sin daños ni cortes.</translation>
    </message>
</context>
<context>
    <name>IssuerDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="60" />
        <source>Issuer identifier</source>
        <translation>Identificador del emisor</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="64" />
        <source>Issuer name</source>
        <translation>Nombre del emisor</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="65" />
        <source>e.g. North Prairie University</source>
        <translation>p. ej., North Prairie University</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="67" />
        <source>&amp;Identifier:</source>
        <translation>&amp;Identificador:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="68" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
</context>
<context>
    <name>JourneyCanvas</name>
    <message>
        <location filename="../../ui/journey/view.py" line="134" />
        <source>Skill journey timeline</source>
        <translation>Línea temporal de la trayectoria de competencias</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="135" />
        <source>Use the arrow keys to move between credentials and Enter to open one.</source>
        <translation>Usa las flechas para moverte entre credenciales e Intro para abrir una.</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="410" />
        <source>Skill journey timeline: %1</source>
        <translation>Línea temporal de la trayectoria de competencias: %1</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <location filename="../../ui/journey/page.py" line="69" />
        <source>Computing your skill journey…</source>
        <translation>Calculando tu trayectoria de competencias…</translation>
    </message>
    <message>
        <location filename="../../ui/journey/page.py" line="73" />
        <source>Skill journey — DEMO, a fictional learner</source>
        <translation>Trayectoria de competencias — DEMOSTRACIÓN, un estudiante ficticio</translation>
    </message>
    <message>
        <location filename="../../ui/journey/page.py" line="74" />
        <source>Skill journey</source>
        <translation>Trayectoria de competencias</translation>
    </message>
</context>
<context>
    <name>JourneyPlaceholder</name>
    <message>
        <location filename="../../ui/widgets/placeholders.py" line="41" />
        <source>Journey</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/placeholders.py" line="42" />
        <source>The skill journey appears here once your wallet holds credentials: it is computed from them, with the skills their achievements align to (such as the NACE Career Readiness Competencies), the experiences behind them, how micro-credentials stack into larger ones, and when you earned each.</source>
        <translation>La trayectoria de competencias aparece aquí cuando tu cartera tenga credenciales: se calcula a partir de ellas, con las competencias a las que se alinean sus logros (como las NACE Career Readiness Competencies), las experiencias que hay detrás, cómo las microcredenciales se apilan en otras mayores y cuándo obtuviste cada una.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/placeholders.py" line="46" />
        <source>Import the credentials you were given in the Library (Ctrl+O), or explore a fictional learner's record with Help ▸ Demo wallet.</source>
        <translation>Importa las credenciales que te dieron en la Biblioteca (Ctrl+O), o explora el expediente de una persona estudiante ficticia con Ayuda ▸ Cartera de demostración.</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <location filename="../../ui/journey/view.py" line="425" />
        <source>Skill journey</source>
        <translation>Trayectoria de competencias</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="432" />
        <source>Filter by skill</source>
        <translation>Filtrar por competencia</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="434" />
        <source>Filter by experience</source>
        <translation>Filtrar por experiencia</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="436" />
        <source>From term</source>
        <translation>Desde el periodo</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="438" />
        <source>To term</source>
        <translation>Hasta el periodo</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="453" />
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="454" />
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="455" />
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="455" />
        <source>Fit the whole journey</source>
        <translation>Ajustar toda la trayectoria</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="457" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="458" />
        <source>Export the journey as an image or PDF</source>
        <translation>Exportar la trayectoria como imagen o PDF</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="461" />
        <source>PNG image…</source>
        <translation>Imagen PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="462" />
        <source>SVG drawing…</source>
        <translation>Dibujo SVG…</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="463" />
        <source>PDF document…</source>
        <translation>Documento PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="466" />
        <source>Selected credential</source>
        <translation>Credencial seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="473" />
        <source>Skill</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="473" />
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="474" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="474" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="549" />
        <source>All skills</source>
        <translation>Todas las competencias</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="552" />
        <source>All experiences</source>
        <translation>Todas las experiencias</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="555" />
        <source>First term</source>
        <translation>Primer periodo</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="556" />
        <source>Last term</source>
        <translation>Último periodo</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="617" />
        <source>%1 credentials · %2 skills · %3 of %4 stacks earned. Click a credential to open it; arrow keys move, Enter opens.</source>
        <translation>%1 credenciales · %2 competencias · %3 de %4 itinerarios completados. Haz clic en una credencial para abrirla; las flechas te mueven, Intro la abre.</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="636" />
        <source>Export the journey as PNG</source>
        <translation>Exportar la trayectoria como PNG</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="636" />
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="639" />
        <source>Export the journey as SVG</source>
        <translation>Exportar la trayectoria como SVG</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="639" />
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="642" />
        <source>Export the journey as PDF</source>
        <translation>Exportar la trayectoria como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="642" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="35" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="36" />
        <source>e.g. Job applications</source>
        <translation>p. ej. Solicitudes de empleo</translation>
    </message>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="38" />
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="40" />
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="41" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../ui/library/view.py" line="80" />
        <source>Library</source>
        <extracomment>the first load shows at least this many rows before the rest; a wallet of no more is loaded whole at once (building and preparing 100 rows takes a few milliseconds) how many rows the first load shows before the rest (None: a screenful, from the screen's size)</extracomment>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="84" />
        <source>Search credentials</source>
        <translation>Buscar credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="89" />
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="90" />
        <source>Import credential files</source>
        <translation>Importar archivos de credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="91" />
        <source>Import credential files (Ctrl+O)</source>
        <translation>Importar archivos de credenciales (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="105" />
        <location filename="../../ui/library/view.py" line="557" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="106" />
        <source>Delete the selected credentials</source>
        <translation>Eliminar las credenciales seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="107" />
        <source>Delete the selected credentials (Delete); you can undo it</source>
        <translation>Eliminar las credenciales seleccionadas (Supr); se puede deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="126" />
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="154" />
        <source>No credentials yet.

Import the files your university, employers or community partners gave you (Ctrl+O), or drop them here.</source>
        <translation>Todavía no hay credenciales.

Importa los archivos que te dieron tu universidad, tus empleadores o tus socios comunitarios (Ctrl+O), o suéltalos aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="157" />
        <source>No credentials yet</source>
        <translation>Todavía no hay credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="161" />
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="168" />
        <source>Credential count</source>
        <translation>Número de credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="83" />
        <source>Search titles, issuers, skills, tags, notes…</source>
        <translation>Buscar títulos, emisores, competencias, etiquetas, notas…</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="85" />
        <source>Search as you type (Ctrl+F)</source>
        <translation>Busca mientras escribes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="97" />
        <location filename="../../ui/library/view.py" line="546" />
        <source>Organise…</source>
        <translation>Organizar…</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="98" />
        <source>Organise the selected credentials</source>
        <translation>Organizar las credenciales seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="99" />
        <source>Tags, collections, favourite, your own title, hide or archive (Ctrl+T)</source>
        <translation>Etiquetas, colecciones, favorita, tu propio título, ocultar o archivar (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="101" />
        <location filename="../../ui/library/view.py" line="365" />
        <location filename="../../ui/library/view.py" line="550" />
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="102" />
        <source>Hide the selected credentials, or show them again</source>
        <translation>Ocultar las credenciales seleccionadas o volver a mostrarlas</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="103" />
        <source>Hide the selected credentials, or show them again (Ctrl+H)</source>
        <translation>Ocultar las credenciales seleccionadas o volver a mostrarlas (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="127" />
        <source>Enter opens a credential; Delete deletes; F5 verifies again</source>
        <translation>Intro abre una credencial; Supr la elimina; F5 la verifica de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="160" />
        <source>No credential matches this search or these filters.</source>
        <translation>Ninguna credencial coincide con esta búsqueda o estos filtros.</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="171" />
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="173" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="174" />
        <source>Undo the deletion</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="175" />
        <source>Undo the deletion (for %1 seconds)</source>
        <translation>Deshacer la eliminación (durante %1 segundos)</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="365" />
        <location filename="../../ui/library/view.py" line="550" />
        <source>Show again</source>
        <translation>Mostrar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="372" />
        <source>Loading %1 credentials…</source>
        <translation>Cargando %1 credenciales…</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="376" />
        <source>1 credential</source>
        <translation>1 credencial</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="377" />
        <source>%1 credentials</source>
        <translation>%1 credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="379" />
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostradas</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="382" />
        <source>%1 hidden</source>
        <translation>%1 ocultas</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="499" />
        <source>Hidden: %1. Tick “Show hidden” to see them.</source>
        <translation>Ocultas: %1. Marca «Mostrar ocultas» para verlas.</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="501" />
        <source>Shown again: %1.</source>
        <translation>Visibles de nuevo: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="512" />
        <source>Verifying again…</source>
        <translation>Verificando de nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="518" />
        <source>Verified again: %1 of %2 check out.</source>
        <translation>Verificadas de nuevo: %1 de %2 son correctas.</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="534" />
        <source>Credential actions</source>
        <translation>Acciones de la credencial</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="544" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="545" />
        <source>Verify again</source>
        <translation>Verificar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="548" />
        <source>Remove from favourites</source>
        <translation>Quitar de favoritas</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="548" />
        <source>Add to favourites</source>
        <translation>Añadir a favoritas</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="552" />
        <source>Share…</source>
        <translation>Compartir…</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="555" />
        <source>Share this collection…</source>
        <translation>Compartir esta colección…</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="571" />
        <source>Added: %1.</source>
        <translation>Añadidas: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="573" />
        <source>Already in the wallet: %1.</source>
        <translation>Ya estaban en la cartera: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="575" />
        <source>Could not be imported: %1.</source>
        <translation>No se pudieron importar: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="590" />
        <source>Delete credentials</source>
        <translation>Eliminar credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="591" />
        <source>Delete %1 credentials from this wallet?</source>
        <translation>¿Eliminar %1 credenciales de esta cartera?</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="594" />
        <source>You can undo this for %1 seconds.</source>
        <translation>Puedes deshacerlo durante %1 segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="595" />
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="611" />
        <source>Deleted 1 credential.</source>
        <translation>Se eliminó 1 credencial.</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="612" />
        <source>Deleted %1 credentials.</source>
        <translation>Se eliminaron %1 credenciales.</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="633" />
        <source>Restored.</source>
        <translation>Restaurado.</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <location filename="../../ui/verify/link.py" line="42" />
        <source>Share link</source>
        <translation>Enlace compartido</translation>
    </message>
    <message>
        <location filename="../../ui/verify/link.py" line="61" />
        <source>Share link: %1</source>
        <translation>Enlace compartido: %1</translation>
    </message>
    <message>
        <location filename="../../ui/verify/link.py" line="64" />
        <source>Not checked: the presentation behind this link was not fetched, because Learner Wallet stayed offline.</source>
        <translation>Sin comprobar: no se descargó la presentación de este enlace, porque Learner Wallet siguió sin conexión.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/link.py" line="66" />
        <source>Open the link again and choose Fetch and verify, or set Network to Always in Settings.</source>
        <translation>Abre el enlace otra vez y elige Descargar y verificar, o pon Red en Siempre en la Configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/link.py" line="69" />
        <source>Fetching the presentation from %1…</source>
        <translation>Descargando la presentación de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/link.py" line="71" />
        <source>Fetching the shared presentation…</source>
        <translation>Descargando la presentación compartida…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/link.py" line="77" />
        <source>Fetched from %1 and verified here by Learner Wallet, not on the service's word. It was signed for this link.</source>
        <translation>Descargada de %1 y verificada aquí por Learner Wallet, sin fiarse de lo que diga el servicio. Se firmó para este enlace.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/link.py" line="80" />
        <source>Your request code does not apply to a link.</source>
        <translation>Tu código de solicitud no se aplica a un enlace.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/link.py" line="88" />
        <source>Not checked: the presentation behind this link could not be fetched.</source>
        <translation>Sin comprobar: no se pudo descargar la presentación de este enlace.</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <location filename="../../ui/share/link_panel.py" line="26" />
        <source>QR code of the link</source>
        <translation>Código QR del enlace</translation>
    </message>
    <message>
        <location filename="../../ui/share/link_panel.py" line="29" />
        <source>The link</source>
        <translation>El enlace</translation>
    </message>
    <message>
        <location filename="../../ui/share/link_panel.py" line="34" />
        <source>Copy link</source>
        <translation>Copiar el enlace</translation>
    </message>
    <message>
        <location filename="../../ui/share/link_panel.py" line="36" />
        <source>Copy the link</source>
        <translation>Copiar el enlace</translation>
    </message>
    <message>
        <location filename="../../ui/share/link_panel.py" line="41" />
        <source>When the link expires</source>
        <translation>Cuándo caduca el enlace</translation>
    </message>
    <message>
        <location filename="../../ui/share/link_panel.py" line="59" />
        <source>The link works until %1. You can revoke it sooner in the share history, which also shows how often it was opened.</source>
        <translation>El enlace funciona hasta el %1. Puedes revocarlo antes en el historial, que también muestra cuántas veces se abrió.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="61" />
        <location filename="../../ui/main_window.py" line="238" />
        <source>Learner Wallet</source>
        <translation>Learner Wallet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78" />
        <source>Opening your wallet…</source>
        <translation>Abriendo tu cartera…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79" />
        <source>Opening your wallet</source>
        <translation>Abriendo tu cartera</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>Journey</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>DEMO — a fictional learner at a fictional university. Nothing here is real.</source>
        <translation>DEMOSTRACIÓN — una estudiante ficticia en una universidad ficticia. Nada de esto es real.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <source>Demo wallet</source>
        <translation>Cartera de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>&amp;Paste to import</source>
        <translation>Pe&amp;gar para importar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>Import a QR code from the &amp;screen…</source>
        <translation>Importar un código QR de la pan&amp;talla…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>Receive from an &amp;issuer…</source>
        <translation>Recibir de un &amp;emisor…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>&amp;Share…</source>
        <translation>Com&amp;partir…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>&amp;Back up…</source>
        <translation>&amp;Hacer copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>&amp;About Learner Wallet</source>
        <translation>&amp;Acerca de Learner Wallet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
</context>
<context>
    <name>NewDidDialog</name>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="56" />
        <source>New identity</source>
        <translation>Nueva identidad</translation>
    </message>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="58" />
        <source>Key type</source>
        <translation>Tipo de clave</translation>
    </message>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="59" />
        <source>Ed25519 (recommended)</source>
        <translation>Ed25519 (recomendado)</translation>
    </message>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="60" />
        <source>P-256 (for ECDSA credentials)</source>
        <translation>P-256 (para credenciales ECDSA)</translation>
    </message>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="61" />
        <source>&amp;Key type:</source>
        <translation>&amp;Tipo de clave:</translation>
    </message>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="62" />
        <source>The private key is created in this computer's keychain and never leaves it.</source>
        <translation>La clave privada se crea en el llavero de este ordenador y nunca sale de él.</translation>
    </message>
    <message>
        <location filename="../../ui/identity/dialogs.py" line="64" />
        <source>About the private key</source>
        <translation>Sobre la clave privada</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../ui/share/options.py" line="36" />
        <location filename="../../ui/share/options.py" line="70" />
        <source>Sign as</source>
        <translation>Firmar como</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="39" />
        <source>The employer's request code</source>
        <translation>El código de solicitud del empleador</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="40" />
        <source>Paste the request code the employer's verifier shows</source>
        <translation>Pega el código de solicitud que muestra el verificador del empleador</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="43" />
        <source>Request code state</source>
        <translation>Estado del código de solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="46" />
        <location filename="../../ui/share/options.py" line="73" />
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="49" />
        <source>Domain (for whom)</source>
        <translation>Dominio (para quién)</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="50" />
        <source>e.g. careers.example.com</source>
        <translation>p. ej., empleo.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="52" />
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="53" />
        <source>Generate a new challenge</source>
        <translation>Generar un desafío nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="58" />
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="59" />
        <source>The presentation expires</source>
        <translation>La presentación caduca</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="62" />
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="71" />
        <source>Request code</source>
        <translation>Código de solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="74" />
        <source>For (domain)</source>
        <translation>Para (dominio)</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="75" />
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="77" />
        <source>If the employer gave you a request code, paste it: your presentation then answers exactly their request, and cannot be replayed elsewhere. Otherwise a challenge is generated; tell them the domain you made it for.</source>
        <translation>Si el empleador te dio un código de solicitud, pégalo: así tu presentación responde exactamente a su solicitud y no se puede reutilizar en otro sitio. Si no, se genera un desafío; dile para qué dominio lo creaste.</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="100" />
        <source>Automatic: the identity the credentials were issued to</source>
        <translation>Automático: la identidad a la que se emitieron las credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/share/options.py" line="123" />
        <source>Request code accepted: for %1.</source>
        <translation>Código de solicitud aceptado: para %1.</translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <location filename="../../ui/share/output.py" line="40" />
        <source>Presentation file</source>
        <translation>Archivo de presentación</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="41" />
        <source>One signed file (.json, or .sdjwt for a single SD-JWT credential) to attach to an application or upload to an employer's portal.</source>
        <translation>Un archivo firmado (.json, o .sdjwt para una sola credencial SD-JWT) para adjuntar a una candidatura o subir al portal de un empleador.</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="43" />
        <source>Share package (.lwpkg)</source>
        <translation>Paquete para compartir (.lwpkg)</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="44" />
        <source>A zip with the signed presentation, a printable PDF summary with its QR code, and a manifest — for a hiring file.</source>
        <translation>Un zip con la presentación firmada, un resumen en PDF imprimible con su código QR y un manifiesto, para un expediente de selección.</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="46" />
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="47" />
        <source>Shown large on this screen (or full screen on a second one) for the employer's phone or webcam; also as PNG/SVG, copy or print.</source>
        <translation>Se muestra grande en esta pantalla (o a pantalla completa en otra) para el teléfono o la cámara del empleador; también como PNG/SVG, para copiar o imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="49" />
        <source>Link, with a small QR code</source>
        <translation>Enlace, con un código QR pequeño</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="50" />
        <source>Uploaded to your career office's share service: any phone opens the link or scans its small QR code, which prints well. Signed by you for that one link.</source>
        <translation>Se sube al servicio para compartir de tu oficina de empleo: cualquier teléfono abre el enlace o escanea su código QR pequeño, que se imprime bien. Lo firmas tú para ese único enlace.</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="53" />
        <location filename="../../ui/share/output.py" line="75" />
        <source>Add my skill journey as a page of the package</source>
        <translation>Añadir mi trayectoria de competencias como página del paquete</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="76" />
        <source>Your own summary of all your credentials (not signed); only the presentation is proof.</source>
        <translation>Tu propio resumen de todas tus credenciales (sin firmar); solo la presentación sirve como prueba.</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="82" />
        <source>Create…</source>
        <translation>Crear…</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="84" />
        <source>Create the presentation</source>
        <translation>Crear la presentación</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="92" />
        <source>Share result</source>
        <translation>Resultado del envío</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="101" />
        <source>Too large for a QR code</source>
        <translation>Demasiado grande para un código QR</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="103" />
        <source>Save as a presentation file…</source>
        <translation>Guardar como archivo de presentación…</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="104" />
        <source>Save as a presentation file instead</source>
        <translation>Guardar en su lugar como archivo de presentación</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="106" />
        <source>Save as a share package…</source>
        <translation>Guardar como paquete para compartir…</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="107" />
        <source>Save as a share package instead</source>
        <translation>Guardar en su lugar como paquete para compartir</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="109" />
        <source>Share as a link</source>
        <translation>Compartir como enlace</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="111" />
        <source>Share as a link with a small QR code instead</source>
        <translation>Compartir en su lugar como enlace con un código QR pequeño</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="175" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="176" />
        <source>How long the link lasts, in days</source>
        <translation>Cuánto dura el enlace, en días</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="177" />
        <source>Link lasts:</source>
        <translation>El enlace dura:</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="186" />
        <source>About sharing by link</source>
        <translation>Sobre compartir por enlace</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="195" />
        <source>To share by link, ask your career office for its share service address, then add it in Settings (File ▸ Settings…).</source>
        <translation>Para compartir por enlace, pide a tu oficina de empleo la dirección de su servicio para compartir y añádela en la Configuración (Archivo ▸ Configuración…).</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="202" />
        <source>The service: %1. The presentation is signed for the link itself, so a request code from step 3 does not apply.</source>
        <translation>El servicio: %1. La presentación se firma para el propio enlace, así que el código de solicitud del paso 3 no se aplica.</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="219" />
        <source>This presentation is %1 characters: too large for a QR code (a QR code holds about 4,000 at most, and a phone reads fewer).</source>
        <translation>Esta presentación tiene %1 caracteres: demasiado grande para un código QR (un código QR admite unos 4.000 como máximo, y un teléfono lee menos).</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="222" />
        <source>“%1” can only be shared whole: its issuer signed it as one piece, so it cannot be made smaller.</source>
        <translation>«%1» solo se puede compartir entera: su emisor la firmó como una sola pieza, así que no se puede reducir.</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="224" />
        <source>Share it as a link with a small QR code that any phone reads, or as a presentation file or a share package.</source>
        <translation>Compártela como enlace con un código QR pequeño que cualquier teléfono lee, o como archivo de presentación o paquete para compartir.</translation>
    </message>
    <message>
        <location filename="../../ui/share/output.py" line="228" />
        <source>Share it as a link with a small QR code that any phone reads, or as a presentation file or a share package — or go back and reveal fewer fields or credentials.</source>
        <translation>Compártela como enlace con un código QR pequeño que cualquier teléfono lee, o como archivo de presentación o paquete para compartir, o vuelve atrás y revela menos campos o credenciales.</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <location filename="../../ui/share/pick.py" line="167" />
        <source>Search titles, issuers, skills…</source>
        <translation>Buscar títulos, emisores, competencias…</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="168" />
        <source>Search credentials to share</source>
        <translation>Buscar credenciales que compartir</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="172" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="173" />
        <source>All credentials</source>
        <translation>Todas las credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="174" />
        <source>Verified only</source>
        <translation>Solo verificadas</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="175" />
        <source>Selected only</source>
        <translation>Solo seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="178" />
        <source>Add a whole collection</source>
        <translation>Añadir una colección entera</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="179" />
        <source>Select every credential of a collection at once</source>
        <translation>Seleccionar de una vez todas las credenciales de una colección</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="181" />
        <source>Clear selection</source>
        <translation>Quitar la selección</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="182" />
        <source>Clear the selection</source>
        <translation>Quitar la selección</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="193" />
        <source>Credentials to share</source>
        <translation>Credenciales que compartir</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="194" />
        <source>Space ticks or unticks the current credential</source>
        <translation>La barra espaciadora marca o desmarca la credencial actual</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="199" />
        <source>Selected credentials</source>
        <translation>Credenciales seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="202" />
        <source>Not issued to you</source>
        <translation>No emitida para ti</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="208" />
        <source>Tick the credentials this employer should see. Next, you choose which of their fields to reveal.</source>
        <translation>Marca las credenciales que debe ver este empleador. Después eliges qué campos revelar.</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="214" />
        <source>Which choices fit a self-contained QR code</source>
        <translation>Qué elecciones caben en un código QR autónomo</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="235" />
        <source>Add a collection…</source>
        <translation>Añadir una colección…</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="235" />
        <source>No collections yet</source>
        <translation>Aún no hay colecciones</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="284" />
        <source>Not issued to you: %1. The employer will see that it was issued to someone else than the person who signed the presentation, and it will not verify as yours.</source>
        <translation>No emitida para ti: %1. La empresa verá que se emitió para otra persona distinta de quien firmó la presentación, y no se verificará como tuya.</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="288" />
        <source>%1 names no holder: the employer will see that it is not bound to you.</source>
        <translation>%1 no nombra a ningún titular: la empresa verá que no está vinculada a ti.</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="300" />
        <source>A self-contained QR code (the signed presentation inside the code) fits one or two credentials whose issuer lets you choose fields, with a few fields revealed, or one small credential shared whole (a dense code). Larger choices go as a link with a small QR code, a file or a package.</source>
        <translation>Un código QR autónomo (la presentación firmada dentro del código) cabe para una o dos credenciales cuyo emisor te deja elegir campos, con pocos campos revelados, o para una credencial pequeña compartida entera (un código denso). Las elecciones mayores van como enlace con un código QR pequeño, como archivo o como paquete.</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="305" />
        <source>Too large for a self-contained QR code: “%1” can only be shared whole. Share by link (a small QR code any phone reads), as a file or as a package.</source>
        <translation>Demasiado grande para un código QR autónomo: «%1» solo se puede compartir entera. Compártela por enlace (un código QR pequeño que cualquier teléfono lee), como archivo o como paquete.</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="309" />
        <source>Three or more credentials are usually too large for one self-contained QR code: share them by link (a small QR code any phone reads), as a file or as a package.</source>
        <translation>Tres o más credenciales suelen ser demasiado grandes para un solo código QR autónomo: compártelas por enlace (un código QR pequeño que cualquier teléfono lee), como archivo o como paquete.</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="312" />
        <source>“%1” can only be shared whole, and fits a self-contained QR code as it is: a dense one, best shown on screen rather than printed. A link (a small QR code any phone reads) works for any choice.</source>
        <translation>«%1» solo se puede compartir entera y cabe tal cual en un código QR autónomo: uno denso, mejor mostrado en pantalla que impreso. Un enlace (un código QR pequeño que cualquier teléfono lee) sirve para cualquier elección.</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="316" />
        <source>Can become a self-contained QR code if you reveal only a few fields in the next step. A link works for any choice.</source>
        <translation>Puede convertirse en un código QR autónomo si en el paso siguiente revelas solo unos pocos campos. Un enlace sirve para cualquier elección.</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="323" />
        <source>No credential selected</source>
        <translation>Ninguna credencial seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="324" />
        <source>1 credential selected</source>
        <translation>1 credencial seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/share/pick.py" line="325" />
        <source>%1 credentials selected</source>
        <translation>%1 credenciales seleccionadas</translation>
    </message>
</context>
<context>
    <name>ProblemView</name>
    <message>
        <location filename="../../ui/first_run.py" line="108" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="109" />
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="110" />
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="111" />
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="112" />
        <source>Retry opening the wallet</source>
        <translation>Reintentar abrir la cartera</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <location filename="../../ui/widgets/qr.py" line="225" />
        <source>QR code size and readability</source>
        <translation>Tamaño y legibilidad del código QR</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="229" />
        <source>QR message</source>
        <translation>Mensaje del código QR</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="232" />
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="233" />
        <source>Save the QR code as a PNG image</source>
        <translation>Guardar el código QR como imagen PNG</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="235" />
        <source>Save SVG…</source>
        <translation>Guardar SVG…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="236" />
        <source>Save the QR code as an SVG image</source>
        <translation>Guardar el código QR como imagen SVG</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="238" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="239" />
        <source>Copy the QR code image and its text</source>
        <translation>Copiar la imagen del código QR y su texto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="241" />
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="242" />
        <location filename="../../ui/widgets/qr.py" line="392" />
        <source>Print the QR code</source>
        <translation>Imprimir el código QR</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="244" />
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="245" />
        <source>Show the QR code full screen (presentation mode)</source>
        <translation>Mostrar el código QR a pantalla completa (modo presentación)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="246" />
        <source>Full screen, on the second screen when there is one</source>
        <translation>A pantalla completa, en la segunda pantalla si la hay</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="273" />
        <source>Drawing the QR code…</source>
        <translation>Dibujando el código QR…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="306" />
        <source>This is %1 characters: too large for a QR code. Share it as a link with a small QR code, a file or a share package instead.</source>
        <translation>Son %1 caracteres: demasiado para un código QR. Compártelo en su lugar como enlace con un código QR pequeño, archivo o paquete para compartir.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="354" />
        <location filename="../../ui/widgets/qr.py" line="357" />
        <source>Save the QR code</source>
        <translation>Guardar el código QR</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="354" />
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="357" />
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>QrPresentation</name>
    <message>
        <location filename="../../ui/widgets/qr.py" line="171" />
        <source>QR code, full screen</source>
        <translation>Código QR, a pantalla completa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="172" />
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="179" />
        <source>Press Esc or click to close.</source>
        <translation>Pulsa Esc o haz clic para cerrar.</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../../ui/widgets/qr.py" line="120" />
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/receive/dialog.py" line="120" />
        <location filename="../../ui/receive/dialog.py" line="121" />
        <location filename="../../ui/receive/dialog.py" line="293" />
        <source>Receive from an issuer</source>
        <translation>Recibir de un emisor</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="125" />
        <source>Paste the issuer's “Add to wallet” link</source>
        <translation>Pega el enlace «Añadir a la cartera» del emisor</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="126" />
        <source>Credential offer link</source>
        <translation>Enlace de oferta de credencial</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="128" />
        <source>&amp;Look up</source>
        <translation>&amp;Consultar</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="130" />
        <source>QR &amp;image…</source>
        <translation>&amp;Imagen QR…</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="131" />
        <source>Read the offer from a picture or screenshot of its QR code</source>
        <translation>Lee la oferta de una foto o captura de pantalla de su código QR</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="133" />
        <source>From the &amp;screen…</source>
        <translation>De la &amp;pantalla…</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="134" />
        <source>Read the offer from a QR code shown on the screen</source>
        <translation>Lee la oferta de un código QR que se ve en la pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="136" />
        <source>&amp;Camera</source>
        <translation>&amp;Cámara</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="138" />
        <location filename="../../ui/receive/dialog.py" line="139" />
        <source>Scan the offer's QR code with the camera</source>
        <translation>Escanear con la cámara el código QR de la oferta</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="147" />
        <source>Camera picture</source>
        <translation>Imagen de la cámara</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="168" />
        <source>Identity the credential will be bound to</source>
        <translation>Identidad a la que quedará vinculada la credencial</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="170" />
        <location filename="../../ui/receive/dialog.py" line="180" />
        <source>Transaction code</source>
        <translation>Código de transacción</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="173" />
        <source>You will sign in at the issuer in your web browser; then come back here.</source>
        <translation>Iniciarás sesión con el emisor en tu navegador; después vuelve aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="176" />
        <source>Offered by</source>
        <translation>Ofrecida por</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="177" />
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="178" />
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="179" />
        <source>Bound to</source>
        <translation>Vinculada a</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="192" />
        <source>&amp;Receive</source>
        <translation>&amp;Recibir</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="199" />
        <source>An issuer's “Add to wallet” link or QR code offers you a credential. Nothing is requested until you choose Receive.</source>
        <translation>El enlace o código QR «Añadir a la cartera» de un emisor te ofrece una credencial. No se pide nada hasta que eliges Recibir.</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="240" />
        <source>No camera: %1. Use a picture of the QR code, the screen, or paste the link.</source>
        <translation>Sin cámara: %1. Usa una imagen del código QR, la pantalla o pega el enlace.</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="241" />
        <source>the camera could not be started</source>
        <translation>no se pudo iniciar la cámara</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="245" />
        <source>Hold the issuer's QR code in front of the camera.</source>
        <translation>Pon el código QR del emisor delante de la cámara.</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="259" />
        <source>Open a QR code image</source>
        <translation>Abrir una imagen de código QR</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="260" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="292" />
        <source>Asking the issuer what it offers…</source>
        <translation>Preguntando al emisor qué ofrece…</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="301" />
        <source>Checked when the credential arrives: its signature, its dates and whether a trust source you use recognises the issuer.</source>
        <translation>Se comprueba cuando llega la credencial: su firma, sus fechas y si una fuente de confianza que usas reconoce al emisor.</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="303" />
        <source>Cannot be received:</source>
        <translation>No se puede recibir:</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="314" />
        <source>The issuer sent you this code separately (e-mail or text message).</source>
        <translation>El emisor te envió este código aparte (correo electrónico o mensaje de texto).</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="333" />
        <source>Create an identity first (Identity ▸ New).</source>
        <translation>Crea primero una identidad (Identidad ▸ Nueva).</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="336" />
        <source>Preparing your identity's key…</source>
        <translation>Preparando la clave de tu identidad…</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="342" />
        <location filename="../../ui/receive/dialog.py" line="345" />
        <source>Receiving from the issuer…</source>
        <translation>Recibiendo del emisor…</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="353" />
        <source>Checking and storing…</source>
        <translation>Comprobando y guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="360" />
        <source>Received and stored:</source>
        <translation>Recibida y guardada:</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="361" />
        <source>already in your wallet</source>
        <translation>ya está en tu cartera</translation>
    </message>
    <message>
        <location filename="../../ui/receive/dialog.py" line="372" />
        <source>Cancelled. Nothing was stored.</source>
        <translation>Cancelado. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>RegionSelector</name>
    <message>
        <location filename="../../ui/verify/region.py" line="35" />
        <source>Drag a rectangle around the QR code; Esc cancels</source>
        <translation>Arrastra un rectángulo alrededor del código QR; Esc cancela</translation>
    </message>
    <message>
        <location filename="../../ui/verify/region.py" line="78" />
        <source>Drag a rectangle around the QR code. Esc cancels.</source>
        <translation>Arrastra un rectángulo alrededor del código QR. Esc cancela.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../../ui/detail/checks.py" line="43" />
        <source>This credential has not been checked yet.</source>
        <translation>Esta credencial aún no se ha comprobado.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/checks.py" line="44" />
        <source>Press Verify again (F5) to check it now.</source>
        <translation>Pulsa Volver a verificar (F5) para comprobarla ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/checks.py" line="54" />
        <source>It could not be checked at all:</source>
        <translation>No se pudo comprobar en absoluto:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/checks.py" line="61" />
        <source>The credentials inside this record</source>
        <translation>Las credenciales de este expediente</translation>
    </message>
    <message>
        <location filename="../../ui/detail/checks.py" line="65" />
        <source>Credential %1</source>
        <translation>Credencial %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/checks.py" line="70" />
        <source>Not checked, and why</source>
        <translation>Sin comprobar, y por qué</translation>
    </message>
    <message>
        <location filename="../../ui/detail/checks.py" line="82" />
        <source>Every check passed, and a trust source you use recognises the issuer: the issuer really signed this credential and nothing in it has changed.</source>
        <translation>Todas las comprobaciones se superaron y una fuente de confianza que usas reconoce al emisor: el emisor firmó de verdad esta credencial y nada en ella ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/checks.py" line="85" />
        <source>The signature is good and nothing has changed, but no trust source you use recognises the issuer: anyone can make a key that calls itself by any name.</source>
        <translation>La firma es correcta y nada ha cambiado, pero ninguna fuente de confianza que usas reconoce al emisor: cualquiera puede crear una clave que se llame con cualquier nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/checks.py" line="88" />
        <source>A fictional demo issuer signed this credential. Its keys are public, so it is never verified outside the demo wallet.</source>
        <translation>Un emisor ficticio de demostración firmó esta credencial. Sus claves son públicas, así que nunca se verifica fuera de la cartera de demostración.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/checks.py" line="91" />
        <source>The signature could not be checked on this computer (for example, offline). That does not mean it is wrong.</source>
        <translation>No se pudo comprobar la firma en este ordenador (por ejemplo, sin conexión). Eso no significa que sea incorrecta.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/checks.py" line="93" />
        <source>At least one check failed: do not rely on this credential as it is.</source>
        <translation>Al menos una comprobación falló: no confíes en esta credencial tal como está.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../ui/verify/report_view.py" line="56" />
        <source>Verification report</source>
        <translation>Informe de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/verify/report_view.py" line="96" />
        <source>an issuer that is not disclosed</source>
        <translation>un emisor que no se revela</translation>
    </message>
    <message>
        <location filename="../../ui/verify/report_view.py" line="97" />
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <location filename="../../ui/verify/report_view.py" line="104" />
        <source>What the candidate chose to show</source>
        <translation>Lo que la persona candidata eligió mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/verify/report_view.py" line="110" />
        <source>Checked against your request code %1 for %2.</source>
        <translation>Comprobado con tu código de solicitud %1 para %2.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/report_view.py" line="112" />
        <source>No request code was used: a presentation made for someone else would pass too.</source>
        <translation>No se usó ningún código de solicitud: una presentación hecha para otra persona también pasaría.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/report_view.py" line="114" />
        <source>Checked as the presentation of this share link: its request code is the link (%1 on %2), so a presentation made for another link fails.</source>
        <translation>Comprobada como la presentación de este enlace compartido: su código de solicitud es el enlace (%1 en %2), así que una presentación hecha para otro enlace no pasa.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/report_view.py" line="119" />
        <source>This input could not be verified</source>
        <translation>No se pudo verificar esta entrada</translation>
    </message>
    <message>
        <location filename="../../ui/verify/report_view.py" line="127" />
        <source>The presentation, signed by %1</source>
        <translation>La presentación, firmada por %1</translation>
    </message>
    <message>
        <location filename="../../ui/verify/report_view.py" line="143" />
        <source>Not checked, and why</source>
        <translation>Sin comprobar, y por qué</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="285" />
        <location filename="../../ui/backup/dialogs.py" line="286" />
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="288" />
        <source>Restoring makes a new wallet from a backup, in an empty folder: every credential, note, setting and identity, with the keys put into this computer's keychain. Your current wallet is not changed.</source>
        <translation>Al restaurar se crea una cartera nueva a partir de una copia de seguridad, en una carpeta vacía: cada credencial, nota, ajuste e identidad, con las claves en el llavero de este ordenador. Tu cartera actual no cambia.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="292" />
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="293" />
        <location filename="../../ui/backup/dialogs.py" line="298" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="294" />
        <location filename="../../ui/backup/dialogs.py" line="317" />
        <source>Choose the backup file</source>
        <translation>Elegir el archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="297" />
        <source>Folder for the restored wallet</source>
        <translation>Carpeta para la cartera restaurada</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="299" />
        <location filename="../../ui/backup/dialogs.py" line="324" />
        <source>Choose an empty folder</source>
        <translation>Elegir una carpeta vacía</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="301" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="304" />
        <source>&amp;Backup:</source>
        <translation>&amp;Copia:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="305" />
        <source>&amp;Into folder:</source>
        <translation>&amp;En la carpeta:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="306" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="307" />
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="308" />
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="333" />
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="335" />
        <source>%1 is not empty. Restore into an empty or new folder, so that nothing is overwritten.</source>
        <translation>%1 no está vacía. Restaura en una carpeta vacía o nueva para no sobrescribir nada.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="351" />
        <source>Decrypting the backup…</source>
        <translation>Descifrando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="373" />
        <source>Wrong passphrase, or the backup file is damaged. Nothing was changed. Check the passphrase (it is case-sensitive) and try again.</source>
        <translation>La frase de contraseña es incorrecta o el archivo de copia de seguridad está dañado. No se cambió nada. Comprueba la frase de contraseña (distingue mayúsculas y minúsculas) e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="376" />
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="67" />
        <source>Opening your wallet…</source>
        <translation>Abriendo tu cartera…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="79" />
        <source>My identity</source>
        <translation>Mi identidad</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="81" />
        <source>Creating your wallet…</source>
        <translation>Creando tu cartera…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="123" />
        <location filename="../../ui/settings/dialog.py" line="124" />
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="131" />
        <source>Trust sources</source>
        <translation>Fuentes de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="151" />
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="154" />
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="155" />
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="160" />
        <source>Your credentials are kept here, encrypted; the keys are in this computer's keychain. Use File ▸ Back up… to move them to another computer.</source>
        <translation>Tus credenciales se guardan aquí, cifradas; las claves están en el llavero de este ordenador. Usa Archivo ▸ Hacer copia de seguridad… para llevarlas a otro ordenador.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="165" />
        <source>Network lookups</source>
        <translation>Consultas en la red</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="166" />
        <source>Never: check everything offline</source>
        <translation>Nunca: comprobarlo todo sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="167" />
        <source>Ask me once each session</source>
        <translation>Preguntarme una vez en cada sesión</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="168" />
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="169" />
        <source>Used for revocation lists, did:web and web issuers, hosted Open Badges and credential pictures kept on the web (fetched in the background and kept encrypted). Offline, what needs the network is reported as "not checked", never as invalid.</source>
        <translation>Se usa para las listas de revocación, los emisores did:web y web, los Open Badges alojados y las imágenes de credenciales guardadas en la web (se descargan en segundo plano y se guardan cifradas). Sin conexión, lo que necesita la red se indica como "no comprobado", nunca como no válido.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="174" />
        <source>About network lookups</source>
        <translation>Sobre las consultas en la red</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="178" />
        <source>Share service address</source>
        <translation>Dirección del servicio para compartir</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="184" />
        <source>About the share service</source>
        <translation>Sobre el servicio para compartir</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="189" />
        <source>Colour scheme</source>
        <translation>Esquema de colores</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="190" />
        <location filename="../../ui/settings/dialog.py" line="196" />
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="191" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="192" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="195" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="199" />
        <source>A new language applies the next time Learner Wallet starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Learner Wallet.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="207" />
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="208" />
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="209" />
        <source>S&amp;hare service:</source>
        <translation>&amp;Servicio para compartir:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="211" />
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="212" />
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="217" />
        <source>Credentials from these issuers show "trusted issuer". Any other issuer is shown as unknown — not as a forgery: the signature says who issued it, this list says whether you know them.</source>
        <translation>Las credenciales de estos emisores muestran «emisor de confianza». Cualquier otro emisor aparece como desconocido, no como una falsificación: la firma dice quién la emitió y esta lista dice si lo conoces.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="224" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="224" />
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="229" />
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="230" />
        <location filename="../../ui/settings/dialog.py" line="353" />
        <source>Add a trusted issuer</source>
        <translation>Añadir un emisor de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="232" />
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="233" />
        <location filename="../../ui/settings/dialog.py" line="376" />
        <source>Rename the trusted issuer</source>
        <translation>Renombrar el emisor de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="235" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="236" />
        <source>Remove the trusted issuer</source>
        <translation>Quitar el emisor de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="238" />
        <source>Import JSON…</source>
        <translation>Importar JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="239" />
        <source>Import trusted issuers from a JSON file</source>
        <translation>Importar emisores de confianza desde un archivo JSON</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="240" />
        <source>A trust list file: {"issuers": [{"id": …, "name": …}]}</source>
        <translation>Un archivo de lista de confianza: {"issuers": [{"id": …, "name": …}]}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="294" />
        <source>Not a share service address: give it as https://… (as your career office wrote it).</source>
        <translation>No es la dirección de un servicio para compartir: escríbela como https://… (tal como te la dio tu oficina de empleo).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="295" />
        <source>Only https:// addresses are accepted; plain http:// only for a service on this computer.</source>
        <translation>Solo se aceptan direcciones https://; http:// sin cifrar, solo para un servicio en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="300" />
        <source>To share by link: your career office's share service keeps the presentation you sign for each link. Ask the office for its address; leave this empty otherwise.</source>
        <translation>Para compartir por enlace: el servicio para compartir de tu oficina de empleo guarda la presentación que firmas para cada enlace. Pide su dirección a la oficina; si no, déjalo vacío.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="302" />
        <source>Links are made on %1. Uploading happens only when you share by link.</source>
        <translation>Los enlaces se crean en %1. Solo se sube algo cuando compartes por enlace.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="331" />
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="396" />
        <source>Import trusted issuers</source>
        <translation>Importar emisores de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="397" />
        <source>Trust lists (*.json);;All files (*)</source>
        <translation>Listas de confianza (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="134" />
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="126" />
        <source>Settings pages</source>
        <translation>Páginas de la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="127" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="128" />
        <location filename="../../ui/settings/dialog.py" line="223" />
        <source>Trusted issuers</source>
        <translation>Emisores de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="136" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ShareLink</name>
    <message>
        <location filename="../../ui/share/jobs.py" line="230" />
        <source>Asking the share service for a link…</source>
        <translation>Pidiendo un enlace al servicio para compartir…</translation>
    </message>
    <message>
        <location filename="../../ui/share/jobs.py" line="231" />
        <source>Uploading the signed presentation…</source>
        <translation>Subiendo la presentación firmada…</translation>
    </message>
</context>
<context>
    <name>ShareView</name>
    <message>
        <location filename="../../ui/share/view.py" line="84" />
        <location filename="../../ui/share/view.py" line="123" />
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="88" />
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="102" />
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="101" />
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="104" />
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="105" />
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="108" />
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="109" />
        <source>Start a new share</source>
        <translation>Empezar un envío nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="124" />
        <source>New share</source>
        <translation>Nuevo envío</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="125" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="258" />
        <source>Step %1 of 4 — %2</source>
        <translation>Paso %1 de 4 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="334" />
        <source>Signing and drawing the QR code…</source>
        <translation>Firmando y dibujando el código QR…</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="337" />
        <location filename="../../ui/share/view.py" line="369" />
        <source>Signing the presentation…</source>
        <translation>Firmando la presentación…</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="343" />
        <source>Share packages (*.lwpkg *.zip)</source>
        <translation>Paquetes para compartir (*.lwpkg *.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="345" />
        <source>SD-JWT presentations (*.sdjwt)</source>
        <translation>Presentaciones SD-JWT (*.sdjwt)</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="347" />
        <source>Presentations (*.json)</source>
        <translation>Presentaciones (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="348" />
        <source>Save the presentation</source>
        <translation>Guardar la presentación</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="351" />
        <source>Where to save the presentation</source>
        <translation>Dónde guardar la presentación</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="366" />
        <source>Signing and saving…</source>
        <translation>Firmando y guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="374" />
        <source>Share package</source>
        <translation>Paquete para compartir</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="374" />
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="375" />
        <source>%1 saved to %2 — signed by %3 for %4, request code %5.</source>
        <translation>%1 guardado en %2 — firmado por %3 para %4, código de solicitud %5.</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="377" />
        <location filename="../../ui/share/view.py" line="392" />
        <source>anyone</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="390" />
        <source>Show this code to the employer, full screen if their phone struggles. Request code %1, for %2.</source>
        <translation>Muestra este código al empleador, a pantalla completa si a su teléfono le cuesta. Código de solicitud %1, para %2.</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="417" />
        <source>Signing the presentation for a new link on %1…</source>
        <translation>Firmando la presentación para un enlace nuevo en %1…</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="423" />
        <source>Sharing by link…</source>
        <translation>Compartiendo por enlace…</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="429" />
        <source>Cancelled: no link was made.</source>
        <translation>Cancelado: no se creó ningún enlace.</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="436" />
        <source>Give the employer this link or its QR code: it opens a page that verifies your presentation, on any phone or computer.</source>
        <translation>Da a la empresa este enlace o su código QR: abre una página que verifica tu presentación, en cualquier teléfono u ordenador.</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../ui/demo/tour.py" line="302" />
        <source>Welcome to the demo wallet</source>
        <translation>Bienvenido a la cartera de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="303" />
        <source>This wallet belongs to a fictional student. Would you like a guided tour? Five steps, about two minutes; each one drives the real screens, so you can stop anywhere and carry on by hand.</source>
        <translation>Esta cartera pertenece a una estudiante ficticia. ¿Quieres una visita guiada? Cinco pasos, unos dos minutos; cada uno maneja las pantallas reales, así que puedes parar en cualquier momento y seguir por tu cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="306" />
        <source>&amp;Start the tour</source>
        <translation>&amp;Empezar la visita</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="307" />
        <source>Start the guided tour</source>
        <translation>Empezar la visita guiada</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="308" />
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="309" />
        <source>Not now: close the tour offer</source>
        <translation>Ahora no: cerrar la oferta de visita</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="320" />
        <source>Guided tour</source>
        <translation>Visita guiada</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="320" />
        <source>Getting the tour ready…</source>
        <translation>Preparando la visita…</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="365" />
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="366" />
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="370" />
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="371" />
        <source>&amp;Next: the QR code</source>
        <translation>&amp;Siguiente: el código QR</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="371" />
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="372" />
        <source>Finish the guided tour</source>
        <translation>Terminar la visita guiada</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="373" />
        <source>Next tour step</source>
        <translation>Siguiente paso de la visita</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="374" />
        <source>End tour</source>
        <translation>Terminar la visita</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="375" />
        <source>End the guided tour</source>
        <translation>Terminar la visita guiada</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="406" />
        <source>a fictional student</source>
        <translation>una estudiante ficticia</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="408" />
        <source>A student's wallet</source>
        <translation>La cartera de una estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="409" />
        <source>This is the wallet of %1, a fictional public-health student at North Prairie University. Every credential here is really signed by its issuer, just like the ones students receive. The library lists them all: who issued each one and whether it checks out.</source>
        <translation>Esta es la cartera de %1, una estudiante ficticia de salud pública de North Prairie University. Cada credencial está firmada de verdad por su emisor, igual que las que reciben los estudiantes. La biblioteca las muestra todas: quién emitió cada una y si es correcta.</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="413" />
        <source>One credential, checked</source>
        <translation>Una credencial, comprobada</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="414" />
        <source>Here is one micro-credential, “%1”. When it arrived, the wallet checked it on this computer without asking anyone: the issuer's signature and key, the dates, and that the issuer is one we trust. Below are those checks, as stored with the credential.</source>
        <translation>Aquí tienes una microcredencial, «%1». Cuando llegó, la cartera la comprobó en este ordenador sin preguntar a nadie: la firma y la clave del emisor, las fechas y que el emisor es de confianza. Abajo están esas comprobaciones, tal como se guardaron con la credencial.</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="418" />
        <source>The skill journey</source>
        <translation>La trayectoria de competencias</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="419" />
        <source>The journey turns the credentials into skills over time: courses, service-learning, jobs and volunteering, and how micro-credentials stack into competencies. Students see what they have and what is missing for the next one.</source>
        <translation>La trayectoria convierte las credenciales en competencias a lo largo del tiempo: cursos, aprendizaje-servicio, empleos y voluntariado, y cómo las microcredenciales se suman en competencias. Los estudiantes ven lo que tienen y lo que les falta para la siguiente.</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="423" />
        <source>Share only what is needed</source>
        <translation>Comparte solo lo necesario</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="424" />
        <source>Now %1 applies for a job. She shares this one micro-credential and reveals only the achievement name and one skill; everything else stays private. The preview is read back from the signed presentation: exactly what the employer will see.</source>
        <translation>Ahora %1 solicita un empleo. Comparte esta microcredencial y revela solo el nombre del logro y una competencia; todo lo demás queda en privado. La vista previa se lee de la presentación firmada: exactamente lo que verá el empleador.</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="428" />
        <source>A QR code for the employer</source>
        <translation>Un código QR para el empleador</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="429" />
        <source>The wallet signs just those fields for this employer's request and draws them as a QR code. On a projector, press F11 for presentation mode; “Full screen” makes the code big enough for any phone.</source>
        <translation>La cartera firma solo esos campos para la solicitud de este empleador y los dibuja como código QR. En un proyector, pulsa F11 para el modo presentación; «Pantalla completa» agranda el código lo suficiente para cualquier teléfono.</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="432" />
        <source>Verify as an employer</source>
        <translation>Verificar como empleador</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="433" />
        <source>Now switch sides. The employer opens what the student sent — here the sample presentation with the same minimal disclosure — under their own request code. The verifier checks every signature and that it was made for this request, and shows only the fields the student chose.</source>
        <translation>Ahora cambia de lado. El empleador abre lo que envió la estudiante —aquí, la presentación de ejemplo con la misma revelación mínima— con su propio código de solicitud. El verificador comprueba cada firma y que se hizo para esta solicitud, y muestra solo los campos que eligió la estudiante.</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="445" />
        <source>%1 credentials</source>
        <translation>%1 credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="446" />
        <source>%1 verified</source>
        <translation>%1 verificada</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="446" />
        <source>%1 expired</source>
        <translation>%1 caducada</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="447" />
        <source>%1 revoked</source>
        <translation>%1 revocada</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="447" />
        <source>%1 not verified</source>
        <translation>%1 no verificada</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="459" />
        <location filename="../../ui/demo/tour.py" line="497" />
        <location filename="../../ui/demo/tour.py" line="532" />
        <source>That credential is no longer in the wallet: use File ▸ Reset demo.</source>
        <translation>Esa credencial ya no está en la cartera: usa Archivo ▸ Restablecer la demostración.</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="471" />
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="487" />
        <source>%1 skills, %2 experiences, %3 stacks</source>
        <translation>%1 competencias, %2 experiencias, %3 itinerarios</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="563" />
        <source>The employer sample is missing: use File ▸ Reset demo.</source>
        <translation>Falta el ejemplo del empleador: usa Archivo ▸ Restablecer la demostración.</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="576" />
        <source>%1: %2 checks passed</source>
        <translation>%1: %2 comprobaciones correctas</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="582" />
        <source>(not a failure: it notes the fields the student kept private)</source>
        <translation>(no es un fallo: indica los campos que la estudiante mantuvo en privado)</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="583" />
        <source>%1 fields shown to the employer</source>
        <translation>%1 campos mostrados al empleador</translation>
    </message>
</context>
<context>
    <name>TourPanel</name>
    <message>
        <location filename="../../ui/demo/tour.py" line="147" />
        <source>Guided tour</source>
        <translation>Visita guiada</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="156" />
        <source>Tour step</source>
        <translation>Paso de la visita</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="159" />
        <source>Tour step title</source>
        <translation>Título del paso de la visita</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="163" />
        <source>What to say</source>
        <translation>Qué decir</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="168" />
        <source>What the screen shows now</source>
        <translation>Lo que muestra ahora la pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="171" />
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="172" />
        <source>Previous tour step</source>
        <translation>Paso anterior de la visita</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="173" />
        <source>Previous step (Alt+B, Left arrow)</source>
        <translation>Paso anterior (Alt+T, flecha izquierda)</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="175" />
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="176" />
        <source>Next tour step</source>
        <translation>Siguiente paso de la visita</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="177" />
        <source>Next step (Alt+N, Right arrow)</source>
        <translation>Paso siguiente (Alt+S, flecha derecha)</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="180" />
        <source>End tour</source>
        <translation>Terminar la visita</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="181" />
        <source>End the guided tour</source>
        <translation>Terminar la visita guiada</translation>
    </message>
    <message>
        <location filename="../../ui/demo/tour.py" line="182" />
        <source>End the tour (Esc)</source>
        <translation>Terminar la visita (Esc)</translation>
    </message>
</context>
<context>
    <name>TrustSourcesDialog</name>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="324" />
        <location filename="../../ui/settings/trust_sources.py" line="325" />
        <source>Trust sources of this verifier</source>
        <translation>Fuentes de confianza de este verificador</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="328" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>TrustSourcesPanel</name>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="123" />
        <source>A credential shows "Verified" only when one of these sources recognises its issuer. A trust list is checked again each time it is used and stops counting when it expires.</source>
        <translation>Una credencial se muestra como «Verificada» solo cuando una de estas fuentes reconoce a su emisor. Una lista de confianza se comprueba de nuevo cada vez que se usa y deja de contar cuando caduca.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="129" />
        <source>Trust sources</source>
        <translation>Fuentes de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="130" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="130" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="133" />
        <source>Add a trust list or registry file…</source>
        <translation>Añadir una lista de confianza o un archivo de registro…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="134" />
        <location filename="../../ui/settings/trust_sources.py" line="270" />
        <source>Add a trust list or registry file</source>
        <translation>Añadir una lista de confianza o un archivo de registro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="135" />
        <source>A signed trust list from a career office or an employer, or a known-issuer registry file</source>
        <translation>Una lista de confianza firmada por una oficina de empleo o una empresa, o un archivo de registro de emisores conocidos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="138" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="139" />
        <source>Remove the selected trust source</source>
        <translation>Quitar la fuente de confianza seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="141" />
        <source>Use again</source>
        <translation>Volver a usar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="142" />
        <source>Use the selected bundled registry again</source>
        <translation>Volver a usar el registro incluido seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="196" />
        <source>Known-issuer registries (bundled)</source>
        <translation>Registros de emisores conocidos (incluidos)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="198" />
        <source>refreshed %1</source>
        <translation>actualizado el %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="199" />
        <source>snapshot of %1</source>
        <translation>copia del %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="200" />
        <source>%1 issuers, %2</source>
        <translation>%1 emisores, %2</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="202" />
        <source>Off, not used — %1</source>
        <translation>Desactivado, no se usa — %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="204" />
        <source>Trust lists and registry files you added</source>
        <translation>Listas de confianza y archivos de registro que añadiste</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="206" />
        <source>%1 issuers</source>
        <translation>%1 emisores</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="208" />
        <source>%1, published by %2, valid until %3</source>
        <translation>%1, publicada por %2, válida hasta el %3</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="211" />
        <source>%1, registry file</source>
        <translation>%1, archivo de registro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="214" />
        <source>Refused, not used: %1</source>
        <translation>Rechazada, no se usa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="216" />
        <source>Issuers you trust yourself</source>
        <translation>Emisores en los que confías tú</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="218" />
        <source>You trust this issuer: %1</source>
        <translation>Confías en este emisor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/trust_sources.py" line="271" />
        <source>Trust lists and registries (*.json);;All files (*)</source>
        <translation>Listas de confianza y registros (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>VerifyView</name>
    <message>
        <location filename="../../ui/verify/view.py" line="85" />
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="87" />
        <source>Scan or open what a candidate gives you: a QR code, a presentation or credential file, or a share package. Nothing is stored.</source>
        <translation>Escanea o abre lo que te da una persona candidata: un código QR, un archivo de presentación o de credencial, o un paquete. No se guarda nada.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="92" />
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="93" />
        <location filename="../../ui/verify/view.py" line="282" />
        <source>Open a file to verify</source>
        <translation>Abrir un archivo para verificarlo</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="94" />
        <source>A presentation, credential, share package or QR image — or drop it here</source>
        <translation>Una presentación, credencial, paquete o imagen QR, o suéltalo aquí</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="96" />
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="97" />
        <source>Verify what is on the clipboard</source>
        <translation>Verificar lo que hay en el portapapeles</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="98" />
        <source>Text (VP1-… or LW1:…, JSON, a JWT, a share link) or an image of a QR code</source>
        <translation>Texto (VP1-… o LW1:…, JSON, un JWT, un enlace compartido) o la imagen de un código QR</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="100" />
        <source>Screenshot region…</source>
        <translation>Zona de la pantalla…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="101" />
        <source>Scan a QR code from a region of the screen</source>
        <translation>Escanear un código QR de una zona de la pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="103" />
        <source>Scan with camera</source>
        <translation>Escanear con la cámara</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="104" />
        <source>Scan QR codes with the camera</source>
        <translation>Escanear códigos QR con la cámara</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="109" />
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="117" />
        <source>Camera picture</source>
        <translation>Imagen de la cámara</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="124" />
        <source>Your domain</source>
        <translation>Tu dominio</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="126" />
        <source>New request code</source>
        <translation>Nuevo código de solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="127" />
        <source>Create a new request code</source>
        <translation>Crear un código de solicitud nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="129" />
        <source>No request</source>
        <translation>Sin solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="130" />
        <source>Verify without a request code</source>
        <translation>Verificar sin código de solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="132" />
        <location filename="../../ui/verify/view.py" line="415" />
        <source>No request code: any presentation is accepted, whoever it was made for.</source>
        <translation>Sin código de solicitud: se acepta cualquier presentación, sea para quien sea.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="134" />
        <source>Request code</source>
        <translation>Código de solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="137" />
        <source>Copy code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="138" />
        <source>Copy the request code</source>
        <translation>Copiar el código de solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="145" />
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="149" />
        <source>Request code for the candidate</source>
        <translation>Código de solicitud para la persona candidata</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="161" />
        <source>File to verify</source>
        <translation>Archivo que verificar</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="164" />
        <source>Nothing verified yet.</source>
        <translation>Aún no se ha verificado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="166" />
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="171" />
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="172" />
        <source>Export the verification report as PDF</source>
        <translation>Exportar el informe de verificación como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="174" />
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="175" />
        <source>Export the verification report as JSON</source>
        <translation>Exportar el informe de verificación como JSON</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="193" />
        <source>Trust sources…</source>
        <translation>Fuentes de confianza…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="195" />
        <source>The trust lists and registries this verifier uses</source>
        <translation>Las listas de confianza y los registros que usa este verificador</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="196" />
        <source>Add a trust list your organisation uses, or see the bundled registries</source>
        <translation>Añade una lista de confianza que use tu organización o consulta los registros incluidos</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="277" />
        <location filename="../../ui/verify/view.py" line="367" />
        <source>File to verify: %1</source>
        <translation>Archivo que verificar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="304" />
        <source>clipboard image</source>
        <translation>imagen del portapapeles</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="308" />
        <source>clipboard text</source>
        <translation>texto del portapapeles</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="310" />
        <source>The clipboard is empty: copy a QR code image or its text first.</source>
        <translation>El portapapeles está vacío: copia antes la imagen de un código QR o su texto.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="321" />
        <source>screen region</source>
        <translation>zona de la pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="326" />
        <source>camera</source>
        <translation>cámara</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="331" />
        <location filename="../../ui/verify/view.py" line="342" />
        <location filename="../../ui/verify/view.py" line="344" />
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="367" />
        <source>(pasted or scanned)</source>
        <translation>(pegado o escaneado)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="430" />
        <source>No camera: %1. Open a file, paste, or take a screenshot region of the QR code instead.</source>
        <translation>No hay cámara: %1. Abre un archivo, pega o captura una zona de la pantalla con el código QR.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="439" />
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="441" />
        <source>The camera could not be started. Use another input.</source>
        <translation>No se pudo iniciar la cámara. Usa otra entrada.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="455" />
        <source>Export the verification report</source>
        <translation>Exportar el informe de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="463" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="466" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="492" />
        <source>dropped image</source>
        <translation>imagen soltada</translation>
    </message>
    <message>
        <location filename="../../ui/verify/view.py" line="494" />
        <source>dropped text</source>
        <translation>texto soltado</translation>
    </message>
</context>
<context>
    <name>_Placeholder</name>
    <message>
        <location filename="../../ui/widgets/placeholders.py" line="22" />
        <source>What you can do today</source>
        <translation>Qué puedes hacer hoy</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="50" />
        <source>Learner Wallet backups (*.lwbackup);;All files (*)</source>
        <translation>Copias de seguridad de Learner Wallet (*.lwbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="60" />
        <source>Too short: use at least %1 characters.</source>
        <translation>Demasiado corta: usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="68" />
        <source>Weak: anyone who gets the file could guess it. Add more words.</source>
        <translation>Débil: quien consiga el archivo podría adivinarla. Añade más palabras.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="70" />
        <source>Fair. Four or more unrelated words make it strong.</source>
        <translation>Aceptable. Cuatro o más palabras sin relación la hacen sólida.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="71" />
        <source>Strong.</source>
        <translation>Sólida.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialogs.py" line="155" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <location filename="../../ui/verify/camera.py" line="114" />
        <source>the camera cannot be opened (%1): another program may be using it, or this account may not use cameras (on Linux, the “video” group gives access)</source>
        <translation>no se puede abrir la cámara (%1): puede que otro programa la esté usando o que esta cuenta no pueda usar cámaras (en Linux, el grupo «video» da acceso)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/camera.py" line="122" />
        <source>camera support could not be loaded (%1)</source>
        <translation>no se pudo cargar la compatibilidad con cámaras (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/camera.py" line="118" />
        <location filename="../../ui/verify/camera.py" line="125" />
        <source>no camera was found</source>
        <translation>no se encontró ninguna cámara</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../ui/verify/check_words.py" line="42" />
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="44" />
        <source>Not verified</source>
        <translation>No verificada</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="47" />
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="48" />
        <source>Failed</source>
        <translation>Falla</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="49" />
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="50" />
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="53" />
        <location filename="../../ui/verify/check_words.py" line="54" />
        <location filename="../../ui/verify/check_words.py" line="55" />
        <source>Issuer's signature</source>
        <translation>Firma del emisor</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="56" />
        <source>Issuer's key</source>
        <translation>Clave del emisor</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="61" />
        <source>Candidate's signature</source>
        <translation>Firma de la persona candidata</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="62" />
        <source>Issued to this candidate</source>
        <translation>Emitida a esta persona candidata</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="63" />
        <source>Presented by the key holder</source>
        <translation>Presentada por quien tiene la clave</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="64" />
        <source>Answers your request code</source>
        <translation>Responde a tu código de solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="65" />
        <source>Made for your organisation</source>
        <translation>Hecha para tu organización</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="66" />
        <source>Presentation not expired</source>
        <translation>Presentación no caducada</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="67" />
        <source>Validity dates</source>
        <translation>Fechas de validez</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="68" />
        <source>Not revoked or suspended</source>
        <translation>Ni revocada ni suspendida</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="69" />
        <source>Credential format</source>
        <translation>Formato de la credencial</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="70" />
        <source>Every shown field is signed</source>
        <translation>Todos los campos mostrados están firmados</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="71" />
        <source>Disclosed fields match the signature</source>
        <translation>Los campos revelados coinciden con la firma</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="72" />
        <source>Credential type</source>
        <translation>Tipo de credencial</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="73" />
        <source>Credential claims</source>
        <translation>Datos de la credencial</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="74" />
        <source>Credentials in the presentation</source>
        <translation>Credenciales de la presentación</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="75" />
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="103" />
        <source>The issuer's signature is valid: nothing has changed since it was signed.</source>
        <translation>La firma del emisor es válida: nada ha cambiado desde que se firmó.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="104" />
        <source>The issuer's signature does not match: the credential was changed after signing, or the signature is damaged.</source>
        <translation>La firma del emisor no coincide: la credencial se modificó después de firmarse o la firma está dañada.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="106" />
        <source>The issuer's signature is valid, with a caveat.</source>
        <translation>La firma del emisor es válida, con una salvedad.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="107" />
        <source>The issuer's signature could not be checked here.</source>
        <translation>La firma del emisor no se pudo comprobar aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="115" />
        <source>The signing key belongs to the issuer.</source>
        <extracomment>(check name, status) -&gt; the plain sentence (English source; translated where shown)</extracomment>
        <translation>La clave que firma pertenece al emisor.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="116" />
        <source>The signing key does not belong to the issuer the credential names.</source>
        <translation>La clave que firma no pertenece al emisor que nombra la credencial.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="117" />
        <source>The signing key could not be fully tied to the issuer.</source>
        <translation>No se pudo vincular del todo la clave que firma con el emisor.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="118" />
        <source>Whether the signing key belongs to the issuer was not checked.</source>
        <translation>No se comprobó si la clave que firma pertenece al emisor.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="43" />
        <source>Authentic, issuer not recognised</source>
        <translation>Auténtica, emisor no reconocido</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="57" />
        <source>Issuer recognised</source>
        <translation>Emisor reconocido</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="58" />
        <source>Issuer's website</source>
        <translation>Web del emisor</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="59" />
        <source>Answers your request</source>
        <translation>Responde a tu solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="60" />
        <source>Candidate's key</source>
        <translation>Clave de la persona candidata</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="119" />
        <source>A trust source you use recognises the issuer.</source>
        <translation>Una fuente de confianza que usas reconoce al emisor.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="120" />
        <source>No trust source you use recognises the issuer: its name is only what it calls itself.</source>
        <translation>Ninguna fuente de confianza que usas reconoce al emisor: su nombre es solo como se llama a sí mismo.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="122" />
        <source>DEMO issuer — fictional: anyone can sign in its name.</source>
        <translation>Emisor de DEMOSTRACIÓN — ficticio: cualquiera puede firmar en su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="123" />
        <source>The issuer's website links itself to the issuer's key (evidence of who runs the site, not trust).</source>
        <translation>La web del emisor se vincula con la clave del emisor (prueba de quién gestiona la web, no de confianza).</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="125" />
        <source>The issuer's website does not link itself to the issuer's key.</source>
        <translation>La web del emisor no se vincula con la clave del emisor.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="127" />
        <source>The issuer's website could not be asked whether it links itself to the issuer's key.</source>
        <translation>No se pudo preguntar a la web del emisor si se vincula con la clave del emisor.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="129" />
        <source>Nothing in this file answers your request code: it is not a presentation signed for you.</source>
        <translation>Nada en este archivo responde a tu código de solicitud: no es una presentación firmada para ti.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="131" />
        <source>The candidate signed this presentation.</source>
        <translation>La persona candidata firmó esta presentación.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="132" />
        <source>The candidate's signature on the presentation is not valid.</source>
        <translation>La firma de la persona candidata en la presentación no es válida.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="133" />
        <source>The candidate's signature is valid, with a caveat.</source>
        <translation>La firma de la persona candidata es válida, con una salvedad.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="134" />
        <source>The candidate's signature could not be checked here.</source>
        <translation>La firma de la persona candidata no se pudo comprobar aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="135" />
        <source>The credential was issued to the person who presented it.</source>
        <translation>La credencial se emitió a la persona que la presentó.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="136" />
        <source>The credential was issued to someone else.</source>
        <translation>La credencial se emitió a otra persona.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="137" />
        <source>The credential does not say whom it was issued to.</source>
        <translation>La credencial no dice a quién se emitió.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="138" />
        <source>The person presenting holds the key the credential was issued to.</source>
        <translation>Quien la presenta tiene la clave a la que se emitió la credencial.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="139" />
        <source>Nothing proves that the credential's holder presented it.</source>
        <translation>Nada demuestra que la presentara el titular de la credencial.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="140" />
        <source>The presentation answers your request code.</source>
        <translation>La presentación responde a tu código de solicitud.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="141" />
        <source>The presentation answers a different request code.</source>
        <translation>La presentación responde a otro código de solicitud.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="142" />
        <source>The presentation was made for your organisation.</source>
        <translation>La presentación se hizo para tu organización.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="143" />
        <source>The presentation was made for someone else.</source>
        <translation>La presentación se hizo para otra persona u organización.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="144" />
        <source>The presentation has not expired.</source>
        <translation>La presentación no ha caducado.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="145" />
        <source>The presentation has expired or its expiry cannot be read.</source>
        <translation>La presentación ha caducado o no se puede leer su caducidad.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="146" />
        <source>The credential is within its validity dates.</source>
        <translation>La credencial está dentro de sus fechas de validez.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="147" />
        <source>The credential has expired, is not valid yet, or has unreadable dates.</source>
        <translation>La credencial ha caducado, aún no es válida o tiene fechas ilegibles.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="148" />
        <source>The issuer has not revoked or suspended the credential.</source>
        <translation>El emisor no ha revocado ni suspendido la credencial.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="149" />
        <source>The issuer has revoked or suspended the credential.</source>
        <translation>El emisor ha revocado o suspendido la credencial.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="150" />
        <source>The issuer's status list was read, with a caveat.</source>
        <translation>Se leyó la lista de estado del emisor, con una salvedad.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="151" />
        <source>Whether the issuer revoked the credential could not be checked (offline, or the status list is unavailable).</source>
        <translation>No se pudo comprobar si el emisor revocó la credencial (sin conexión o la lista de estado no está disponible).</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="153" />
        <source>The credential has the expected format.</source>
        <translation>La credencial tiene el formato esperado.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="154" />
        <source>The credential does not have the expected format.</source>
        <translation>La credencial no tiene el formato esperado.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="155" />
        <source>The credential's format has minor problems.</source>
        <translation>El formato de la credencial tiene problemas menores.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="156" />
        <source>Every field shown is covered by the signature.</source>
        <translation>La firma cubre todos los campos que se muestran.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="157" />
        <source>Some fields shown are not covered by the signature: anyone could have added them.</source>
        <translation>La firma no cubre algunos campos que se muestran: cualquiera podría haberlos añadido.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="159" />
        <source>The disclosed fields are the ones the issuer signed.</source>
        <translation>Los campos revelados son los que firmó el emisor.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="160" />
        <source>The disclosed fields do not match what the issuer signed.</source>
        <translation>Los campos revelados no coinciden con lo que firmó el emisor.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="161" />
        <source>The credential declares a known type.</source>
        <translation>La credencial declara un tipo conocido.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="162" />
        <source>The credential declares an older or unknown type.</source>
        <translation>La credencial declara un tipo antiguo o desconocido.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="163" />
        <source>The token's claims agree with the credential.</source>
        <translation>Los datos del token coinciden con la credencial.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="164" />
        <source>The token's claims contradict the credential.</source>
        <translation>Los datos del token contradicen la credencial.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="165" />
        <source>The token's claims agree with the credential, with a caveat.</source>
        <translation>Los datos del token coinciden con la credencial, con una salvedad.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="166" />
        <source>The presentation's credentials need your attention.</source>
        <translation>Las credenciales de la presentación requieren tu atención.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="167" />
        <source>The file holds several credentials; each is checked below.</source>
        <translation>El archivo contiene varias credenciales; cada una se comprueba abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="215" />
        <source>Issued by %1 (an issuer you trust)</source>
        <translation>Emitida por %1 (un emisor en el que confías)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="216" />
        <source>Issued by %1 (recognised by %2)</source>
        <translation>Emitida por %1 (reconocido por %2)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="217" />
        <source>It calls itself “%1”.</source>
        <translation>Se llama a sí mismo «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="218" />
        <source>The issuer calls itself “%1”; no trust source you use recognises it.</source>
        <translation>El emisor se llama a sí mismo «%1»; ninguna fuente de confianza que usas lo reconoce.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/check_words.py" line="219" />
        <source>The issuer gives no name, and no trust source you use recognises it.</source>
        <translation>El emisor no da ningún nombre y ninguna fuente de confianza que usas lo reconoce.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="61" />
        <source>The keychain is locked</source>
        <translation>El llavero está bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62" />
        <source>Unlock your keychain (log in to your desktop session again, or unlock it in your password manager) and retry.</source>
        <translation>Desbloquea tu llavero (vuelve a iniciar la sesión de escritorio o desbloquéalo en tu gestor de contraseñas) y reinténtalo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63" />
        <source>No keychain available</source>
        <translation>No hay ningún llavero disponible</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>Learner Wallet keeps private keys only in the system keychain. Start or install one and retry.</source>
        <translation>Learner Wallet guarda las claves privadas solo en el llavero del sistema. Inicia o instala uno y reinténtalo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65" />
        <source>A key is missing from the keychain</source>
        <translation>Falta una clave en el llavero</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66" />
        <source>Restore the wallet from a backup, or remove this identity.</source>
        <translation>Restaura la cartera desde una copia de seguridad o elimina esta identidad.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67" />
        <source>The keychain could not be used</source>
        <translation>No se pudo usar el llavero</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67" />
        <source>Check that your keychain is running and unlocked, then retry.</source>
        <translation>Comprueba que tu llavero esté en marcha y desbloqueado, y reinténtalo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68" />
        <source>There is no wallet here</source>
        <translation>Aquí no hay ninguna cartera</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68" />
        <source>Create a wallet first.</source>
        <translation>Crea primero una cartera.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69" />
        <source>Wrong passphrase</source>
        <translation>Frase de contraseña incorrecta</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69" />
        <source>Check the passphrase and try again.</source>
        <translation>Comprueba la frase de contraseña e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70" />
        <source>The backup cannot be used</source>
        <translation>No se puede usar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71" />
        <source>The wallet database is damaged</source>
        <translation>La base de datos de la cartera está dañada</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71" />
        <source>Restore the wallet from a backup.</source>
        <translation>Restaura la cartera desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72" />
        <source>The wallet could not be saved</source>
        <translation>No se pudo guardar la cartera</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72" />
        <source>Check that the disk is not full, then retry.</source>
        <translation>Comprueba que el disco no esté lleno y reinténtalo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73" />
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74" />
        <source>Nothing was received from the issuer</source>
        <translation>No se recibió nada del emisor</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75" />
        <source>No network answer</source>
        <translation>La red no responde</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75" />
        <source>Check your connection, or keep working offline.</source>
        <translation>Comprueba tu conexión o sigue trabajando sin conexión.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76" />
        <source>This input cannot be used</source>
        <translation>No se puede usar esta entrada</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77" />
        <source>Something did not work</source>
        <translation>Algo no funcionó</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84" />
        <source>This input cannot be used.</source>
        <extracomment>each core error code in plain words. The core's own message (English) names the specifics; in another interface language this sentence comes first, so the problem is understood in that language.</extracomment>
        <translation>No se puede usar esta entrada.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85" />
        <source>This is not readable JSON text.</source>
        <translation>Esto no es texto JSON legible.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86" />
        <source>This is not a credential or a presentation.</source>
        <translation>Esto no es una credencial ni una presentación.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87" />
        <source>This input is larger or more deeply nested than a credential may be.</source>
        <translation>Esta entrada es más grande o está más anidada de lo que puede estar una credencial.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88" />
        <source>The credential uses a vocabulary (JSON-LD context) this wallet does not have, so it cannot be read safely offline.</source>
        <translation>La credencial usa un vocabulario (contexto JSON-LD) que esta cartera no tiene, así que no se puede leer con seguridad sin conexión.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90" />
        <source>The credential's signature is damaged or incomplete.</source>
        <translation>La firma de la credencial está dañada o incompleta.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91" />
        <source>This format is not supported.</source>
        <translation>Este formato no es compatible.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92" />
        <source>A key in this input cannot be used.</source>
        <translation>No se puede usar una clave de esta entrada.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93" />
        <source>An identifier (DID) in this input is not valid.</source>
        <translation>Un identificador (DID) de esta entrada no es válido.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94" />
        <source>This kind of identifier (DID method) is not supported.</source>
        <translation>Este tipo de identificador (método DID) no es compatible.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95" />
        <source>The QR code cannot be read.</source>
        <translation>No se puede leer el código QR.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96" />
        <source>The share package is damaged or incomplete.</source>
        <translation>El paquete para compartir está dañado o incompleto.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97" />
        <source>This trust list was changed after signing, has expired, or its publisher's signature cannot be checked: it is not used.</source>
        <translation>Esta lista de confianza se modificó después de firmarse, ha caducado o no se puede comprobar la firma de quien la publica: no se usa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="99" />
        <source>It is not in this wallet.</source>
        <translation>No está en esta cartera.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100" />
        <source>There is no wallet in this folder yet.</source>
        <translation>Todavía no hay ninguna cartera en esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101" />
        <source>The system keychain could not be used; nothing was written.</source>
        <translation>No se pudo usar el llavero del sistema; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102" />
        <source>No system keychain answered; nothing was written.</source>
        <translation>No respondió ningún llavero del sistema; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="103" />
        <source>The system keychain is locked; nothing was written.</source>
        <translation>El llavero del sistema está bloqueado; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104" />
        <source>A private key this wallet needs is not in the system keychain.</source>
        <translation>Una clave privada que necesita esta cartera no está en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105" />
        <source>The wallet could not be saved; it is as it was before.</source>
        <translation>No se pudo guardar la cartera; está como antes.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106" />
        <source>The wallet's database cannot be read.</source>
        <translation>No se puede leer la base de datos de la cartera.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="107" />
        <source>This backup file cannot be used; nothing was changed.</source>
        <translation>No se puede usar este archivo de copia de seguridad; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108" />
        <source>The passphrase does not open this backup; nothing was changed.</source>
        <translation>La frase de contraseña no abre esta copia de seguridad; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="109" />
        <source>The other computer did not answer, or not usably.</source>
        <translation>El otro equipo no respondió, o no de forma utilizable.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110" />
        <source>The signature could not be made.</source>
        <translation>No se pudo hacer la firma.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112" />
        <source>This is not a credential offer the wallet can use.</source>
        <translation>Esto no es una oferta de credencial que la cartera pueda usar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="113" />
        <source>Receiving from the issuer did not work; nothing was stored.</source>
        <translation>No se pudo recibir del emisor; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114" />
        <source>The offer has expired or was already used.</source>
        <translation>La oferta ha caducado o ya se usó.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="115" />
        <source>The transaction code is wrong or missing.</source>
        <translation>El código de transacción es incorrecto o falta.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116" />
        <source>The share service refused the link or could not be reached.</source>
        <translation>El servicio para compartir rechazó el enlace o no se pudo contactar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117" />
        <source>The issuer could not be reached.</source>
        <translation>No se pudo contactar con el emisor.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118" />
        <source>The issuer's description of itself does not match the offer; it may have been tampered with.</source>
        <translation>La descripción que el emisor da de sí mismo no coincide con la oferta; puede haber sido manipulada.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120" />
        <source>The issuer refused the wallet's proof of your key (its nonce).</source>
        <translation>El emisor rechazó la prueba de tu clave que hizo la cartera (su nonce).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="121" />
        <source>The issuer tried to send the wallet to another server, which was not contacted.</source>
        <translation>El emisor intentó enviar la cartera a otro servidor, con el que no se contactó.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="123" />
        <source>The credential was issued to someone else's key, not to your identity.</source>
        <translation>La credencial se emitió para la clave de otra persona, no para tu identidad.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124" />
        <source>The issuer has not finished preparing the credential.</source>
        <translation>El emisor aún no ha terminado de preparar la credencial.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="149" />
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="151" />
        <source>This is a bug in Learner Wallet. Nothing was changed; please report what you were doing.</source>
        <translation>Es un error de Learner Wallet. No se cambió nada; informa, por favor, de lo que estabas haciendo.</translation>
    </message>
</context>
<context>
    <name>filter</name>
    <message>
        <location filename="../../ui/library/model.py" line="76" />
        <source>Any type</source>
        <extracomment>the filters and what their "any" entry says</extracomment>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="77" />
        <source>Any issuer</source>
        <translation>Cualquier emisor</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="78" />
        <source>Any skill</source>
        <translation>Cualquier competencia</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="79" />
        <source>Any experience</source>
        <translation>Cualquier experiencia</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="80" />
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="81" />
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="82" />
        <source>Any collection</source>
        <translation>Cualquier colección</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/share/history.py" line="38" />
        <source>Presentation file</source>
        <translation>Archivo de presentación</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="39" />
        <source>Share package</source>
        <translation>Paquete para compartir</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="40" />
        <source>QR code (shown)</source>
        <translation>Código QR (en pantalla)</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="40" />
        <source>QR code (PNG)</source>
        <translation>Código QR (PNG)</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="41" />
        <source>QR code (SVG)</source>
        <translation>Código QR (SVG)</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="41" />
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="131" />
        <source>1 field shown</source>
        <translation>1 campo mostrado</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="132" />
        <source>%1 fields shown</source>
        <translation>%1 campos mostrados</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="138" />
        <source>%1 shared whole</source>
        <translation>%1 compartidas enteras</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="140" />
        <source>%1 parts revealed</source>
        <translation>%1 partes reveladas</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="145" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="145" />
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="146" />
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="146" />
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="147" />
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="147" />
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="148" />
        <source>Views</source>
        <translation>Visitas</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <location filename="../../ui/identity/view.py" line="32" />
        <source>A DID is an identifier you own: its private key stays in this computer's keychain and lets you prove the credentials are yours.</source>
        <translation>Un DID es un identificador que te pertenece: su clave privada se queda en el llavero de este ordenador y te permite demostrar que las credenciales son tuyas.</translation>
    </message>
    <message>
        <location filename="../../ui/identity/model.py" line="63" />
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../ui/library/import_flow.py" line="36" />
        <source>Credentials and QR images (*.json *.jsonld *.jwt *.sdjwt *.sd-jwt *.txt *.png *.jpg *.jpeg *.svg *.lwpkg *.zip);;All files (*)</source>
        <translation>Credenciales e imágenes QR (*.json *.jsonld *.jwt *.sdjwt *.sd-jwt *.txt *.png *.jpg *.jpeg *.svg *.lwpkg *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="150" />
        <source>Import credentials</source>
        <translation>Importar credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="153" />
        <source>Choose credential files or QR images</source>
        <translation>Elegir archivos de credenciales o imágenes QR</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="169" />
        <source>clipboard image</source>
        <translation>imagen del portapapeles</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="173" />
        <source>The clipboard is empty</source>
        <translation>El portapapeles está vacío</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="174" />
        <source>There is no text or image on the clipboard.</source>
        <translation>No hay texto ni imagen en el portapapeles.</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="175" />
        <source>Copy a credential (JSON, a JWT or SD-JWT), VP1- or LW1: text or a picture of a QR code, then paste again.</source>
        <translation>Copia una credencial (JSON, un JWT o SD-JWT), texto VP1- o LW1: o la imagen de un código QR y vuelve a pegar.</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="178" />
        <source>clipboard text</source>
        <translation>texto del portapapeles</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="194" />
        <source>screen region</source>
        <translation>zona de la pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/library/import_flow.py" line="202" />
        <source>Importing credentials…</source>
        <translation>Importando credenciales…</translation>
    </message>
</context>
<context>
    <name>journey</name>
    <message>
        <location filename="../../ui/journey/paint.py" line="31" />
        <source>Service-learning</source>
        <translation>Aprendizaje-servicio</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="31" />
        <source>Community engagement</source>
        <translation>Compromiso comunitario</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="32" />
        <source>Volunteering</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="32" />
        <source>Study abroad</source>
        <translation>Estudios en el extranjero</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="33" />
        <source>Internship</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="33" />
        <source>Student leadership</source>
        <translation>Liderazgo estudiantil</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="34" />
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="34" />
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="35" />
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="35" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="53" />
        <source>%1 of %2</source>
        <comment>stack progress</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="65" />
        <source>%1 %2</source>
        <comment>term name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="246" />
        <source>Undated</source>
        <extracomment>one colour per experience (Okabe–Ito based, readable on light and dark backgrounds)</extracomment>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="361" />
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="422" />
        <source>Academic year %1</source>
        <translation>Curso académico %1</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="526" />
        <source>%1 credentials · %2 skills · %3 of %4 stacks earned</source>
        <translation>%1 credenciales · %2 competencias · %3 de %4 itinerarios conseguidos</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="540" />
        <source>Skill profile</source>
        <translation>Perfil de competencias</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="544" />
        <source>credentials · highest level</source>
        <translation>credenciales · nivel más alto</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="550" />
        <source>Tag: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="581" />
        <source>Stacks</source>
        <translation>Itinerarios</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="586" />
        <source>micro-credentials toward a competency</source>
        <translation>microcredenciales hacia una competencia</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="617" />
        <source>Earned</source>
        <translation>Conseguida</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="619" />
        <source>Ready to claim</source>
        <translation>Lista para solicitar</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="620" />
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="643" />
        <source>+ %1 more</source>
        <translation>+ %1 más</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="678" />
        <source>competency</source>
        <translation>competencia</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="679" />
        <source>stacked into</source>
        <translation>se suma a</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="680" />
        <source>comes before</source>
        <translation>va antes de</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="681" />
        <source>rubric level (full ring = top level)</source>
        <translation>nivel de rúbrica (anillo completo = nivel máximo)</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="97" />
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="88" />
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="89" />
        <source>The issuer calls itself “%1”</source>
        <translation>El emisor se llama a sí mismo «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="103" />
        <source>Skills: %1</source>
        <translation>Competencias: %1</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="106" />
        <source>Level: %1</source>
        <translation>Nivel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="109" />
        <source>Competency earned by stacking: %1</source>
        <translation>Competencia conseguida sumando: %1</translation>
    </message>
    <message>
        <location filename="../../ui/journey/view.py" line="113" />
        <source>Counts toward %1 (%2)</source>
        <translation>Cuenta para %1 (%2)</translation>
    </message>
</context>
<context>
    <name>journey-terms</name>
    <message>
        <location filename="../../ui/journey/paint.py" line="45" />
        <source>Spring</source>
        <translation>Primavera</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="45" />
        <source>Summer</source>
        <translation>Verano</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="46" />
        <source>Fall</source>
        <translation>Otoño</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="46" />
        <source>Autumn</source>
        <translation>Otoño</translation>
    </message>
    <message>
        <location filename="../../ui/journey/paint.py" line="47" />
        <source>Winter</source>
        <translation>Invierno</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../ui/widgets/field_words.py" line="98" />
        <source>en</source>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <location filename="../../ui/library/model.py" line="468" />
        <source>(untitled credential)</source>
        <extracomment>per-row work kept between loads: ``id(summary) -&gt; (summary, state words, search text, facets)``. The wallet hands out the same immutable summary object until the row or its curation changes. one changed row, ready for :meth:`CredentialListModel.update_rows`: (summary, search text, facets)</extracomment>
        <translation>(credencial sin título)</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="473" />
        <source>Favourite</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="475" />
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="476" />
        <source>Hidden</source>
        <translation>Oculta</translation>
    </message>
    <message>
        <location filename="../../ui/library/parts.py" line="334" />
        <source>(hidden)</source>
        <translation>(oculta)</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <location filename="../../ui/settings/network.py" line="82" />
        <source>Go online to check?</source>
        <translation>¿Conectarse para comprobarlo?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="83" />
        <source>Checking this fully needs the network: the issuer's revocation list, or its keys published on the web. Learner Wallet will contact the issuer's server; nothing about you is sent.</source>
        <translation>Para comprobarlo del todo hace falta la red: la lista de revocación del emisor o sus claves publicadas en la web. Learner Wallet contactará con el servidor del emisor; no se envía nada sobre ti.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="88" />
        <source>Your answer holds until Learner Wallet closes. Change it for good in Settings.</source>
        <translation>Tu respuesta vale hasta que cierres Learner Wallet. Cámbiala de forma permanente en Configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="90" />
        <source>Go online</source>
        <translation>Conectarse</translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="91" />
        <location filename="../../ui/settings/network.py" line="115" />
        <source>Stay offline</source>
        <translation>Seguir sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="104" />
        <location filename="../../ui/settings/network.py" line="110" />
        <source>Fetch the shared presentation?</source>
        <translation>¿Descargar la presentación compartida?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="105" />
        <source>This link points to a share service at %1. Learner Wallet will download the signed presentation from it and verify it here, itself; nothing about you is sent.</source>
        <translation>Este enlace lleva a un servicio para compartir en %1. Learner Wallet descargará de él la presentación firmada y la verificará aquí, por sí misma; no se envía nada sobre ti.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="111" />
        <source>If you fetch it, links open without this question until Learner Wallet closes.</source>
        <translation>Si la descargas, los enlaces se abrirán sin esta pregunta hasta que cierres Learner Wallet.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="113" />
        <source>Fetch and verify</source>
        <translation>Descargar y verificar</translation>
    </message>
</context>
<context>
    <name>qr</name>
    <message>
        <location filename="../../ui/widgets/qr.py" line="45" />
        <source>DEMO — fictional credentials, not a real record</source>
        <translation>DEMO — credenciales ficticias, no es un expediente real</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="105" />
        <source>QR version %1, error correction %2 (%3 characters)</source>
        <translation>Código QR versión %1, corrección de errores %2 (%3 caracteres)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="108" />
        <source>a phone can read it printed or on screen.</source>
        <translation>un teléfono puede leerlo impreso o en pantalla.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr.py" line="109" />
        <source>dense: a phone reads it on screen only (full screen), not printed.</source>
        <translation>denso: un teléfono solo lo lee en pantalla (a pantalla completa), no impreso.</translation>
    </message>
</context>
<context>
    <name>share-steps</name>
    <message>
        <location filename="../../ui/share/view.py" line="65" />
        <source>Choose credentials</source>
        <translation>Elegir credenciales</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="65" />
        <source>Choose fields</source>
        <translation>Elegir campos</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="66" />
        <source>Sign and address</source>
        <translation>Firmar y dirigir</translation>
    </message>
    <message>
        <location filename="../../ui/share/view.py" line="66" />
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
</context>
<context>
    <name>sort</name>
    <message>
        <location filename="../../ui/library/model.py" line="68" />
        <source>Newest first</source>
        <extracomment>sort keys and their labels, in menu order</extracomment>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="69" />
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="70" />
        <source>Title (A–Z)</source>
        <translation>Título (A–Z)</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="71" />
        <source>Issuer (A–Z)</source>
        <translation>Emisor (A–Z)</translation>
    </message>
</context>
<context>
    <name>state</name>
    <message>
        <location filename="../../ui/library/model.py" line="55" />
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="56" />
        <source>Authentic, issuer not recognised</source>
        <translation>Auténtica, emisor no reconocido</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="57" />
        <source>DEMO issuer — fictional</source>
        <translation>Emisor de DEMOSTRACIÓN — ficticio</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="58" />
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="59" />
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="60" />
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="61" />
        <source>Not verified</source>
        <translation>No verificada</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="62" />
        <source>Not checked (offline)</source>
        <translation>Sin comprobar (sin conexión)</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="63" />
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="91" />
        <source>Not issued to you</source>
        <translation>No emitida para ti</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="206" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="208" />
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="209" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>type</name>
    <message>
        <location filename="../../ui/library/model.py" line="133" />
        <source>Achievement</source>
        <extracomment>the OB 3.0 achievement types and the record kinds, as type_of() words them (for the catalogue)</extracomment>
        <translation>Logro</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="133" />
        <source>Apprenticeship certificate</source>
        <translation>Certificado de aprendizaje</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="134" />
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="134" />
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="135" />
        <source>Associate degree</source>
        <translation>Título de grado asociado</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="135" />
        <source>Award</source>
        <translation>Premio</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="136" />
        <source>Badge</source>
        <translation>Insignia</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="136" />
        <source>Bachelor degree</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="137" />
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="137" />
        <source>Certificate of completion</source>
        <translation>Certificado de finalización</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="138" />
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="138" />
        <source>Community service</source>
        <translation>Servicio comunitario</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="139" />
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="139" />
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="140" />
        <source>Co-curricular</source>
        <translation>Actividad cocurricular</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="140" />
        <source>Degree</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="141" />
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="141" />
        <source>Doctoral degree</source>
        <translation>Doctorado</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="142" />
        <source>Fieldwork</source>
        <translation>Trabajo de campo</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="142" />
        <source>General education development</source>
        <translation>Certificado de educación general</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="143" />
        <source>Journeyman certificate</source>
        <translation>Certificado de oficial</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="143" />
        <source>Learning program</source>
        <translation>Programa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="144" />
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="144" />
        <source>Membership</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="145" />
        <source>Professional doctorate</source>
        <translation>Doctorado profesional</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="145" />
        <source>Quality assurance credential</source>
        <translation>Credencial de garantía de calidad</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="146" />
        <source>Master certificate</source>
        <translation>Certificado de maestría</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="146" />
        <source>Master degree</source>
        <translation>Máster</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="147" />
        <source>Micro-credential</source>
        <translation>Microcredencial</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="147" />
        <source>Research doctorate</source>
        <translation>Doctorado de investigación</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="148" />
        <source>Secondary school diploma</source>
        <translation>Título de educación secundaria</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="148" />
        <source>Learner record</source>
        <translation>Expediente del estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="149" />
        <source>Endorsement</source>
        <translation>Aval</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="149" />
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <location filename="../../ui/verify/view.py" line="47" />
        <source>Presentations, credentials, packages, QR images (*.json *.jsonld *.jwt *.sdjwt *.txt *.lwpkg *.zip *.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Presentaciones, credenciales, paquetes, imágenes QR (*.json *.jsonld *.jwt *.sdjwt *.txt *.lwpkg *.zip *.png *.jpg *.jpeg *.svg);;Todos los archivos (*)</translation>
    </message>
</context>
</TS>