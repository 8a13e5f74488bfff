"""The import dialog: choosing ledgers, checking their columns, and reading the result."""
