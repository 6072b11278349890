"""The share wizard's pages, jobs and history."""
