"""Settings: the dialog and the network permission."""
