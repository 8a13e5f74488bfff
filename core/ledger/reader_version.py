"""The reader's version: part of every import key, so a release that reads rows otherwise
has a firm's files read again the new way when it imports them again (kept apart from the
importer, whose length it would otherwise be: one line of history a change).
"""

# Which reading of a ledger an import used. A file is "already imported" only when imported by
# this reader; bump it when a release reads rows otherwise, so a firm told to import its last
# months again after an upgrade gets them read the new way (updated, never counted twice).
# 2–10: what each read otherwise is in docs/reader_versions.md.
# 11 (recv33): a month's receipt written without its date (本月收款) is dated by the end of the
# month its tab or file is named after (core.ledger.stored_receipts._dated): April's 5,000 was
# counted on March's or May's day, or lost where April's file came first; a receipt a workbook
# re-sends re-dated replaces its own one where two receipts carry the file's name
# (core.ledger.month_parts._own: counted twice, 12,000 received of 8,000); a kept-out older
# file no longer gives its name to the total's step (core.ledger.receipt_history.read).
# 11 (break33): a file's name giving its month without a year (5月台账.xlsx) dates it as a
# tab's does, the year from its rows (core.ledger.older_status.file_day): a slow May's 已恢复
# was kept out under April's file even imported in order (T-2 cancelled, 6,000 open where
# 11,000 is).
# 11 (break33): a carried row's 正常 (the template's default on next month's tab) keeps out
# no older file's 有争议 of a row not carried (core.ledger.older_status.FileStatus.settled), as
# imported in order it lifts none: April's file imported before March's no longer lifts T-2's
# dispute (11,000 open where 6,000 is, with 5,000 disputed).
# 11 (break33): a status word spaced out to line up with the column's 已取消 (取  消, 作 废,
# 争 议) reads as the word, not a plain one (core.ledger.normalise.parse_status): a cancelled
# order shipped as planned was owed, 15,000 open and 41 days late; 未 取消 read as cancelled.
# 11 (late33): a payment row whose note says the money went back to the customer (退汇, 退回货款,
# refund), or a row typed 退汇, is received negative, a refund (core.ledger.typed_rows.is_refund):
# Rio's 2,000 sent back was 2,000 more received (typed 退汇 and negative: a credit note). A 收款
# wire whose note names one invoice of its customer is no lump-sum slip of the day's invoices
# (core.ledger.noted_orders): Cairo's 8,000 for C-3 was cleared as C-1's and C-2's. A ledger
# re-sent whole whose one payment now has its invoice written in counts it once (core.ledger.
# corrected_payments._alike): Kiev's 5,000 was twice; so does one wire in two lists sharing no
# line (the 收款 tab under K-1, the bank's list without a number), its line without a number
# dropped and named (core.ledger.invoiced_payments).
# 11 (status33): another file listing a cancelled row's lots without it,
# 已恢复, removes the second lot's earlier line as the cancelling file itself does
# (core.ledger.own_rows.elsewhere): Tunis 10,000 open, no longer 12,000; the cancelling file
# imported after it adds no line and keeps its 8,000 out (own_rows.kept_behind): no longer
# 18,000. The line left over gives the lot its due date (a numberless order's terms, Incoterm
# and salesperson) where the lot says none (core.ledger.leftover_lines): due 06-15 as another
# file wrote, 15 days past due at 06-30, no longer 29.
# 11 (pay33): an earlier file whose one payment a later file corrects
# while changing every sale of it is re-sent (core.ledger.write_counts.WriteCounts.listed):
# 6,000 → 6,500 no longer pays 12,500 (500 open where 6,500 is); a payment re-dated is paired
# by its note, else the nearest day (payment_lines.likeliest), not by its rank: 04-10 → 04-12
# beside May's own wire of 05-10 no longer counts 3,000 twice; a payment moved to the right
# customer or invoice on another tab of the file is a move (moved_payments): Nairobi no longer
# keeps Lagos's 6,000; an earlier file imported after the later one that moved its payment
# leaves it moved (Lagos no longer 6,000 open).
# 11 (break33b): a received total equal to the deposit, stored on or before the deposit's day,
# read again with the same figure on a later day keeps its day: the deposit still, the clerk's
# running total re-dated, not the balance (core.ledger.beside_deposit.still_deposit): February's
# 5,000 of 02-10 and April's 5,000 of 04-20 beside a 5,000 deposit read the order paid. A
# month's receipt (本月收款) of a file named after the same month as the one that wrote a stored
# receipt restates it (core.ledger.month_parts._own): April's file sent again renamed counted
# its 5,000 twice. A month's receipt without its date in a file or tab named by its month
# without a year (4月台账.xlsx) is dated by that month's end nearest the line's other receipt
# (core.ledger.stored_receipts.month_end): it was left undated, counted on March's day or lost.
# 11 (break33c): a payment's note that only speaks of a refund (a returned wire's fee, 扣退汇
# 手续费; 未退汇, 定金不可退款, non refund; a wire sent again, 已退汇重发; a tax given back,
# 退还增值税款; bank charges the buyer refunds, refund of bank charges) is money in
# (core.ledger.typed_rows._ASIDE): Lima's 5,000 for L-2 was a refund, 10,000 open, Lima black.
# 11 (break33c): a payment whose note names an order (PI-2025-031 balance), or a number
# written as its customer's are that it does not list (K-3 定金, another buyer's
# PI-2025-017), is no copy of another order's received figure of its day and sum, nor
# the one wire of two lists (core.ledger.receipts.booked_twice, core.ledger.noted_orders):
# Kiev's wire for PI-2025-031 was cleared as K-1's, PI-2025-031 5,000 open.
# 11 (break33c): a column headed 摘要 (a bank's list of slips) is the note, where no 备注 or
# 说明 is (core.ledger.fields): the invoice a slip named there went unseen, the slip taken
# for the ledger's K-1 wire of its day and sum and dropped (PI-2025-031 5,000 open).
# 11 (break33c): a row with 金额 blank and 已收金额 -2,000 whose note or 类型 says 退汇 is a
# refund (core.ledger.received_only): it was skipped ("no 金额, only -2,000.00
# received"), Rio shown all paid where R-2 has 2,000 open.
# 11 (tabs33): a month's receipt without its date is dated by its tab's or file's month on the
# line's first import and on a workbook's later tab too (core.ledger.stored_receipts.Bases.
# first): 12月 of 台账 2025.xlsx imported first lost its 5,000 to the next file's receipt, and
# a 12月 tab after 11月's took November's day; that month's year, where no name
# gives it, is taken by one rule with the file's day (core.ledger.tab_month.tab_year: the rows'
# order dates, a tab of balances brought forward the first such month at or after most of them,
# else the line's other receipt); a name "2025-03_04" is March to April, an undated receipt of
# it counted by 04-30 (was 03-31).
# 11 (deposit33): a received total equal to the deposit stored without a date is the deposit so
# far too, and so is one dated within a week of the deposit (its slip booked again: 02-12), and
# read in either order (April's 5,000 of 04-20 first, February's undated after)
# the earlier state keeps its day (core.ledger.beside_deposit.still_deposit): both orders read
# D-1 5,000 open, black at 06-30, no longer paid. A month's file named after the same month
# with another figure, both receipts dated in that month, corrects its receipt
# (core.ledger.month_parts._own): 5,000 of 04-20 re-sent renamed as 5,200 of 04-22 is 9,200
# received, no longer 14,200 (5,800 open where 10,800 is), and the report says so.
# 11 (break33d): a later file's stored payment dated after an earlier file imported late is no
# later figure of one of its payments (core.ledger.corrected_payments._Sources.unpaid): May's
# instalment of 05-20 no longer drops April's 04-20 (5,000 open where 1,000 is); a payment
# re-dated under another reference (TT-1 04-20, TT-9 04-28) is named, both counted
# (payment_lines.sure): TT-1 was dropped, 4,000 open where 2,000 is credit; a move to another
# customer needs the files to share a payment (moved_payments.vouched): another buyer's wire
# of the same day and sum on a tab started anew no longer drops Nairobi's 6,000.
# 11 (repro33): a payment in a month after every payment of the other file is later money,
# though that file holds an order of that month (corrected_payments._later): April's file with
# an order of 05-03 no longer takes May's 4,000 of 05-02 for its 04-20 re-dated (5,000 open,
# was 9,000), in either order; a re-dating within the month is still a correction. A file
# named as another's revision (台账 2025-04 修订.xlsx, core.ledger.revised_files) is the later
# one: the original imported after it no longer moves Lagos's 6,000 back to Nairobi. One wire
# split over invoices in one list (N-1 5,000 + N-2 3,000) and whole in another (8,000) is
# counted once (core.ledger.invoiced_payments._split): 5,000 open, was 3,000 credit; so is
# a wire a re-sent ledger splits over invoices (core.ledger.moved_payments._split): April's
# 6,000 as May's N-1 3,000 + N-2 3,000, 6,000 open, was nothing.
# 11 (files33): a receipt word spaced out in the status or type cell (收  款, 回 款) reads as
# the word, by the status words' own reading (core.ledger.normalise.word_text in
# core.ledger.typed_rows.is_receipt): a wire's row with 金额 blank was dropped without a word
# (13,000 open, 80 days past due, where 8,000 open, 9 days is).
# 11 (files33): two files dated to one month's end are told apart by their rows' latest dates,
# and a row's date past the last month its tabs or name are named after dates no file
# (core.ledger.older_status.file_day): April's file with a 5月 tab begun with a wire of 05-02,
# or with a wire's year typo'd (2026-04-29), kept out or undid May's 已恢复 (Tunis 6,000 open
# where 11,000 is); such a date more than 3 months past is named in the report.
# 11 (files33): under 本月收款, a copy of a file (台账 2025-04 (2).xlsx, “- 副本”) giving a
# receipt otherwise on its day, or re-dated, is the later-saved one in either order
# (core.ledger.file_copies in core.ledger.month_parts.with_month): the copy imported last
# decided (Cairo 2,500 or 2,000 open), and a re-dated 5,000 counted twice (1,000 open where
# 6,000 is).
# 11 (break33e): a received total equal to the deposit, dated on a day the order's terms make
# no balance likely (02-20, before an OA order's 03-01 shipment), is the deposit so far too
# (core.ledger.beside_deposit.still_deposit): April's same 5,000 of 04-20 re-dated, D-1 5,000
# open, black at 06-30 in either import order; imported in order it read paid.
# 11 (review): a payment's note that speaks of a refund deducted from it, offset against it,
# only asked for or refused (货款10000，已扣退款500; 抵扣上月退款后余额; 客户要求退款，已拒绝;
# payment less refund) is money in, not a refund (core.ledger.typed_rows._ASIDE): a 5,000
# receipt was read as 5,000 sent back, the customer 10,000 open.
# 12 (print34): a customer's name read with its round brackets' width and spacing as typing
# (core.ledger.normalise.customer_key): "ABC Trading（HK）", typed by a Chinese input method,
# is the customer "ABC Trading (HK)", no longer a second one holding half its account.
# 12 (refund34): a payment's note saying the value of goods sent back was set against what is
# owed (退回货物货款抵扣, 退回货物款冲抵货款) is an offset, money in, not a refund
# (core.ledger.typed_rows._ASIDE): Lima's 5,000 for L-2 was 5,000 sent back, 10,000 open, Lima
# black.
# 12 (refund34): a credit note or refund whose type or note says goods returned and their money
# refunded (退货退款, 退货并退款, return and refund) is read as both, a credit note and a refund
# of its sum on its row (core.ledger.typed_rows.both_lowered): typed 退货退款 it was a credit
# note only, Rio paid back shown 2,000 credit on account; noted so on the 收款 sheet a refund
# only, R-2 2,000 open 49 days past due and Rio watched. Now nothing open, revenue 13,000.
# 12 (dates34): a tab or file named "3-4月" (two months sharing one 月, "三-四月") is March to
# April as "3月-4月" is (core.ledger.tab_month): its undated 本月收款 receipt was stored undated
# (16,000 open at 04-30 where 11,000 is). A received date more than 3 months past the last
# month a file is named after whose day in that month's year falls among the file's dates is
# a typo of the year (core.ledger.beyond_dates.read_typos): 2026-04-29 in April 2025's file
# counted Lima's 3,000 a year late (3,000 open and past due at 2025-05-31, where nothing is).
# A file named after a month whose rows are mostly ordered past it (1月订单.xlsx kept all
# year) is dated by its rows (core.ledger.older_status._kept_on): its 已取消 of September was
# kept out by June's 有争议 (5,000 disputed where nothing is). Under 本月收款, a receipt two
# files give otherwise on one day, neither named a copy (台账 2025-04.xlsx, 台账 2025-04
# 最终.xlsx), is the one of the file whose rows run later (core.ledger.file_copies.
# dated_after): the file imported last decided (Cairo 2,500 or 2,000 open). A workbook with a
# tab a month of undated totals (已收金额) read again is its own first reading: its first tab's
# 4,000 under its later tab's stored 9,000 was added as a month's receipt (14,000 received).
# 12 (pay34): one wire two lists read otherwise, under one reference, is counted once, named
# with both rows (core.ledger.payments_seen._read_otherwise, core.ledger.payment_lines.
# bank_read): the ledger's 5,000 and the bank's slip's 4,985 of that day (its charge), Nairobi
# 8,015 open where 3,000 showed; 03-31 in March's file and 04-01 in April's or the bank's (its
# value day), 8,000 open where 3,000 showed, April's re-sent file's 04-01 a correction now
# (core.ledger.corrected_payments). A note's references are read whole and in any style
# (core.ledger.noted_orders.reference): C3 names C-3 (Cairo's 8,000 was taken for the slip of
# C-1 and C-2 and cleared), REF K-2025-118 names no invoice 2025 or 118 (the slip of two
# invoices counted again beside them, the third shown paid); a re-dated wire's TT-12 gives
# another reference than TT-1 (core.ledger.payment_lines.sure): TT-1 was dropped as TT-12's
# earlier date, 4,000 open where 2,000 credit is; a payment moved to its right customer with
# its reference typed TT881 where the earlier file had TT-881 is that payment moved
# (core.ledger.moved_payments.same_note by core.ledger.noted_orders.same_words): Nairobi kept
# Lagos's 6,000 too, 4,000 open where 10,000 is.
# 12 (recv34): under 本月收款, a month's supplement file (台账 2025-04 补充.xlsx,
# core.ledger.revised_files.supplements) adds its receipts instead of restating the month's
# file's (2,000 of 04-28 beside April's 5,000: 11,000 in, was 6,000); a receipt another file
# counted already keeps that file in the line's history when this file updates the line
# (core.ledger.stored_receipts.Bases.history): April's file sent again after May's restated
# its receipt was counted twice (6,000 open where 11,000 is).
# 12 (words34): a status cell saying goods returned and refunded (退货退款) reads as a type
# cell saying it does (core.ledger.sheet_fields.status_of, typed_rows.returned_and_refunded):
# a credit note and a refund of its sum. Read as a credit note only, Rio paid back was shown
# 2,000 credit on account; now nothing open, no credit, revenue 13,000.
# 12 (break34b): not one wire, two payments: 定金 N-1 and 余款 N-1 (or 第一笔/第二笔, deposit/
# balance) of one day within a charge (core.ledger.payment_kinds), N-1 TT-881 and N-1 TT-882
# (or "TT 881" spaced: core.ledger.noted_orders.other_references), 5,000 USD and 5,000 CNY:
# Nairobi 8,050 or 8,000 open where 3,000 is, 12,305.50 where 7,305.50 is. A payments sheet's
# row that is the bank's charge alone (-15 "TT-881 手续费") is skipped, no money from the
# customer (core.ledger.bank_charges.charge_row): 7,985 open where 8,000 is. A reference
# typed spaced ("TT 881") is that reference (core.ledger.noted_orders.wire_references): the
# bank's "TT 881" of 04-22 is the tab's ＴＴ－８８１ of 04-20, 8,000 open where 3,000 showed.
# 12 (break34a): a return's note saying its money was kept, set against the next order
# (退货退款，抵扣下批货款) or not paid yet (退款未付), is a credit note alone
# (core.ledger.typed_rows.money_kept): read as a refund too, Rio, paying R-2 2,000 short by the
# return, was shown R-2 2,000 open 49 days past due and watched. Now nothing open.
# 12 (break34a): the refund of a row read as goods returned and refunded (退货退款) is a
# payment of its own, known by its sum and day (core.ledger.file_reader._take): the bank's
# list of that refund is the same refund, counted once. Rio's 2,000 was taken off twice, R-2
# 2,000 open and Rio watched.
# 12 (status34): a file whose name names no month is dated by its month folder's
# (2025-05/台账.xlsx as 台账 2025-05.xlsx, core.ledger.file_labels.folder_dated in
# core.ledger.older_status.file_day): a slow May's 已恢复 was kept out under April's file
# (T-2 cancelled, 6,000 open where 14,000 is). A cancelled row's lots another file lists
# 已取消 (or 有争议) remove the second lot's earlier line (core.ledger.leftover_lines.taken):
# Tunis 6,000 open, was 8,000. An older file's rows a later file dropped (its 8,000 row, not
# cancelled there, above the lots) take nothing and add no line whatever their status
# (core.ledger.older_status.FileStatus.later_written, own_rows.kept_behind); lots written
# 已恢复 under a live line another file first wrote leave no line over (own_rows.
# reinstated_behind); the first file's lots count as the cancelling file's (own_rows.
# left_behind): three monthly files give 10,000 in every import order, were 12,000 or
# 18,000. A numberless order whose only line went over is removed with it.
# 12 (break34c): unmarked copies compared by the rows one alone holds (core.ledger.file_copies.
# dated_after): an order date the later copy corrected (2026 for 2025, a wrong day) made the
# earlier win, Cairo 2,000 open where 2,500 is. A received year typo'd in a file whose dates run
# into the year before is read in that year, never before its order (beyond_dates.read_typos):
# Dakar's 4,000 of 2024-12-28 open all 2025. Last year's rows in a month-named file vote neither
# way (older_status._kept_on): 1月订单.xlsx kept all year, T-2 5,000 disputed, not cancelled. A
# file read a third time corrects only the total it wrote (receipt_history.total_file): April's
# 9,000 replaced May's 12,000. "3-6月龄" (a size in months of age) names no month (tab_month).
# 12 (key34): a payment row of one sum and day on one invoice (or of a customer's day) whose
# note says another payment than the line at its place, 余款 N-1 beside 定金 N-1, N-1 TT-882
# beside N-1 TT-881 (core.ledger.payment_kinds.apart), on another tab of the workbook or
# stored from another file, takes the next place (core.ledger.payment_places): a line of its
# own, not the other's updated or shown again. Nairobi 3,000 open where 8,000 showed.
# 12 (break34d): a later tab's row in a line's place with another amount and ship date, or a
# lower amount and another quantity, is another lot of the product, a line of its own
# (core.ledger.orders.other_lot): 40 sofas shipped 04-10 on the 4月 tab were the 3月 tab's 60
# with 4,000 left, 2,000 read as received (4,000 open where 10,000 is). A receipt another
# file recorded keeps that file only while the line's total is still that receipt, and on a
# workbook's tabs saying month too (core.ledger.counted_receipts): May's own 3,000 stamped
# April's was counted twice when May's came again corrected (4,500 open where 7,500 is). A
# supplement revised or sent again (台账 2025-04 补充修订.xlsx) restates the supplement's receipt,
# one repeating the month's row leaves it the month's file's, and a name whose 补充 or
# supplement says something else (补充协议, 营养补充剂, Supplements Co) is no supplement
# (core.ledger.revised_files): each was a receipt counted twice (13,000 or 14,000 in).
# 12 (fix34a): more words say which payment of an order a note is (core.ledger.payment_kinds:
# 余额, 尾数, 剩余(货)款, 首款/首期, 二期款, 进度款, "second instalment", "rest"), an ordinal
# only beside a payment ("2nd payment", 第二笔; not "3rd party", "value date 2nd"): 定金 N-1 of
# the tab and 余额 N-1 of the bank's list the same day are two payments, Nairobi 0 open where
# 5,050 showed; "N-1 3rd party" is the tab's 定金 N-1 less its charge, 8,050 where 3,000. A sum
# glued to its currency (USD5000, 5000USD, RMB35500) is no wire reference (core.ledger.
# noted_orders.wire_references): 8,050 where 3,000. One sum on near days is one wire only where
# a bank reference or a list holding both months vouches (core.ledger.payment_lines.vouched):
# equal instalments of 03-31 and 04-01 in two monthly files or tabs, 0 open where 5,000. A
# positive 手续费 row is the buyer's money unless it says the charge was taken off (已扣,
# less: core.ledger.bank_charges.charge_row): 8,000 open where 8,045.
# 12 (fix34b): a return (退货退款) whose money was set against a named invoice, the goods'
# money or the account (抵R-2货款, 从R-2货款扣除, 冲应收, 已抵账, 与货款抵消, 对账单扣除, 客户付R-2
# 时扣了) keeps it, by the one list of offset words the refund notes read too (core.ledger.
# typed_rows.OFFSET_WORDS): Rio no longer R-2 2,000 open 49 days and watched. A type or
# status cell saying the money is not back (退货退款，款未退) keeps it as a note does: 2,000
# owed to Rio, was none. A fee not refunded (未退运费, 未退关税) keeps no goods' money: no
# credit, was 2,000. A return and refund only applied for (申请退货退款, 退货退款申请中,
# typed_rows._ASKED) refunds nothing: 2,000 credit on account, was none.
# 12 (fix34b): a far received date is read as a typo of the year only where that reading
# falls nearer the file's month than the date as written, and not before its row's order date
# or, with none, its ship date (core.ledger.beyond_dates.read_typos): 台账 2025-12.xlsx saved
# in April keeps X-1's 2026-04-10 (paid late), was read as 2025-04-10.
# 12 (fix34b): a row of its own whose status says goods came back (退货), written positive and
# not shipped, on an order another row of the sheet sells no later, is a credit note, as one
# typed 退货 (core.ledger.sheet_fields.returns_apart): Rio, paid in full, 2,000 credit on
# account, was R-1 2,000 open and watched. 退货 on an order's only row is read as before.
# 12 (fix34c): break34d's other lot only where the row's notes or product cell say so (第二批,
# 分批, 补发, 2nd shipment: core.ledger.lot_words) and its amount differs; a changed amount,
# quantity or ship date alone is the line corrected again: 95 sofas 9,500 paid on the 4月 tab
# beside the 3月 tab's 100 at 10,000 was a second sale, 10,000 overdue (0 open where 10,000 was).
# 12 (fix34c): a stored payment line of a file a sheet re-sends (the same tab listing that
# file's payments again: next month's year-to-date ledger, 台账 2025-04(1).xlsx) is the row's own
# line though its note now says another kind (core.ledger.payment_places.SheetPayments): 定金
# N-1 corrected to 余款 N-1 was another 5,000 received (2,000 credit where 3,000 is open).
# 12 (fix34c): a chosen header (--map, the dialog) is not applied on a tab where it is another
# required field's column (core.ledger.workbook_layouts.tab_layout): received_date=日期 had the
# 台账 tab's order dates taken away and the tab passed over; the tabs not applied on are named.
# 12 (fix34d): 剩余, "rest", "remaining" say the balance only beside a payment word (剩余货款,
# 剩余款, "remaining balance", "rest of payment") or closing the note (core.ledger.payment_kinds):
# the bank's 4,950 "N-1 剩余数量5月发" beside the tab's 5,000 "N-1 定金" is the deposit less its
# charge, 5,050 open and Nairobi black again (was 0 open, no list). A return and refund is only
# applied for where a status says 申请, 待审, pending, applied for, requested, or refused
# (core.ledger.normalise.REFUSED); done at the customer's request (应客户要求退货退款) or for a
# quality claim it was made (no credit, was 2,000). A refund taken from our bank account
# (退款已从账户扣除) or credited to the buyer's bank account is money sent back, no offset
# (core.ledger.typed_rows): no credit, was 4,000 / 2,000. A status saying the returned goods go
# out again or the return was refused (退货重发, 退货换货, 退货被拒; reshipped) is no credit note
# (normalise.says_returned): revenue 17,000 and 2,000 open, as before fix34b (was 13,000).
# 13 (ident35): every bracket kind read as round in a customer's name (core.ledger.normalise
# .customer_key): "Lima Trading [Peru]" and "Lima Trading【Peru】" are the customer "Lima Trading
# (Peru)", no longer three holding a third of its account each.
# 13 (refund35): a refund without a return (未退货退款, 仅退款, refund without return) is read
# as both, an allowance and its money sent back (core.ledger.typed_rows.returned_and_refunded):
# Rio paid in full, nothing open, no credit (was 2,000 credit, read as goods returned). A refund
# (退款, refunded) or a return asked for (申请退货) in the type or status cell of a sale's own
# row (positive, shipped or its order's earliest: core.ledger.sheet_fields.sale_rows) leaves the
# sale (normalise.credit_beyond_sale): R-1 10,000 paid noted 已退款, nothing open, revenue
# 15,000 (was 20,000 credit, revenue -5,000). A return's refund (退货退款) that another row of
# the file writes as a refund of its own (the 收款 tab's -2,000 退款 of its customer and day) is
# that refund, counted once (core.ledger.typed_rows.one_refund): nothing open (was R-2 2,000).
# 13 (lots35): lot words in a row's status cell (第二批已发, 分批出货) count as in its notes
# (core.ledger.lot_words.row_lot): the 4月 row was the 3月 line's balance left, 4,000 open where
# 10,000 is; words of paying in parts (分批付款, 第二批货款已收) say no lot, in notes either. A
# second lot of the same amount with another ship date (both known) is another lot where its
# words say so, not the first lot only (lot_words.other_lot): 6,000 again shipped 04-10,
# 第二批, was the 03-10 line re-dated, 6,000 of sales lost. A row saying another lot is read
# against the line another file stored in its place (core.ledger.stored_lots): April's file
# listing only the second lot updated March's line, 4,000 open where 10,000 is.
# 13 (pay35b): two lists' rows of one invoice and day are one wire less the bank's charge only
# where a bank charge is one: at most 300 (core.ledger.bank_charges.charge), or the lower's list
# holding the rest of the day's sum (61,000 beside 59,965 and 1,000): the ledger's 61,000 and
# the bank's 60,000 are two payments (29,000 open of 150,000, was 90,000). A bank's row giving
# only its reference (FT2604123456) beside the ledger's INV-3 of that day, a charge apart, is
# one wire (payment_lines.bank_read): 90,045 open, was 30,045. A copy or revision of a ledger
# (台账 2025-04(1).xlsx, 修订) whose one payment is re-labelled (定金 N-1 → 余款 N-1) keeps its
# line (payment_places.SheetPayments): 8,000 open, was 3,000. One sum a day later at a re-sent
# file's payment's place is its correction only where vouched (wire_lists.value_day): March's
# 03-31 and April's 04-01 instalments, 3,000 open, was 8,000. "refund deducted from our bank
# account" is money sent back (typed_rows): no credit, was 4,000.
# 13 (pay35a): a payment keyed by its sum is keyed by its currency too (core.ledger.keys.
# paid_part; schema 18 re-keyed the stored ones): 5,000 USD in the ledger's tab and 5,000 CNY in
# the bank's list of one day are two lines, 7,305.50 open (was one, 12,305.50). Three letters
# that are no real currency code nor a word the app knows are no currency (core.ledger.amounts.
# parse_currency): "N-1 REF 118" and "N-1 REF 119" are two wires (3,000 open, was 8,000);
# "5000 XYZ" is an unreadable amount, a currency cell "XYZ" reads as a blank one.
# 13 (dates35): an undated 本月收款 on a tab "12-1月" counts by the next year's January end (was
# left undated), one on a row of a January file kept all year by its row's month (was 01-31);
# a year's file (台账 2025.xlsx, no month tabs) reads a far received year typo'd as its own.
# 13 (cur35b): a payment is taken for another only in its currency (invoiced_payments,
# corrected_payments via payment_lines.kept, moved_payments): 5,000 USD under N-1 and 5,000 CNY
# without a number in two lists are two payments, 7,305.50 open (was 8,000 or 12,305.50); a
# re-sent payment changing day and currency is no correction, both counted and named (was the
# first dropped). A dollar or yen code beside its sign (HKD$, AUD $, JPY¥) is that currency
# (was unreadable).
# 13 (lots35b): a row noted as the first lot (第一批, 1st shipment) in the place of a line that
# said no lot is that line restated (core.ledger.lot_words.restated): March's S-1 10,000 split
# by April's file (or tab) into 第一批 6,000 and 第二批 4,000 is 10,000 open (was 20,000).
# A line keeps the lot its status cell says in its notes (第二批已发: notes 第二批; core.ledger.
# lot_words.kept_notes): April's lot re-sent corrected to 4,500 from another name or folder is
# that lot corrected, 10,500 open (was a third lot, 14,500). Lot words are compared as a set.
# A stored line another file first wrote is no file's own line for a lot (core.ledger.
# stored_lots): April's lot an older reader let overwrite March's line is a lot of its own when
# April's file comes again, and the receipt that reading made up on March's line (its balance
# left, undated) is cleared (core.ledger.lot_balances): March and April re-imported, in either
# order, 10,000 open as 6,000 and 4,000 (was 4,000, or 8,000).
# A row saying no lot, of a line another file stored as the order's first lot (第一批), is the
# order listed whole: it leaves the lot's amount (core.ledger.lot_words.listed_whole): March's
# one row of 10,000 imported after April's lots, 10,000 open as 6,000 and 4,000 (was 14,000).
# 13 (fix35a): a bank charge is at most 300 US dollars at the rates table's rate of the wire's
# day (bank_charges.charge; no rate: 2 %), not 300 of the wire's currency: 10,000,000 JPY on
# the tab and 9,997,500 on the bank's list of INV-1 are one wire (no credit, was 66,983.25 USD
# on account). A currency cell's NTD (and 5,000 NTD in an amount cell) is TWD, DHS is AED
# (amounts; a firm's NTD rate prices both: rates.FORMER_CODES): 300,000 NTD is 9,300 USD open,
# was 300,000 USD. A currency cell's three letters that are no code are the firm's own currency
# again (amounts.parse_currency; a note's are none: named_currency): "ABC" has no rate yet,
# was read as USD. A bank's row under no invoice giving the reference the tab's row under N-1
# gives (TT-881) is that wire, in one currency or two (payment_lines.wire_reference): 5,000 USD
# and 35,500 CNY of one day 8,000 open, was 3,000.
# 13 (credit35): a credit note whose place (order, product, place) holds a sale an earlier tab
# or another file wrote is a line of its own (core.ledger.credit_lines): April's 退货 row of
# -2,000 for March's R-1 replaced its 10,000 sale (12,000 credit and revenue 3,000; now 2,000
# credit, revenue 13,000), and so did a year-to-date workbook's 4月 tab's.
# A row of its own saying 退货 (+2,000, not shipped) on an order an earlier tab or the store
# sells before it is a credit note (core.ledger.filed_returns), not a sale replacing March's
# 10,000 line (8,000 credit, revenue 7,000; now 2,000 credit, revenue 13,000).
# A 收款 tab's refund row noted 退货退款 beside the ledger's 退货退款 row of its customer, sum
# and day is that return's refund, not a second return (core.ledger.one_refund): revenue
# 13,000, was 11,000.
# 13 (break35b): a shipping counted (二次出货, 第二次发货) and a lot numbered in English ("Lot 2",
# "shipment #2") are lot words (core.ledger.lot_words.LOT_WORDS): April's file listing only
# the second shipment so noted updated March's line, 4,000 open where 10,000 is. A row saying
# the first lot (第一批, "Lot 1") is the line that said none corrected (lot_words.other_lot): a
# cumulative ledger re-sent with its first lot 5,800 beside its second was 15,800 open of 9,800.
# A row whose status speaks of a lot's money (第二批货款已收) is that lot's line where a line
# after its place says that lot (lot_words.paid_elsewhere): May's tab's row of the second lot
# was March's line re-dated and paid, 4,000 open where 6,000 is. A lot's count is compared
# however written (lot_words._folded: 第二批, 第2批, 二批, "2nd shipment", "Lot 2" all lot 2):
# May's tab writing 第2批 for April's 第二批, its amount corrected, was a third lot (14,200 open
# where 10,200 is). A row saying no lot beside a line saying a later lot, shipped another day,
# is another line (lot_words.other_lot): March's file imported after April's file of the
# second lot alone (or a workbook's tabs newest first) took that lot's line, 6,000 open where
# 10,000 is.
# 13 (break35a): a bank's charge is at most 300 US dollars' worth in the wire's money at the
# rates table's rate of its day (never less than 300 of it), or 0.25 % of a big wire
# (bank_charges.charge): a yen wire's 1,000,000 beside the bank's 997,500 is one wire (2,010
# USD open, was a 4,673.25 credit), a 200,000 L/C less 350 of charges one (350 open, was a
# 199,650 credit). The invoice a ledger's payment stands under (its invoice column) is weighed
# as its note's beside a bank's row under no invoice (payment_lines._beside_invoice): the
# bank's "INV-7" beside the tab's INV-3 is another invoice, two payments (30,045 open, was
# one wire, 90,045). A sale's own row whose type cell asks for a return in English (return
# requested, pending) or refuses it (退货被拒, 拒绝退货) stays a sale (normalise.
# credit_beyond_sale): revenue 15,000, nothing open (was a 10,000 credit note, 20,000 credit).
# A return's refund (退货退款) the 收款 tab books within 31 days of the return, not on its day
# only, is that refund (typed_rows.refund_of): nothing open (was R-2 2,000, Rio watched).
# A payment on its invoice in one list and one without a number in the other are one only in
# one currency (invoiced_payments): 5,000 USD on N-1 beside 5,000 CNY, 7,305.50 open (was 8,000).
# A list holds a wire once: a tab's row that is the bank's row of its sum is not weighed as one
# wire with the bank's other rows (payments_seen): the bank's 5,000 USD and 35,500 CNY of N-1,
# the tab listing one, 3,000 open (was 8,000). A wire returned said money first (汇款退回, 款项已
# 退回, 定金退还客户) is money sent back (typed_rows.is_refund): -5,000 "汇款退回" beside the
# 5,000 it returns, 13,000 open (was a second receipt, 3,000).
# 13 (fix35d): a credit note whose note says its money went back (退货 noted 已退款, 贷项通知单
# noted 退款, a -2,000 row noted 退款, refunded to buyer) is an allowance and its refund, as
# 退货退款 (core.ledger.typed_rows.refund_made): Rio paid in full, nothing open, no credit (was
# 2,000 credit on account).
# 13 (fix35e): a bank's row under no invoice that is a customer's sale rows of its day in
# another file (已收金额 on INV-1 10,000 and INV-2 5,000, "TT-5"), less a bank's charge and under
# the same reference, is that wire, dropped (core.ledger.lump_wires), in either file's order:
# the bank's 14,965 "TT-5" beside them no credit, was 15,000 on account.
# 13 (fix35i): two rows of one day in two currencies are one wire only where a wire's
# reference says so (exchanged_payments.Exchange.read, noted_orders.told_wires): a PO both
# remittances quote (PO4501) is none, nor one invoice under both rows with no note, and a row
# under no invoice whose sum is, to the unit, one of its customer's orders in its own currency
# pays that order: the bank's 35,500 CNY "PO4501" beside the tab's 5,000 USD on N-1 pays N-2,
# nothing open (was 35,500 CNY, 4,930.95 USD, overdue); N-1's 10,000 paid 5,000 USD and 35,500
# CNY on one day, both under N-1, is paid (was 5,000 overdue).
# 13 (fix35f): of two unmarked copies tied on their rows, the one named the older (…最终版 (旧),
# …备份, …修改前, backup) or with the smaller number (v2 before v10, 5.5 before 5.12) is the
# older (file_copies.named_later): Cairo 6,500 open, was 6,000; names saying nothing leave the
# file imported last. A year's book (台账 2025.xlsx) reads a far received date as a typo only
# where its day is nearer the month the book was kept to than the date as written (beyond_dates.
# read_typos): Lima's 2026-05-10 in a book kept to 2025-12 is a late payment, 3,000 overdue.
# 台账 2025.xlsx's tab 12-1月 holding Dec 2024 – Jan 2025 orders is dated by its rows (stored_
# receipts.month_end): an undated 本月收款 is in by 2025-01-31 (15,000 open), was 2026-01-31.
# 14 (lots36): the receipt a lot's older reading made up is cleared only where the file now
# passing the line was read by such a reader (core.ledger.lot_balances): March's 8,000 first
# lot with 4,000 received as the firm typed it (no date) beside April's 第二批 4,000 is 8,000
# open, was 12,000. Invoice words after 补发 (补发票, 补发 INV-2) and a lead time after a
# shipment's number ("Delivery 2 weeks") say no lot (core.ledger.lot_words.LOT_WORDS), and a
# row saying no lot is another lot only beside a line counting a later lot (lot_words.
# later_lot): a line re-dated 03-12 was a second sale, 12,000 open where 6,000 is. A later
# tab's or file's 第一批 restating a line that said no lot gives it the lot's amount, no
# balance left (core.ledger.line_values.split_line): March's S-1 10,000 split 6,000 + 4,000 is
# revenue 10,000 (was 14,000, with 4,000 made up as received). A revision or later copy of the
# file that wrote a first lot (台账 2025-04 修订.xlsx) correcting it to 6,200 without its note
# is that lot corrected, not the order listed whole (lot_words.listed_whole): 10,200 open, was
# 10,000.
# 14 (stop36): a row copied from an order's sale (its number, product and amount) whose note
# says another payment of the order (定金 then 尾款) is that payment, worth nothing (core.ledger.
# payment_copies): Kiev's KV-1 18,000 paid, was 36,000 with 15,300 open. A received figure whose
# row's note names another currency (客户付人民币), nearer the amount so read, is in it (core.
# ledger.money_columns.noted_currency): 42,000 on 6,000 USD is 5,834 USD, was 36,000 credit.
# 14 (refund36): a refund naming another order (退款 R-2 beside R-1's 退货退款) is not the return's,
# nor is a 收款 "退货退款 R-2" (one_refund.names_other, return_of): no credit (was 2,000), revenue
# 11,000 (was 13,000). A refund under way or awaiting approval (退款中, 待财务审核) is not sent
# (normalise.ASKED): 2,000 credit (was none). A credit note its own month's file, copy or
# revision re-dates is that note (credit_lines.own_credits): 2,000 credit (was 4,000); two of a
# day in two months' files (month folders' 台账.xlsx too) are two: 4,000 credit (was 2,000).
READER_VERSION = 14
# the first reader to read a later file's lot as a line of its own (lots35): an import by an
# older one may have made up a lot's balance as received (core.ledger.lot_balances)
LOTS_APART = 13
