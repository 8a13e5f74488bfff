"""The reader's version: part of every import key, so a release that reads rows otherwise
has a firm's files read again the new way when it imports them again (kept apart from the
importer, whose length it would otherwise be: one line of history a change).
"""

# Which reading of a ledger an import used. A file is "already imported" only when imported by
# this reader; bump it when a release reads rows otherwise, so a firm told to import its last
# months again after an upgrade gets them read the new way (updated, never counted twice).
# 2–150: what each read otherwise is in docs/reader_versions.md.
# 151 (fix59d): a balance received whose note says in words what part came is that part, the
# rest open (one reader, core.ledger.part_said; rv58c s232, rv58d s240, on a 7,000 balance of a
# 10,000 order whose 3,000 came): 款已到一半, …只到一半, …终于付了一半 7,000 → 3,500 open,
# 72 days, black; …还差2000 7,000 → 2,000; 停止催款，已到账3000 0 → 4,000; 实收6,985（手续费15），
# 还差500 0 → 500; 收到50%，余款未到 7,000 → 3,500; 手续费15，余款1000未付 on 3,885 of a 4,900
# balance 4,900 → 1,000; "received 5000, still owes 2000" / "balance not yet paid" as 尚欠2000 /
# 余款未付 (0 / 7,000 → 2,000). A plan or a chase beside the deposit said paid (…之前催了好几次，
# 客户已付定金; 催款结束，已付定金) is the balance owed (0 → 7,000, black); 没有尾款了 is nothing
# left (7,000 black → 0).
# 152 (fix59b): a 代…付款 note naming the buyer by the first word of its name, of three letters
# or more, the one customer whose name begins so, is that buyer's (rv58a s227 o3, o5: a
# changer's 5,000 noted 代Alpha付款，不含INV-103 pays Alpha Haushalt GmbH's oldest: Alpha 16,000
# open, 119 days, black → 11,000, 89 days; the changer's 5,000 on account → no customer; an
# agent's 12,000 noted 代Khartoum付款 for a Khartoum owing nothing: Hassan 0 and 7,000 on account
# → 5,000 open, 89 days, black; Khartoum 12,000 on account); so is one stored from a receipts
# book imported before the sales book, by its first word or words (代Alpha付款, 代Alpha Haushalt
# 付款: the changer's 5,000 on account, Alpha 16,000 black → 11,000). An agent's note saying his own
# goods too (代Khartoum Star付款及本司货款, 含我司货款) pays his own open first (rv58c s231 a:
# Hassan 5,000 black → 0; Khartoum 12,000 on account → 7,000). Whether the buyer owed nothing
# on an agent's wire of just his own open is read on the wire's day, its orders placed after
# left out: Khartoum's INV-K2 (06-01) in a June book imported first, or in the wire's book:
# Hassan 8,000 open, 89 days, black → 0; Khartoum 0 → 8,000 open, not yet due.
# 153 (fix59g): the rest of a part paid on a line of its own under the sale row (品名 余款 / 尾款),
# dated after the row's 收款 and of the same sum, is a second payment, not the row's receipt
# broken down (rv59b s17: 6,127.50 on the row 11-12 and 6,127.50 on a 余款 line 12-20: 6,128
# open, 19 days → 0; in the year books watch, Luanda black at 121 days → paid); so is a balance
# on its 尾款50% line of a 50%定金 row's sum (6,127.50 open, 42 days, watch → 0).
# 154 (lead, rv59c s260/s262/s263): a field changed (数量改为1000pcs, 交期改为20250601) or a
# year (改为2026年再下) names no successor: the wire naming the cancelled PO-R1 revives it (PO-R2
# 6,000, 91 days, black, was hidden under 4,000 credit); a wire noting the order went ahead
# (客户又要了，照常出货) revives it beside an open order of its sum (0 → 10,000 black); 现10 beside
# 原价12 is a price: the share cut (10,000 → 5,000); a deduction agreed on a condition
# (客户同意后再扣, 等客户同意) not taken (0 → 500 black).
# 155 (fix59c): a row of money whose note pays back another order's deduction (补付PO-D1质量扣款
# on PO-D2's row) is that order's: PO-D1's credit note withdrawn (Delhi 500 credit → 0, revenue
# 17,500 → 18,000; a sister firm's 补付PO-H1质量扣款 on its own PO: its 500 credit → Hamburg's
# PO-H1 paid, 10,000 sold). A first import weighs the store's money as later ones did: a
# deduction paid back on the book's own 收款登记 (补付质量扣款 500) withdraws its credit note
# (9,500 sold and 500 credit → 10,000 sold, none). Money moved into a cancelled order from
# another (PO-R2的款转入本单, 货款由PO-R2转来) brings its line back paid (10,000 credit → 0, 10,000
# sold). A 合并付款 wire for invoices noting a deduction fills those first, each less its note:
# short beyond them on one noting none (9,000 noted 质量扣款500 + 12,000, wire 20,000: 1,000
# open, none read → 500 read, 500 open, black); every one noting one and short beyond by less
# than any invoice, each read (19,000 for both noted: 1,500 → 1,000 open); the invoices a
# wire's cell names taken in their keys' order, not a set's (a wire short by an invoice read
# 10,500 or 11,000 open as the run's string hashing fell → 10,500 each run).
# 156 (fix59j): the rest owed said paid after it (尚欠2000已于4/25付清, 尚欠2000，已于4/25付清,
# 尚欠2000，4/25已补齐) on a 7,000 balance received 04-20 is paid (7,000, 72 days, black → 0;
# rv58d s240 B3); an undated balance (no 收款日期, the order's 定金 dated) whose note says it came
# and puts off only another order, the goods, a fee, a commission or what we pay (尾款已收，新订单
# 定金下周付款; 已收，下批货款下周付; 尾款已结清，运费下周付; 已到账，佣金下周付; 尾款已收，下周付款
# 给工厂; 客户已付，月底付的是下一单; 尾款已收; 已收) is received, stored with no date as an undated
# 收款 is (7,000, 72 days, black → 0; rv58c s232 E17–E21, E23, s232b U00, U02, U03); a
# commission put off after the buyer's paid word (客户说已付清，佣金下周付) is no plan of the
# balance (7,000 black → 0).
# 157 (lead, rv59d s270/s271/s273): 我司/本司货款 in the clerk's voice are the seller's goods
# (代Khartoum Star支付我司货款, 不含本司货款: Hassan 0 → 5,000 black, Khartoum 5,000 black → 0);
# 代Star付款 where Star is a word of two customers' names names nobody (Star Lighting 0 → 6,000
# black); a deposit's line repeating the row's deposit, or lines that would pay the order twice
# over, are the row's breakdown (5,300 → 10,300 owed; 6,955 credit → 5,300 owed); 客户验货后同意
# / 老板同意了才扣的 an agreement (500 black → 0).
# 158 (fix59l): a part a balance's note says of something else than its money is none
# (rv59c s261, s264, s265, on a 7,000 balance of a 10,000 order whose 3,000 came): a share of
# the goods, the freight or the means (一半已到港，另一半下月出; 球阀三分之一已到，余下5月发;
# 付了一半运费; 汇了一半美金一半人民币; 收到一半是电汇，一半是支票), the other half said come
# (收到一半，4/28收到另一半), an earlier order's rest (上单还差2000; 已到账7000（含上单还差
# 2000）), goods short (还差2000的货下月补发), the deposit's wire named after its figure
# (3/2已到账3000（定金）): 2,000 to 4,667 open, 72 days, black → paid. 客户说没有尾款了,
# 客户认为没有尾款了，拒付: 0 → 7,000 open, 72 days, black. Goods, papers or samples come, or
# freight paid, after 到账5000，尚欠2000 (货已到齐, 单据已收到, 货已到港, 样品已收到,
# 已付运费): 0 → 2,000 open, 72 days, black.
# 159 (fix59h): a PI shipped in lots beside a deduction or a deposit line (rv59b s19-s21).
# A 合并付款 row noting 质量扣款500 whose partner PI's lot row is itself a merged wire (合并付款，
# 含YW25-0206货款9072，第二批) shares all their money as one wire: Dhaka's 500 read settled (0
# open where 500, 56 days, watch). A register wire paying a noted invoice and exactly whole
# lots of another PI pays those lots, not the unpaid second: Muscat's 44,069 = 20,465 + lot 1's
# 23,604 settles its 500 (15,736 open, 0 days, where 16,236, 26 days), in a later file too; a
# merged first-lot row pays its lot and the next lot's deposit share before the partner (Baltic
# 6,818.50: 1,743 open, 0 days, where 2,243, 10 days). A 定金30% line under a
# PI's first lot (分批出货，第一批) more than that lot is the PI's deposit, not a note: Tbilisi's
# 3,000 under a 1,000 lot is money (700 open, watch, where 1,000, black).
# 160 (fix59e): a deposit sent back of the buyer's previous order (退上次定金, 退之前的定金) or
# typed with a space in its number (退PI 50定金) is a refund, of that deposit (rv58c s230 a2,
# b3: 3,000 open, 2,000 held or on account → 5,000 open, PI-77's 6,000 held); a 状态 cell
# reinstating a cancelled line only once the buyer confirms (恢复出货待客户确认, 已恢复，待确认,
# 待恢复出货) leaves it cancelled, as the same words in the 备注 do (10,000 owed, black → 0).
# 161 (fix59k): a payments tab's wire from a payer buying in his own right, naming another
# buyer's cancelled or paid order, pays his own open orders where he owes that much (rv59a s253
# f1: Kobe's 10,000 naming Rio's cancelled PO-R1: Rio 10,000 on account → 0, Kobe 10,000 open,
# 91 days, black → 0), the receipts file imported first too (Rio's PO-R1 brought back paid with
# Kobe's money → cancelled; Kobe black → 0); a cancel note naming the new order (客户取消，重新
# 下单PO-R2, 改成新单PO-R5) cancels its row (s253b g2: PO-R1 10,000, 60 days, watch → 0).
# 162 (fix59m): a wire naming a cancelled order whose cancel note names its successor (已取消，
# 改为PO-R1A) brings it back paid where that successor is stored cancelled too (PO-R1A 已取消):
# no live order took the money (Rio 0 open, 4,000 credit → PO-R2 6,000 owed, 91 days, black).
# 163 (lead, fix59l's note): goods, papers or a port come after the balance said not paid
# (尾款还没有，货已到齐 / 单据已收到; 尾款未付，货已到港) are not the balance come (0 → 7,000,
# 72 days, black).
# 164 (lead, rv59e s281/s288): a wire naming another buyer's cancelled or paid order moves to
# its payer (fix59k) only where it is the order's one wire, its note names neither the buyer nor
# an order (替Rio Casa付款, 子公司Rio货款, 实付PO-R2) and it is not the sale row's own receipt
# booked again (the same sum within three days): Kobe 0 → 10,000, 91 days, black in each.
# 165 (lead, rv59e s283): an undated balance noting its own order's balance put off (已收，
# 2025-708尾款下周付 on 2025-708's row) is owed, as 已收，尾款下周付 is (0 → 7,000, 72 days, black).
# 166 (lead, rv59e s286): a later line of the row's sum naming a second deposit (第二笔定金)
# is a payment of its own, not a repeat of the row's deposit (6,128 owed → 0).
# 167 (lead, rv59e s282): half the money said beside the goods' rest shipped later (尾款到了
# 一半，另一半货下月发; 只收到一半，剩下的货下月补发) is half the balance (0 → 3,500,
# 72 days, black).
# 168 (lead, rv59g s291/s292/s295/s290): a bank's reference, a sum or a share in a payer's
# wire note (TT REF FT25130XK7, MT103, 水单号HK2025051, TT30%) or a word holding the buyer's
# first word (priority, Mario) names no one: Kobe's wire pays his own (10,000 black → 0); a
# longer number holding the row's own (2025-7011 on 2025-701) is another's (7,000 black → 0);
# 客户已收到一半 beside the goods' rest is the goods' (3,500 black → 0); 到了一半 / 收了一半 /
# 款到了一半 there half the money (0 → 3,500 black).
# 169 (lead, rv56f s161 S09 in the all-reviewers rerun): a part's figure followed by the
# deposit said received apart (实收4000（首付款另收）) is the balance's part (0 → 3,000, 72 days,
# black).
# 170 (lead, the mid-session CI): 163's goods come are goods, papers, fees or a port, not the
# deposit: 定金已收，尾款预计4月付 on a deposit's row is its money come again (a plan, 3,000 owed
# → 0; tests/test_lead53_rv53e, test_fix54b_payment_words).
# 171 (lead, rv59e s282 in the all-reviewers rerun): a shortfall said with the cost it is
# (到账5000，差2000运费客户承担) leaves the balance paid (2,000, 72 days, black → 0).
# 172 (lead, fix59i's left "ACME S.A"): a legal form written with dots (S.A, S.R.L., B.V.) is
# a legal form: ACME S.A is no longer said to be ACME TRADING's short name in the import report.
# 173 (lead, rv60a on 168–171): an order's number after a bank word (电汇PO-R2, REF: PO-R2), one
# letter and a digit (付R2货款, PO R2) or the buyer's name as one word (RioCasa货款) names it (168
# moved Kobe's wire to his own: Rio 10,000 black); on a 尾款 row the deposit said come (定金已到,
# 首付款已到) is not the balance (7,000 black read paid); a shortfall of a cost still to pay or
# named bare (差2000运费未付, 差2000运费) owed, one borne counted with the money (171: 2,000 black
# read paid); a container come (柜子已到, 柜子到了一半) the goods'; 买家已收到一半 the goods';
# 实收4000（定金已另收） the deposit apart; a deduction to be paid next month (差2000佣金下月付)
# none taken.
# 174 (fix60b): a payment line keeps its payer where the ledger names another than its
# order's buyer (order_lines.payer, schema 26): a buyer's wires on another buyer's cancelled
# order pay his own open order two or one, the buyer's own wires beside them stay the buyer's
# (Kobe's 5,000 + 5,000 on Rio's cancelled PO-R1: Kobe 10,000, 91 days, black → 0, Rio's
# 10,000 credit → 0; Rio 8,000 + Kobe 2,000: Kobe 10,000 black → 8,000, Rio's credit 10,000 →
# 8,000; Rio's PO-R2 open beside: Rio 10,000 black → 2,000).
# 175 (fix60e): money a note moves in from another order (PO-R2的款转入本单) on a row with money
# writes the row's status day as 已恢复 does, and an older file's row whose note only says the
# status kept out (已取消) leaves the stored note: May's file imported before March's keeps
# PO-R1 revived with its note (PO-R2 0 → 10,000, 60 days, watch, as in order; 10,000 credit
# → 0); a thousands comma no longer cuts a note's clause (PO-R2的款3,000转入本单 read as
# PO-R2的款3 and 000转入本单 left PO-R1 cancelled, 7,000 credit: now revived, 3,000 owed).
# 176 (fix60c): rv59e s286. A payment line of the row's sum, dated before the row's receipt
# where the two make the order's sum once (row 尾款 6,127.50 on 12-20, line 定金50% 6,127.50
# on 09-10, of 12,255), is the order's other half, not the row's breakdown (6,128 owed, 42
# days, watch → 0); a bracket qualifying the payment word (定金（第二期）, 余款（扣定金50%后）,
# 余款（原定金50%）) no longer makes the line goods (6,128 owed, 19 days → 0); a payment line
# dated on or before the day the row's receipts reached the whole order is part of it (12,255
# on 11-20 and 定金30% 3,676.50 on 09-08: 3,676 credit → 0).
# 177 (fix60f): a payment noted as paid by the buyer's related firm (Rio Casa关联公司代付,
# X的姐妹公司代为支付) names the buyer as 代X付 does: a sister firm's 10,000 on Rio's cancelled
# PO-R1 is Rio's money for the goods, no longer 10,000 on Rio's account (rv59c s260 g5). A
# 补付 of the deduction of an order another buyer bought (补付PO-Q1质量扣款 on Delhi's PO-D2,
# PO-Q1 Quito's) stays the payer's money unless that buyer is the payer or a firm of its words:
# Delhi 0 → 500 on account, Quito's 500 credit note no longer withdrawn (rv59d s272 B). A
# 合并付款 wire naming no invoice of exactly a noted invoice less its deduction and whole lots
# of another (44,069 = 20,465 + 23,604) reads the 质量扣款500 (Muscat 18,236 → 17,736, rv59f).
# 178 (fix60g, rv60a s305): a deduction named with its sum on a payment's own row of an
# order (到账5000，佣金2000已扣 or 到账5000，扣佣金2000 on a 尾款70% row of 7,000;
# 定金到账2000，扣佣金1000 on a 3,000 deposit row) that with the money come makes the order's
# amount settles it, as a sale row's note does: a credit note of 2,000 on the order, named as
# a deduction (2,000, 72 days, black → 0); one not making it (到账5000，扣佣金1000) is named
# for the clerk, 2,000 open; one the sale row names too is read once.
# 179 (fix60i): 扣佣金2000 copied down two product rows of a 10,000 order received 8,000 is one
# credit note of 2,000 (two, 2,000 open → 0); each row received 3,000: two (4,000 open → 0). A
# 定金30% line of 3,676.50, undated, under a row that received the whole 12,255 is part of it
# (3,676.50 credit → 0); 6,112.50 on the row and a 定金50% line of 6,112.50 before it, of 12,255,
# are both halves, 30 a bank's charge (6,142.50 owed, 42 days, watch → 0).
# 180 (fix60j): a tab's wire under another customer naming an order its row shows paid, of
# that sum within 3 days (代付 or not), is the row's receipt booked again: once (Rio's 10,000
# credit beside PO-R1 → 0, Kobe 10,000 black still: rv59e s288). A line 定金 second / 2nd /
# second deposit is a payment, not goods; of a later day than the row's 定金 a second one
# (6,128 owed 19 days → 0, rv59g s293 q6).
# 181 (fix60d): a port, a container, the ship or a sample's money come beside the balance said
# unpaid (尾款还没有，已到港; 尾款未收，柜子已到; 样品款已付，尾款未付) is not the balance come
# (0 → 7,000, 72 days, black); on a balance row with no date received, half said come (已收一半，
# 另一单定金下周付; 尾款已收一半，余款下周付) is 3,500 received (7,000 → 3,500 open), and the
# balance said come with the money promised (尾款已收（水单），钱下周到) or a sample's money paid
# alone (样品款已付) is owed (0 → 7,000, 72 days, black).
# 182 (lead, rv60a s301, rv60b s311): an order number with a suffix (2025-700A, 2025-701-2,
# 2025-702/2) is another order than the row's own 2025-700: an undated balance said come beside
# its balance put off is received (7,000, 72 days, black → 0); a 定金 line at the bank's value
# day of the row's own receipt of its sum (6,127.50 on 09-10 and the row's on 09-11) is that one
# wire, not the order's other half (fix60c: 6,128 owed, 53 days, watch, hidden), the window
# core.ledger.value_days's three banking days, which a payer's wire booked again asks too.
# 183 (fix60l): rv60b s312, s313. Wires of two payers on one buyer's cancelled order each
# pay the payer's own open orders, each line's payer saying whose (Kobe's 5,000 and Lima's
# 5,000 on Rio's cancelled PO-R1: Rio 10,000 credit → 0, Kobe and Lima each 5,000, 91 days,
# black → 0); a payer owing less than his wires moves them, oldest first, as far as he owes
# (Kobe's 5,000 + 5,000 owing 5,000: Kobe 5,000 black → 0, Rio 10,000 credit → 5,000). A
# row's note moving money in from two orders (PO-R2、PO-R3的款转入本单; 各5000; PO-R2的款
# 3000、PO-R3的款2000) is read as a move, the cancelled line brought back by it (Rio 0 →
# 10,000 owed, 5,000 for the last, 60 days, watch); a figure in RMB (RMB21600, 人民币21600元)
# is converted at the day's rate (10,000 → 3,000 owed).
# 184 (lead, rv60c s329, s323): a row received in full copying the short row's 扣佣金2000 names
# no deduction of its own: the two no longer settle the order's 4,000 shortfall together (fix60i
# cleared the buyer: 4,000, 72 days, black → 0, now 4,000 again, named for the clerk); a
# sample's fee or money paid (样品费已付，尾款未付, 样品钱已付) is not the balance come (0 → 7,000).
# 185 (lead, the all-reviewers rerun, rv59g s295): 173's rule of the deposit said received
# apart read a comma as its figure: 付了一半运费，另一半货下月发 read half the balance come (0 →
# 3,500, 72 days, black; back to 0).
# 186 (lead, fix60m's find, rv60c s320 D1): 184's copied-note rule only for a sale row whose
# note another row repeats: two rows naming different deductions (质量扣款500 on the sale row,
# 佣金2000已扣 on its 4,500 balance row) settle together again (2,500, 72 days, black → 0).
# 187 (fix60m): rv60c s325, s322. An unnamed 合并付款 wire that is a noted order less its
# deduction with another order and as well a later order's whole reads no deduction: paid
# oldest first (Muscat 14,000 open, 42 days, watch → 14,500, 87 days, black; 14,500 → 15,000
# black). A payer's wire booked to another buyer's order paid on its row the same day but
# noted as his own (付PO-K1货款, Kobe自己的货款) pays his order, no copy of the row's receipt
# (Kobe 10,000, 91 days, black → 0). A 代付 note's payment word (尾款香港公司代付) is no payer.
# 188 (fix60n): rv60c s327 h1. Two payments of one sum, a 定金50% line and the row's receipt
# months apart, short of the order by more than a bank's charge but by no more than 5 % of it
# (core.ledger.order_payments.HALVES_SHORT) are its two halves, the shortfall owed: 6,000 +
# 6,000 of 12,255, 6,255 owed, 42 days, watch → 255 owed, 20 days, no list.
# rv60c s320 D3, D3c, D6: a deduction noted on a payment's own row (定金30%, 尾款70%) short of
# its own share by it settles that payment, the order's rest owed: 定金到账1000，扣佣金2000 on
# a 10,000 order's deposit row, its balance unpaid, 9,000 → 7,000 open (a 2,000 credit note);
# 定金到账2000，扣佣金1000 and 到账6000，扣佣金1000 on its balance row, 2,000 → 0.
# 189 (lead, rv60e): an order's price, paper or a word holding 前 or 上 (之前单价, 加上单证费,
# 提前单独, 目前单价) is no earlier order in a note (came_words.EARLIER_ORDER), nor an earlier debt
# said cleared beside this order's money (上次欠款已清，本单货款): a deposit on its new order's
# row paid a late invoice and hid it (10,000, 84 days, black → 0 days, no list) — back.
# 190 (lead61a, rv61a): a row's money noted as another order's (YW25-0300定金30%, 新订单定金) and
# a 定金50% line of its sum months before are not the order's two halves 5 % short (fix60n): 255
# owed, 20 days, no list → 6,255 owed; 加上批欠款 / 追加上批尾款 and 之前欠的货款 / 补上次已到港
# 货物的货款 name an earlier debt (the old invoice 84 days, black, where the wire paid it → paid).
# 191 (fix61b): rv60c s325 M1. An unnamed 合并付款 wire of 14,500 that is the noted 10,000 less
# its 500 with either of two 5,000 orders reads the deduction (every reading holds it): Muscat
# 5,500 open, 87 days, black → 5,000 (the other 5,000), 87 days, black. Readings differing on
# the deduction still read none (187's rule).
# 192 (fix61d): rv59e s282, s282b, s283; rv59g s295. A balance row's note saying half of it is
# still owed (尾款还差一半, 付了一半运费，尾款还差一半, 货已到，还差一半尾款) or half the goods'
# money come (一半货款已到，另一半出货前付) reads half its 7,000 received (0 → 3,500, 72 days,
# black); the buyer saying he paid after the clerk's denial (尾款还没有，货已到港，客户说已付) is
# no money come (0 → 7,000, 72 days, black), nor a slip beside the money put off on a row whose
# date received is typed (尾款已收（水单），钱下周到; 水单已收，钱下周到: 0 → 7,000, black).
# 193 (fix61c): rv60c s320 D3b, s328 c5. A deduction said on a payment row whose money is its
# share whole (a 定金30% row received its 3,000 in full), or on a product line short by it,
# comes off its order once where the order's whole does not settle it and owes at least its
# sum (core.ledger.own_row_deductions): 定金 3,000 noted 扣佣金2000, the balance unpaid, 7,000
# → 5,000 open (72 days, black, a 2,000 credit note); 灯 3,000 of 5,000 and 灯罩 unpaid, both
# noted 扣佣金2000, 7,000 → 5,000. A deduction more than the order owes, or with no sum, reads
# nothing, as before; a product line paid whole is no such row (lead60f: 4,000 stays).
# 194 (lead): 192 withdrawn — a balance row's 收款 typed whole and dated is money come whatever
# its note says of half owed, the buyer's word or a slip (rv61b s421, s427: 13 notes of goods
# or papers, 还差一半没发, read 3,500 owed, black, of buyers who paid; rv61o s50, s51: a clerk
# summing the cell when the rest came and leaving the note read 3,500 / 7,000, black): 3,500 /
# 7,000 owed → 0 again, as at 191.
# 195 (lead61b, rv61b): lead61a narrowed — 加上批次费用, 加上批发折扣, 线上订单 name no earlier
# batch or order, 上月货款已付 no earlier debt's money (a late invoice hidden: 84 days black → not
# listed, back); only a clause naming money and not this order names another order's deposit
# (YW250242余款, 翻单YW25-0100，尾款, 尾款已收，新订单下周下: 255 owed read 6,255 → 255).
# 196 (fix61f): rv61a s401. Two notes of an order naming one deduction, one kind and sum in
# other words (扣佣金500 / 到账6000，佣金500已扣; 扣佣金USD500 / 扣佣金500; 扣佣金５００), are one:
# a 10,000 order 9,000 received, 0 open (two 500 commissions) → 500 owed, 72 days, black. Said
# on the sale row and a payment's own row (佣金500 / 到账6000，扣佣金500, or copied verbatim) it
# is read off the order once where it owes that much: 1,000 → 500 (a 500 credit note), the
# report naming the 500 still open. Rows each short by it on their own money stay two (fix60n).
# 197 (lead61c, rv61c): a deduction marked as another of its kind and sum (第一批/第二批, 1月/2月,
# 再扣, 另扣, 代理A/代理B) is another — read as one retyped (196), a buyer who paid stood 500
# owed, 72 days, black → 0; an earlier debt said paid only in part (已付一半, 已结一部分, 未付清)
# is still the earlier debt's money (the old invoice 84 days black → paid by the wire).
# 198 (fix61i): rv61b s427c K2, K5, s427 G2, s422 E3, s421b. A row under an order whose 品名
# says the money came (到账, 尾款到账, 收款, 回款, 已收) or the balance's rest (补尾款, 补款) is its
# payment row: under a blank 尾款70% row, 到账 7,000 on 04-27 was a total, 7,000 → 0 open (72
# days, black → not listed); 补尾款 3,500 after 尾款 3,500 noted 尾款还差一半, 3,500 → 0. Such a
# row of the sum an earlier payment row received, the two over the order, is that receipt
# counted once (no 7,000 credit). A balance row's note 银行已入账 (the bank booked it) is the
# money come after a denial, and 佣金还差一半没付给代理 denies the agent's money, not the
# buyer's: 7,000 → 0 each. 未到账, 待入账, 银行未入账 rows read nothing, as before.
# 199 (fix61h): rv61b s420, s426. fix61c's deduction off the order (a deposit row paid whole
# noted 扣佣金2000) is weighed on the whole file's and the store's money on the order, not its
# sheet's alone: its balance of 7,000 on April's tab, the 收款登记 tab or April's file (imported
# with it or later: the credit note withdrawn) leaves it paid, credit 2,000 → 0, and a second
# unpaid order 8,000 → 10,000 open (72 days, black). A commission the firm paid an agent apart
# (佣金2000已付给代理, 我司已付代理, 单独付给中间人: deduction_notes._NOT_TAKEN, every deduction
# rule) and a deduction naming an earlier order (扣上单佣金2000) on a deposit paid whole or a
# product line short by it: 5,000 → 7,000 open, black.
# 200 (lead61e, rv61d): an earlier debt said left owed beside this order's money (上次欠款未付清，
# 本次只付新单; 上次欠款已付一半，剩下的下月付) is no earlier debt's money, and 上批已到货的尾款
# is (已到货: the goods): a late invoice hidden, 84 days black → shown again.
# 201 (fix61k): rv61b s427 G1, G4, G6, s427b G1b, G3a, G3c, G5a. A later payment row of the sum
# a balance row received, or of the half its note said was missing, where that row's note says
# its money was not all in (尾款还差一半, 一半货款已到，另一半出货前付, 尾款还没有，客户说已付,
# 水单已收，钱下周到) and the order's rows without it hold its whole sum, is that row's rest or
# repeat, counted once (core.ledger.rest_rows): 定金 3,000 + 尾款 7,000 noted + 余款 3,500
# (or 尾款 7,000) of 10,000 was 3,500 (7,000) of credit → 0. A later row naming another order
# or more paid, or under an unnoted balance, keeps its money as before.
# 202 (fix61m): rv59e s282. A balance row's note saying goods are still to ship or were shipped
# short after a part came (到账5000，还差2000的货下月补发; …还差2000的货没发, 尚差2000的货未发,
# 还差2000pcs下月补发, 少发2000的货, 短装2000) reads the row's 收款 whole: a 7,000 balance of a
# buyer who paid was 2,000 open, 72 days, black → 0 (goods to ship are billed when they ship,
# goods short never). The money short (还差2000, 还差2000货款, 还差2000的货钱, 还差2000的货，
# 款下周付) stays 2,000 owed; 到账5000，差2000的货钱 (the goods' money, no goods short): 0 →
# 2,000 owed, 72 days, black.
# 203 (lead61f, rv61e): 200 narrowed — a clause paying the earlier debt now (付上次欠款，本单货款;
# 补上次欠款，余下的付本单) says the wire is its money whatever another clause says of this order
# (paid buyers 84 days black → paid); 上批已到货 with no money named is no earlier debt's money.
# 204 (fix61n): rv61d s465, s460. A deduction whose note says the buyer took it and paid the
# agent himself (扣佣金500，客户直接付给代理, 扣佣金500（付给代理）, 客户扣500佣金汇给代理) is
# taken again, the firm's paying alone (佣金500已付给代理) not: a buyer who paid 6,500 of the
# balance 500 owed, 72 days, black → 0. The buyer's balance or goods money not yet paid to an
# agent (客户尾款还没付给代理, 货款还没给代理, 尾款未付给中间人) is owed: 0 → 7,000, 72 days,
# black (a commission the firm owes, 佣金还没付给代理, paid as before). A came row of an earlier
# payment row's sum within its value days or naming it (定金 3,000, then 到账 3,000 on 03-05 or
# 收款 3,000 noted 定金到账) is that receipt again, the order short without it: a blank balance
# 4,000 → 7,000 owed, black (one making the order whole is its rest). One naming another
# payment or order (到账 7,000 noted 下个订单预付款, 2025-702尾款) is money of its own: 0 → 7,000
# credit; 702's blank balance 7,000 owed, 72 days, black → paid.
# 205 (lead61g, rv61f): the balance said come before an agent's denial (货款到了还没给代理佣金)
# is paid (7,000 black → 0); a noted balance has one rest or repeat, a third row of its sum is
# credit again (客户说已付 7,000, 尾款 7,000, 尾款 7,000: 0 → 7,000 credit).
# 206 (lead61h, rv61f s507): a payment row named with its half (尾款一半, 尾款另一半) is a payment
# row, not a row of no customer (skipped: a buyer who paid both halves 7,000 black → 0).
# 207 (lead61i, rv61f s500 R1, s508 E2): a later row noted 重复付款 / 付重了 is the buyer's money
# paid twice, never a noted balance's repeat (7,000 credit lost → kept).
# 208 (fix62b): rv61e s485 E1, s482 W3–W5. A deposit row noting the earlier debt paid and this
# order's deposit put off (补上次欠款，本单定金下周付) is the earlier debt's money: 3,000 84 days
# black → paid. A deposit cell's earlier debt named by how it stood (上批欠着的4000这次付清,
# 上批延期的尾款4000) or its deferral denied (上批欠款4000不用延期了) is paid by the cell's
# figure: 4,000 owed 39 days, watch, 7,000 held → 0, 3,000 held (暂欠, 先欠着, 申请延期,
# 延期的尾款…下次付 stay owed).
# 209 (fix62d): rv61f s501 L3, s502 G4, G5, G8. A note's number said still owed (N-1暂欠,
# 先欠着, 拖欠中, 延期, 仍欠; not 拖欠款, 还欠的…一起付) is not what its money pays: a register
# wire noted N-2货款，N-1暂欠 is booked to N-2 alone (N-1 paid first, N-2 5,000 open → N-1
# 5,000 owed 84 days, black). A balance row's goods short whose money the note says is still
# to come (还差2000的货，款下周付; 还差2000的货已发，钱没到) and 货值 / 货钱 (the goods' money,
# not goods: 还差2000的货值没付, 还差2000的货钱) is that rest owed: 0 or 7,000 → 2,000, 72 days,
# black; goods to ship with no word of their money (还差2000的货下月补发) owe nothing, as
# before. The earlier-debt rules' owed words are one list (core.ledger.owed_said): 尚欠 and 仍欠
# in a clause of their own beside a deposit cell's debt (定金3000，上批欠款4000，仍欠) hold the
# cell whole as 还欠 did (the old 4,000 split off paid → owed 39 days, watch).
# 210 (fix62e): rv62a's findings on 205 and 207 narrowed. The buyer's balance not yet paid to
# the agent stays owed whatever a later clause says of the commission (客户尾款还没付给代理，代理
# 佣金已付; （含佣金）; 中介费另算), said due, lost or late (尾款到期了还没付给代理) or denied by
# the buyer after a clause (尾款到期，客户还没付给代理): 0 → 7,000 owed, 72 days, black; only a
# commission the denial's own object (还没给代理佣金) or the balance said come or paid before it
# (尾款已经到了, 客户付了尾款还没付给代理: 7,000 black → 0) is the firm's. A later row's
# 重复付款 denied, feared, the firm's own or paid back (不是重复付款, 怕重复付款, 我司付工厂付重了,
# 重复付款，已退回客户) is no second payment: 7,000 credit → 0 (with a second unpaid order,
# 0 → 7,000 owed, black). A came row (尾款到账) spends the slip-noted balance it repeats: a third
# row of its sum 0 → 7,000 credit; 客户说已付 copied onto the retyped balance makes it that
# row's repeat: the money's row under it 7,000 credit → 0.
# 211 (fix62a): a payment row naming an order no file had sold yet (skipped as "not in the
# database yet") is read again, from where its file was imported, by the import that first
# stores the order (core.ledger.held_files; fix61h s420h R1c: April's 尾款 7,000 for 2025-701
# imported before March's sale: 7,000 owed, 72 days, black → 0); in a database kept before,
# April imported again is read, no longer "already imported", and pays it (7,000 → 0).
# 212 (fix62c): three rows whose money was dropped. A came row of the deposit's sum within
# its value days naming a part of the balance (到账 3,000 noted 尾款第一笔, 进度款第一笔) is
# money of its own, not the deposit's bank advice: 7,000 → 4,000 owed, 72 days, black. A
# blank balance row noting a deduction taken (尾款70% blank, 佣金2000已扣) is a row of its
# order, worth nothing, its note the order's deduction: a 2,000 credit note, 7,000 → 5,000
# owed. A later lot not shipped under a row calling the rest off (只发一批, 余货客户不要了),
# its row marked a lot (第二批) or its money one (第二批货款), is cancelled, the report naming
# it: Dubai Pearl's 1,848 on it 792 open (or 1,848 held for the lot) → nothing open, 1,848 on
# account.
# 213 (fix62f): rv62a s521, s524–s526. A payment row typing its order's number and buyer again
# (2025-701, Buyer X, 尾款70%, 收款 7,000) noted 尾款还没收到 is read by its denials as the same row
# with the buyer cell blank is (core.ledger.owed_rows): on the order's tab, a later tab or file,
# 0 → 7,000 owed, 72 days, black (a plan or the buyer's word keeps the typed 收款). A payment row
# noted with another order of the sheet written in full (另一半 3,500 under Y's 2025-702 noted
# 2025-701尾款另一半) is that order's: X 3,500 black → 0, Y 3,500 → 7,000 owed, black.
# 214 (fix62i): rv62b s542, s544. 209's goods short owes its rest only where the money is said
# not come or still to come (款下周付, 钱还没到, 货值没付, 货款先欠着, 暂欠), not beside any denial
# near a money word (货款没问题, 没少, 没欠, 不用退, 款没拖, 未扣, 钱下月退给客户) nor where 货值
# is the goods' worth (还差2000货值的货下月补发, 还差2000的货值报关用, 货值没变): those paid
# balances 2,000 owed, 72 days, black → 0; 货款先欠着 / 货款暂欠 0 → 2,000, 72 days, black;
# 还差2000的货值 alone, 货值没付, 款下周付, 钱没到 stay 2,000 owed.
# 215 (fix62h): a balance row's fee the firm paid (代理费我司已付, 佣金我们已付) or its due date
# (货款已到期) is no money come: beside the balance said unpaid (客户尾款还没付给代理, 尾款未收)
# the row is owed (rv62a s520 A5, fix62e s530 B11: 0 → 7,000 owed, 72 days, black). A lump's
# note saying a number not payable now (含N-3货款，N-1付不清) leaves that number out of it.
# 216 (fix62j): rv62c s562–s564 on 212 and 213. A came row of the deposit's sum (到账 3,000
# on 03-04) noted that the balance's part is not in, awaited or only asked (尾款第一笔还没到 /
# 未到, 等尾款第一笔, 尾款第一笔要等出货后, 尾款第一笔？客户说下周) is the deposit's bank advice
# again: 4,000 → 7,000 owed, 72 days, black. A blank 尾款 row noting another order's deduction
# (2025-702的佣金2000已扣, 佣金2000已扣 (2025-688)) or one withdrawn (…现取消, 已扣错，已退回
# 客户, 扣错了) is no deduction of its order: 5,000 → 7,000 owed. Money noted for an order of the
# sheet owing less than it (2025-701尾款另一半 3,500 under Y's 702, X's 701 paid in full) stays
# under its row: X 3,500 credit → 0, Y 7,000 → 3,500 owed, black.
# 217 (fix62k): rv62d s581–s588. A payment row's money said not short (货款没少付, 没少收, 客户
# 没少付, 尾款没少付一分: paid in full) is no denial: 7,000 owed, 72 days, black → 0, on the order's
# sheet, another tab or a later file. Goods short (还差2000的货, 少发2000的货, 短装2000, 漏发2000)
# beside the money denied (货款未清, 没付清, 款没收齐, 钱没到) owes the rest, 7,000 → 2,000 black;
# beside it put off or unsettled (货款待定, 以后再说, 再议, 款推迟到下月, 暂缓, 钱过两天到, 下批
# 一起付; 还差2000的货值，客户下周付) 0 → 2,000 black. A rest named with its money word (还差货款
# 2000, 尚欠货款2000, 还差货值2000, 货值少付2000, 少付货款2000) is owed: 0 or 7,000 → 2,000 black.
# 218 (fix62n): rv62f s621 on 216. Money noted for another order of the sheet (2025-701尾款另一半
# 3,500 under Y's 702) is weighed on that order's money on the whole sheet, its rows typed below
# too: X's 701 paid its 尾款 7,000 further down, X 3,500 credit → 0, Y 7,000 → 3,500 owed, black.
# A blank 尾款 row's 佣金2000已扣 beside a wire's or contract's number no order of the file sells
# (水单号TT20250420, HT-0315, SC250301) or this order's own with a paper's letters (INV-2025-701,
# PI2025-701), or after an order's part cancelled (订单取消一部分，…), an error put right (扣错了，
# 已重新扣) or denied (已扣（不是扣错）), is this order's deduction: 7,000 → 5,000 owed. A 到账
# 3,000 row noted 尾款第一笔还没到 seven weeks after the deposit is money come: 7,000 → 4,000 owed.
# 219 (fix62m): rv62e s600, s601, s604 on 215. A deposit cell of 7,000 noted 定金3000 beside
# the last batch's 4,000 and other money not paid (尾款未付, 余款没付, 尾款出货前付，还没付, 货代费
# 未付, 样品费未付, 运费我们付不了, 工厂的钱我司还没付) or the debt not paid but made up now (上批
# 欠款4000没付，这次补上) pays the 4,000: 4,000 owed, 39 days, watch → nothing, 3,000 held. A
# wire noted 上次欠款早已收到 / 上月已收到 / 之前已收到, or the debt unpaid beside something else
# made up or only promised (样品这次补上, 发票这次补上, 客户说会补上, 过几天补上, 回头补上), pays
# this order: 5,025 open, 0 days → the old 5,000 owed 84 days, black.
# 220 (fix62o): rv62g s640, s643, s644 on 217. A paid 7,000 balance row noted goods short and
# a supplier, the warehouse or the firm giving them (还差2000的货，工厂说下周给 / 供应商下周给 /
# 仓库说月底给; 短装2000，下批补给客户; 少发2000的货，下批一起给), a short payment agreed to or
# granted (客户少付2000，我们同意了; 少收2000，给客户的优惠; 老板同意让利; 同意减免; 老板批准), a
# shortfall made up (还差货款2000已补 / 已补上; 少付货款2000，5月补了; 还差2000，已补) or goods
# short set off on the next lot (少发2000的货，客户下批少付2000; 下单少收2000) owes nothing:
# 2,000 open, 72 days, black → 0.
# 221 (fix62p): rv62g s641 on 219. A deposit cell of 7,000 noted 定金3000 beside the last
# batch's 4,000 and its goods money not paid (货款未付, 货款还没付; not 本单货款未付) or its own
# name unpaid (上批尾款4000，尾款未付; 上批货款4000，货款未付) keeps the cell whole: nothing
# owed, 3,000 held → 4,000 owed, 39 days, watch. The debt's money said come before (上批欠款
# 4000上月已收到, 早已收到, 之前已收到) is the cell's 4,000: 4,000 owed, 39 days, watch → nothing.
# 222 (fix62r): rv62i s680, s681 on 221. A paid-in-part 7,000 balance row noted a
# short payment only asked about, waited for or refused (客户少付2000，同意吗？;
# 少付2000，待老板批准; 少付2000，客户要求优惠; 申请减免中; 说是优惠，我们不认;
# 客户想要折扣，老板不同意), the buyer paying once the firm makes the goods up
# (还差2000的货，客户说我们补发后再付; 客户说等我们补齐了再给), 老外 giving later
# (少发2000的货，老外说下周给) or the rest paid with the next lot (客户下批再付尚欠2000;
# 下次付清尚欠货款2000) owes 2,000: 0 or 7,000 → 2,000, 72 days, black. A deposit cell
# of 7,000 noted 定金3000 beside the last batch's 4,000 and this order's goods money
# unpaid (瑜伽垫货款未付, 余下货款未付, 大货款未付) pays the debt: 4,000 owed, 39 days,
# watch → nothing, 3,000 held.
READER_VERSION = 222
# the first reader to read a later file's lot as a line of its own (lots35): an import by an
# older one may have made up a lot's balance as received (core.ledger.lot_balances)
LOTS_APART = 13
