"""fold_many, which folds a column's texts at once, folds each text as fold() does."""

from __future__ import annotations

from core.ledger.normalise import fold, fold_many

TEXTS = [
    "PI240000001", "pi-2024/07", "", " ", "PO 1001", "PO  1001 ", "合计", "ＡＢＣ１２３",
    "Straße", "ΣΑΣ", "a\tb", "line\nbreak", "\u200bC-1", "x\x1cy", "Ab\u00a0Cd", "ǅ", "ﬁ",
]


def test_each_text_folds_as_alone() -> None:
    for texts in ([t for t in TEXTS if "\n" not in t], TEXTS, ["PI1", "pi2", "Q-3"], [],
                  ["PI1", "合计"], ["PI1", ""], ["PI1", "a b"], ["PI1", "a\tb"], ["x\x1cy"]):
        assert fold_many(texts) == [fold(t) for t in texts], texts


def test_random_columns_fold_as_alone() -> None:
    import random

    pool = "aZ09-/ ._\t\u00a0\u3000合计ＡßΣς\u200b\x1c\r"
    rng = random.Random(30)
    for _ in range(300):
        texts = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 6)))
                 for _ in range(rng.randint(0, 8))]
        assert fold_many(texts) == [fold(t) for t in texts], texts


def test_edge_spaces_and_line_breaks_fold_as_alone() -> None:
    """A plain id with a space at its edge, or a line break beside an empty text, is no plain
    id: " PO-1" folds to "po-1", as alone (perf55a: its order's lines grouped by it)."""
    for texts in ([" PO-1", "po-1"], ["PO-1 ", "PO-2"], ["a\nb", ""], ["", "x\ny"]):
        assert fold_many(texts) == [fold(t) for t in texts], texts
