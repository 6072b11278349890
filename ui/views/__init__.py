"""The main views: one module per screen."""
