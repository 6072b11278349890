"""Qt item models: thin models over immutable rows, tested without views."""
