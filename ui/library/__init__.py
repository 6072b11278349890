"""The library view: the credential list, its model, filters, curation and import."""
