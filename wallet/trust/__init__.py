"""Who is recognised as an issuer: the trust sources a verdict consults."""
