"""The benchmark (python bench/run.py); a package so its parts import one another."""
