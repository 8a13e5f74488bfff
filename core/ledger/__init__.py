"""Reading order ledgers into raw sheets and normalised orders."""
