"""The reader's version: part of every import key, so a release that reads rows otherwise
has a firm's files read again the new way when it imports them again (kept apart from the
importer, whose length it would otherwise be: one line of history a change).
"""

# Which reading of a ledger an import used. A file is "already imported" only when imported by
# this reader; bump it when a release reads rows otherwise, so a firm told to import its last
# months again after an upgrade gets them read the new way (updated, never counted twice).
# 2–263: what each read otherwise is in docs/reader_versions.md.
# 264 (fix67b): a note's figures read one way (noted_figures.plain_figures,
# noted_money.NOTE_FIGURE): a thousands comma only within a figure grouped so (2,000;
# 12,500.50; 3,000,500; USD 2,000), 3000,500 two figures, a full-width comma a stop unless
# the digits after it can begin no figure (3，000 one; 让1,500，500 two); 2.000 as before.
# 客户少付2,000，老板同意让1,500，500下周付 on 5,000: 2,000, 72 days, black → 500.
# A grant with no short said and a figure put off after it (老板同意让2000，另1000下周付;
# 让2,000，另1,000下周付) on 4,000 (3,000 short): 3,000 → 1,000, 72 days, black; on 5,000
# (2,000 short, the figures not the row's): nothing → 2,000, 72 days, black
# (short_granted.rest_later). A register wire of 6,000 noted INV-1尾款5,000+PI-77定金1,000
# (deposit_parts read 1): 1 held, 999 on account → 1,000 held. A deposit cell of 4,500
# noted 上批欠款4000,500定金 (read 4,000,500): the last batch's 4,000 owed 39 days, watch,
# 4,500 held → paid, 500 held. 含运费500，运费500还没付 on a 7,000 row stays nothing (the
# freight came in the money; its 未付 the firm's bill to its carrier).
# 265 (fix67d): rv66c's left after fix66i, on the 尾款 row of a 10,000 order (3,000 deposit in)
# under it, typed on its tab, on a 收款 tab or in a later file alike. Of 5,000 received, 佣金已扣，
# 尚欠2000，其中500是银行手续费 and 尚欠2000，其中500是银行手续费: the bank's 500 came with the
# row (deduction_rest.rest_sum), 2,000 → 1,500, 72 days, black. 佣金已扣，尚欠2000吗？客户说不差
# / 客户回复不差 (the buyer's no, no answer): nothing → 2,000, 72 days, black (5,000 or 7,000
# received). Of 7,000: Balance USD2000 still owed (…, belongs to this order; …, maybe for / not
# for another order; …, customer says it belongs to another order; …, belongs to another order
# probably / to be confirmed; still owed by the customer): nothing → 2,000, 72 days, black
# ("still owed" a rest, part_said); Balance USD2000 unpaid, belongs to another order (…, it is
# for the previous order) and Balance USD2000 unpaid, paid on 5/10: 2,000 black (away 7,000) →
# nothing, as 是另一单的 and 5/10已付清 are; 原尚欠2000，现尚欠1000, 之前尚欠2000，现在还欠1000,
# 佣金已扣，原尚欠2000，现尚欠1000: 2,000 → 1,000, and 原尚欠1000，现尚欠2000: 1,000 → 2,000, 72
# days, black (the later figure, deduction_rest.restated; not asked, doubted or another's:
# 2,000 kept). One hedge list (unsure_words.HEDGE): 定金3000，好像/可能/也许/似乎上批欠款4000
# 已付, 上批欠款4000或许/应当已付: nothing owed, 3,000 held → the old 4,000 owed, 39 days, watch,
# 7,000 held. English to-be-confirmed words in UNSURE: a cancelled order's later note shipped,
# to be confirmed / shipped (tbc) / shipped, not sure: 10,000, 91 days, black → nothing.
# 266 (fix67c): rv66d's left after fix66j. The firm's wait for the buyer's money in its other
# words on a balance row received (等客户安排付款, 等客户那边付款, 等客户财务付款, 待客户付款,
# 等客户转账, 等客户结款, 等客户电汇, 等到账, 尾款等到账, 等收款, 客户付款中, 客户正在转账中,
# "waiting on payment", "waiting for the customer to pay"; plan_said.PLAN's one wait, 等到账's
# 到账 no coming: plan_said.waited): nothing owed → 7,000, 72 days, black, on the order's tab
# and typed in a later file alike; the wait denied, feared, over, the firm's way of selling,
# another's or a fee's, 等 "and so on" (没等到账就放单了, 没等付款就发货 — the denial no longer
# reaching over 等 to 到账 / 付款 where the goods went without the wait: owed_said._OWED, 7,000
# black → nothing; 还没等到账 still 7,000 black — 担心要等客户安排付款,
# 终于等到账, 等到账了, 等到账后发货, 工厂等收款, 运费等已付, "not waiting on payment"): nothing
# owed. A bare wait on the deposit's row received (定金30% 3,000 of 03-02 noted 等客户付款,
# the balance 7,000 come): 3,000, 72 days, black → nothing (the balance's wait; 等客户付定金
# still 3,000 black). A rest after a deduction taken (扣除运费后尚欠2000, 扣除X99-1的运费后尚欠
# 2000, 样品费已扣尚欠2000: deduction_rest.before_rest): nothing → 2,000, 72 days, black. His
# plan upon a sample (客户说收到样品后付, 客户说收到X99-1的样品后付, 客户说收到样品后下周付:
# plan_of._UPON before a fee): nothing → 7,000, 72 days, black; 客户说下周付样品费 nothing.
# 267 (fix67a): a rest's own day of arrival. On a 10,000 order (3,000 deposit paid), the balance
# row received 04-20 (7,000 or 5,000 typed, blank-buyer, number-only or typed row) noted 尚欠2000，
# 5/10到账 / 尚欠2000（5/10收） / 尚欠2000，5月10日收到 / 到账5000，尚欠2000，5/10到账 / 余款2000于
# 5/10到账 / "balance 2000 received 5/10" (on 5,000) / 佣金已扣，尚欠2000，5/10到账: 2,000, 72 days,
# black → nothing as of 06-30, 2,000 (not black) as of 05-01 — the rest a receipt of 05-10
# (rest_day: on the order's tab a line of its own, rest_day.noted_rests; typed on a 收款 tab or
# in a later file the part and the rest one total, its part an earlier step, typed_apart).
# Only right after the rest, after the row's own day, not after its sheet's (its file's, typed
# away) latest ordinary received date (a plan row's 07-10 and a lone typo's 09-16 left out: 7/5,
# 8/1到账 2,000 black still), this year's, closing the note: 7/10, 4/20, 4/15到账, 最晚 / 须于 /
# 大概 / 可能 / 若 / 计划 / 客户说 / 催款后5/10到账, 5/10到账（预计） / 一半 / ，待核实 / 了没,
# 5/10收到投诉, 运费 / 佣金 / 定金 / 上批 / X99-1 5/10到账, 2026/5/10到账, 实收5000，4/20到账 and
# 尚欠2000 alone: 2,000 black still; another order's or a fee's rest and a deposit row's as
# before. April's typed row beside May's typed 尾款 2,000 of 05-10: the rest counted once.
# 268 (fix67e): rv67a's review of fix66g (257) and fix66k (262). A wire of 5,975 (06-25) whose
# note says the earlier debt paid by the firm's finance, doubted, then the doubt withdrawn (上次
# 欠款，财务说已付，待确认，后来已确认 / 现已确认 / 已确认 / 已到账 / 后来确认了, 没找到水单，
# 后来找到了 / 客户补发了水单, 还要查，查到了, 待核实，核实过了, （待确认），后已确认到账;
# unsure_words.SETTLED): X-1 5,000, 84 days, black → X-1 paid, 5,025 open, 0 days (withdrawn only
# by the firm, not asked, reported or feared: 已确认？, 客户说已确认, 可能已到账, nor of X-2 after
# X-1 named, nor doubted again after: black still). The order's details doubted (数量待确认, 数量
# 还要确认, 颜色 / 唛头 / 价格 / 交期待确认, 包装还要确认): black → paid, 5,025 open; a doubt
# counts only bare or of the money or its proof (part_of.names_money_or_proof: 货款, 钱, 水单,
# 到账, 银行, 金额). Doubts not read before (还没确认, 待老板确认, 待财务确认, 需要核实) and the
# debt named in the doubt or denial (上批水单还没找到, 上次的钱还没到, 钱其实还没到, 提单待确认，钱
# 其实还没到): paid, 5,025 open → X-1 5,000, 84 days, black (不需要核实: paid still). A deposit
# cell (old 4,000 due 05-20 unpaid; 7,000 on a new order 06-05) reads its doubt by the wire's
# reading (named_papers.doubted): 上批欠款4000已付，待确认，后来已确认 / ，待确认，已到账 / ，样品
# 待确认 / ，数量待确认: 4,000, 39 days, watch, 7,000 held → nothing owed, 3,000 held; ，还没确认
# / ，待老板确认: nothing owed → 4,000 watch. Its debt joined to a fee (上批欠款4000和运费还没付:
# nothing → 4,000 watch; 上批欠款和运费共4000已付: 4,000 watch → nothing, 3,000 held). On a
# balance row of 5,000 received of 7,000 (order 10,000, deposit 3,000, due 04-19): a grant
# then the firm's doing at a time to come (老板同意了，下周给客户发PI / 报价, 下月给客户发新品
# 目录, 月底给客户回复, 月底汇总报给财务, 下周汇报): 2,000, 72 days, black → nothing (下周给钱,
# 下周汇款, 月底结清: 2,000 black; buyer_word.TOLD_PAYS 汇 not of 汇总 / 汇报); an English
# consent after other words (short 2000, sample approved, boss agreed / freight waived, boss
# agreed / for quality issue, boss agreed / quality issue, boss agreed / after talks boss agreed
# / short 2000. boss agreed): 2,000 black → nothing (customer says boss agreed, sample
# approved: 2,000 still); a later set-off with this time's taking denied or an earlier lot's
# (下单再扣，这次先不扣 / 这次不扣 / 本次未扣 / 上批的已扣; a deduction's, 佣金2000，下个订单里扣，
# 这次不扣): nothing → 2,000, 72 days, black (这次扣了: nothing still). On a
# balance row of 7,000 received, the buyer's bare time beside the balance named (尾款连运费客户
# 说月底, 尾款和运费：客户说月底, 问客户尾款和运费何时付，客户说下周, 问客户货款和样品费何时付，
# 客户说下周) or asked after a goods event (发货后问客户，客户说月底, 提单寄出后问客户，客户说下周):
# nothing → 7,000, 72 days, black (问客户验货结果 / 什么时候发货: nothing still); a fee before the
# buyer's denial (运费客户还没付, 代理费客户还没付, 清关代理费客户还没付): 7,000 black → nothing.
# 269 (fix67f): rv67c's review of fix66i (260) and fix66l (263). On the 7,000 balance row
# received 04-20 of a 10,000 order (3,000 deposit paid), as of 06-30: an answer no to a question
# of something else than the rest itself (还差2000要今天付吗？不是，下周付, 是这个月付吗？不是, 是
# 现金付吗？不是, 是美金吗？不是，是人民币, 客户回复了吗？没有, 客户同意了吗？没有, 催了吗？没有,
# 以外还欠吗？我们说不欠: deduction_rest._ITSELF), the buyer named the speaker (…，是另一单的，客户
# 说的 / （客户说） / ，客户的说法; 还差2000客户说，经核对是… / 客户回复，财务核实是…: paid_said.
# speaks_on, said_by_them), the disowning withdrawn later (…，后来发现不是 / 又查了不是 / 已撤回),
# 其余 inside the clause (客户其余已全付, 除此之外已全付, 5/10其余已付清: rest_came._BUT_IT; beside
# 佣金已扣 on 5,000 too): nothing → 2,000, 72 days, black. The firm's finding as it writes it
# (经核对，是另一单的, 财务核实：是…, 财务核实后说是…, 双方核对后是…): 2,000, 72 days, black →
# nothing (还差2000吗？不是, 是否还差2000？没有 stay nothing). A typed row in a later file is read
# against the receipts booked before it (lower line id), not those of its day or before: April's
# 5,000 还差2000 04-20 then May's 2,000 dated 04-20 (尾款付清 or no note) or 04-10, March's copy
# adding 2,000 04-20 under the order, or 2,000 typed below it in April's file: 2,000, 72 days,
# black → nothing (rv67c T1b–T1e, T1). Under the order on its tab a row below the noted one dated
# on or after its day is no receipt its note's rest is read of (order_payments._due: 3,000,
# 5,000 还差2000, 2,000 尾款付清 all 04-20 but the deposit: 2,000 black → nothing, T1o; 1,000
# below: 2,000 → 1,000 black).
# 270 (fix67g): rv67b's review of fix66h (259) and fix66j (261). On the 7,000 balance row received
# 04-20 of a 10,000 order (3,000 deposit paid), as of 06-30, on the order's tab, typed on a 收款 tab
# and in a later file: another order's money said come and this money's words after it with no stop
# are two clauses, as with a comma (others_money.split_after_others: 另一单已收尾款没收 / 但 / 而 /
# 可 / a space, 另一单已到账尾款未到, 另一单已收这笔没收 / 本单还没收, 新订单定金已收尾款没收,
# 另一单和定金已收尾款没收, 收到另一单的钱尾款没收到, 另一单已收尾款未到 / 催款中 / 客户说下周付),
# and a came word said wrong (另一单和尾款已收的说法不对，尾款没收: deduction_rest.WRONG_AT); 下单
# with a paid word after it, this money not named between, is another order
# (came_words.ANOTHER_ORDER: 尾款未收，客户下单已付 / 下单并已付款 / 新下单已付 / 又下单已付全款 /
# 下单的那笔已付 / 又下了一单已付, 催款中，客户下单已付, 客户说下周付，客户下单已付); his paid money
# due at a place of money or a time written otherwise (money_on_way._BARE_SOON, _COMES_SOON:
# 客户已付，下周到帐 / 到银行 / 到我司(账户) / 到公司账户 / 到我们账上 / 到中行 / 到美元账户 /
# 到香港账户 / 到位 / 到达, 下周入账, 周五到, 3天后到, 过几天到), 帐 read as 账
# (came_words.one_spelling: 钱还没到帐) and 钱 as 款 (客户已付，钱还没到): nothing owed → 7,000, 72
# days, black. Kept (nothing owed): 另一单和尾款已收, 收到另一单及尾款, 尾款+另一单货款已到账, 尾款
# 已收另一单下周付, 4/20到账后客户又下单, 未下单，尾款已收, 下单后尾款已付, 下周到港 / 目的港 / 仓库
# / 岸 / 柜 / 厂验货 / 洛杉矶. A wait denied or dropped by the next clause, or over (plan_said:
# 等客户付款？没有 / ，没有的事 / ，不用了已收, 没在等, 不再等, 曾等): 7,000, 72 days, black →
# nothing (等客户付款，没有收到 / ，没有 / ，不是已付, 还在等 stay 7,000 black). Another order's
# number right before a rest after 订单 / 单 / 号单 / 这单, a colon, a slash, a dash or 】 / ]
# (rest_came._OWNS_IT: X99-1订单尚欠2000, 【X99-1】尚欠2000, X99-1：尚欠2000, 另一单：尚欠2000,
# 2025-699订单尚欠2000): 2,000, 72 days, black → nothing (X99-1，尚欠2000, 和X99-1合并结算, 其他型号
# stay 2,000 black). 下单尚欠2000 / 客户下单尚欠2000 (part_said._next_lot: the verb, not a later
# lot's set-off; 下单少收2000 stays one): 7,000 → 2,000, 72 days, black, and beside 扣款500 on 6,500
# the same; 下单还欠2000 and 尚欠2000 / 到账5000 beside 客户下单已付: nothing → 2,000, 72 days,
# black.
# 271 (fix67h): rv67d's review of fix67b. One reading of a note's figure (noted_figures.
# figure_readings, noted_money.grouped; every reader fix67b named, and forfeits.refunded):
# full-width digits plain first, a thousands comma within a figure grouped so, its commas of one
# kind (3，500 is 3,500 as 3,500 is; 4,000,3,000 two figures; 6,500，500 two), a figure of two
# groups or more also read with its last group apart, taken where the figures add up. Balance row
# of 5,000 (2,000 short): 老板同意让2000，另1000下周付 / 1000下周付 / 另1000下周退给客户 /
# 另1000下周付给工厂: 2,000, 72 days, black → nothing (the grant alone where grant + the figure
# put off pass the row's short; short_granted.rest_later the buyer's paying only, not 退给客户,
# 汇给客户, 付给工厂/货代, 已付, asked); also on a one-row sale 8,000 of 10,000.
# 客户少付2，000，老板同意让1，500，500下周付 / 客户少付2,000,老板同意让1,500,500下周付: 2,000 →
# 500, 72 days, black. A deposit cell of 7,500 noted 定金3，500，加上批欠款4，000
# (定金3，000，加上批欠款4，500; 上批欠款1，500，定金3，000 on 4,500;
# 定金３，０００，加上批欠款４，０００, 上批欠款4,000,3,000定金, 定金3,000,4,000是上批欠款 on
# 7,000): the last batch's debt owed 39 days, watch, the cell held → paid, the deposit held;
# 上批欠款4,000,500定金 on 4,500 the same (4,000 and 500). Register wires:
# INV-1尾款5,000+PI-77定金１，０００ on 6,000: 5,000, 84 days, black, 1 held → paid, 1,000 held;
# 定金1，500 on 6,500: 1 held → 1,500; INV-1尾款USD5,000+PI-77定金USD975 on 5,975 (USD5000 read as
# a paper's number): 5,000, 84 days, black → paid, 975 held. A cancelled order's
# 定金已退3，000给客户 / ３，０００: refunded 3 → 3,000 (the buyer's other order of 2,500: nothing
# → 2,500, 72 days, black). A deduction's figure read the same way (deduction_notes,
# noted_figures.said_got): 扣佣金2,000 / 佣金2,000已扣 / 扣佣金2，000 / 扣佣金２，０００ on a
# 5,000 balance row (read 2): 2,000, 72 days, black → nothing, as 扣佣金2000.
# 272 (fix67j): rv67f's review of fix67c, on the 尾款 row of a 10,000 order (3,000 deposit of 03-02
# in) received 7,000 on 04-20, on the order's tab and typed in a later file alike. Goods released
# without the wait, then arrears told (没等到账就放单了，客户拖欠 / 客户欠款 / 客户赖账 /
# 结果客户跑了 / 被骗了 / 现在联系不上客户 / 客户一直拖着 / 现在要不回来 / 坏账 / 已报信保 /
# 损失7000 / 一直在催: owed_said._released_in_arrears): nothing → 7,000, 72 days, black; denied,
# feared, paid after or the insurer paying (客户没拖欠, 怕成坏账, 拖欠两个月后付清, 信保赔付)
# nothing still. The deposit row's own wait by its share, figure or "this one" (等客户付30%,
# 等客户付3000, 这笔等客户付款, 本笔等到账, "waiting on deposit payment"): nothing → 3,000, 72 days,
# black. A fee named before his plan (客户说运费到港后付, 样品费客户说收到样品后付,
# 客户答应运费等货到了再付, 样品费客户答应到货后付, 运费客户说下周付, 运费客户说收到发票后付,
# 佣金客户说收到货后付: plan_of.fee_a_condition, buyer_word.told's topic), 中 "in" his payment
# (客户付款中含运费200, 客户转账中包含运费), the payee's details (等收款人信息, 等收款账户确认,
# 等收款水单), the wait then the money come or ticked (待客户付款，4/20收; 等收款，4/20收妥;
# 待客户付款（已完成） / ：已完成 / ✓ / OK / -done), a slip awaited (等客户转账截图, 等客户结款单,
# 等客户付款凭证, "waiting on payment slip"): 7,000, 72 days, black → nothing; 等到账 5/10,
# 待客户付款，5/10收 still 7,000 black. A rest after another order's deduction or said a fee
# (X99-1扣除运费后尚欠2000, 另一单扣除运费后尚欠2000, 扣除运费后尚欠2000是佣金:
# deduction_rest._taken_else): 2,000, 72 days, black → nothing.
# 273 (fix67k): rv67g's review of fix67a (267). On a 10,000 order (OA 30天 due 04-19, 3,000 deposit
# paid 03-02) whose 尾款70% row received 04-20 is noted 尚欠2000，5/10到账, as of 06-30: the rest is
# kept on the row's own line (core.ledger.rest_receipts: 7,000 on 05-10, 5,000 of 04-20 its earlier
# step), not a line of its own, so the file imported again with the note corrected (尚欠2000 /
# 尚欠2000，7/10到账 / 5/10到账?) writes that line anew: 0 owed → 2,000, 72 days, black (the 2,000
# line stayed live); the rows counted once (4 taken, 4 inserted, not 5). A rest's room counts every
# other row's receipt and the rest another row's note says came, never past the amount
# (order_payments._rest_came: 3,000 noted 尚欠4000，5/10到账 and 2,000 of 05-10 noted 尚欠2000，
# 6/10到账, 12,000 on the order, the surplus paying another order of 2,000: 0 → 2,000, 72 days,
# black; 5,000 noted with 1,999 typed below: the rest no longer read beside it). A sheet's dates
# read day first read its notes' day so (rest_day: 尚欠2000，5/6到账 beside 20/04/2025 is 5 June,
# as of 05-20 0 → 2,000 owed; 10/5到账 is 10 May: 2,000 → 0). A bare 到 or "paid" may be a deadline
# (尚欠2000，5/10到, "balance 2000 paid 5/10"): 0 → 2,000, 72 days, black (5/10收, "received" kept).
# 274 (fix67l): rv67i's review of fix67f (269) and fix67g (270). On a 10,000 order (3,000 deposit
# paid 03-02, due 04-19), as of 06-30: under the order on its tab, 5,000 04-20 noted 还差2000 and
# below it the same 5,000 again (04-20 or 04-21; no note, 重复录入, 作废, 与上一行同一笔), a
# correction (4,800 更正：上行实收4800) or 2,000 05-01 its note gives to another order or back
# (另一单的, 是另一单的货款, 另一单的，不是本单, 已退回客户): nothing → 2,000, 72 days, black
# (order_payments._due adds back a row below only within the order's amount, never the row again
# nor another's; 2,000 尾款付清 below: nothing still; 1,000 below: 1,000 black; the row copied,
# 同上: 2,000 black still). On the 7,000 balance row received 04-20 (order's tab, typed and in a
# later file): a wait given up or gone by beside no money come (不再等客户付款 alone, or
# ，已报信保 / ，转法务 / ，已起诉 / ，已发律师函 / ，列入黑名单 / ，申请信保理赔 / ，坏账处理;
# 没在等客户付款，已报信保 / ，客户失联; 曾等客户付款，后来客户失联 / ，已起诉): nothing → 7,000,
# 72 days, black (plan_said._WAIT_OVER; 不再等客户付款，已收 / ，4/20已到账, 曾等客户付款,
# 没在等客户付款: nothing still). On it with 还差2000, the disowning withdrawn only by a 不是
# naming nothing else (…，是另一单的，发票号不是 / ，金额不是 / ，付款人不是;
# …经核对是另一单的，客户名不是) and the buyer's word the firm checked after
# (…是另一单的（客户说），财务已核实): 2,000, 72 days, black → nothing
# (deduction_rest._NOT_AFTER_ALL, _theirs; …，不是 / 后来发现不是 / 又查了不是: 2,000 still).
# 275 (fix67m): rv67h's review of fix67e (268). A wire of 5,975 (06-25) whose note says
# the earlier debt paid by the firm's finance, doubted, then a clause settling nothing of
# the money (上次欠款，财务说已付，待确认，已确认订单 / ，已确认交期 / ，已确认是X-2的 /
# ，已收到客户邮件 / ，已找到提单), the buyer's word (，客户已确认 / ，客户确认了), a search
# (，查了，没有; 没找到水单，找过了，没有 / ，找了很久) or a settling found false
# (，确认了是假水单; 后来已确认，结果没有): X-1 paid, 5,025 open, 0 days → X-1 5,000,
# 84 days, black (unsure_words.SETTLED: 查 / 找 only with 到; BARE_SETTLED or
# names_money_or_proof; FOUND_FALSE brings the doubt back). 后来已确认, 已确认到账 /
# 收到 / 收到款, 找到了, 核实过了, 查到了: paid still. A deposit cell the same
# (上批欠款4000已付，待确认，已确认订单 / ，客户已确认 / ，查了，没有 / ，确认了是假水单 /
# ，已收到客户邮件): nothing owed, 3,000 held → 4,000, 39 days, watch.
# On the balance row of 5,000 received 04-20 of 7,000 (order 10,000, deposit 3,000, due
# 04-19): 客户少付2000，老板同意了，月底结 / 下月结算 / 月底一起结 / 下次结 / 下周给我们 /
# 月底结给我们: nothing → 2,000, 72 days, black (short_granted._PAID_LATER: 结, 给 the firm;
# 下周给客户发PI / 报价, 汇总 / 汇报, 结汇: as before). On the 7,000 row: 7000含运费客户还没付 /
# 尾款含运费客户还没付 / 货款加运费客户还没付 / 运费客户还没付尾款: nothing → 7,000, 72 days,
# black (owed_said._FEE_INCLUDED, _BALANCE_AFTER; 运费客户还没付 alone: nothing still).
# short 2000, their boss agreed / his boss agreed / their manager has agreed / their finance
# agreed, 客户少付2000，their boss agreed: nothing → 2,000, 72 days, black (short_granted.
# _THEIRS; boss agreed, our boss agreed, the manager has agreed: nothing still).
# 276 (fix67i): rv67e's review of fix67d (265), on the 尾款 row of a 10,000 order (3,000 deposit
# in) received 04-20, under it, typed on its tab, on a 收款 tab or in a later file. An English
# "paid"/"received" after a rest reads it come only as a clause of nothing but that, in full,
# already or on a day (rest_came._EN_CAME: already paid, fully paid, paid on 5/10): Balance
# USD2000 unpaid, received TT copy / received complaint / received L/C / received PO for next
# order, …still owed, received bank slip, 尚欠2000，received TT copy, 余款2000未付，received TT
# copy: nothing → 2,000, 72 days, black; …unpaid, paid next week / paid when goods arrive / paid
# after delivery / paid by end of May / paid against B/L copy / paid 500 / paid partially / paid
# other invoices / paid commission to agent / settled with next order / paid to wrong account /
# paid on 5/10 per customer / cleared customs, 尚欠2000，paid next week: nothing → 2,000, 72 days,
# black under the order, 7,000 black typed away (as before 265). "still owes 2000" a rest
# without_disowned cuts once come (noted_figures.REST_OWED_EN): still owes 2000, already paid /
# paid on 5/10: 7,000, 72 days, black → nothing; …, paid next week: 7,000 → 2,000 black. English
# "owed" of the firm (owed to the customer, owed to customer as commission), another order's
# (owed on order 2025-799, owed, for order 2025-799) or withdrawn (owed, mistake; owed, wrong,
# fully paid: deduction_rest._ON_ORDER_EN, _WRONG_EN): 2,000, 72 days, black → nothing. 佣金已扣，
# 尚欠2000吗？客户说不差 then the firm's finding (我们核对后确实不差, 财务核实不差, 已核实, 是的:
# deduction_rest._agreed): 2,000 black → nothing. The bank's part of a rest no more than
# bank_charges.CHARGE_MOST (300), nor one the buyer bears (手续费客户承担, ，客户承担, 由客户承担):
# 其中1900是银行手续费 on 5,000: nothing → 2,000; 其中1500是中转行手续费 500 → 2,000; 其中1000
# 1,000 → 2,000; 其中500 1,500 → 2,000; borne by him 1,500 → 2,000, 72 days, black;
# "still owed 2000, of which 200 bank charges" (deduction_rest._PART_EN) 2,000 → 1,800.
# 原尚欠2000，现尚欠1000 hedged (好像 / 估计 / 可能), his word (客户说(的)), withdrawn (已撤回,
# 财务核实不对): 1,000 → 2,000,
# 72 days, black; 现尚欠RMB1000 (another money, not converted): 7,000 → 2,000 black. English
# unsure words of what follows them, not the statement (a cancelled order's later "shipped but
# customer not confirmed receipt", "shipped under unconfirmed L/C": nothing → 10,000, 91 days,
# black; "shipped, to be confirmed by customer" / "…, not confirmed yet" nothing as 待确认). A
# deposit cell's 上批应当付的4000已付 / 应该付的4000已付 (no hedge: the sum due): 4,000, 39 days,
# watch, 7,000 held → paid, 3,000 held.
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
# 280 (fix68j): rv68c's review of fix68b, on the 尾款 row of 2025-701 (10,000, 3,000 deposit in)
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
READER_VERSION = 280
# the first reader to read a later file's lot as a line of its own (lots35): an import by an
# older one may have made up a lot's balance as received (core.ledger.lot_balances)
LOTS_APART = 13
