"""The tier-movement screen: the month-by-month flow chart and the table of who moved."""
