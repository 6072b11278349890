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
