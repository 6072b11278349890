"""The demo: a fictional university, its issuers and a four-year learner record."""
