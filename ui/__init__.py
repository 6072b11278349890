"""Learner Wallet's desktop app (PySide6). It talks to ``wallet`` only through its public API.

Layout: ``app`` (composition root and ``main``), ``session`` (the open wallet and its lifecycle),
``tasks`` (the one background-operation runner), ``errors`` (exception -> wording),
``main_window`` (navigation only), ``views/``, ``models/``, ``dialogs/``.
"""
