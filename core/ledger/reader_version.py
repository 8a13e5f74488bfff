"""The reader's version: part of every import key, so a release that reads rows otherwise
has a firm's files read again the new way when it imports them again (kept apart from the
importer, whose length it would otherwise be: one line of history a change).
"""

# Which reading of a ledger an import used. A file is "already imported" only when imported by
# this reader; bump it when a release reads rows otherwise, so a firm told to import its last
# months again after an upgrade gets them read the new way (updated, never counted twice).
# 2–14: what each read otherwise is in docs/reader_versions.md.
# 15 (note39): a -15,000 收款 row noted 退定金 / 已退定金 / 退还定金 / 定金已退 / 预付款已退
# is a refund (typed_rows.is_refund; was skipped, "no amount, only -15,000.00 received"):
# Roma's cancelled R-2 deposit taken back, 8,000 open and black (was 0 open, 7,000 credit).
# 15 (note39): a payment noted 代表Orbit Tech LLC付款, "paid for Orbit Tech LLC invoice 5" or
# "on behalf of Orbit Tech LLC for INV-5" is Orbit Tech's (paid_for; the name was read "表Orbit
# Tech LLC" / "Orbit Tech LLC invoice 5", no customer): Orbit Tech 0 open, on no list (was
# 17,900 open, 118 days, black), the payer no customer (was 17,900 on account).
# 15 (ref39): a refund's own row (金额 0 or blank, 实收金额 -3,000, 退款) of MT-1 Sofa on a 退货 tab
# or file is a payment line keyed by its sum and day (typed_rows.refund_rows), not the line of
# the 台账's paid 15,000 sale in its place: 3,000 open, revenue 15,000, as one tab (was: 台账 tab
# first 15,000 on account; 退货 tab first nothing open; files, sale first revenue 0, refund
# first 15,000 open); a blank 金额's refund naming its order is taken before that order's file
# (received_only; was refused, the refund lost).
# 15 (pay39): two wires of one day in one 收款 tab, 5,000 and 4,900, both noted 250420到账 (a
# yymmdd within a year of the row's day), No2, Q2 or another customer's order number, are two
# wires, not one listed twice (wire_told, wire_lists.Lists.anyones): nothing open (was 4,900).
# 15 (pay39): a bank's slip of a wire paying two invoices filed under one of them, 14,965 "TT-5"
# under INV-1 beside INV-1 10,000 + INV-2 5,000 received by TT-5, is that wire less its 35
# charge, in one file or two (lump_wires.wire_rows): nothing on account (was 14,965).
# 15 (pay39): a payer whose 代付 slips move to their customer is kept (no orders) where a credit
# limit, insurance, group or correction was set on it by hand (paid_for_stored.book_stored):
# 1 customer kept with its 50,000 limit in force (was deleted, the limit on no one).
# 15 (pay39): a 代付 note naming its customer otherwise (Orbit Tech, LLC; Ltd. for Limited;
# case, spaces, full-width brackets) is that customer's (paid_for.named_key), in the file, the
# store's slips and the numbered ones: 0 open, no payer (was 17,900 open, 17,900 on account).
# 15 (imp39): the same received total re-dated on another file's row noted 余款未收 (pending)
# keeps its stored day (older_receipts.owed_again): MT-1's 4,500 of 03-02 stays 03-02 under
# April's 4,500 of 04-15, March first (was 04-15: 11 days past due, 0 April first).
# 15 (imp39): a return row of a noted return's order and sum whose note says it came after
# another (第二次退货, 再次退货, another return; noted_returns.other_return) is a return of its
# own, in any file or tab order: MT-1 noted 退货3000 and that row, 3,000 credit and revenue
# 9,000 (was 0 and 12,000). A noted return gives way only to its own customer's row
# (displaced_notes.drop_noted): Metro's PO-1 -3,000 no longer removes Mumbai's (was 0
# credit one way, 3,000 the other).
# 15 (bad39): an .xls or .ods whose hidden spare tab (备用, Sheet2: not named after a month) has a
# far entry (IV65536) is read, the tab passed over unread as an xlsx's: 5 orders (was refused).
# 15 (bad39): a date an .xls or .ods shows as a month alone (2025年4月, the 1st) is read as the
# month and named, as an xlsx's: PI-1's receipt on 04-30 (was 04-01), its order date the 1st.
# 15 (bad39): an .xlsb's Excel error cells (BrtCellError, BrtFmlaError) and hidden rows are named
# as an xlsx's (were unsaid), and a far entry (HD100000) is refused or its notes/hidden tab
# passed over, named (was read whole: 3.6 s, 870 MB, as if nothing were there).
# 15 (bad39): a date an .xlsb shows as a month alone (2025年4月) is read as the month and named,
# as an xlsx's: PI-1's receipt on 04-30 (was 04-01 unsaid).
# 15 (fix39b): a stored 代付 slip moves only to the customer its note names exactly, else to
# the one customer of its words among ALL the store's (paid_for.Named), never away from the
# customer it names exactly; an in-file slip takes its customer's name, not the note's:
# slips, then Orbit Tech LLC's file, then Orbit Tech Ltd's: LLC 0 open, Ltd 20,000 (was
# 17,900 and 2,100); Orbit Tech Ltd's file first no longer renames it "Orbit Tech LLC".
# 15 (fix39b): a "paid for X" / "on behalf of X" name ends only before a paper (invoice 5,
# INV-5, PI-5, PO 12), else its longest start that is a customer's (paid_for.Named.run):
# "paid for Design For Living Ltd", Smart Buyer, Global Client Services, No Frills, B2B
# Supplies are theirs: 0 open, no payer (was 5,000 open, payer 5,000 on account).
# 15 (fix39b): No/NO/Q/H/Wk/FY/Nr are a count only before 1-2 digits (wire_told.wire_like):
# one wire listed twice noted 水单NO8812345, No8812345 or Q8812345 is counted once: 4,985 open
# (was 0); TT/T/T before a yymmdd within a year of the row's day is a date: two wires noted
# TT250420 or "T/T 250420" both counted: 0 open (was 4,900, the 5,000 deleted).
# 15 (fix39b): a bank's slip under one invoice is weighed against the day's rows sharing its
# reference only (lump_wires.wire_rows): 14,965 "TT-5" under INV-1 beside INV-1 10,000 and
# INV-2 5,000 "TT-5" and INV-3 3,000 "TT-9", bank list after: 0 on account (was 14,965).
# 15 (fix39c): a hidden tab whose header is a ledger's (出口台账: Bravo's PI-91..93, 3 × 5,000)
# with one far entry (IV65536 .xls, GS100000 .xlsb) refuses the file, named as hidden, instead
# of being passed over: Bravo 0 → refused (was imported without Bravo's 15,000 open).
# 15 (fix39c): an .xls FORMULA date shown as a month alone (=DATE(2025,4,1) as 2025年4月) is read
# as the month's end and named: received 2025-04-01 → 2025-04-30, as the same xlsx cell is.
# 15 (fix39c): an .xls's hidden spare tabs with far entries whose grids together pass 30 M cells
# refuse the file (8 × IV65536: imported 5 orders in 8.8 s / 4.2 GB → refused, 1.3 s / 34 MB);
# an .ods's hidden spare tab with a far entry beyond the cap (CV1000000) is passed over, emptied
# in the copy calamine opens: refused → 3月's 5 orders imported, as its xlsx.
# 15 (fix39d): a row listed_twice drops is set aside whole (set_aside_lines, schema 21) with
# the references its pair shared; an import making each an order's number puts it back:
# Lima's bank list 5,000 and 4,900 noted "K-7" (Tokyo's order) imported before the ledger:
# 0 open (was 4,900, the 5,000 deleted), as with the ledger first.
# 15 (fix39a): a receipt's note owing, asking for or set against a deposit's refund (待退定金,
# 应退定金, 申请退定金, 客户要求退定金, 退定金中, 扣退定金) or naming a cancelled order's sum
# (退订金额) is no refund: Roma's -15,000 or +15,000 row: 7,000 credit, no list (was 8,000
# open, black); a receipt row written positive and noted 退款 stays money sent back.
# 15 (fix39a): a return row noted 第二批退货, 又一次退货 or 退货（第二次） is a return after the
# one a sale's note names, as 第二次退货: MT-1 noted 退货3000 and April's -3,000 row: 3,000
# credit, revenue 9,000 (was 0, 12,000); 客户没有再退货 no longer reads as another return.
# 15 (fix39a): a return row of an order whose buyer is written with another form of the name
# (Mumbai Mart Ltd, Mumbai Mart (India): core.similarity.alike, or the clerk's merge) is the
# one a sale's note 退货3000 names, in either order of the files: 0 credit, revenue 12,000
# (was 3,000 credit, revenue 9,000: the return counted twice).
# 15 (fix39a): a refund row (金额 0, -3,000, 退款) re-sent next month with its day corrected
# (04-20 → 04-22) replaces the stored one, never taken for a later payment: MT-1 3,000 open
# in either order of the files (was 6,000: the refund counted twice).
# 15 (fix39a): an order whose first row is a refund or payment (a 退货 tab before the 台账) takes
# its sale's currency: MT-1 USD 15,000 with a -3,000 CNY refund: a USD invoice, 416.70 open
# (was CNY 107,991.36, nothing open, the 3,000 filed as an exchange difference).
# 15 (fix39a): a 退货 tab's 退货退款 row (金额 0, -3,000) before the 台账 tab whose sale notes
# 退货3000 is that note's return: 0 credit, revenue 12,000 (was 3,000 credit, revenue 9,000).
# 15 (fix39a): a total re-sent on a later day noted 未开票 or 待发货 is no longer read as money
# still owed (payment_kinds.still_owed: money words only, 余款未收, 待付, 未到账).
# 15 (review39): a hidden tab is judged by the layouts remembered and the clerk's --map, and a
# damaged one by its first rows where still readable: a hidden 出口台账 headed 甲方 (mapped) with a
# far entry, or a hidden ledger tab cut short, refuses the file (was passed over, 15,000 and
# 995,000 gone). An invoice row's 已收 and its slip noted TT250420 / 250420到账 are one wire
# (11,965 on account → 0); 未回复, 货未到港, 待收货, "due date" are no money still owed.
# 16 (pay40): a 代付 note's name is loosely a customer's only of the same company form or none
# (paid_for.forms): "paid for Orbit Tech Ltd" beside the customer Orbit Tech LLC stays the
# payer's: LLC 5,000 open, the payer 5,000 on account (was 0 and no payer); "Orbit Tech
# Limited" beside both an LLC and a Ltd is the Ltd's: 0 open (was 3,000, the payer's). A name
# ending before a paper, at a comma or at 付款 is read whole, a start of one read to the note's
# end only before a word not capitalised: "paid for Pacific Home Decor invoice 5" with Pacific
# Ltd alone sold: Pacific Ltd 5,000 open, the payer 7,000 on account (was 0 and 2,000 credit).
# An initial's full stop ends no name: "paid for A.B.C. Home Ltd" 0 open (was 5,000, payer's).
# 16 (bad40): an .ods date shown as a month by a style kept in styles.xml (a named cell style,
# 月份) or inherited from its parent style is read as the month and named: PI-1's ship and
# received dates 2025-04-01 / 05-01 → 04-30 / 05-31 (were the 1st, without a word).
# 16 (bad40): Excel's built-in formats 27/36/50/52/57 are read by the code the file writes for
# them (an .xls's FORMAT, an xlsx's numFmt, an .xlsb's BrtFmt): [$-411]ge.m.d (Japanese R7.4.1)
# keeps 2025-04-01 (was read as April: 04-30); undefined in the file, as Chinese Excel's month
# (stored as before), its rows now named as a format the display language decides.
# 16 (imp40): a number an earlier file gave one buyer keeps that buyer's order where a sheet
# writes it for that buyer and another named first (order_buyers.owners_named): April's
# return of Metro's PO-1 imported before March's (Mumbai's PO-1 12,000 above Metro's 15,000)
# stays Metro's: Mumbai 12,000 / Metro 12,000 open (was 9,000 / 15,000; March first as now).
# 16 (imp40): the same received total re-dated later on another file's row keeps its first
# day whatever its note, unless that file is the line's revision or later copy, or holds
# 本月收款 (older_receipts.kept_day): MT-1's 4,500 of 03-10 under April's 4,500 of 04-15 is
# 0 days past due either way (was 11 March first, 0 April first), and the report says so.
# 16 (ref40): a row of money of its own, 金额 0 with 实收 5,000 (尾款) on a 收款 tab or file, is a
# payment line keyed by its sum and day (typed_rows.paid_lines), not the sale's place: 10,000
# open, revenue 15,000 in every tab and file order (was 5,000 on account; sale's file first
# revenue 0); a refund (-3,000, 退款) naming no order with 金额 blank counts as with 金额 0 (was
# skipped, 0 open → 3,000), and one without a date received is counted on its row's date and
# named (was kept out of the account or skipped, 0 open → 3,000). A sale row's 15,000 of 04-10
# restated on a 收款 tab's row (金额 0 or blank) is one wire, left on the sale (keys.written_over;
# was taken off both rows: 15,000 open, or 15,000 on account by the tab order).
# 16 (wire40): one wire on an invoice's row and a payment row is counted once in one file as
# across two: a slip 4,985 noted "K-7" (or filed under K-7) beside K-7's 已收 5,000 of the same
# day, 3,000 open (was 1,985 on account in one file); and on the bank's value day, the slip of
# TT-881 04-21 (5,000 or 4,985) beside K-7's 已收 5,000 "TT-881" of 04-20, within three banking
# days (payment_lines.value_days, a weekend not counted; was three calendar days): 3,000 open
# in every tab and file order (was 2,000 or 1,985 on account). Two slips of TT-881 on one list,
# another reference or a week apart stay two wires.
# 16 (fix40b): a date on a 1st in a built-in month id (57) the file does not define, as Chinese
# Excel writes a typed 2025年4月, is noted once, as a month without its day (cn57.xlsx: 6 notes
# for 3 cells → 3); a hidden .xls/.ods tab named as notes (全年汇总) or a hidden 模板 of the header
# alone, with a far cell, is passed over and named (was refused: f1.xls imports Alpha's 1,000).
# 16 (fix40a): a 代付 note's name is a customer's in any case where it ends at its company form
# ("paid for Pacific Ltd Balance") or is followed by payment words only (payment_words: goods,
# deposit, INV 5, May, a date, a sum): "paid for Lima Trading goods INV 5" 0 open, no list (was
# 5,000 open, 70 days, black; the payer 5,000 on account); "pacific home decor" beside Pacific
# Ltd alone stays the payer's: 5,000 open, 7,000 on the payer (was 0, 2,000 credit). A date or
# sum is no paper ("Lima Trading 2026-04-18": Lima Trading paid, Lima Ltd 5,000 open; was the
# reverse); forms of one family or within another are one firm's (Pty Ltd / Ltd, Corp / Inc,
# 股份有限公司 / 有限公司, Sdn. Bhd., GmbH & Co. KG: 0 open, was 5,000); a payer selling nothing
# is no customer its note names (Orbit Tech LLC paid in either file order; was 5,000 open
# slips first).
# 16 (hdr40): a refund's own headers are never a sale's (fields.py: 退款金额, 退货金额, 退款额,
# 退回金额, refund amount; 退款日期, 退货日期; 退货数量 no 数量). A 退货 list headed 合同号 / 客户 /
# 退款金额 / 退款日期 (a file or a tab) is money sent back: PO-1 15,000 paid, 3,000 refunded, 3,000
# open, revenue 15,000 (was a second sale: revenue 18,000); a sale's row writing 退款金额 3,000
# beside 金额 15,000 has it taken off its money received: 3,000 open (was not read, 0 open).
# 16 (fix40e): 退货金额 / 退货日期 / return amount (退货数量) are goods back, their money with them
# (退货退款): PO-1 paid 15,000, 3,000 returned: 0 open, revenue 12,000 (was 3,000 open, 15,000).
# 16 (lead): an older file's row that writes no received total leaves the stored total named
# as the later file's (core.ledger.receipt_history.named_on): May's 10,000 of 05-25 under
# March's row, May's file re-sent with 05-26 corrects it (17 days late; imp40 had kept 05-25).
# 16 (fix40c): wire40's near days narrowed: equal 5,000 instalments on K-7, Thu 04-17 and Tue
# 04-22 on two weekly lists, 0 open (was 5,000: lists vouch within 3 calendar days, banking days
# only a reference the two rows alone give); a payer's account number (汇款账号 6217001234), a
# reference on another day or order, or a slip under no invoice pairs no near day: F2/F3 0 open
# (was 5,000); TT-881 on three days 4,985 on account in every order (was 5,000 open in 4 of 6).
# 16 (fix40d): a copy's name (订单台账(1).xlsx) dates no total anew (0 days, was 11); 退票 / 重新
# 付款 / bounced / re-paid keep the later day (11, was 0: older_receipts.PAID_AGAIN_WORDS); a
# 金额-0 payment re-dated in a later-named file is one (4,500 open, was 6,000 on account); a
# sale's total restated at its value day or net of a charge is one (0 on account, was 15,000).
# 16 (fix40f): one order's payment of one sum in two lists on two days, counted twice paying the
# order beyond its amount (more than a bank's charge) where once does not, is one re-dated
# (payment_lines.overpays): 尾款 10,500 of MT-1's 15,000 in 订单.xlsx / 台账2025(1).xlsx, 04-20
# and 04-02: 4,500 open in every order (was 0 open, 6,000 on account); 5,000 + 5,000 stay two.
# PAID_AGAIN_WORDS are asked of the later day's row alone, 退票 not beside 发票 / 开票 / 重开:
# March's "3/10重新付款" or April's "客户退票，4/15重开发票" keep 03-10, 0 days (was 11).
# 16 (lead): a refund for a quality claim (质量索赔退款, 质量问题退款, quality claim refund) is a
# refund without a return (typed_rows._BOTH): PO-1 paid 15,000, −1,000 noted so, 0 open and
# revenue 14,000 (was 1,000 open, revenue 15,000).
# 17 (bad41): a template tab (模板, hidden or without a buyer's row; only 示例客户), a hidden
# tab with no buyer under its header, a 示例客户 row: passed over or skipped, named (core.ledger.
# template_tabs): 示例客户 10,000 no customer (was 10,000 open); an .xls 模板 noted 请按此格式填写
# with a far cell, or --sheet 3月 beside far spare tabs: 1 order imported (was refused).
# 17 (ref41): a return list's 退款(金额) blank, 0, 否 or 未退 keeps the money owed, a credit note
# alone (是, a date, 已退: sent back; refund_columns.listed_kinds): PO-1 paid 15,000, 3,000 back,
# 3,000 on account (was 0); one workbook's 退货金额 column and 退货 list of one return send its
# money back once (one_refund.column_marks): 0 open (was 3,000).
# 17 (ord41): a 修订 corrects its original's received total after any file (11 days, was 0 in 2 of
# 6 orders; 6,000 → 5,000: 10,000 open, was 9,000); a later tab's same total keeps its day (0, was
# 11 tabs 3月, 4月); a later-dated file's same-day figure stands (45,500 open, was 5,000 BA); 定金
# and 尾款 tabs settling an order are two payments (0 open, was 4,500 or 10,500 by tab order).
# 17 (pay41): a payment naming no order, dated by the order it pays (下单日期), is keyed by its
# date received too (keys.unnumbered_day): 5,000 a week in four weekly bank lists pay K-1's
# 20,000, 0 open in every order (was one payment re-dated, 15,000 open).
# 17 (pay41): a sale's 实收 15,000 by 04-20 beside its 定金 4,500 (03-10) and 尾款 10,500 on the
# bank's value day (04-21) naming MT-1 is those wires (receipts._running_totals): 0 on account,
# in a file or two (was 15,000); only where the total is the sale's whole worth.
# 17 (pay41): one wire TT-881 on K-7's 5,000 and K-8's 3,000 (Fri 04-18) is the bank's 7,985
# "TT-881" under K-7 on its value day (Mon 04-21): 0 on account (was 7,985; lump_wires.near_rows).
# 17 (pay41): a sale row's 退款金额 1,000 noted 质量索赔退款 (or without a return) lowers the sale
# too, as a 收款 row so noted does (refund_columns.claimed): 0 open, revenue 9,000 (was 1,000
# open, revenue 10,000).
# 17 (pay41): a number after a 代付 note's name is a paper's only after a paper's word or none:
# "paid for Lima Trading SZ260508" is Lima Trading Ltd's, 0 open (was read "Lima": Lima Ltd paid).
# 17 (pay41): a 代付 note's 客户 / customer is no one's name, and a note's later 代付 naming one
# counts: "代客户付款，代Lima Trading Ltd付款" pays Lima, 0 open (was 5,000, the payer's money).
# 17 (fix41c): a revision's 0 received (修订 says nothing came) is the line's, not "nothing
# since": 15,000 open, 87 days in all six orders (was 10,500 / 11, or April's import crashed).
# 17 (fix41c): a revision's figure of a day stands over another book's same day: March's
# 4,500 of 03-10 revised to 4,000, April carrying 4,500: 11,000 open in every order (was 10,500).
# 17 (fix41c): 台账 2025-04 修订2.xlsx revises 修订 and the original (a revision's number): 6,000,
# 修订 5,000, 修订2 5,500: 9,500 open / 8 days in every order (was 9,500 / 10,000 / 9,000).
# 17 (fix41c): a workbook's tabs 定金, 中期款, 尾款 (4,500 + 4,500 + 6,000 of MT-1 15,000) add as
# three payments in any tab order: 0 open (was 9,000 open / 46 days, or 10,500).
# 17 (fix41c): a tab's name names its payment across files too: March's tab 定金 4,500, April's
# tab 尾款 10,500 of MT-1 15,000: 0 open in both orders (was 4,500 open / 16 days).
# 17 (fix41b): a number ends a 代付 note's name only after a paper's word or as the note's last:
# "paid for Studio 54 Ltd" pays Studio 54 Ltd, 0 open (was Studio Ltd's: 5,000 open, stop-loss).
# 17 (fix41b): one wire naming no order on the clerk's Fri 04-18 and the bank's Mon 04-21 (value
# day) is one payment, as a numbered one is: 15,000 of K-1's 20,000 open (was 10,000).
# 17 (fix41b): a payment row worth 0 with its 下单日期 blank is dated by its date received: a
# weekly bank list's 5,000 taken, 15,000 open (was the whole list refused, 20,000 open).
# 17 (fix41b): a 定金+尾款 or running total made up less a bank's charge (4,500 + 10,475 for
# 15,000) is those wires: 0 on account (was 14,975 / 10,475).
# 17 (fix41b): a 定金+尾款 total by Sunday 04-20 beside its 尾款 of Friday 04-18 is those wires
# (receipts._running_totals): 0 on account (was 15,000).
# 17 (fix41b): a payment naming no order is keyed by its date received, 下单日期 column or not:
# one wire in a weekly list and the bank's export, 10,000 open (was counted twice, 0 open).
# 17 (fix41a): a return list's 退款 word but yes/已退/a date/a figure (不退, ×, pending) keeps the
# money owed, named: 5 × 3,000 on account 15,000 (was 0); a blank 退款金额 beside its 退款日期
# refunds the return: 0 on account (was 3,000); a hidden 模板 (2) holding a buyer's row, and a
# buyer named Sample Customer Supplies Ltd, read: Oslo AS 12,000 open (was gone; file refused).
# 17 (fix41a): a 退货金额 column's return that a list with a 退款 column writes: the list says the
# money (one_refund.put_back): refund blank 3,000 on account, 1,000 2,000 (was 0 both); a 收款
# tab's refund dated in its 收款日期 no longer named as having no date received.
# 18 (yb42): a year book's 定金 row carried unchanged onto the next tab is one payment, not two:
# 3月/4月 4,500 of 03-02, 5月 尾款 10,500 of MT-1 15,000 settle it, 0 open (was 4,500, 46 days).
# 18 (ref42): a 退货金额 total a 退货 list writes as 1,500 + 1,500 is one return: credited 3,000
# (was 6,000); CN-2504 noted "PO-1退货3000" credits PO-1: PO-0 10,000 open (was 7,000); a
# 退货金额 return another file lists refunded is refunded once: 12,000 received (was 9,000);
# a 退货 list naming no currency is in its order's: 3,000 EUR credited (was 2,777.78).
# 18 (pay42): 6,000 更正 under 10,500 is the total (10,500 open, was 6,000); a 定金+尾款 total
# beside its 定金 alone: 10,500 open, 0 on account (was 0 / 4,500); B2B, 3M, Y2K no wire's
# reference (two instalments 10,000 open, were one: 15,000).
# 18 (yb42b): a year book's tab of an older month read after a newer one (5月, 3月, 4月) keeps
# the newer's figure: 15,000 of 05-20 over 4,500 of 03-02, 0 open (was 10,500); tabs 定金 and
# 中期款 (now a payment's name) of one day are two payments: 0 open (was 9,000 or 10,500).
# 18 (ord42): a month's file sent again (its name imported before) corrects its same day over a
# later month's book, and a file naming no month is dated by its latest order's month: 45,000
# typo re-sent as 4,500 of 03-10, 45,500 open in both orders (was 45,500 / 5,000); named.
# 18 (fx42a): a credit note noted "PO-1 SF-200退货3台" credits PO-1 sold in another file, either
# order (was PO-0 3,000 received, 7,000 open); a column's 3,000 is one of a list's two 3,000
# returns (0 open, was 3,000 on account); its parts listed so far, 1,500: credited 3,000, 1,500
# on account (was 4,500, 0).
# 18 (fx42c): a total noted 定金4500+尾款10500 beside one part's row stands (0 open, was 10,500
# or 4,500); only a note about the received money (更正, 实收更正) corrects it (更正单价: 6,000
# open, was 10,500); a buyer's name's word (A1, 88), a bare year, 1/3 or T/T 2025- ties no two
# instalments (10,000 open, was 15,000).
# 18 (fx42b): a re-sent month corrects only a figure it changed (file_receipts, schema 22): 6,000
# open (was 10,500); carried 定金 + May's 尾款: 0 open (was 4,500); 5月-first year book keeps the
# 定金's day: 10,500 open at 05-10 (was 15,000); a month-named book wins a tie with 客户台账.xlsx
# dated by its rows, and April carrying a typo March corrected: 45,500 open (was 5,000).
# 19 (pay43): a tab's 6,000 更正 under 3月's 10,500 stands, either tab order (11,500 open, was
# 1,000 or 6,000); 定金4500+中期5000+尾款5500 names 中期 a part (0 on account, was 9,500); "INV
# 2025/017" a wire's reference (15,000 open, was 10,000); a revision re-dating its row a week
# is that payment, either order (0 open, was 5,000 on account in one).
# 19 (ord43): a re-sent month's figures follow its line's key when the order or customer is
# renamed (a long number typed, a re-key): 45,000 typo re-sent as 4,500 after April's 9,000,
# 45,500 open (was 41,000); 台账 2025-03 v2.xlsx revises 台账 2025-03.xlsx: the typo file
# imported after it, 45,500 open (was 5,000).
# 19 (yb43): a year book's tab month takes its year from its rows (2025年台账's 12月 of 2024's
# orders: 0 open, was 10,500); tabs named 定金1/定金2 or 定金/尾款 are payments (0, was 9,000 or
# 10,500); a carried 定金 copy with no note keeps the noted one (0, was 4,500).
# 19 (list43b): a bracket naming any UN member's name in either language (Acme (Tunisia) SARL,
# 华美（拉脱维亚）) is a subsidiary, not an end customer: 0 "differ only in brackets" notes (was
# 1 a pair); the country table 73 → 242 names.
# 19 (ref43): a return column's parts in other files are its return (April's 1,500 + May's
# 1,500 of 3,000: 0 on account, was 1,500; a list's 1,500 + 1,500: credited 3,000, was 6,000);
# -3,000 received, 状态 退货, of a sold order: its return and refund (was refused); a list naming
# no currency before its EUR sale: 3,000 EUR (was 2,777.78).
# 19 (ord43b): a month's file corrected and imported again from its own folder takes its own
# figure of the day: 45,000 typo re-imported as 4,500 of 03-10, 45,500 open (was 5,000).
# 19 (fx43b): under 本月收款 a 更正 is the month's money, one row's 更正 no vote on the file's
# figures (1,000 / 22,500 open, was 11,500 / 27,500); 中期2批 no part (0, was 4,500 on account);
# a revision moving its row over a month's end is that payment (0, was 5,000 on account).
# 19 (fx43c): a trailing v2 revises only its own name without it: 台账 2025-04 v2 then 2025-03
# v2, 45,500 open (was 5,000); 客户台账 v2 beats no later-dated total (0 open, was 30,000); 修订
# v2 over 修订, 2025-03v2, V2版, (v2), 【V2】, 第2版 are revisions (45,500, was 5,000).
# 19 (fx43e): "ABC Agency (Chad)" (Georgia, Jordan), 华美（中非贸易） beside "ABC Agency", 华美:
# 1 "differ only in brackets" note a pair (was 0); "Apex (Côte d’Ivoire)", "Apex (Trinidad &
# Tobago)" beside "Apex (for Lidl)" a subsidiary's: 0 notes (was 1 each).
# 19 (fx43a): -3,000 noted 退货款 多付 is a refund, not a return (revenue 15,000, was 12,000);
# -3,000 状态 退货 of a cancelled order its deposit's refund (0 on account, was 3,000), before
# its sale's file held (credited 3,000, was skipped); a 退货 list re-sent 1,500 → 1,200 from
# another folder replaces it (300 on account, was 1,200 open).
# 19 (ret43): a 退货/Returns/RMA tab's plain +3,000 row of a sold order is its return, a credit
# note (revenue 12,000, 3,000 on account; was the sale's line replaced: revenue 3,000).
# 19 (key43): an order's lines re-sent in another row order match by quantity, unit price,
# amount and invoice number before place (core.ledger.alike_lines): MT-1's two lines swapped
# keep their figures (2 unchanged, was 2 "corrected"); a line added between two: 23,000 open
# (was 18,000).
# 19 (fx43d): a book's month tab is the book's year unless its month's rows are all of the
# year before (0 open, was 18,000/13,500); 定金/尾款/收款 tabs are payments not paying over
# (4,500, was 9,000; 0, was 7,500/10,500); an undated 12月 total kept (0, was 15,000); a month's
# file over a year book of that month (45,500 in both orders, was 5,000 in one).
# 19 (fx43i): a line corrected to look like its order's other line keeps its own place (key43
# matched it to the other's): MT-1's A corrected to B's 20,000, 30,000 open (was 20,000).
# 19 (fx43h): -3,000 状态 退货 of an order one line of which is 取消 its return (0 open, was
# 3,000); tabs "Returns April", 退货登记, 客户退货 returns (revenue 12,000, was 3,000); a note
# 到账金额更正 corrects the money received (12,500 open, was 2,000).
# 19 (fx43j): a 2025 book's 1月 of 2026 rows is January 2026, last December's tab stays 2024
# with a row of January (0/18,000/11,000 open, was 15,000/0/10,500); 生产进度 is no payment tab
# (5,000, was 500); a book and its month's file: the later imported again (0, was 10,500).
# 19 (fx43k): a noted total's part must be dated by its day (May's 定金 4,500 is 4,500 on account,
# was 0; 4,500 open, was 9,000); 客户台账 v2 takes no later copy's 05-20 (0 open, was 4,000); a
# payment row naming no currency is in its order's (EUR 定金 a part: 0 on account, was 4,500).
# 19 (fx43g): key43's matching also for one row, beside a payment row, a row near no line new,
# a priced carried row a line not a balance; V2.0/修改版 revisions: April's only B 5,000 open
# (was 20,000), A C B 23,000 (was 8,000), C B 13,000 (was 0), V2.0 copy 45,500 (was 5,000).
# 19 (fx43l): 2025-04/收款.xlsx then 2025-05/收款.xlsx both count (20,000 open, was 25,000);
# 退货款/多付 -3,000 on an order not overpaid its return (0 open, was 3,000); a 退货 tab's row of a
# cancelled order no credit (5,000 open, was 2,000), one whose 状态 is 已退款 a return (was a sale).
# 20 (key44): 台账 修改后/修订后/更正后 revises its month (typo imported after it: 45,500 open, was
# 5,000); unnumbered rows of one buyer and day re-sorted matched by likeness (A's 10,000 stays
# A's: 20,000 open, was 10,000; B's USD paid on A's EUR line no more); PO-7 of 华美 and of Kobe:
# each buyer's rows matched against its own order (华美 20,000 open, was 10,000 or 40,000).
# 20 (yb44): a 收款 tab's 日期/金额 rows receipts (0 open, was 15,000/25,500); newest tab first
# beside 收款 wires 5,000 open (was 0); 12月's undated 20,000 stored 12-31 (was 11-10 or none);
# its payment tabs' over-payment rule taken back after rv44y2 (tab order made a payer black).
# 20 (pay44): a 收款 row's blank 币种 cell is its order's (EUR 10,000: 0 open, was 800; its
# bank re-listing, deposit naming no order and revision day rules taken back by fx44p).
# 20 (win44): a bracket of a country and its city or state (华美（美国纽约）, "Apex (UAE, Dubai)",
# core.cities) is a subsidiary's place, as the country alone: 0 "differ only in brackets" notes
# beside 华美 (was 1); fx44w: its own country's city, in English before it too ("Apex (Dubai,
# UAE)" 0 notes, was 1; "Apex (USA Dubai)", 华美（美国迪拜） 1, was 0).
# 20 (fx44y): 12月's undated 20,000 in a book kept to 12-10 stored 12-10 (was 12-31,
# Kobe 16 days overdue by the default as-of, now 0); tabs 收款明细, 3月收款, Receipts 2025, 收款
# with 付款方式/业务员: receipts (0 open, was 15,000 or 25,500).
# 20 (fx44k): an unnumbered row sent alone matched (30,000 open, was 20,000); a blank 发票号
# counts after exact matches, quantity or amount before price (50,000 sold, was 60,000; PO-5
# 80,000); currency part of likeness; 修改后 revises its 修改前 copy (45,500 open, was 5,000).
# 20 (ret44): a returns tab's 退款金额 is its refund (0 on account, was 3,000); a return in EUR
# keeps the USD sale (15,000 USD, was 13,888.89 EUR) and is named. (April's and May's lists
# both counted, and fx44r's cut of a refund to what its order received: taken back.)
# 21 (key45): a sale never takes a stored credit note's place (May's corrected A beside a -500
# note: A stays its line). Its currency and quantity-and-price corrections were taken back
# (fx45k): a blank 币种 made EUR USD, and two lots one month apart were read as one.
# 21 (fx45c): a carried row's blank 币种 keeps its line's currency, its written word and its order's
# (DN-3 70,000 人民币 in April, blank in May: 70,000 USD open → 9,723; June's 20,000 paid: open
# 0 → 6,945), and its written 实收币种 (EUR PO-7's 5,000 USD received: 5,400 open → 5,800);
# only where the stored line's row wrote it (fx46c: April blank under USD, base then set to CNY,
# May's 70,000 stayed USD, 359,971 CNY open → 50,000); a stored order's own row leaving 币种
# blank, a return or payment (not a sale: a number reused a year later went watch → black), is
# in the one currency its sales wrote, and a blank first row keeps the order's where a stored
# line said it (June's -35,000 return of DN-3: open 0, off every list → 4,862, black).
# 22 (fx47r): a payment's row naming no 币种 is in its 收款币种 / 实收币种: June's 收款 list paying
# 2,000 USD on DN-3's 70,000 人民币 took 2,000 CNY off (9,445 USD open, now 7,723; EUR 7,563);
# not where the sheet has two received figures or an unread money column, nor a 收款 list refund,
# nor where so read it would pay its order far more than it owes (named; 7,723 kept).
# 23 (bal47): a payment's row (a 收款 list or tab, a row typed 收款) with a 余额 / 未收金额 / 欠款 /
# 应收余额 column: its amount is the money, the column what is left, not subtracted from it (June's
# list paying 2,000 USD on DN-3's 70,000 人民币, 余额 68,000, stored -66,000 received: 9,723 USD
# open → 7,723); a sale's row reads its received as its amount less the column, as before.
# 24 (dep47b): a 台账 row worth nothing (金额, 已收金额 blank) writing only 定金 / 尾款 is read as
# the same row with that figure in 已收金额, on its date (May's row of DN-3, 定金 3,000 of 05-02,
# was skipped "no amount": 15,000 USD open → 12,000; 定金 2,000 实收币种 USD on a 70,000 人民币
# order: 9,723 → 7,723 USD); not where its note says 待收 / 未收 / 应收 or its header 应收定金
# (skipped as before); a payment row of the sum and day of a 定金 / 尾款 its order's row writes
# is that deposit, dropped (April's sale row with 定金 3,000 of 04-12 re-listed by May's row,
# month tabs or files: 12,000 open, not 9,000; the same with 已收金额 3,000: 9,000 → 12,000).
# 25 (fx48b): a payment read in its 收款币种 is weighed for paying more than owed against what
# its order owed when the money came: a return or credit note dated after it left out (9,723
# USD paying 70,000 人民币 in full, July's 7,000 returned: 7,400 USD open, black → 0, 972 owed
# to the buyer); what settles the order is still weighed against what it owes now.
# 26 (rf48): a 收款 list's negative sum noted 退款 is money sent back in its 收款币种, as a 台账's
# refund row is, judged with its file's rows of its order (Ningbo's DN-3, 70,000 人民币: 2,000
# received USD and -500 USD noted 退款: -500 人民币, 7,792 USD open → 8,223). The sign alone
# says nothing, as before (rv48r, rv48r2: read so it black-listed paid buyers).
# 27 (dep48): a 尾款 on the sale's own row written without its 尾款日期, the row with a 收款日期
# and no 已收金额, is dated by the 收款日期 (counted paid on time from the start: 0 open at 05-31
# → 12,000 open at 05-31, paid 06-10, 31 days late); not under 预计 / 计划收款日期 nor noted 未付 /
# 催款 / 尚欠. A 定金 / 尾款 row of its own without its date stays skipped (rv48d, rv48d2).
# 28 (acc49): a return or credit note whose 出货日期 is blank is dated by its row's 下单日期 when a
# payment read in its 收款币种 is weighed against what its order owed when the money came (stored
# in order_lines.row_day, schema 23): DN-3's 70,000 人民币 paid by 9,723 USD in June, July's
# -7,000 退货 row dated 07-05 with no 出货日期: 7,400 USD open, black, named → 0, 972 owed to the
# buyer (dated before the payment, or stored before, it counts, as before). 美圆 / 日圆 read as
# USD / JPY (were no currency: a 收款币种 of 美圆 paying 70,000 人民币 left 8,372 black, rv49a).
# 29 (acct51c): a row saying a later lot (第二批, 第2批, "2nd lot", 尾货, "balance shipment") whose
# 出货日期 is blank, no dated row of its invoice on the sheet saying that lot, is stored as not
# shipped (ship_date_known 2, as 未出货; unsent_lots), and beside a stored line shipped that said
# none of its lot words it is a lot of its own (lot_words.waits_apart): Lagos's L-1 第二批 6,000 to
# ship in July beside 第一批 shipped 03-01 and paid: 0 open in May (was 6,000 overdue 61 days,
# black); on a tab or in a file of its own, revenue 12,000 (was 6,000, read as 第一批's line).
# 30 (acct51a): an order deleted from next month's copy of the ledger, that copy listing every
# other line of the earlier file again, is stored cancelled by the later file (core.ledger.
# deleted_orders): Nordic's 15,000 OA 60 left out of August's copy of July's file, owed and
# black in November → cancelled, named; listed again later, it stands again, named.
# 31 (acct51b): a received figure typed on the wrong sale row and moved to the right row in the
# next month's file (the first row's 实收金额 / 收款日期 emptied) is taken off the first row where
# the earlier file is re-sent whole, its day and sum each the other's only match (rv51a: June's
# 9,600 of 06-18 on Castello's row, July's on Casa Bella's: Castello 0 open, 800 credit →
# 8,800 open, black at 08-31, 82 days; its own 8,800 of 10-20 read 9 days late → 133); otherwise
# both counted and the pair named (core.ledger.moved_receipts).
# 32 (acct51e): that move is taken only where the later file re-sends another of the earlier
# file's received figures with its day (a copy of its receipts), one customer's two orders
# too (rv51d: a firm writing each month's receipts, Alpha's A-1 10,000 of 06-30 blank by habit
# in July beside A-2's late slip of 06-30: 10,000 open, watch → 0 open; another buyer's row
# paid again in July no longer passes for a copy: Alpha black at 08-31 → 0 open); one
# workbook imported each month under one name moves it too (Alpha 0 → 10,000 open, watch).
# 33 (acct51g): a row is stored as a later lot not shipped (acct51c) only where its notes,
# product or status say a later lot in words meaning only that (第二批, 第2批, "2nd lot", "second
# shipment", "balance shipment"; not 二批商, 尾货处理, 余货, 补发, "second batch color", "LOT 2"),
# its status does not say it shipped (已出货, 第二批已发) and no other ship-date column (ETD, 提单
# 日期) dates it; a later file without a 出货日期 column makes no lot of its own of a row noted
# 补发. rv51c: Zulu (第二批 已出货) 6,000 → 12,000 open, Echo (ETD 04-10) 6,000 → 12,000, Tango /
# Victor / Whiskey 6,000-7,000 → 10,000-12,000 (their undated 2nd rows owed again, as before
# acct51c), Kilo (部分破损已补发 re-listed) revenue 12,000 → 6,000.
# 34 (acct51f): an order a later copy of the ledger leaves out is not taken as deleted where
# another file lists it (a 催款 workbook of the unpaid orders, imported before it or the month
# before: listed_apart, schema 24; rv51c f1/f2: Omega's 15,000 black at 07-31, 0 and on no list
# with acct51a), nor where the account has it paid within the firm's tolerance (f14: 3,000
# received 2,970, Omega open 4,030 → 7,000); a left-out cancellation listed again by a file
# dated before it stands again, its file's name no longer dropped by the writer.
# 35 (lead, read-through): a copy of the ledger that both leaves out a deleted order and moves a
# receipt to its right row: the deleted order's line (deleted_orders.left_out) is no gap in
# the earlier file re-sent whole for the move either (moved_receipts, as payments_seen and
# corrected_payments already pass it over): Castello 0 open, only named → 8,800 open.
# 36 (acct52d): a sale paid short whose 备注 names the buyer's deduction of the shortfall
# (扣索赔500, 客户扣佣金3% EUR1200, "less claim USD 500": noted_deductions; its invoice's rows
# weighed together) is a credit note of it: Nordhaus 540 USD open, black → 0; Bella Casa 1,296
# USD open, watched → 0 (rv52a's year: May watch → none, Jun-Aug watch → white).
READER_VERSION = 36
# the first reader to read a later file's lot as a line of its own (lots35): an import by an
# older one may have made up a lot's balance as received (core.ledger.lot_balances)
LOTS_APART = 13
