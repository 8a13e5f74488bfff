"""Chinese printed lists, looked at (ui39r): win39 kept a few words whole, but the sample's
Chinese PDFs still split 112 words over two lines: an upgrade chance read "再达标一项指标即可升为战"
over "略客户：M、T中任一项达" over "标即可。" (战略 39 times, 达标 38, 核心 30), "即期信" over
"用证", "（D/P 上" over "限 14 天…", "暂缓升" over "级". Now none, at any width a line may have."""

from __future__ import annotations

from test_win39_wrapping import split_words

from ui.printing.wrapping import header_lines, header_pieces

TEXTS = ("再达标一项指标即可升为战略客户：M、T中任一项达标即可。",
         "再达标一项指标即可升为核心客户：F、M、T中任一项达标即可。",
         "主要采用 赊销/账期，风险高于核心客户应有的水平：改为即期信用证或更稳妥的付款方式。",
         "YF25-0235（INV25-0235）：未收 10,858 USD，逾期 132 天（D/P 上限 14 天，自交单起算）",
         "已是战略；在观察名单期间暂缓升级：YF25-0207")
WORDS = ("战略", "核心", "达标", "指标", "信用证", "上限", "升级")


def test_the_lists_words_are_never_split_over_two_lines(qapp):  # type: ignore[no-untyped-def]
    split = [found for text in TEXTS for found in split_words(text, WORDS, range(6, 30))]
    assert split == []  # was "…即可升为战" over "略客户…", "即期信" over "用证…"


def test_a_chinese_header_in_a_column_as_wide_as_its_widest_piece_takes_two_lines():
    """A number column is as wide as its header's widest piece (ui.printing.column_widths): the
    piece " 12 个月" left "近" alone above it, and "（近" above "12 个月）", three lines each
    in the restructuring PDF; the one-character word now goes with its number."""
    for header, wanted in (("近 12 个月订单数", ["近 12 个月", "订单数"]),
                           ("毛利率（近 12 个月）", ["毛利率", "（近 12 个月）"])):
        room = max(len(piece.strip()) for piece in header_pieces(header))
        assert header_lines(header, room, len) == wanted  # was 近 / 12 个月 / 订单数
