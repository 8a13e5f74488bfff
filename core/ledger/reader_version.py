"""The reader's version: part of every import key, so a release that reads rows otherwise
has a firm's files read again the new way when it imports them again (kept apart from the
importer, whose length it would otherwise be: one line of history a change).
"""

# Which reading of a ledger an import used. A file is "already imported" only when imported by
# this reader; bump it when a release reads rows otherwise, so a firm told to import its last
# months again after an upgrade gets them read the new way (updated, never counted twice).
# 2–230: what each read otherwise is in docs/reader_versions.md.
# 231 (fix64b): rv63b's findings left at the fiftieth pass's end. A received 7,000 balance
# noted 代理费未付 / 中介费未付 / 介绍费未付 (a commission by any name, part_of.COMMISSION, as 佣金
# was): 7,000 owed, 72 days, black → paid (代理费和尾款未付 stays owed). The buyer's paid word
# beside the money on its way with no day (客户已付，钱已在路上; 客户已付，银行说下周到): paid →
# 7,000 owed, 72 days, black (货已在路上 stays paid). A wire noted 上次欠款，是否已付 / 客户说已付 /
# 我们催了还没付 (a 已付 asked or reported, the firm chasing: owed_said.paid_doubted, of_the_debt
# by _firms_own's rule, as a deposit cell reads them): X-1 paid, 5,025 open, 0 days → X-1 5,000
# owed 84 days, black (我们还没付工厂, 钱还没付给工厂 stay the firm's). Beside a deposit cell of
# 7,000: 上批欠款4000，发票和钱都还没收到 / 没收到货款 / 我们催了还没付 / 他们的工厂还没付 nothing
# owed, 3,000 held → 4,000 owed 39 days, watch, 7,000 held; 上批欠工厂的4000已收到 (the money the
# firm received for that batch) 4,000 watch → nothing owed, 3,000 held (…已付 stays the firm's).
# A blank 尾款 row noted 佣金2000已扣 then another order's news (2025-702的运费取消了, 2025-702
# 取消了, 2025-702的佣金取消了, 2025-702的货已发): 7,000 → 5,000 owed, 72 days, black (this
# order's own number, a day or none in the withdrawal still withdraws it: 7,000). 我司欠货代的
# 运费还没付: 货代's 代 no 代付 (the fast import named «的运费还没» a payer, the reference not).
# 232 (fix63a): M1, M2 on 213, 216, 218. Money noted for another order of the sheet (3,500
# under Y's 702 noted 2025-701尾款另一半) is weighed on that order's money stored from every tab
# and file, once the import has written (core.ledger.noted_halves), and again at each import:
# 701's 尾款 7,000 paid on another tab or in a later file, X 3,500 credit → 0, Y 7,000 → 3,500
# owed, black (a later file moves the row back to 702; its undo moves it again); 3,500 of it
# paid there, the row 701's other half: X 0, Y 7,000 owed, black, as on the sheet. A file an
# earlier reader moved the row of, imported again, leaves no second line of it under 701 (X
# 3,500 credit → 0). Only a row held under the order above is weighed: one typing its own
# order's number and buyer stays its order's (Y's 3,500 typed 2025-702 / Buyer Y noted
# 2025-701尾款另一半, 701 owing: Y 3,500 owed, X 7,000 black, as 229; Delhi's 500 on PO-D2
# noted 补付PO-Q1质量扣款 stays Delhi's 500 credit). fix64a (rv64a): so does a row typing only
# its order's number (2025-702 under 702, noted so): X 3,500 → 7,000 owed, Y 7,000 → 3,500,
# both black, as 229 (702 of 6,500: Y 3,500 black → 0). An order's own noted rows are weighed
# before those naming it: Y's row noted 701's, 701 paid, stays and pays Y's 6,500, so W's row
# noted 2025-702尾款另一半 is W's: Y 3,500 credit → 0, W 3,500 owed 72 days black → 0 (W's 703
# of 10,000: 7,000 → 3,500), as 229 on one sheet; 701 paid on another tab or in a later file,
# the same. A copy re-sent typing 2025-702 / Buyer Y on the moved row takes it home for good:
# X 3,500 → 7,000 owed, Y 3,500 owed, black → 0. A number two orders of the sheet write (X's
# and Z's 2025-701, stored as one order) names none: Y 7,000 → 3,500, X 10,500 → 14,000, as 229.
# 233 (fix64d): a payment row naming only its order's number, no buyer and no note (2025-701 /
# 7,000 / 04-20 on a clerk's 收款 tab, a payments sheet's, or the next month's ledger) is held
# as a row naming an order its tab does not list is, and taken as the one buyer's whose sale
# row on any tab, or stored order with a sale line, has that number (core.ledger.number_only,
# number_owners): X 7,000 owed 72 days black → 0, not listed (undo of the later file: 7,000
# black again). A number two buyers have, one no buyer has, a noted row (还差2000), a refund, or
# a status or 品名 saying anything but money come (待收, 退款, 样品费) stays skipped "no customer",
# as 232; one repeating a receipt its order has, of its sum on its day, on another row of the
# file or from another file, is skipped and named (as 232: X 0, no 7,000 credit on account).
# 234 (fix64c): rv63c s1, s2, s4, s5 on 229. The buyer named as the giver after the firm spoke
# to him (跟客户说好了他下周给, 答应客户他下周给, 跟客户确认了他下周给) is his plan, not the
# firm's promise: a 7,000 balance row 0 → 7,000 owed, 72 days, black (少发2000的货 beside it:
# 0 → 2,000); 他的货, 其他, 我们, 工厂 stay the firm's. A grant withdrawn later (…同意了。后来
# 老板不同意, 后来反悔了, 现已撤回, 之前同意的优惠已取消) 0 → 2,000 owed, 72 days, black; a
# refusal turned (不同意，后来同意了) 2,000 black → 0. A rest said owed beside a deduction
# writing no sum (佣金已扣，尚欠2000) is the buyer's, no sum deducted: 0 → 2,000, black (a blank
# 尾款 row so noted 5,000 → 7,000). A typed payment row above its order, or typing the buyer's
# short name (ABC of ABC Trading Co., 华美 of 华美贸易有限公司), is its order's: 还差2000 0 or
# 7,000 → 2,000, black; unnoted 7,000 black → 0.
# 235 (fix64e): rv64b s1, s2, s3, s5, s6, s8, s9 on 229. A 7,000 balance row noting the
# firm's own supplier bill with its money word (工厂货款还没付, 工厂尾款还没付, 我司还没付工厂尾款,
# 供应商货款未结, 工厂那边的货款还没付, 工厂款还没付, 货代运费还没付, 船公司运费还没结; on a typed
# balance row too; beside goods short, 还差2000的货，工厂货款还没付: 2,000 → nothing) is no debt
# of the buyer's: 7,000 owed, 72 days, black → nothing; 工厂的钱客户还没付, 客户还没付工厂货款
# stay owed. His side's supplier (他们那边工厂还没付, 收货人货代还没付, 进口商货代还没结): nothing
# → 7,000, black. After the buyer's word a clause paying the supplier only (客户说质量没问题，下周付
# 工厂的钱; 下周付给工厂的尾款; 月底付给货代的运费; 客户说已付，等我们下周付完工厂再发货;
# "customer said paid, so / and we will pay …"): 7,000, black → nothing; in his own clause
# (客户说下周付工厂的货款, 客户说给工厂的款下周付) his plan, 7,000 black. A deduction talked of by
# its own price word or this order (扣款500，差价在谈; 降价扣款500还在谈; 扣款500，该订单还在协商中;
# 扣索赔500，本订单索赔还在谈): nothing → 500 owed, 71 days, black. Beside a deposit cell of
# 7,000 the firm's finance reporting the last batch's debt paid (财务说上批欠款4000已付, 会计反馈…):
# 4,000 owed 39 days, watch, 7,000 held → nothing, 3,000 held. The firm the object of his
# owing or telling (他欠我们还没付, 邮件回复我们还没付), his "we" after his speaking
# (他说我们还没付, 客户回复，我们还没付) and the firm opening his words (客户说，我们发错货了，
# 下周付; "customer said, we will pay next week"): nothing → 7,000 owed, 72 days, black.
# 236 (fix64f): rv64c's findings on 234. A rest beside a deduction writing no sum is the buyer's
# only where unpaid and this order's: said come after it (佣金已扣，尚欠2000已收到, …，已于5月付清,
# …，5月已付, …（已补）), denied (没有尚欠2000, 不是尚欠2000) or asked (是否尚欠2000？), its 2,000
# is the commission taken again: 5,000 received of 7,000, 2,000 owed 72 days black → 0, as 233
# (core.ledger.rest_came, the one reader of the rest said come, shared with part_said).
# A number-only row (2025-703 / 3,000 on the 收款 tab, or in May's ledger) naming an order
# cancelled (已取消) in the file or as stored takes no money: X 1,000 owed → 4,000, 72 days,
# black (his cancelled order's 3,000 held against his unpaid 7,000), skipped "no customer" as 232.
# A short payment granted stays granted past a refusal of later or new orders (…同意了。后来的
# 订单不同意, 新订单不同意) and a grant turning the story last (…后来老板又不同意，最后还是同意了):
# 2,000 owed, 72 days, black → 0. The buyer's payment on its way denied (客户已付，不是钱在路上)
# or another wire's (银行说下周到的是另一笔) is in: 7,000 owed, 72 days, black → 0.
# 237 (lead64a): rv64d s1 on 235. A supplier telling the firm of its own bill (工厂通知我们还没
# 付, 工厂告诉我们还没付, 船公司通知我们还没付, 供应商邮件告诉我们还没付) on a 7,000 balance
# received: 7,000 owed, 72 days, black → paid (the buyer telling, 客户通知我们还没付, his side's
# supplier, 他们的工厂通知我们还没付, the firm telling him, 我们通知客户还没付: 7,000 black still).
# 238 (fix65a): rv64d s7, s9 on 237. 他 right after one of the firm's suppliers is that
# supplier, its "we" the firm (工厂他们说我们还没付, 工厂那边他说我们还没付, 供应商他们说我们还没付,
# 货代他们说我们还没付), and a supplier telling the firm of its bill by name (货代通知我们运费还没
# 付, 船公司通知我们运费还没付, 供应商通知我们货款还没付, 工厂通知我们尾款还没付): on a 7,000
# balance received, typed or blank-buyer, 7,000 owed, 72 days, black → paid; beside goods short
# (还差2000的货，工厂他们说我们还没付, …，货代通知我们运费还没付, …，供应商通知我们货款还没付):
# 7,000 or 2,000 black → paid. 他 alone or the buyer's (他说我们还没付, 客户他们说还没付, 他们工厂
# 他说我们还没付), a carrier telling of goods money (货代通知我们货款还没付), the buyer or his side
# telling (客户通知我们运费还没付, 他们的货代通知我们运费还没付) or named in what is told (工厂通知
# 我们客户货款还没付): 7,000, 72 days, black still; money short beside it (客户还差2000，工厂通知
# 我们还没付): 2,000 black still.
# 239 (fix65b): rv64d s2, s4c, s6c, s8 on 235, 236. Beside a deposit cell of 7,000 (定金3000，
# …上批欠款4000已付), the debt reported by another party's finance (Alder财务说 — the buyer's own
# name —, 收货人, 代理, 经销商, 进口商财务说, 邮件里财务说), by 回复 (对方会计回复, 客户回复), or
# doubted after (，待查, ，待核实, ，还没查到, ，尚未核实; 上批欠款4000，待查): nothing owed, 3,000
# held → 4,000 owed, 39 days, watch, 7,000 held (the firm's own, 财务说, 公司财务说, 会计反馈,
# 上批欠款4000财务说已付, still pays it; 公司的财务说 now too: 4,000 watch → paid). On a wire the
# same reports doubted (上次欠款X-1，Alder财务说已付 / 客户回复已付): X-1 paid → 5,000, 84 days,
# black. A cancelled line listed 已出货，还没查到: 10,000 black → nothing (unsure). A 7,000
# balance received noting the buyer paid and the money on its way, named by the clause before or
# the bank's word (钱不是已到，在路上; 客户已付，在路上; 银行说另一笔已到，这笔下周到; …另一笔订单
# 的钱，这笔也在路上) or asked (是不是钱在路上？): nothing → 7,000, 72 days, black; the bank telling
# of another wire (银行说另一笔下周到): 7,000 black → nothing.
# 240 (fix65c): rv64d s3, s4a on 237. Talks beside a deduction of another order, product or
# season (扣款500，另一单差价在谈, 新款降价在谈, 明年降价在谈, 下季度降价还在谈, 其他产品差价在谈,
# 此单已定，新产品差价还在谈, 本订单之外的差价在谈: came_words.ANOTHER_ORDER) leave it taken: 500
# owed, 71 days, black → 0 (差价在谈, 该订单的差价还在谈, 汇率差价在谈, 运费差价在谈, 不是另一单的
# 差价在谈: 500 black still). A rest beside a deduction writing no sum (5,000 of 7,000 received)
# said come (尚欠2000于5月收讫, 尚欠2000，5/10到账, 尚欠2000（5/10收）), once owed (原尚欠2000),
# another order's (另一单尚欠2000, 2025-699尚欠2000 under 2025-600), a fee's (样品费尚欠2000) or
# asked (尚欠2000？, 尚欠2000吗) is the deduction's sum: 2,000 owed, 72 days, black → 0 (样品费尚欠
# 2000: 7,000 → 0; alone on the row, 样品费尚欠2000 / 运费尚欠500 are no plan of its money: 7,000 →
# 2,000, or → 0 where all 7,000 came); 尚欠2000, …，客户说已付, …，不是已付, …，还没收到, …，客户说
# 5月已付, 尚欠2000吗？是的, 原尚欠2000，仍未付, the row's own number: 2,000 black still.
# 241 (fix65f): rv64c's payments file imported before the ledger selling its orders. A
# number-only row (2025-701 / 7,000 / 04-20, no buyer, no note, on a 收款 tab or a payments
# sheet) whose number no tab of its file and no stored order has waits for its order, skipped
# as paying an order not in the database yet (it was "no customer"), its file kept and read
# again by the import that first stores an order of that number: March's ledger after April's
# bank file, X 7,000 owed, 72 days, black → paid, as in the months' order; the same receipt on
# the order's own rows counted once; a number two buyers' orders share, a cancelled order's,
# and a noted, refunded or 待收 row stay "no customer", 7,000 black; undo-import of the
# ledger puts the row back to waiting.
# 242 (fix65d): rv64d s6a, s4b, s6d. A short payment the firm granted (客户少付2000，老板同意了;
# 少收2000，给客户的优惠; …同意了。后来的订单不同意; …后来老板又不同意，最后还是同意了) on a
# balance row typing the 5,000 that came, on the typed row or on a sale row of 10,000 received
# 8,000 (or its money on another tab or file) is a discount off the order (part_said.
# granted_short, read by deduction_notes): 2,000 owed, 72 days, black → nothing. A grant only
# needed (要老板同意, 需老板批准, 只要老板同意就行) or to be made up later (老板不同意，最后同意下次
# 补; 老板同意了，下批补上), and one refused as 没同意 (…，最后还是没同意; 老板没同意), is none:
# at 7,000 received nothing → 2,000 owed, 72 days, black.
# A balance row typing its order's number and buyer again reads its plan as the blank-buyer row
# does (客户说下周付, 客户说质量没问题，下周付, 工厂货款还没付，客户说下周付), on the order's tab,
# a later tab or file: nothing → 7,000 owed, 72 days, black (客户说质量没问题，下周付工厂的钱,
# 工厂货款还没付, 已收: nothing still).
# 243 (fix65e): a payment row typing its order's number and buyer again on another tab of the
# file or in a later file (2025-701 / Buyer X / 尾款70% / 收款 7,000 on 04-20; its order 10,000,
# 3,000 received, on March's tab or in March's file) read once the file is written against its
# order's stored lines, as the same row on the order's tab is (core.ledger.typed_apart): noted
# 还差2000, 实收5000, 款已到一半, 还差2000的货，款下周付: paid → 2,000 (3,500) owed, 72 days, black;
# 余款2000未付 (its denial read whole): 7,000 → 2,000, black; 客户少付2000，同意吗？ paid → 2,000
# black; April's file imported before March's: read when March's comes (paid → 2,000 black).
# The same receipt typed again (its sum on its day) counts once, as before; a later file writing
# it again noted 还差2000 is that receipt's note: paid → 2,000 black. A number two buyers write, a
# number of no order, a buyer typed that is not the order's, the row on the order's tab: as 239; the
# buyer's plan (客户说下周付) read as on the order's tab since 242: 7,000 owed, 72 days, black.
# 244 (fix65h): rv65a s4, s8 on 239. On a 7,000 balance received noting the buyer paid, the
# thing on the way named after 在路上 (在路上的是货, 在路上的货也快到了), another wire named
# after the bank's day (明天到另一笔, 下周再到一笔), a due date (…已到账，下周到期; 银行说下周
# 到期: 到期 no arrival, as 已到期 is none) or the question answered come (我问是不是钱在路上，
# 银行说已到; 是不是钱在路上？银行说已到; 钱是不是在路上？财务说到账了): 7,000 owed, 72 days,
# black → nothing (在路上的是这笔, …？是的, …，银行说还没到: owed still). Words of when or how
# sure before a bare 在路上 or the bank's day (目前在路上, 现在还在路上, 应该在路上, 估计还在路上,
# 可能在路上, 是不是在路上？, 是否在路上, 这笔估计下周到) and another wire denied in the clause
# (钱在路上不是另一笔): nothing → 7,000, 72 days, black (after goods, a refund or a fee,
# 货已发，目前在路上, 已退款，估计还在路上, 客户已付运费，现在在路上, a thing named after,
# 目前在路上的是货, or denied, 应该不在路上: nothing still).
# 245 (fix65g): rv65a s1, s2, s3, s7, s9 on 238, 239. The firm's finance after any words naming no
# other party (另外, 并且, 而且, 所以, 今天, 刚才财务说上批欠款4000已付; 上批欠款4000，财务说已付;
# older: 财务那边说, 财务也说, 老板说财务确认) beside a 7,000 deposit cell: 4,000 owed, 39 days,
# watch, 7,000 held → nothing owed, 3,000 held; on a wire (上次欠款X-1，另外财务说已付, 今天财务说已
# 付, 财务那边说已付): X-1 5,000, 84 days, black → paid, 5,025 open, 0 days. The buyer or his side
# speaking in the clause before (客户说，财务说…; 他说，…; 收货人回复，…) or his side's finance
# after the debt (上批欠款4000，收货人财务说已付): nothing owed → 4,000 watch; on a wire his side's
# report (收货人财务说已付, 收货人说已付) or a 已付 asked (已付？, 财务说已付？): 5,025 open → X-1
# 5,000, 84 days, black. On a 7,000 balance received, typed or blank-buyer: 他 after his side's
# supplier (收货人的货代他说我们还没付, 进口商工厂他说…, 代理的工厂他说…, 经销商的供应商他说…), a
# supplier of his agent or dealer (代理工厂还没付, 经销商货代还没付) or the supplier's bill said his
# after (供应商通知我们货款还没付，是客户的): nothing owed → 7,000, 72 days, black; the firm's
# supplier saying its bill unpaid (工厂说我们货款还没付, 工厂他们说我们货款还没付, 工厂那边他说我们
# 运费还没付, 货代说我们运费还没付, 工厂的人他说我们还没付): 7,000 black → nothing owed (the buyer
# saying it, 客户说我们货款还没付, 工厂问题他说我们还没付: 7,000 black still).
# 246 (fix65i): rv65b on 240. A day alone after a rest (尚欠2000，5/10到账, 尚欠2000（5/10收）,
# 佣金已扣 beside, or a whole balance) is no longer read as the rest come: forecasts past the
# file (7/10到账), hopes (约/争取/希望5/10到账), other things received (5/10收到对账单, 投诉,
# 上批货款, 另一单的钱, 到账的是定金), parts (5/10到账一半) and doubts (5/10到账，待核实) cleared
# buyers owing 2,000, 72 days, black (0 → 2,000, 72 days, black; 到账一半 3,500 → 2,000;
# at 7,000 received 0 → 2,000 black, as before 240); 收讫/已收到 of another or an earlier order's
# money or the deposit's (另一单收讫, 上批货款已收到, 定金货款收讫) is no rest come: 0 → 2,000
# black; nor hoped or guessed (余款约5/10到, 争取5/10付清, 希望已付清: rest_came.NOT_COME): 0 →
# 2,000 black. Beside a deduction, a rest's clause naming this order after another's (新单下了
# 本单尚欠2000, 另一单已付清本单尚欠2000, 不是另一单是本单尚欠2000), the order's own number with
# a paper's letters or a short year (PI2025-600, SC2025-600, 25-600: noted_orders.
# another_number, one reading with own_row_deductions), asked why (为何尚欠2000？), once owed
# but dragged or silent (原尚欠2000，客户一直拖 / 至今没回复), 太原 (a place, not 原) or the
# goods' own rest (货尚欠2000) is the rest owed: 0 → 2,000, 72 days, black. Talks of another
# order joined with this one's (另一单和这单的差价都在谈, 差价连同另一批一起协商中), this order's
# after (另一单已谈妥本单还在谈, 其他产品没问题这批差价还在谈), a season's deadline (差价在谈明年前
# 定下来), a deduction's own words (新款的质量问题还在谈, 新产品质量扣款还在谈) or beside 不认
# (客户不认，另一单差价在谈) leave it undecided: 0 → 500, 71 days, black.
# 247 (fix65j): rv65c s2, s10, s11. A consent grants a short payment only as the firm's (老板,
# 经理, 我们, 公司, or no one named) with nothing after it in its clause but the grant (老板同意了,
# 同意让利, 同意给客户优惠, 接受了客户的要求, 老板批准) or a figure as large as the shortfall (同意
# 让2000); 确认 and 认可 confirm the debt, no grant. At 5,000 received on the balance row (blank
# or typed) and on a sale row of 10,000 received 8,000, 客户少付2000 and 客户已确认, 已和客户确认,
# 对账已确认, 客户认可欠款, 老板确认要追回; 老板同意发货, 下单, 先放单, 下月付, 后面再付, 分期, 宽限
# 一个月, 走法律程序; 经理同意先发货; 同意月底付清; 客户同意了; 客户说老板同意了; 老板同意了上单的:
# nothing → 2,000 owed, 72 days, black; 老板同意让1000 (a grant less than the shortfall): nothing
# → 2,000 black (its 1,000 not read as granted); at 7,000 received the same wordings (no rest
# read): nothing → 2,000 black, as 客户少付2000 alone; 老板同意催款: 7,000 → 2,000 black.
# 248 (lead65a): rv65d s3 on 245. The firm's own agent or dealer is none of the buyer's side:
# 我们的代理工厂还没付, 我司代理工厂还没付, 我们的经销商货代还没付 (its supplier the firm's, its
# bill the firm's own): 7,000 owed, 72 days, black → nothing owed; 代理工厂还没付, 客户的代理工厂
# 还没付 (his side's, fix65g): 7,000 black still.
# 249 (fix65k): rv65c s1, s6, s9. A payment row's plan read where the money came after it or
# the plan is of other money, on the blank-buyer, number-only and typed balance rows alike (the
# order's tab, a later tab or file): the money said come after the buyer's word with 到了 and
# no 已 (客户说下周付，实际4月20日到了 / 4月20日到了 / 钱到了 / 结果当天就到了: came_words.
# ARRIVED), a fee planned (客户说下周付运费 / 样品费 / 佣金 / 差价, 4/20收，客户说下周付运费,
# 客户答应下周付运费, "customer will pay the freight next week") or another order's money
# (客户说下周付另一单的货款, 客户说2025-699的货款下周付, 客户说下周付2025-699, 客户说下周付
# 上一单的, 客户说上一单的下周付, 预计下周付另一单的货款, "…for another order": plan_of.
# plans_else): 7,000 owed, 72 days, black → nothing. The fix57c fees the buyer gives (客户说
# 下周给样品费 / 运费 / 模具费 / 佣金, 客户说样品费下周给) likewise: 7,000 black → nothing. The
# money about to come (客户说钱快到了, 客户说款就要到了) is his plan: nothing → 7,000 black.
# 客户说下周付 / 尾款 / 货款, …，还没到, …，钱还没到, …，钱快到了, …，货到了, …，到了港口再付,
# 客户说下周付运费和货款, the row's own number (客户说2025-600下周付 on 2025-600), a fee included
# (客户说下周付含运费), this money with or at a later order (客户说下批一起付, 客户说和另一单一起付,
# 客户说下批付, 客户说新订单下周付, 客户说下个季度付): 7,000 black still.
# 250 (lead65b): fix65k's plan of another order read a day written as a number (客户计划付款
# 2025-07-15到账, 预计7-15到账) as another order's number: a plan of this balance after the as-of
# date, 7,000 owed, 72 days, black, read paid (test_fix54h on the lead's CI) → 7,000 black again.
# 251 (lead65c): fix65k's plan of another order read any number in the plan's clause as
# another order's (the buyer's PO: 客户说PO45210下周付 under 2025-600, 7,000 owed, 72 days,
# black, read paid); now the one reading of another order's number (noted_orders.others_number,
# moved from deduction_rest: another of the row's series, 2025-699 under 2025-600, or none of
# it known; letters alone, L/C, T/T, no number) → 7,000 black; 客户说下周付2025-699: paid still.
# 252 (fix66d): rv65d s3, s5. A bare 代理 is the firm's own export agent, not the
# buyer's side (buyer_word.HIS_SIDE: 收货人, 进口商, 经销商; his only named so, 客户的代理,
# 收货人代理, 他的代理): 代理工厂还没付, 代理的工厂他说我们还没付, 代理工厂货款还没付,
# 代理工厂通知我们货款还没付, 还没付代理工厂 on a received balance row 7,000 owed, 72 days,
# black → nothing; 定金3000，代理财务说上批欠款4000已付 (the firm's agent's finance) 4,000,
# 39 days, watch, 7,000 held → nothing owed, 3,000 held. Freight and insurance denied are
# fees, not the balance (owed_said._ELSE_WORDS takes part_of.FEES): 运费还没付, 未付运费,
# 客户运费还没付, 货代说客户运费还没付, 出口代理的运费还没付, 客户通知我们运费还没付,
# 海运费未付, 保险费没付, 运费未付尾款已付: 7,000 black → nothing. The firm's supplier
# telling its bill after the buyer's word (客户说，工厂说我们货款还没付, 客户说，工厂通知
# 我们货款还没付) is none of his plan: 7,000 black → nothing. The earlier debt asked and
# answered paid on a wire (客户问：上次欠款已付？财务说已付, 上次欠款已付？财务说已付):
# X-1 5,000, 84 days, black → X-1 paid, 5,025 open, 0 days. Still 7,000 black: 客户的代理
# 还没付, 他的代理工厂还没付, 收货人代理工厂还没付, 经销商还没付, 经销商货代还没付,
# 货代说客户尾款还没付, 尾款和运费还没付, 未付运费和货款, 客户说工厂说我们货款还没付,
# 客户说，工厂说还没付; X-1 5,000 black still: 客户问：上次欠款已付？财务说未付 / 客户说
# 已付 / 财务说已付？, 客户问上次欠款已付？ alone.
# 253 (fix66c): money said paid but not in yet, read right (rv65d s4, s5): another wire or
# order said come beside this one on its way (客户已付，钱在路上，另一笔已到; 另一笔已到，这笔还
# 在路上; 尾款未收，另一单已收: the other's coming read as this money's), this sum joined with
# another (这笔和另一笔都在路上), a bare day after his paid word (客户已付，大概下周到), and a bill
# accepted not matured (客户已承兑，下周到期; 已承兑，到期日6/30; 客户已付，银行说下周到期; "D/A
# accepted, matures next week": 到期 read as no arrival): nothing owed → 7,000, 72 days, black;
# the money come beside another on its way, matured and received (已承兑，已到期收汇), the firm's
# own bill (我司已承兑), another's, a refund's or the credit's expiry stay paid
# (core.ledger.money_on_way, split from buyer_word).
# 254 (fix66a): rv65d s2. A rest said on a balance row (还差2000 / 余款2000未付 on 7,000
# received) and then said another order's, the bank's charge, answered no or withdrawn, on the
# order's tab, typed on a 收款 tab or in a later file alike (deduction_rest.this_rest, the one
# reading of a rest beside a deduction, now asked by part_said too): 还差2000是2025-702的 /
# 还差2000，是另一单的 / 还差2000是上一单的 / 还差2000，属于另一单 / 余款2000未付是另一单的 /
# 客户问还差2000吗？我们说不差 / 还差2000是银行手续费 / 余款2000未付的说法不对(，已全付) /
# 还差2000，搞错了 / 客户说还差2000？核对后已全收 (rest_came: 已全收, 已全付 a rest come):
# 2,000 owed, 72 days, black → nothing. Before its figure, as beside a deduction: 另一单还差
# 2000, 2025-699还差2000, 不是还差2000, 没有尚欠2000, 原尚欠2000 → nothing (佣金已扣，下批尚欠
# 2000 on 5,000: 7,000 → nothing, the 2,000 the commission's). Beside a deduction (5,000
# received): 佣金已扣，尚欠2000吗？我们说还差 and 佣金已扣，客户下批再付尚欠2000 (the rest paid
# with the next lot, no other order's) nothing → 2,000 owed, 72 days, black; 不是尚欠2000吗？
# rhetorical, a rest. Owed still: 还差2000, 还差2000，是本单的,
# 2025-701还差2000 under 2025-701, 还差2000，客户说是另一单的 (his claim), 还差2000是另一单的
# 吗？, 客户问还差2000吗？我们说还差, 还差2000？ (a doubt alone stays as written), 余款2000
# 未付, 还差2000手续费另付 / 还差2000是手续费，另付. A typed row away from its order reads its
# note's bank charge as its tab does (还差2000手续费另付: 4,000 → 2,000; 手续费15，余款1000未付:
# 1,015 → 1,000, typed_apart._charge).
# 255 (fix66f): rv65c s1 and fix65i's leftovers. On a 7,000 balance received (typed, number-only
# or blank-buyer row), the firm waiting for the buyer's money (等客户付款, 等客户付尾款, 在等客户
# 汇款, 等待客户回款, 等款, "awaiting payment": plan_said.PLAN): nothing → 7,000 owed, 72 days,
# black (等了很久终于到了, 等客户确认后已收, 等货到后付, 等工厂付款, 等客户付运费, 等客户付款的是
# 另一单, 不用等客户付款了: nothing still). A rest or plan of another order by its words or a
# number the sheet sells outside the row's series (另一单尚欠2000, 新订单尚欠2000, 2025-4999尚欠
# 2000, X99-1尚欠2000 with X99-1 sold on the sheet, 客户说X99-1下周付: part_said.others_rest,
# noted_orders.others_number with the numbers sold): 2,000 or 7,000, 72 days, black → nothing
# (X88-1 / PO45210 / HT-0315尚欠2000, of no order known, 另一单已付清本单尚欠2000: 2,000 black
# still; beside a deduction the numbers sold are not asked: 佣金已扣，X99-1尚欠2000 2,000 black,
# as before). A later lot as the time a rest is paid, not its owner (佣金已扣，客户下批再付尚欠
# 2000 on 5,000 received: rest_came.rest_of_another, one reading with the balance row's):
# nothing → 2,000, 72 days, black (新订单尚欠2000 beside it: nothing still). A day alone after a
# rest not after the sheet's last date received (尚欠2000，5/10
# 到账, 尚欠2000（5/10收）, 到账5000，尚欠2000，5/10到账 on a sheet ending 06-30:
# order_payments.OrderPayments.last, rest_came.came_later): 2,000, 72 days, black → nothing
# (7/10到账, 希望 / 约 / 预计5/10到账, 5/10收到投诉 / 上批货款, 5/10到账一半, 5/10到账，待核实 /
# 退回了, or the sheet ending 04-20: 2,000 still; beside a deduction or on a typed row elsewhere
# not asked: 2,000 still). Talks beside a deduction whose claim words another or an earlier order
# owns (扣款500，另一单的索赔在谈, 上批的质量扣款在谈, 其他订单质量问题在谈): 500, 72 days, black →
# taken, nothing (这单和另一单的索赔在谈, 新款的质量问题还在谈, 明年的索赔在谈: 500 black still).
# 256 (fix66e): grants finished, on a balance row of 5,000 received of 7,000 (or the 7,000 typed,
# the typed row, a sale row of 10,000 received 8,000). A grant of less than the short payment
# lets that much go (客户少付2000，老板同意让1000; 给客户优惠1000; 优惠1000已批准: a 1,000
# discount): 2,000 (0 where the grant word wrote its figure) → 1,000 owed, 72 days, black. A
# thousands comma (老板同意让2,000) no clause's stop: 2,000 black → 0. English (short 2000,
# boss agreed; underpaid by 2000, we accepted; boss agreed to waive 2000) and a grant of a
# figure with no short said (老板同意让2000, 老板同意免2000) as the Chinese: 2,000 black → 0
# (not the buyer's, refused, asked, another order's or thing's). A grant set off on a later
# order (老板同意让2000，下单再扣; 下批抵, 下个订单里扣): 0 → 2,000 owed, 72 days, black; a
# deduction said taken there (佣金2000，下个订单里扣) not taken yet: 0 → 2,000 owed. A grant after
# an earlier or another order named (客户少付2000，上单老板同意让2000): 0 → 2,000 owed, black.
# 257 (fix66g): rv66a s1–s6, fix66d mended. A balance joined to a fee by any joining word
# (part_of.JOINS, one list before and after the denial: 含, 连, 加, 包括, 带, 跟, 同, 和, 及…) is
# the balance denied: 货款含运费未付, 尾款含运费还没付 / 没收到 / 未到账, 尾款含保险费未付,
# 尾款连运费还没付, 尾款加运费还没付, 货款加海运费还没付, 尾款包括运费还没付, 尾款带运费都没
# 付, 货款跟运费都没付, 货款同运费还没付, 还没付运费跟尾款, 还没付运费同货款, 尾款和海运费还没付
# (海运费 whole): nothing owed → 7,000, 72 days, black. A fee with its figure (运费500还没付) is the
# fee's: on a 7,000 receipt 7,000 black → nothing, on a 6,500 one 7,000 → 500 black; "freight /
# insurance not paid yet" 7,000 black → nothing. The earlier debt said paid by the firm's finance
# then doubted (，待确认, （待核实）, ，不确定, ，还要查, ，但没找到水单, ，其实还没到, ，客户说
# 下周再付X-1), asked and answered (客户问：上次欠款已付？财务说已付，…) or not (上次欠款，
# 财务说已付，…): X-1 paid, 5,025 open → X-1 5,000, 84 days, black; beside a deposit 上批欠款
# 4000已付，还要查 / ，还需要核实 nothing owed → 4,000, 39 days, watch, 7,000 held
# (unsure_words.UNSURE: 还要查, 没找到).
# An import or customs agent and a dealer (进口代理, 清关代理, 代理商) are his side: 进口代理工厂
# 还没付, 清关代理工厂还没付, 进口代理的工厂还没付, 代理商工厂还没付 nothing → 7,000 black;
# 定金3000，进口代理 / 清关代理 / 代理商财务说上批欠款4000已付 nothing owed, 3,000 held → 4,000
# watch, 7,000 held. His word a bare time (客户说过几天, 客户说月底, 客户说下周吧; …，工厂说我们货
# 款还没付; 客户说过两天，货代说我们运费还没付): nothing owed → 7,000 black. Still nothing owed:
# 运费还没付, 客户运费还没付, 运费未付尾款已付, 未付运费同时尾款已付, 尾款已收，运费和海运费还没
# 付, 代理 / 出口代理 / 我们的代理工厂还没付, 客户说过几天发货, 另一个客户说过几天; X-1 paid still:
# …财务说已付 alone, ，已确认, ，谢谢, ，本单余款下周付.
# 258 (fix66b): rv65d s1 E4, E5, E8, s6. A typed payment row on another tab or in a later file
# (2025-701 / Buyer X / 尾款70% / 7,000 on 04-20 noted 还差2000; March's order 10,000, 3,000
# paid) read again at every import from its money as typed, against its order's lines as they
# then stand (core.ledger.typed_apart, meta "typed_apart"): March's copy corrected to 12,000
# after April's file: 4,000 → 2,000 owed, 72 days, black; May's file writing the order at 9,000:
# 1,000 → 2,000, black; March's copy writing the same receipt under its order after April's
# (尾款 7,000 04-20 typed in April, 尾款70% 7,000 04-20 on March's tab): 7,000 on account →
# nothing (counted once). An order cancelled after, or its number two buyers' now: as read
# before (3,000 + 5,000 on account). A held row naming its order under its buyer written
# otherwise (ALDER HOME TRADING L.L.C. on Alder Home Trading LLC's 2025-701, a payer buying
# nothing: paid_for.Named, as payer_named folds a typed 收款 row, its words but its company
# forms the same, every letter: paid_for.unformed, Buyer V no Buyer X) is that buyer's
# (core.ledger.held_buyers): 7,000 black, "not in the database yet" for good → 2,000 black (no
# note: paid), on a 收款 tab, in a later file, or imported before March's; a name none of the
# number's buyers' (Beta Corp) or buying in its own right: not counted, as before (7,000
# black), skipped saying whose the order is (held_other_buyer), no longer waiting. A row of
# its number alone (no buyer typed: number_only) is no typed row away from its order (the
# reference's reading): read as before.
# 259 (fix66h): rv66b's review of 253. A clause saying this money came is no longer thrown out
# for naming another order or wire (另一单和尾款已收, 收到另一单及尾款, 下批定金和尾款已到账,
# 尾款7000和另一单3000已收, 尾款+另一单货款已到账, 4/20连同另一单一起收到, 4/20已到账另一笔还在
# 路上, 尾款已收另一单下周付; 4/20到账后客户又下单: a bare 下单 the verb, no order; 没有别的费用:
# 别的 of a fee no wire) — another's word only before the came word or as its object, and none
# where the clause names this money (payment_row_money._others_came); a bare day after his paid
# word naming a place or goods (客户已付，下周到目的港, 明天到仓库, 大概下周到齐, 下周到，不是钱是
# 货) and the slip's day (银行水单到期日5/19): 7,000, 72 days, black → nothing owed, dated after a
# plan, 催款中, 尾款未收到 or 钱在路上 and undated on the note alone. Two other orders joined (尾款
# 未收，另一单和新订单都已收), a term in days (客户已承兑，90天到期), an English maturity ("D/A
# accepted, maturity 6/30", "accepted the draft") and 预计下周到: nothing owed → 7,000, 72 days,
# black.
# 260 (fix66i): rv66c, fix66a mended — a rest said on a balance row of 7,000 received (and beside
# 佣金已扣 on 5,000) is another order's, the bank's charge, answered no or wrong only where the
# firm surely says so of the rest itself (nothing, 这, 这笔, 这2000, its 未付, or 财务核实, 经核对
# / 财务说 before 是). The buyer's claim (还差2000，客户坚持 / 反馈 / 回复 / 的意思是 / 一口咬定是
# 另一单的, 客户声明是银行手续费; 还差2000？客户说不差 / 客户回复不差 / 他说不差), a hedge (可能 /
# 应该 / 估计 / 好像 / 大概 / 要确认 / 待确认是…, 是另一单的，待核实, 算不算另一单的, 我们说不差吧
# ，待核实 / 不差，待核对), another figure or thing (另1000 / 定金 / 运费 / 样品费是另一单的,
# 那笔1000属于上一单), the disowning withdrawn (是另一单的说法不对), another thing wrong (还差2000
# 的日期写错了), the other money come (其余 / 其他已全付, 其他都已全部收到, 其余已全收, 其余已付),
# a later lot it is paid with or the order placed (算到下批货款里, 算在下一单付, 是下批发货前付的,
# 是下单时约定的尾款), another product (是新款的, 是其他产品的): nothing → 2,000, 72 days, black. A
# part said another order's or the bank's (其中500是银行手续费: 1,500; 其中1000是另一单的, 有1000是
# 上一单的: 1,000) and the firm's correction (客户问还差2000吗？我们说不是2000，是3000; 还差2000吗
# ？不是2000是3000: 3,000): nothing → that sum, 72 days, black. Still nothing: 是2025-799的, 是另一
# 单的, 财务核实, 经核对 / 财务说是另一单的, 这笔 / 这2000是另一单的, 是下批的, 还差2000吗？不是 /
# 财务说不差.
# 261 (fix66j): rv66d's review of fix66f (255). On the 7,000 balance row received 04-20 of a
# 10,000 order (3,000 deposit paid), as of 06-30: a day alone after a rest or a figure is no
# longer read as the rest come (fix66f's OrderPayments.last / came_later(until) taken out; back
# to fix65i's): 实收5000，4/20到账 / 实收5000，4月20日到账 / 到账5000，4/20收到 / 实收5000（4/20
# 到账） / 实收5000，少2000，4/20到账 / 实收5000，运费5/10到账, 尚欠2000，4/20到账 / 尚欠2000（4/20
# 收） / 尚欠2000，4/15到账, 尚欠2000，运费5/10到账 / 佣金5/10收到, 须于 / 大概 / 可能 / 若5/10到账,
# 5/10到账（预计）, 2026/5/10到账, a last date pushed late by a plan row (7/5到账): nothing → 2,000
# owed, 72 days, black; 尚欠2000，5/10到账 / （5/10收） the same (a good buyer paid by 05-10 listed
# again, as fix65i; as of 05-01 2,000 open, not nothing). Another order owns a rest only right
# before it (rest_came.rest_of_another, rest_owner: X99-1尚欠2000, X99-1的尚欠2000, 另一单尚欠2000
# stay nothing): X99-1多付的1000抵扣后尚欠2000, 和X99-1合并结算尚欠2000, 按X99-1 / 2025-4999同价
# 尚欠2000, 其他型号 / 其他产品 / 别的款式 / 新品尚欠2000, A款已付，其他款式尚欠2000, 新客户新订单
# 尚欠2000: nothing → 2,000, 72 days, black. A number whose goods' coming is his condition owns
# no plan (plan_of._UPON: 客户说X99-1到了就付, X99-1的货到了再付, X99-1到港后付): nothing → 7,000,
# 72 days, black (客户说X99-1下周付 stays nothing). The firm's wait denied, past, someone else's,
# its way of selling or 等 "and so on" (plan_said._no_wait: 没有等客户付款就放单了, 未等客户付款就
# 发货, 不需要等客户付款, 等客户付款等了一个月, 3月一直在等客户付款, 等客户付款后才放单, 等款到
# 发货, 等客户付款后安排生产, 供应商在等付款, 客户等付款通知, T/T等付款方式均可, "not waiting for
# payment", "no longer awaiting payment"): 7,000, 72 days, black → nothing (等客户付款, 一直在等
# 客户付款, 我们在等客户付款 stay 7,000 black). An earlier lot's claim in talks beside a deduction
# on 6,500 (扣款500，上批索赔在谈, 上批的质量扣款在谈): nothing → 500, 72 days, black (本单已谈妥，
# 上批的质量问题在谈 stays nothing).
# 262 (fix66k): rv66e's review of 256 (fix66e) and 257 (fix66g). A wire's earlier debt said
# paid by the firm, then
# a clause doubting or putting off another matter (还要确认下批数量, 样品待确认, 提单待确认, 没找到
# 发票原件, 新订单数量还要确认, 差额下周付, 发货时间待确认; X-2 after X-1 named, 上次欠款X-1，…，
# 客户说下周付X-2): X-1 5,000, 84 days, black → X-1 paid, 5,025 open, 0 days (named_papers.
# doubted; of the money or its proof, 货款待确认, 水单待确认, or bare, black as before). The
# buyer's bare time after another matter named (发货时间客户说月底, 交期客户说月底, 船期：客户说
# 下周, 验货：客户说过几天, 问客户何时验货，客户说下周吧): 7,000, 72 days, black → nothing owed
# (buyer_word._time_of_else). A short payment's English consent or waiver of another thing
# (sample/PI/quality/shipment approved, freight waived), a count short (short 2000 sets, pieces,
# pairs), a later set-off in English (will deduct from next order), 样品已批准, 运费减免了, and a
# consent to pay later (客户少付2000，下周付，老板同意了; …老板同意了，下周付): nothing → 2,000, 72
# days, black. The next order this one (上批质量问题说好下单扣，老板同意了; 是上批说好下单扣的;
# 上批质量问题说好下单扣，这次扣了2000: short_granted.later_set_off): 2,000, 72 days, black →
# nothing owed. A grant's figure and the rest's after a comma (客户少付2000，老板同意让1500，500
# 下周付; 让1200，800月底付), folded 1500,500, two figures, not one grouped: 2,000 → 500 (800),
# 72 days, black.
# 263 (fix66l): rv66f's review of fix66b (258). A typed payment row away from its order
# (core.ledger.typed_apart) is read against the order's receipts of its day or before only: a
# later receipt pays the rest its note said owed and no longer makes the note read otherwise.
# March 10,000 (3,000 paid), April's typed 尾款 5,000 04-20 noted 还差2000, May's typed 2,000
# 05-20 noted 尾款付清, or no note, or written under the order on March's copy: 2,000, 72 days,
# black → nothing (rv66f Q5e, Q5c, Q5h); April's 7,000 还差2000 beside May's 2,000 尾款补齐 then
# March corrected to 12,000: 2,000 black → nothing (3,000 + 7,000 + 2,000, E4's reading of the
# note); both rows on one 收款 tab: 2,000 black → nothing (Q5d). E4, E5 kept (2,000 black); a
# receipt dated before the row booked later (2,000 on 04-10) still read against it (2,000
# black). A kept line is weighed again only when its order's lines changed since (meta
# "typed_apart" keeps their mark): 12,000 kept lines 6.9 → 0.27 s CPU at each
# unrelated import.
READER_VERSION = 263
# the first reader to read a later file's lot as a line of its own (lots35): an import by an
# older one may have made up a lot's balance as received (core.ledger.lot_balances)
LOTS_APART = 13
