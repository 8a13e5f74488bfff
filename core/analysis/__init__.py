"""The article's method as numbers: RFMT tiers, payment risk, firm figures."""
