"""The employer verifier's inputs (camera, screenshot region), jobs and report view."""
