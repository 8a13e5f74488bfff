"""The reader's version: part of every import key, so a release that reads rows otherwise
has a firm's files read again the new way when it imports them again (kept apart from the
importer, whose length it would otherwise be: one line of history a change).
"""

# Which reading of a ledger an import used. A file is "already imported" only when imported by
# this reader; bump it when a release reads rows otherwise, so a firm told to import its last
# months again after an upgrade gets them read the new way (updated, never counted twice).
# 2–276: what each read otherwise is in docs/reader_versions.md.
# 277 (fix68b): a grant or a deduction noted on a payment row typed away from its order, on a
# 收款 tab (with a 品名 column) or in a later file, is read as under its order on the order's tab
# (core.ledger.typed_deductions: once written, after typed_apart, the order's stored lines laid
# out as its tab's rows and weighed by noted_deductions.deducted; its credit note stored under
# the key the order's tab gives it, rewritten or withdrawn at every import). On the 10,000 order
# (3,000 deposit in), 尾款 5,000 received 04-20: 客户少付2000，老板同意了 / 老板同意让2000 / 质量
# 扣款2000 / 扣佣金2000 / 扣运费2000 / "short 2000, boss agreed" / 实收5000，质量扣款2000 on 7,000
# / X99-1扣佣金2000 (no X99-1 sold, or sold: the order's tab reads it this order's): 2,000, 72
# days, black → nothing; 客户少付2000，老板同意让1000 and 老板同意让2000，另1000下周付 on 4,000:
# 2,000 / 3,000 → 1,000, black. Kept 2,000 black, as on the order's tab: 老板不同意, 待老板同意,
# 客户说老板同意了, "their boss agreed", a bare 老板同意让1000, 月底结, 下单再扣(，这次先不扣),
# 质量扣款3000 / 1000, 待确认, ？, 我们不认. The note corrected and the file sent again: its credit
# note withdrawn (typed_deduction_withdrawn), 2,000 black; paid back since (补付质量扣款 in May's
# file): nothing owed, no credit; said on the sale row too: one credit note, the sale's.
# The deposit row typed away, the balance unpaid: 定金到账1000，扣佣金2000 9,000 → 7,000 black;
# 扣佣金2000 / 佣金2000已扣 on its whole 3,000 7,000 → 5,000 black (as on the order's tab).
# 278 (fix68d): the last note's Left 7 and 8. On a 10,000 order (OA 30天 due 04-19, 3,000 deposit
# paid 03-02), its 尾款70% row received 04-20, as of 06-30, under the order on its tab, on a 收款
# tab and in a later file (grants and deductions typed away read by fix68b's typed_deductions):
# another thing's own plan after a grant in a clause of its own (short_granted.names_else:
# 老板同意让2000，另1000运费下周付 / 另外运费下周付 / 还有样品费月底付 on 5,000): 2,000, 72 days,
# black → nothing (运费下周付 without 另, asked, or before the grant: 2,000 black still); a figure
# of three digits or more before 月底 / 月初 / 月中 put off (short_granted.rest_later: 老板同意
# 让2000，另1000月底付 on 4,000): 3,000 → 1,000, 72 days, black; a figure of one comma read two
# ways where both sides are sums (noted_figures._TWO_ALIKE: 老板同意让500,500下周付 on 6,000):
# 1,000 → 500, 72 days, black (2,000 and 1,500 one figure still). A deduction settles all but
# the rest its note says this order still owes (deduction_notes._rest_left: 佣金2000已扣，尚欠1000
# / 扣佣金2000，还差1000 on 4,000): 3,000 → 1,000, 72 days, black (asked, once owed, another
# order's or said come: 3,000 still). Another order's money said not come and this money's came
# after it with no stop two clauses (others_money.split_after_others: 另一单没收尾款已收, 另一单
# 还没到账尾款已到账 on 7,000): 7,000, 72 days, black → nothing (另一单没收尾款 / …也没收 / 已收
# 尾款没收: 7,000 black still). The buyer's disowning the firm's finding confirms in the clause
# after it (deduction_rest._confirmed: 还差2000，客户说是另一单的，财务核实是 / 经核对属实 / 财务
# 确认是的 on 7,000): 2,000, 72 days, black → nothing (财务核实不是 / 待财务核实 / 财务核实是吗？ /
# 好像… / …，后来发现不是 / 是本单的: 2,000 black still; on a 5,000 row 2,000 black: what came
# short). Kept, by the firm's rule (bank_charges.charge_row): a −50 手续费 row below 5,000 noted
# 还差2000 is the bank's, 2,000 owed (not 2,050).
# 279 (fix68c): rv67h's left wordings, on the 尾款 row of a 10,000 order (3,000 deposit
# in) received 04-20. On 7,000: the buyer's bare time after a fee asked about before 问
# (运费问了客户，客户说下周; 样品费的事问了客户，客户说月底: buyer_word._ASKED_WHEN, a time
# before 问 only where the words end on one, 发货后问客户) or after a mould's or a refund's
# money (模具款 / 模具费 / 退款客户说下周; 客户说下周付模具款: part_of.MONEY_WORDS,
# buyer_word._TOLD_ELSE, plan_of._FEE_ELSE): 7,000, 72 days, black → nothing (退款 typed on a
# 收款 tab or in a later file is read as a refund row there, 7,000 → 10,000 black).
# 还差2000，是另一单的 then a doubt of another thing (，新订单需要确认, ，PI还没确认, ，数量
# 待确认: deduction_rest._doubts_it): 2,000, 72 days, black → nothing; a bare doubt or one of
# the money, its proof or the saying stays 2,000 black. On 5,000 a short granted (客户少付
# 2000，老板同意了，…) then the firm's currency or a bank's name (月底结汇, 下周结汇, 下周
# 换汇, 下周去汇丰开户: buyer_word.TOLD_PAYS' 汇 not after 结/外/换/购 nor before 丰): 2,000,
# 72 days, black → nothing; then the money coming over (下周汇过来, 月底转过来:
# short_granted._PAID_LATER): nothing → 2,000, 72 days, black. A wire's earlier debt said
# paid then 款式 / 款号 / 款型 / 付款方式 / 付款条件待确认 (MONEY_WORDS' 款 not in those
# words): X-1 5,000, 84 days, black → paid, 5,025 open; a deposit cell's so doubted: 4,000,
# 39 days, watch → nothing owed, 3,000 held.
# 280 (fix68g): rv68a's review of fix67i (276), on the 尾款 row of a 10,000 order (3,000 deposit
# in) received 04-20, under it, typed on its tab, on a 收款 tab or in a later file. An English
# "paid" after a rest reads it come with the rest's own figure, a day with its year, the means,
# who paid or was paid, a past day (rest_came._EN_CAME): Balance USD2000 unpaid, paid 2000 / paid
# USD2000 on 5/10 / paid on 2025-05-10 / paid on 10 May 2025 / paid by TT / paid last week /
# paid to us on 5/10 / paid by customer on 5/10: 2,000, 72 days, black (7,000 away) → nothing;
# …, received on 2025/5/10 and still owes 2000, paid 2000 on 5/10: 2,000 → nothing; …, paid
# 2,000 (deduction_rest.without_disowned reads plain figures): 7,000 → nothing (paid next week /
# when goods arrive / 500 / partially / to wrong account / on 5/10 per customer, settled with
# next order, paid 2000 next week, paid RMB2000: 2,000 black as before). 佣金已扣，尚欠2000吗？
# 客户说不差 then the rest said owed after the firm's finding or a check with no result (财务
# 核对，还差2000 / 已核实，还差2000 / 我们核对后，还差 / 对，还差2000 / 财务核实，不对，还差 / 我们
# 核对了: deduction_rest._agreed) on 5,000, and 还差2000吗？客户说没有，我们核对了 on 7,000:
# nothing → 2,000, 72 days, black (我们核对后确实不差, 已核实, 是的: nothing as before).
# Balance USD2000 owed to us / owed to our company / owed by him / owed by them (part_words.
# RESTS): nothing → 2,000, 72 days, black; …owed to us, not paid yet: 7,000 → 2,000. Balance
# USD2000 unpaid (…, paid next week / paid 500) typed on a 收款 tab or in a later file
# (owed_rows.told_part reads the figures in the one currency the note writes): 7,000 → 2,000,
# 72 days, black. "still owed 2000" (noted_figures.REST_OWED_EN read "owe" and a figure "d 2000"):
# nothing → 2,000 black; …, not paid: 7,000 → 2,000; …, of which 500 for previous order
# (rest_restated._OTHERS_EN): nothing → 1,500 black. 原尚欠2000，现尚欠USD1000 on a USD order
# (rest_restated._same_money): 2,000 → 1,000 black. 尚欠2000，其中50是银行手续费，不用客户承担
# (无需 / 不由 / 客户不承担; "not borne by customer": rest_restated._his_cost) on 5,000: 2,000 →
# 1,950 black.
# 281 (fix68f): a typed payment row away from its order (a 收款 tab, a later file) reads its
# note's rest day in its own file's day order, kept with the line for every later weighing
# (typed_apart, meta typed_apart's 4th value; the stored line knew no file's day order and read
# 5/6 month first): a later file of 20/04/2025 dates, 5,000 noted 尚欠2000，5/6到账 (5 June), as
# of 05-20: nothing → 2,000, 31 days, watch (06-30: nothing, as before); …，10/5到账 (10 May):
# 2,000, 72 days, black → nothing; 5月6日到账 (6 May, its month written) nothing, as before.
# The order's tab says each row whose note's day was read as its rest's receipt (rest_came,
# both languages), as a typed row away does (typed_apart_rest_came): the account unchanged.
# 282 (fix68a): a 收款 tab laid out as a payments register (订单号, 客户, 收款金额, 收款日期, 备注,
# in English Order No., Customer, Amount received, Date received, Remarks; no 品名, no amount)
# reads its rows naming their order and buyer once the file is written, as the same row typed
# 收款 on a 收款 tab with a 品名 column (typed_payments.register_payments, typed_apart): its note
# by its own words (not past the order by a tenth nor another row's repeat: the register's
# wires are told apart by their references), a bare row as typed. The standard case, the
# balance on the register (7,000, or 5,000): 尚欠2000 / 余款2000未付 / 实收5000 nothing → 2,000,
# 72 days, black; 等客户付款 / 客户已付，下周到账 / 尾款至今未付 / 不再等客户付款，已报信保 /
# 客户说下周付 nothing → 7,000, 72 days, black; 已收 / 尾款付清 / 4/20收 / 尚欠2000，5/10到账 /
# bare stay paid. The same receipt on the order's tab and the register counted once: 7,000
# credit → paid (the deposit on both: 4,000 → 7,000, 72 days, black). A payer's wire on another
# buyer's order noted 尚欠2000: nothing → 2,000 black (read against the order it pays).
# 283 (fix68h; several helpers at 277, the lead renumbers): rv68a's review of fix67m (275). A
# wire of 5,975 (06-25) noting 上次欠款，财务说已付，待确认 then the firm's own settling in its
# whole clause (unsure_words.BARE_SETTLED, SETTLED: 已确认过了 / 已经确认过了 / 已核实过 / 老板 /
# 会计 / 我已确认 / 已确认没问题 / 已确认OK / 核对无误了) or the slip said not fake (已确认，不是
# 假水单 / 水单不是假的: FOUND_FALSE reads the negation): X-1 5,000, 84 days, black → paid; the
# buyer's side, another thing or found false kept (客户老板已确认, 已确认订单, 确认了是假水单).
# A deposit cell's 上批欠款4000已付，待确认，已确认过了 / 老板已确认 / 财务已确认过了: 4,000, 39
# days, watch → paid, 3,000 held; its English doubt of whom or when (unsure_words._EN_TAIL: "to
# be confirmed with bank", "not sure if received", "to be checked with finance"): paid → 4,000,
# 39 days, watch; a cancelled order's later "shipped, to be confirmed with customer" / "pending
# confirmation from customer" / "tbc next week": 10,000, 91 days, black → stays cancelled. On the
# 10,000 order (3,000 deposit), 5,000 received 04-20: 客户少付2000，老板同意了，下周给我们下新单 /
# 月底给我们发订单 / 下次给我们返单 / 下周给我们回复 (short_granted._TO_US: bare or of money only):
# 2,000, 72 days, black → nothing; …，下周给我们2000 (short_granted._TO_US_FIGURE: the figure
# given us later not let go): nothing → 2,000 black; 客户少付2000，对方老板 / 客户老板 /
# 他们老板同意了 (_HIS_SIDE),
# "short 2000, their own / company / big boss agreed", "their new manager agreed", "their boss and
# finance agreed" (_EN_THEIR_SIDE): nothing → 2,000, 72 days, black. 7,000 received: 运费客户还没
# 付尾款已收 and 7000不含运费客户还没付 (owed_said._BALANCE_AFTER, _FEE_INCLUDED): 7,000, 72 days,
# black → nothing; 7000含运费客户还没付 / 运费客户还没付尾款 stay 7,000 black. Deposit cells:
# 上批应收的4000已收 / 上批应该收的4000已收 / 上批欠款4000已收 (named_papers.come_in_the_cell reads
# the firm's 已收 as 已付): 4,000, 39 days, watch → paid; 上批应该付的4000 / 应付的4000，客户说已付
# (owed_said.PAYS_IT: the debt named by its due pays nothing now) and 上批欠款4000，待确认是否已收
# (BARE_UNSURE: whether it came): paid → 4,000, 39 days, watch.
# 284 (fix68i): rv68b's review of fix67k (273) and fix67l (274). A 10,000 order (OA 30天 due
# 04-19, 3,000 deposit paid 03-02), its balance row received 04-20 with the note, as of 06-30.
# Under the order (order_payments, rows_below.due): 7,000 typed noted 尚欠2000 / 还差2000 /
# 实收5000，还差2000 and the rest's own 2,000 of 05-10 below (plain or 尾款付清, also imported
# as a corrected copy): 2,000, 72 days, black (the line 3,000) → nothing (the line 5,000, the
# note's came the bound's, not the typed 7,000); 1,000 below: 2,000 → 1,000, 72 days, black.
# 5,000 noted 还差2000 and 2,500 below (plain, 含下单样品费500): 2,000 black → nothing, 500
# credit (past the room, nearer it than the row's sum: the rest paid with more; 5,000 again /
# 4,800 更正 below 2,000 black still). 3,500 noted 还差3500 and 3,500 below the same day plain /
# 余款 / 第二笔: 3,500, 72 days, black → nothing (重复录入 / 作废 / 同上: 3,500 black still).
# 2,000 below noted 已收，单据已退回客户: 2,000 black → nothing (已退回客户 / 已退款给客户: 2,000
# black still). 2,000 below noted 别的订单的 / 是2025-799的 / 2025-799的货款 / another order's /
# for another order: nothing → 2,000, 72 days, black. 5,000 noted 尚欠2000，5/10到账, 2,000
# below of 05-12 noted 2025-7011的 / 另一单的 (his other order unpaid): 2,000 / 4,000, 72 days,
# black → nothing (order_payments._rest_came's room leaves another's row out). rest_day: 尚欠
# 2000，5/10到了 / 5/10到帐 / 5/10入账, "balance 2000 was paid on 5/10" / "came in 5/10" (order's
# tab, typed on it, 收款 tab): 2,000, 72 days, black → nothing, as of 05-01 2,000 owed (5/10到,
# 5/10到了吗, "paid 5/10": 2,000 black still). deduction_rest: 还差2000，是另一单的，财务说
# 不是 / 老板说不是 / 经理说不是 (four places): nothing → 2,000, 72 days, black. rest_receipts:
# a.xlsx 7,000 noted 尚欠2000，5/10到账, then b.xlsx (its rows to 06-30) the row 5,000 noted
# 尚欠2000 with the rest's own 2,000 of 05-10, his other 2,000 order unpaid: nothing → 2,000, 72
# days, black (the line 5,000 of 04-20, not 7,000 beside the 2,000); b.xlsx 7,000 noted 尚欠2000
# alone: nothing → 2,000 (4,000 with the other order), 72 days, black; April's file (to 04-20)
# after: nothing still. part_said / noted_figures.rest_part / rest_day: 5,000 noted 尚欠2000，
# 5/10到账1000 (or 7,000 typed): 6,000 → 1,000, 72 days, black; …5/10到账2000: 5,000 black →
# nothing (a figure come on a day after a rest, no more than it, is the rest's part).
# 285 (fix68m): rv68f's review of fix68g (280). On
# the 10,000 order (3,000 deposit 03-02, due 04-19), the 尾款 row of 04-20 under the order, on its
# tab, on a 收款 tab or in a later file, as of 06-30. 7,000 received: 还差2000吗？客户说不差，已核实
# then 没有少付 / 未少付 / 没有少收 / 并非少付 (rest_answers._OWED_AFTER reads the negation), a
# later sentence or clause of another order or fee (。下单定金未付, ，是另一单还差2000, ，运费另付，
# 还差的是运费500: _ELSE, the finding's sentence up to 。) or the firm blaming itself (不对的是我们,
# 有误的是我们的台账, 账目不符是因为汇率, 不是客户的问题): 2,000, 72 days, black → nothing. "still
# owed 2000 to the customer / to the factory / by us", "still owes 2000 to the customer", "we
# still owe 2000…" (noted_figures.NOT_HIS_EN, also owed_said's "still owes"), "Balance USD2000
# owed to us by the bank / forwarder", "owed to the company by the agent", "owed by him to the
# bank" (part_words.RESTS), "owed to us for order 2025-799 / for previous order", "owed by them,
# for previous order", "Balance USD2000 unpaid, for previous order" (deduction_rest._ON_ORDER_EN
# takes OTHER_ORDER_EN and the party), "still owed 2000, of which 2000 for previous order"
# (rest_restated.rest_sum: a part the whole rest): 2,000 black → nothing. A "paid" the next
# clause doubts, claims or only proves ("paid by TT, to be confirmed / customer says / not sure /
# need to check / waiting for bank / bank slip only / not yet in bank", "paid last week, maybe",
# 已付，待确认, 已付，客户说的: rest_came._not_so_next): nothing (7,000 away) → 2,000 black; "paid
# 2000, not received", "…pending bank confirmation", 已付，未到账: 7,000 → 2,000 black. 5,000
# received: 尚欠2000，其中50是银行手续费，客户不承担吗？ / 不用客户承担？ / 不用客户承担，客户下次补
# (rest_restated._asked_his, the sentence's later clauses): 1,950 → 2,000, 72 days, black.
# 286 (fix68p): rv68i's review of fix68h
# mended. A figure given the firm later in words (short_granted._TO_US_FIGURE,
# noted_figures.SPOKEN / spoken_amount): 客户少付2000，老板同意了，下周给我们两千 /
# 两千块 / 二千元 (order's tab, 收款 tab, later file): nothing → 2,000, 72 days, black;
# …一千: nothing → 1,000 black; …2千: nothing → 2,000 black. What the firm is given no
# money (_TO_US: 转告 / 转介绍 (buyer_word.TOLD_PAYS) / 补单 (_MADE_UP) / 结果 /
# 安排新订单): 2,000, 72 days, black → nothing (granted); 下周给我们 / 转过来 / 结 /
# 安排付款 / 补上: 2,000 black still. _HIS_SIDE: 他老板 / 她老板同意了: nothing →
# 2,000, 72 days, black (其他老板 / 我们老板 granted still). unsure_words: an English
# settle after an English doubt (deposit cell 上批欠款4000已付，to be confirmed with
# bank, bank confirmed / confirmed received / confirmed with bank): 4,000, 39 days,
# watch → nothing owed, 3,000 held ("…, not confirmed", "to be confirmed, confirmed":
# watch still); 到帐 / 入账 settle as 到账 (named_papers.doubted asks came_words.
# one_spelling): wire 上次欠款，财务说已付，待确认，财务已确认到帐 / 已确认到帐了:
# X-1 5,000, 84 days, black → paid; deposit cell …待确认，已确认到帐: 4,000 watch →
# nothing (客户已确认到帐: black still). deposit_parts._PAPER_CAME: 上批欠款4000
# 已收到水单 / 通知 / 截图 / 客户水单, 上批应收的4000已收到水单: nothing → 4,000,
# 39 days, watch, 7,000 held (已收 / 已收款 / 已收到(了): paid still).
# 287 (fix68l): rv68e's review of fix68c (279). The
# standard case, the 7,000 balance row (04-20) with the note, as of 06-30, in all four places
# (under the order, typed on its tab, on a 收款 tab, in a later file): 问 of 问题 no asking
# (buyer_word._ASKING: 样品质量问题已解决，客户说下周 / 生产问题已解决 / 清关问题解决了，客户说月底
# / 配件问题已处理 / 样品没问题 / 货没问题 / 生产没问题 / 清关没问题了 / 提货没问题，客户说下周吧);
# a time before 问 with words between (_ASKED_WHEN: 样品确认后再问客户 / 发货后又问了 / 发货后我们
# 问了 / 发货后业务员问了 / 样品问题解决后问了 / 开船那天问了客户，客户说下周); a thing's state told
# before his word (_STATE_TOLD: 模具已做好客户说下周); his own 汇 (HIS_WIRE: 客户说下周购汇 / 下周
# 换汇 / 外汇下周到 / 外汇不够，月底 / 购汇额度下周批 / 下周结汇; the firm's currency shut out only
# of short_granted's grant clauses): nothing → 7,000, 72 days, black. 还差2000，是另一单的， then a
# doubt in any clause after unless of a named other thing alone (deduction_rest._doubts_it,
# _OTHER_THING: 单号 / 订单号 / 合同号 / 发票号 / PI号 / 对应订单 / 另一单待确认, 账 / 帐 / 账目待
# 核对, 对账待确认, 2000待确认, 此事 / 情况 / 具体 / 这笔 / 真实性待确认, 客户还没确认, "order no.
# to be confirmed", …，新订单需要确认，金额待确认, …，单号待确认，待核实): nothing → 2,000, 72
# days, black; 新订单需要确认 / 唛头 / 交期 / 船期 / 颜色 / 款式待确认 stay nothing. A refund to
# come (refund_words.REFUND_LATER: 退款客户说下周 / 退款的事客户说下周 / 客户说退款下周 / 下周退款 /
# 退款下周处理 / "refund, customer says next week") on a 收款 tab or in a later file: 10,000, 72
# days, black → nothing (no −7,000 refund made; under the order and on its tab already nothing).
# A mould's money or fee another thing (part_of._GOODS, FEES 模具[费款]): 模具款已付，尾款未付 /
# 尾款未付，模具款已付 / 模具款已付，客户说尾款下周付: nothing → 7,000, 72 days, black; 模具款未付 /
# 模具费还没收到: 7,000 black → nothing. 账/帐 a doubt of the money (part_of._PROOF): a wire's
# 上次欠款，财务说已付，款式待确认，帐待核对 X-1 paid → 5,000, 84 days, black; a deposit cell's
# …，款式待确认，账待核对 nothing → 4,000, 39 days, watch.
# 288 (fix68q): rv68j's review of fix68i (284). A 10,000 order (OA 30天 due 04-19, 定金30%
# 3,000 paid 03-02), its balance row 5,000 noted 还差2000 received 04-20, as of 06-30. Under the
# order (rows_below.due): a deposit's row below an order whose deposit came (定金30% 3,000 of
# 05-01, 定金 3,000 noted 下单定金, 定金30% 2,000 of 05-10) is not the rest, nor counted whole past
# the room: nothing, 1,000 credit → 2,000, 72 days, black; a row below dated before the order's
# first money (货款 2,000 of 2025-02-20 / 2024-12-20): nothing → 2,000, 72 days, black (an
# earlier partial of 03-25 and the rest's own row of 04-18 as before). rest_receipts: a.xlsx
# 7,000 noted 尚欠2000，5/10到账, then b.xlsx holding April's tab unchanged and a May tab of
# another buyer's order of 05-15: 2,000, 72 days, black → nothing (the tab writing the row
# dates it, not the file; the rest's own row typed on the tab: as before). rows_below: 3,500
# noted 还差3500 and 3,500 below the same day noted 第二批 / 另一笔 / 第二次付款 / 又收3500:
# 3,500, 72 days, black → nothing (重复 / 第二次录入: 3,500 black still); 2,000 below noted
# 退回客户 / 退款给客户 / 客户另一个订单的 / 不是本单的: nothing → 2,000, 72 days, black
# (单据已退回客户 / 样品退回客户 / 客户的尾款: nothing still).
# 289 (fix68o): deduction_rest.without_disowned cuts a rest of nothing (尚欠0, 尚欠0元, 尚欠：0,
# 尚欠 0.00, 尚欠USD0, 未付0, 尚欠为零, 尚欠无, outstanding: 0) as it cuts a rest disowned: the
# 7,000 balance so noted on a register tab, a later register file or a 品名 收款 tab: 7,000, 72
# days, black → nothing (欠款0 / 余款0 / balance 0: nothing still; 尚欠0，另尚欠2000: 2,000 black
# still; 尚欠0，尾款至今未付: 7,000 black still). plan_said: a rest the firm owes the buyer (我司
# 尚欠客户2000, 尚欠客户2000件货, 我方尚欠客户2000), the same three places: 7,000, 72 days, black →
# nothing (客户尚欠2000, 尚欠2000，客户说下周付: 2,000 black still).
# 290 (fix68k): rv68d's review of fix68d (278), on the 尾款 row of a 10,000 order (3,000 deposit in)
# received 04-20, under it, typed on its tab, on a 收款 tab or in a later file. Another order's
# money said not come and this money's figure or share after it with no stop read two clauses for
# how much came too (others_money.figures_apart: 另一单没收尾款已收5000 / 已收3500 / 收到5000 /
# 已收USD5000 / 已收5,000 / 已收到5000美金 / 已收一半 on 7,000): nothing → 2,000 (3,500; 已收2000
# 5,000), 72 days, black. A came word taken back by the words after it (came_qualified: 已收到
# 银行通知 / 付款凭证 / 客户通知, 已收到一部分, 已收不到了, 已收，剩下的没收, 已收待确认, 已收（待
# 核实）, 已收，待确认; after 尾款 or 另一单没收尾款) on 7,000: nothing → 7,000, 72 days, black
# (已收 / 已收到 / 已到账, …，待确认，后来已确认, 已收5000，剩下的没收 as before). A fee's plan
# after a grant naming this money or a join (short_granted.names_else: 老板同意让2000，另外运费和
# 尾款下周付 / 另外运费连同尾款下周付 / 还有运费和余款下周付 on 5,000): nothing → 2,000, 72 days,
# black (…，另1000运费下周付 / 另外运费下周付 nothing as before). A grant hedged or not confirmed
# (short_granted._unsure: 老板可能同意让2000 / 好像同意 / 应该会同意, 老板同意让2000（待确认） /
# ，待确认, alone or before 另1000运费下周付, on 5,000): nothing → 2,000, 72 days, black. A finding
# withdrawn by 后来又查了不是 (deduction_rest._NOT_AFTER_ALL: 还差2000，客户说是另一单的，财务核实
# 是，后来又查了不是 / 还差2000，经核对是另一单的，后来又查了不是 on 7,000): nothing → 2,000, 72
# days, black. A deduction called off, taken in error or paid back (deduction_notes.deduction asks
# deduction_withdrawn.withdrawn: 佣金2000已扣，后来取消了 / 现取消 / 扣错了 on 5,000: nothing →
# 2,000; …，尚欠1000 / 原说已扣，现取消，尚欠1000 / 尚欠1000，佣金后来取消了 / 已扣错，
# 已退回客户，尚欠1000 on 4,000: 1,000 → 3,000; 72 days, black; 佣金2000已扣 nothing, …，尚欠1000
# 1,000 as before). An earlier order's not-come then this money's came (others_money.
# split_after_others: 上一单没收尾款已收 / 之前的单没收尾款已收 / 上批没收尾款已收 on 7,000): 7,000,
# 72 days, black → nothing (上一单没收尾款 / 已收尾款没收 / …也没收: 7,000 black still).
# 291 (fix68j): rv68c's review of fix68b, on the 尾款 row of 2025-701 (10,000, 3,000 deposit in)
# received 04-20. A payment row's credit note whose row or order is cancelled since (已取消 on
# the order's tab, the 收款 row or the order): withdrawn (typed_deductions._STALE), as the same
# file imported fresh reads it — a cancelled payment row's note grants nothing, its money read
# as before; 收款 质量扣款2000 on 5,000 then 701 已取消 beside his unpaid 702 (10,000): nothing
# owed → 2,000, 72 days, black. A deduction or grant doubted, guessed, heard or only asked
# (deduction_doubted.doubted, unsure_words' lists: 质量扣款2000，未确认 / （未确认） / 待财务
# 核实 / 待对账 / 可能是… / 好像扣了… / 老板可能同意 / 应该会同意 / 听说… / 业务说… / 客户说
# 质量扣款2000 / …，客户说的 / 客户要求… / 想… / 申请… / "customer asked for 2000
# discount"), refused or disputed (我们没同意 / 单方面 / 已投诉 / 报信保 / 运费应由客户承担)
# or to be paid back (客户会补), on 5,000, every shape: nothing owed → 2,000, 72 days, black
# (质量扣款2000 / 扣佣金2000 / 客户少付2000，老板同意了 / 待确认，后来已确认: nothing still).
# A deduction no more than its order's rows leave short (noted_deductions._within): 质量扣款
# 2000 on 5,000 then 1,000 补付质量扣款 (or a plain 尾款 1,000), his 702 (1,000) unpaid: nothing
# owed → 1,000, 72 days, black (credit 2,000 → 1,000). A sale row's 扣佣金2000 beside a 收款
# row of 3,000 noted 质量扣款2000: 2,000, 72 days, black → paid (two credit notes; one sum
# of two kinds is two deductions). A short the consent itself says (short_granted.consented:
# 老板同意少收2000 / 老板同意客户少付2000 on 5,000): 2,000, 72 days, black → nothing owed
# (老板不同意少收2000 / …，待财务确认 / 上单老板同意少收2000: 2,000 black still).
# 292 (lead68): the last reviews' cheapest findings, on the standard case (3,000 deposit in,
# balance row 04-20, as of 06-30). A sum after 零头 / 零散 / 无票 or his own money after 客户
# (尚欠零头200, 尚欠零散货款2000, 尚欠无票货款2000, 尚欠客户尾款2000) on a register: paid →
# 7,000, 72 days, black (fix68o had read 零 / 无 as nothing and 客户 as the firm's debt; rv68m
# #1–4). A row below whose 品名 names the balance beside the deposit (余款(扣除定金), 定金+尾款) or
# whose note does (定金30% noted 补尾款): 2,000 black → nothing (rows_below._deposit_row; rv68n
# #1, #6). 还差2000，是另一单的，价格 / 发票 / 质量 / 运费 / 地址待确认: 2,000 black → nothing
# (deduction_rest._OTHER_THING; rv68l #1). 运费询问了客户，客户说下周: 7,000 black → nothing
# (buyer_word._ASKING; rv68l #3). "Ali still owes 2000", "still owes 2000 to our bank account":
# nothing → 2,000 black (noted_figures.REST_OWED_EN, _THIRD_EN; rv68l #5, #6). A wire's
# 上次欠款，财务说已付，账期待确认: X-1 5,000, 84 days, black → paid (part_of._PROOF; rv68l #2).
# 293 (fix68r, rv68k's review of fix68j and fix68k): 待对账 / 未对账 is a doubt only beside a
# deduction (deduction_doubted), no longer in unsure_words.UNSURE: 尾款已收，未对账 / 待对账 /
# 还没对账 / 未对帐 / 待财务对账, 已到账，未对账 (7,000): 7,000, 72 days, black → paid; a deposit
# cell 上批欠款4000已付，未对账 / 已收，待对账: 4,000, 39 days, watch → paid (质量扣款2000，待对帐
# on 5,000: 2,000, 72 days, black still). A grant's clause is not named by 确认
# (deduction_doubted._NAMES_IT): 老板同意让2000，交期 / 颜色 / 船期待确认; 客户少付2000，
# 老板同意了，下次订单 / 唛头待确认 (5,000): 2,000, 72 days, black → paid (老板同意让2000，
# 待确认: black still). A bank's credit advice is money come (came_qualified._TAKEN_ELSE): 尾款
# 已收到银行到账通知 / 银行入账通知 (7,000): 7,000, 72 days, black → paid (已收到银行通知: black
# still). Two fees joined are their own plan (short_granted._JOINED): 老板同意让2000，另外运费和
# 样品费下周付 / 运费及关税月底付 (5,000): 2,000, 72 days, black → paid (…运费和尾款下周付: black
# still). A grant's doubt settled later (short_granted._unsure): 老板同意让2000，待确认，后来已
# 确认 (5,000): 2,000, 72 days, black → paid. rv68c's dispute words asked from the clause
# naming the deduction on, not beside another order or a bank charge, not the firm's own, a
# complaint only after it (deduction_notes._disputed_here); 会补 not before 单/货/发: 客户投诉质量
# 问题，质量扣款2000 / 因质量投诉，扣款2000 / 质量扣款2000，客户会补单 / 工厂会补货 / 另一单已报
# 信保 / 银行手续费应由客户承担 / 我司单方面承担运费 (5,000): 2,000, 72 days, black → paid
# (质量扣款2000，已投诉 / 报信保 / 客户会补 / 我们没同意: black still). A deduction not
# withdrawn by another order called off or goods sent back (deduction_withdrawn._of_it): 佣金
# 2000已扣，另一单已取消 / 质量扣款2000，不良品已退回客户 (5,000): 2,000, 72 days, black → paid
# (佣金2000已扣，现取消: black still). 应客户要求质量扣款2000 (5,000) is done at his request,
# not only asked (deduction_doubted._ASKED): 2,000, 72 days, black → paid (客户要求…: black).
READER_VERSION = 293
# the first reader to read a later file's lot as a line of its own (lots35): an import by an
# older one may have made up a lot's balance as received (core.ledger.lot_balances)
LOTS_APART = 13
