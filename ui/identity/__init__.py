"""The identity view: the learner's DIDs, their model and dialogs."""
