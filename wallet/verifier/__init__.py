"""The verification engine: any input to a report of checks, status lists, report exports."""
