"""Small dialogs. Every dialog opens with ``open()`` (never a nested ``exec()`` loop)."""
