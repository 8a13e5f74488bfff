"""The article's two transition phases as printable work: who to stop, who to protect, how to serve.

`export` is the entry point; `stop_loss` and `restructuring` turn an Analysis into rows without
deciding anything again (membership and flags come from the analysis), `plans` holds the
article's words, and `workbook` makes any of it print on A4 for the sales meeting.
"""

from core.actions.export import chat_summary, export_restructuring, export_stop_loss

__all__ = ["chat_summary", "export_restructuring", "export_stop_loss"]
