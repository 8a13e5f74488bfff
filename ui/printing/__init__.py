"""Printing the action lists: the dialog, the pages and their running headers, PDFs."""
