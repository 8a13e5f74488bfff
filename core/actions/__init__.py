"""The article's three transition phases as printable work: who to stop, who to protect, how to
serve, and whom to ask for referrals.

`export` is the entry point; `stop_loss`, `restructuring` (with `moved`, this month's tier
moves) and `leap` turn an Analysis into rows without deciding anything again (membership and
flags come from the analysis), `plans` holds the article's words, and `workbook` makes any of
it print on A4 for the sales meeting.
"""

from core.actions.export import chat_summary, export_leap, export_restructuring, export_stop_loss

__all__ = ["chat_summary", "export_leap", "export_restructuring", "export_stop_loss"]
