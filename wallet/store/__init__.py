"""Where the wallet lives: the encrypted SQLite store (all SQL), migrations, curation, backups."""
