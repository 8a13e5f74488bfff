"""The customers screen: pyramid, customer table, detail panel and the corrections menu."""
