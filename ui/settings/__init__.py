"""The settings dialog, generated from core.settings' registry, and its currency rates page."""
