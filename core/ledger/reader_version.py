"""The reader's version: part of every import key, so a release that reads rows otherwise
has a firm's files read again the new way when it imports them again (kept apart from the
importer, whose length it would otherwise be: one line of history a change).
"""

# Which reading of a ledger an import used. A file is "already imported" only when imported by
# this reader; bump it when a release reads rows otherwise, so a firm told to import its last
# months again after an upgrade gets them read the new way (updated, never counted twice).
# 2: a later tab's status, ship date, invoice, cost and raised amount fill in a repeated line;
# rows typed as payments are money received; subtotal rows, ditto cells, merged figures, void
# and reversal types, header units (万元), received cells in words, placeholder order
# numbers ("-" names no order), figures in thousands (8千, 8k), a bare $ or ¥ on money received
# in the row's currency, and dates written year first or with a Chinese full stop or time.
# 3 (the thirteenth pass; 2 was released at stop 26): 25/03/01 read with the year that falls
# near the sheet's order dates (2025, not 2001), and named where neither reading does; a
# received cell written as a share of the row's amount (30%); money received naming a
# cancelled order (a row typed 收款) leaving it cancelled; payment rows keyed apart from their
# order's sales (keys.PAID: under reader 2 next month's payment row took its sale's key and
# amount; misread_rows takes out what readers 1 and 2 stored so); a ship-date cell saying in
# words that its line has not shipped (未出货, TBA) stored as such (ship_date_known 2), no
# longer as a blank that ships the line with the line above it.
# 4 (the fourteenth pass): a customer's name read without the invisible marks pasted with it (a
# right-to-left mark, a soft hyphen) and without spaces beside Chinese characters: "ABC
# Trading" so written is the customer "ABC Trading", "深圳市 华美贸易" is "深圳市华美贸易".
# 4 (the fourteenth pass, audit23): a row carried forward by its tab's month only when dated
# before it in the year the tab's own rows give (core.ledger.tab_month): a December tab's
# January order, a salesperson's tab "1", a tab named "Decathlon" or "Jan-Mar" no longer
# turn rows into balances brought forward that keep a later file's corrections out.
# 4 (the fourteenth pass, audit24): a customer's subtotal row known by the customer's own key
# (core.ledger.subtotals.name_key): "深圳市 华美贸易 Total", or a name with a right-to-left mark
# beside "Total", is 深圳市华美贸易's subtotal, no longer an order doubling its revenue.
# 4 (the fourteenth pass, audit25): a received-currency column (收款币种, 回款币种) is read:
# 10,800 USD wired for a 10,000 EUR invoice is USD, no longer 10,800 EUR spilling onto the
# buyer's next invoice.
# 5 (the fifteenth pass): rows sharing an order number whose customers are not alike
# (core.similarity.alike) are an order of each buyer (core.ledger.order_buyers): two buyers'
# PO 1001 are no longer one order of the first, the other's unpaid invoices on its account.
# 5 (the fifteenth pass, audit26): a row carried forward onto next month's file (dated before
# its tab's month) fills in what a later tab of one workbook does: its ship date, invoice,
# cost, due date and status. A December order shipped on 2026's 1月 tab was never owed, and
# an order cancelled or disputed on March's file stayed owed and black-listed.
# 6 (the sixteenth pass, carry27): a carried-forward row naming a stored order but none of its
# products (blank, or another with the order's total) and worth no more than the order's lines
# is the order's balance (core.ledger.balance_rows): April's "B-1, 40,000, received 20,000"
# summing March's Sofa 25,000 and Chair 15,000 no longer doubles the order to 80,000, 60,000
# open and black-listed; the line reader 5 so stored becomes the balance when the file comes
# again.
# 6 (the sixteenth pass, audit27): a status cell saying a line has not shipped (未出货, 待发货)
# or its order only in part (部分出货), with no ship date, is not shipped: no longer estimated
# shipped at its order date + the lead time, or shipped with the dated line above it.
# 6 (the sixteenth pass, cancel28): a cancellation stays until a row says in so many words
# that the order stands again (已恢复, 重开, reinstated; core.ledger.normalise.later_status), on
# a later tab, a carried row or a later file alike: March's 正常, 未收款 or 上月结转 no longer
# brings back an order February cancelled, a carried row's 已恢复 now does, and 取消被拒 (the
# cancellation refused) is no cancellation.
# 6 (the sixteenth pass, audit28): one wire's figure written on rows of one customer kept in
# different currencies (14,480 on a USD row and on a EUR row, same day), one of which cannot
# hold it, is one wire counted once, in the currency worth the most (core.ledger.receipts): it
# was 14,480 USD and 14,480 EUR, paid every invoice and took a 72-day late payer off the
# black list.
# 6 (the sixteenth pass, cancel28b): but the row that wrote a line, read again from its file
# (same name, sheet and row; the name imported from this folder only), is the clerk's
# correction: its 正常 lifts its 已取消 (core.ledger.own_rows).
# 6 (the sixteenth pass, cancel28c): only the row that wrote the cancellation: a row leaving a
# cancelled line cancelled by another row's word (its 正常 not taken, a blank) is no longer its
# source (core.ledger.own_rows.keeps_source): March's 正常 row with 2,000 received, imported
# again after an unrelated edit, no longer brings back the order February cancelled; a
# correction that brings one back is named in the import report.
# 7 (the seventeenth pass, carry29): a carried row whose currency cell is blank (the sheet
# says none: no cell, no sign, no header, no other row of its order) naming an order kept in
# one other currency reads in the order's currency (record.CURRENCY_WRITTEN): April's "B-1,
# 40,000, received 20,000" on March's EUR order is its balance, 20,000 EUR open and watched,
# no longer 83,200 USD of revenue, black-listed; and a carried summing row stored before its
# order's lines (April's file imported before March's) is read again when they come, so the
# order is the same whichever file came first.
# 7 (the seventeenth pass, audit29): a sheet of the customers' payments kept apart from the
# orders (收款: 客户, 收款日期, 收款金额, no order amount) is read as money received, each row as
# a row typed 收款 (core.ledger.layout.receipts_sheet): it was passed over, and a buyer who paid
# in full was black-listed; a payment row whose customer, figure and day a sale row's received
# figure carries too is that money written twice, counted once (core.ledger.receipts.
# booked_twice).
# 7 (the seventeenth pass, cancel29): the row that cancelled an order, read again with its status
# cell cleared, corrects it as its 正常 does (named in the report; a blank on any other row still
# leaves it cancelled), and a later row bringing money to a cancelled line is its source, the
# cancelling row kept apart as its status's (schema 10, core.ledger.own_rows): March's copy of a
# wire February wrote on another order is two files', counted once, no longer twice.
# 7 (the seventeenth pass, money29): a year-to-date workbook's later tab writing that month's
# receipt on a repeated row, told by a later receipt date and a figure that cannot be the
# total to date (or by the file's other rows), adds it to what the earlier tabs recorded
# (core.ledger.monthly_receipts): January 4,000, February 3,000 on 2/18, March 3,000 on 3/15
# is 10,000 received, no longer 3,000 with 7,000 open and black-listed.
# 7 (the seventeenth pass, guard29): the row read at a cancelled line's own place corrects it
# only where no stored line can have moved into its key (core.ledger.own_rows.in_place): PO-1's
# second row of a product, moved up into the deleted cancelling first row's key and row, no
# longer brings the cancelled order back as owed.
# 7 (the seventeenth pass, dates29): a date typed without its year (3月5日, 3/5) reads in the
# year its tab's name, else its file's, states (2025年3月, 2025年3月台账.xlsx; core.ledger.
# yearless): its row was skipped as having no order date, an unpaid order with it.
# 8 (the eighteenth pass, cancel30): a line following a cancelled one stored from another file
# no longer stops the cancelling row, read again, from correcting it (core.ledger.own_rows.
# may_be): feb.xlsx's corrected row 2 with mar.xlsx's second lot of PO-1 stored brings the
# 8,000 back, no longer refused in silence; a row moved into the place reads as that line (its
# amount) and is still refused, now named in the report with 已恢复 to write.
# 8 (the eighteenth pass, carry30): a stored order listed again in a later file with a later
# order date keeps its first date (core.ledger.order_dates; the file that alone wrote it,
# imported again, corrects it), and its line's due date one counted from that later date or
# without the stored ship date: March's order re-listed on May's file dated 05-02 is no longer
# a May order, its buyer paying 16 days late no longer on time. Named in the import report.
# 8 (the eighteenth pass, carry30): a line first shown on a carried row whose ship-date cell
# is blank (not 未出货) has no known ship date (its shipment estimated from its order date):
# an order known only from a firm's first file's 上月结转 row read as unshipped, never owed.
# Such orders are named in the import report.
# 8 (the eighteenth pass, carry30): whether a carried row's sheet said its currency is stored
# (order_lines.currency_written, schema 11): April's blank-currency summing row imported
# before March's EUR lines is their balance, no longer a line and a "write the currency" note.
# 8 (the eighteenth pass, pay30): a payment's own row without an order number (a 收款 sheet's,
# a row typed 收款) is known by its sum too, under an order of its customer's payments of the
# day (core.ledger.keys.paid_order_key; schema 12 re-keys the stored ones): the bank's 3,000
# wire of 04-20 in a second file no longer replaces the 5,000 the ledger's 收款 tab wrote that
# day (5,000 lost, a paid invoice open, black-listed); one sum on one day stored from a file
# this one does not re-send is counted once and named (core.ledger.payments_seen).
# 8 (the eighteenth pass, words30): a year written in two digits before 年 in a tab's or file's
# name ("25年3月", "25年3月台账.xlsx") is that year (core.ledger.tab_month): a date typed
# without its year (3月5日) on it reads as 2025-03-05, its row was skipped; a row dated before
# the tab's month is carried forward, the tab had no month.
# 8 (the eighteenth pass, recv30): next month's file repeating a stored order with only that
# month's receipt adds it to the stored figure where the file says so: its received header
# (本月收款, 当月回款; 累计已收 says totals), its own tabs (core.ledger.monthly_receipts), or a
# later-dated figure below the stored one (core.ledger.stored_receipts): March 3,000, April
# 2,000 is 5,000 received, no longer 2,000 with 3,000 open and black-listed; a figure that could
# be either is read as the total and the order named in the report. A 0 on a repeated row (a
# later tab or next month's file) is nothing received since, no longer the receipt undone; a
# header 本月收款/当月收款/累计收款/本月到账 is the received column (it was not mapped).
# 8 (the eighteenth pass, paidno30): a payment row naming its order (a 收款 sheet's row naming
# N-1, a row typed 收款) is known by its day and sum too (keys.DAY; schema 13 re-keys the stored
# ones): April's payments file, started anew, no longer replaces March's 6,000 on N-1 with its
# 4,000 (6,000 lost, N-1 open, black-listed); one sum on one day on one invoice is named as pay30's.
# 8 (the eighteenth pass, audit30): a received total of another file dated before the stored
# one and lower than it is an earlier state of the account and keeps the stored total
# (core.ledger.older_receipts): March's file (4,000 by 03-25) imported after May's (12,000 by
# 04-28) no longer owes 8,000 paid again and black-lists a buyer who owed nothing.
# 8 (the eighteenth pass, twice30): a sale row's received figure that is the running total of
# ALL its customer's payment rows of the file up to its date (two or more, the last on it) is
# that money written twice, the payment rows cleared (core.ledger.receipts._running_totals):
# C-1's 9,000 to 04-28 beside its 收款 tab's 4,000 and 5,000 no longer pays 18,000.
# 9 (the nineteenth pass, order31): a line's status keeps the day of the file that wrote it
# (schema 14) and a row of an older file leaves it (core.ledger.older_status): April's 已取消
# imported after May's 已恢复 no longer cancels T-2 again (5,000 off the account); a row moved
# up into its deleted cancelled row's place and written 已恢复 removes its earlier line
# (core.ledger.leftover_lines): 2,000 no longer counted twice.
# 9 (the nineteenth pass, paydup31): a payment a file re-sent whole lists again with its sum
# or date corrected, at the same place (sheet, customer, order, the re-sent payments above
# it), replaces the stored one (core.ledger.corrected_payments): April's 6,000 on N-1 that
# May's cumulative ledger corrects to 6,500 is 6,500 received, no longer 12,500 (the file
# imported again puts the double right); where the file is re-sent in part, both are counted
# and the pair named.
# 9 (the nineteenth pass, recv31): a stored line's received total another file raises keeps
# its earlier totals with their dates (schema 15, core.ledger.receipt_history), and a file
# name imported from several folders (台账.xlsx each month) is no correction of another month's
# file (core.ledger.own_rows.same_file): March's 4,000 by 03-25 and May's 9,000 by 04-28 beside
# the bank's 5,000 wire no longer pay 14,000. A season imported again gains the history.
# 9 (the nineteenth pass, dates31): a tab or file named "202503" gives year-less dates
# (3月5日) its year, 2025 (they were skipped, their orders lost); a two-digit year before 年
# takes the century nearest this year (core.ledger.dates.full_year): a tab "89年3月" is March
# 1989, no longer 2089 with every row of the file dated before it and carried forward.
# 9 (the nineteenth pass, break31): a file is dated by its rows' order and received dates, its
# ship dates only where it has none (a planned ship date of 06-15 dated April's file after
# May's, whose 已恢复 imported in order was kept out: 5,000 off the account).
# (break31) a payment at an earlier re-sent file's place dated after every order and received
# date of that file is a later payment, not its date corrected: both counted and named (an
# invoice paid 5,000 on 04-20 and 5,000 on 05-20 no longer shown 5,000 paid).
# 9 (the nineteenth pass, payrow31): a payment row with its sum only in the received column
# (已收金额, 金额 blank), typed 收款, with 收款 in its status, or its type blank and naming,
# with its date received, an order of its customer listed on the sheet, is money received
# (core.ledger.received_only): Sunrise's 20,000 wire on S-01 was skipped as "no amount", its
# paid invoice owed 118 days late, watched; a row typed 销售 so written is named, not guessed.
# 9 (the nineteenth pass, paysheet31): a payments sheet with a second received figure (客户,
# 收款日期, 收款金额, 到账金额; or 收款金额(RMB) beside 收款金额) is payments, counting the money
# that reached the bank in the sheet's currency, the other named (core.ledger.layout.
# one_received): 到账金额 was read as a sale's amount, the sheet passed over, its payer black.
# 9 (the nineteenth pass, paydate31): a payment row (类型 收款) with its 下单日期 blank is dated
# by its 收款日期 (core.ledger.received_only.dated_by_receipt): Sunrise's 4,000 received on
# 2025-03-20 was skipped as "no order date", its invoice owed and black-listed; with neither
# date the row is skipped as "no date received".
# 10 (the twentieth pass, pay32): a payment a file re-sent whole corrects is found where the
# sheet was re-sorted newest first, or a payment above it re-sent with its note changed (its
# line took the new file's name), and one moved to the right customer or given its invoice
# (same sheet, day and sum; core.ledger.moved_payments) replaces the earlier line: Nairobi's
# 6,000 that May's ledger moves to Lagos no longer leaves Nairobi paid by it (4,000 open where
# 10,000 is owed), a 6,000 → 6,500 correction on a re-sorted sheet no longer pays 12,500;
# where the file is re-sent in part, or three payments of a day and sum cannot be told apart,
# the pair is named.
# 10 (the twentieth pass, cancel32): a cancelled row deleted with more than one row of its
# product below it (8,000 已取消 over two 2,000 lots) moves each lot up one place: the first
# lot's 正常 is no correction of the cancellation, and 已恢复 there removes the line left over
# below the last lot (core.ledger.own_rows.shifted): 4,000 open, no longer 6,000. A line is
# known as its sheet's by the row that first wrote it too (schema 17, own_rows.from_sheet), so
# the lot's earlier line another file paid 500 on since is the leftover too, its 500 kept on
# the lot's line (core.ledger.leftover_lines): 1,500 open, no longer 3,500.
# 10 (cancel32): a plain 正常 keeps a day of its own (schema 17 plain_day,
# core.ledger.older_status), which keeps an older file's 有争议 out and never an older 已取消:
# May's 正常 imported before April's 有争议 no longer leaves T-2 disputed (5,000 off the open
# account); and 台账.xlsx of another month's folder is no correction of the status it wrote
# (own_rows.same_file): April's 已取消 imported after May's 已恢复 no longer cancels T-2 again.
# 10 (the twentieth pass, payrow32): an untyped payment row (金额 blank, 已收金额 and 收款日期)
# naming an order its own sheet does not list is matched against its customer's orders on
# the workbook's other tabs and in the store (core.ledger.received_only.elsewhere): Sunrise's
# 20,000 wire on the 回款 tab for S-01 of the 7月 tab was skipped as "only … received".
# 10 (the twentieth pass, payrow32): a payment row whose order date cannot be read (“待确认”)
# is dated by its 收款日期, the cell named (core.ledger.received_only.by_receipt): it was
# skipped as "order date … is not a date", its wire lost.
# 10 (the twentieth pass, break32): a file is dated by the months its tabs holding rows and its
# name are named after too, to their ends (core.ledger.older_status.file_day): May's slow
# 5月 tab (only carried rows, T-2 已恢复 shipped 05-03) was dated before April's file, its
# 已恢复 imported in order kept out, 5,000 off the account and its late payer white-listed.
# 10 (break32): an earlier file's payment imported after a later file that re-sends it with
# its sum or date corrected is the earlier figure: the later one is kept, counted once
# (core.ledger.corrected_payments): April's 8,000 beside June's corrected 7,980 no longer pays
# 7,980 more of a late invoice (its buyer white, owing 8,000 for 72 days).
# 10 (break32): a payment row that is the sum of its customer's sale rows' received figures of
# its day (a lump-sum wire for several invoices, on the 收款 sheet and each invoice's row) is
# that money, counted once (core.ledger.receipts._lump_sums): Cairo's 8,000 for C-1's 5,000
# and C-2's 3,000 no longer pays C-3's 6,000 too, 86 days late, its buyer off the black list.
# 10 (break32): a file name imported from several folders (台账.xlsx each month) is no
# correction of another month's status either (core.ledger.older_status.FileStatus, as
# own_rows.same_file for totals): April's 已取消 imported after May's 已恢复 no longer cancels
# T-2 again, its late payer only watched.
# 10 (the twentieth pass, recv32): a later tab of one workbook raising a line's received total
# keeps the earlier tab's total as a step, as another file's (core.ledger.receipt_history):
# the March tab's 3,000 of 03-20 under the April tab's 5,000 by 04-18 was dated 04-18, the
# line 5,000 open at 03-31 where it was 2,000. A workbook imported again gains its steps.
# (recv32) a total lowered on a later day (April's 10,000 by 04-20, May's 9,000 by 05-10:
# corrected, or paid back) holds its money from the earlier total's day, no longer May's
# (4,000 open at 04-30 where it was 1,000), named in the report; an older file's higher figure
# dated before it is kept out (April's imported after May's undid May's correction).
# 10 (break32b): a month a file's tab is named after dates it to the month's first day where
# none of the tab's rows is ordered or paid in it (core.ledger.older_status.file_day): April's
# file whose 5月 tab was begun with April's late orders tied May's file, and imported after it
# cancelled T-2 again (6,000 open where 11,000 is).
# 10 (break32b): an earlier payments list imported late is re-sent by the later file where that
# file holds each of its lines but the paired payments (core.ledger.corrected_payments
# ._Sources.holds): June's late-booked wire of another buyer, dated 04-12, no longer leaves
# April's 8,000 counted beside June's corrected 7,980 (Lima white, owing 8,000 for 72 days).
# 10 (recvorder32): under a received header saying month (本月收款) a dated figure is that
# month's receipt among the line's receipts, counted on its day whatever the files' order
# (core.ledger.month_parts, over the line's received history): March's 4,000, April's 5,000
# and May's 3,000 of 12,000 imported May, March, April left 5,000 open, its buyer black.
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
READER_VERSION = 12
