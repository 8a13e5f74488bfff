"""The reader's version: part of every import key, so a release that reads rows otherwise
has a firm's files read again the new way when it imports them again (kept apart from the
importer, whose length it would otherwise be: one line of history a change).
"""

# Which reading of a ledger an import used. A file is "already imported" only when imported by
# this reader; bump it when a release reads rows otherwise, so a firm told to import its last
# months again after an upgrade gets them read the new way (updated, never counted twice).
# 2–250: what each read otherwise is in docs/reader_versions.md.
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
# 268 (fix67i): rv67e's review of fix67d (265), on the 尾款 row of a 10,000 order (3,000 deposit
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
# "still owed 2000, of which 200 bank charges" (deduction_rest._PART_EN) 2,000 → 1,800. 原尚欠2000，现尚欠1000
# hedged (好像 / 估计 / 可能), his word (客户说(的)), withdrawn (已撤回, 财务核实不对): 1,000 → 2,000,
# 72 days, black; 现尚欠RMB1000 (another money, not converted): 7,000 → 2,000 black. English
# unsure words of what follows them, not the statement (a cancelled order's later "shipped but
# customer not confirmed receipt", "shipped under unconfirmed L/C": nothing → 10,000, 91 days,
# black; "shipped, to be confirmed by customer" / "…, not confirmed yet" nothing as 待确认). A
# deposit cell's 上批应当付的4000已付 / 应该付的4000已付 (no hedge: the sum due): 4,000, 39 days,
# watch, 7,000 held → paid, 3,000 held.
READER_VERSION = 268
# the first reader to read a later file's lot as a line of its own (lots35): an import by an
# older one may have made up a lot's balance as received (core.ledger.lot_balances)
LOTS_APART = 13
