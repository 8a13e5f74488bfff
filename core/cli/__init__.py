"""Every headless command and its text output: arguments, terminal tables, the self-test."""
