"""Every colour the window and its printouts use, in one place.

Colours carry meaning here (red is refused or overdue past the stop-loss, orange wants a
choice, grey is context), so one name per meaning keeps the screens telling the same story.
Values are hex strings: style sheets take them as they are, painters as QColor(value).
"""

from __future__ import annotations

from core.actions import print_colours

# --- meaning, on text and marks ------------------------------------------------------------
GOOD = "#2e7d32"  # a criterion passed; grade A
BAD = "#c62828"  # refused, overdue past the stop-loss, a criterion failed, a red flag
WANTS_CHOICE = "#e65100"  # a file needs a column chosen; skipped rows; notes to read
CONTEXT = "#757575"  # grey words beside the point: unknown, skipped, examples
FADED = "#9e9e9e"  # rows that no longer count (cancelled orders)
CAUTION = "#b26a00"  # a setting that is allowed but probably not meant
NOTE = "#666666"  # explanations under the settings
HINT = "#616161"  # the welcome page's small print
MISSING_FIELD = "#fde0dc"  # behind a required column nobody chose
ON_COLOUR = "white"  # text on a coloured badge
GRADE_COLOURS = {"A": GOOD, "B": "#689f38", "C": "#f9a825", "D": "#ef6c00", "E": BAD}

# --- charts, cards and the pyramid ---------------------------------------------------------
INK = "#1d2733"  # text and the article's benchmark line
MUTED = "#5f6b7a"  # captions and secondary text
TRACK = "#e6eaef"  # the empty part of a bar
GRID = "#d3d9e0"
OURS = "#2a6f97"  # this firm's bar
GOAL = "#2a9d8f"  # the article's goal
TARGET_BAR = "#9aa7b5"  # the target share beside the actual one
PAPER = "#ffffff"
VEIL = (255, 255, 255, 220)  # behind a chart's annotation, the curve still showing through
CARD_BORDER = "#d5dbe3"
NOTES_BACKGROUND, NOTES_BORDER = "#fff6e0", "#e9c46a"
# the warnings above the customer table (no receipts, missing rates): they change every verdict
WARNING_BACKGROUND, WARNING_BORDER, WARNING_INK = "#fdecea", "#e6a19a", "#8e2a2a"
AGING_COLOURS = {"not_due": "#8cbfa8", "d1_30": "#e9c46a", "d31_60": "#f4a261",
                 "d61_90": "#e76f51", "d91_plus": "#9b2226"}
# fill, text on the fill, text beside the pyramid: calm, and dark enough to read on white
TIER_COLOURS = {"strategic": ("#1f3a68", PAPER, "#1f3a68"),
                "core": (GOAL, PAPER, "#1c6d64"),
                "long_tail": ("#b9c6d6", INK, "#4a5a6e")}
BOX_COLOURS = {"prospect": ("#e2f0e8", "#2f5d46"), "dormant": ("#e4e8ed", "#3f4a57"),
               "black": ("#8e2a2a", PAPER), "confirm": ("#f3e2b3", "#5c4300")}
SELECTED = "#e9a23b"  # the band or box the table is filtered by
SELECTED_LABEL_ALPHA = 40  # its label, tinted with the same colour
EMPTY_OUTLINE = "#c5ccd5"  # a band's outline when nobody is active

# --- paper: the printed lists, in the exported workbook's colours (core/actions/print_colours)
PRINT_HEADER = f"#{print_colours.HEADER}"
PRINT_STRIPE = "#F4F7FB"
PRINT_RULE = f"#{print_colours.RULE}"
PRINT_FIRM = "#404040"
PRINT_ALERT = f"#{print_colours.ALERT}"
PRINT_FOOTER_RULE = "#808080"
PRINT_PAPER = "white"
