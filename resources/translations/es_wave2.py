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
