"""The words a payment row's note says a part of its money by (core.ledger.part_said): what
came (实收3000), a short payment (少付2000, "short 2000"), the rest owed (还差2000, "still owes
2000") and a share come (款已到一半, 到了60%).

Apart from their reader so that it stays one module's length; the plans that read a share
(core.ledger.plan_said) name them here too.
"""

from __future__ import annotations

import re

from core.ledger.bank_charges import BEARS
from core.ledger.came_words import CAME
from core.ledger.noted_figures import (
    FIGURE,
    FIGURES,
    HIM_EN,
    NOT_HIS_EN,
    OF_MONEY,
    REST_OWED,
    REST_OWED_EN,
    US_EN,
)
from core.ledger.short_granted import NEXT_LOT

# what came: 实收3000, or 到账5000, 已收5000, 已到3000, "received usd 5,000"
CAME_FIGURE = re.compile(rf"(?:{CAME}|已到\s*|(?<![a-z])(?:received|credited)\s*:?\s*){FIGURES}")
# a cost borne (承担, 手续费): a shortfall of it no rest (少收15，银行手续费; 少付2000运费客户承担)
BORNE_WORDS = rf"{BEARS}|手续费|银行费|bank"
# ... the rest owed: 还差2000, 尚欠2000 (noted_figures.REST_OWED, its money named or not),
# 余款1000未付, 余2000下月付, "still owes 2000", "balance 2000 unpaid"; not the rest said paid
# (余款2000已付); a short payment (少付2000, 少收2000) unless one the firm granted (客户少付2000，
# 我们同意了; 老板批准: core.ledger.short_granted), then a discount off the order
# (part_said.granted_short, read by core.ledger.deduction_notes)
# ... in English (short 2000, short paid 2000, underpaid by 2000, paid 2000 short), read only
# as the short payment a grant is of (short 2000, boss agreed: read as nothing said, a balance
# typing 5,000 granted stayed 2,000 owed, 72 days, black, fix66e); not as a rest owed, whose
# readers of it paid later, planned or goods' are Chinese (short 2000, paid on 5/10 read owed:
# 2,000, 72 days, black where paid); not denied (not short) nor still short (RESTS' own)
_EN_SHORT = (r"(?<![a-z])(?<!not )(?<!never )(?<!still )(?:(?:short(?:[- ]?paid| payment)?"
             rf"|underpaid|paid short)(?: of| by)?|paid(?=\s*{FIGURE}\s*short(?![a-z])))")
# ... a 扣 after it the bank's or the buyer's taking (少付2000，银行扣了), not one on a later lot
# (老板同意让2000，下单再扣, 下个订单里扣: read as no short payment, 2,000 owed read paid at
# 7,000, fix66e); nor a count of goods (short 2000 pcs, pieces, sets, pairs: read as money
# granted, 2,000, 72 days, black → 0, rv66e s1, s3)
_NOT_BORNE = (rf"(?![^。;；]{{0,16}}?(?:{BORNE_WORDS}|银行"
              r"|(?<![a-z])(?:charges?|fees?|pcs|pieces?|sets?|pairs?|dozens?|ctns?|cartons?|boxes"
              r"|units?)(?![a-z])))"
              rf"(?!(?:(?!{NEXT_LOT})[^。;；]){{0,16}}?(?<!折)扣)")
_SHORT_ZH = r"(?<![没未不])少(?:付|收|汇|给|打)了?"
SHORT_PAID = re.compile(rf"{_SHORT_ZH}\s*:?\s*{OF_MONEY}{FIGURES}{_NOT_BORNE}")
SHORT_SAID = re.compile(rf"(?:{_SHORT_ZH}|{_EN_SHORT})\s*:?\s*{OF_MONEY}{FIGURES}{_NOT_BORNE}")
RESTS = (re.compile(rf"{REST_OWED}{FIGURES}"), SHORT_PAID,
          re.compile(rf"(?:余|剩)(?:款|额|下的?)?\s*:?\s*{FIGURES}(?=[^,，;；。已]{{0,10}}?"
                     r"(?:(?:未|没有?|待)(?:付|收|到|给|结)|(?:付|给)(?![清了完过])))"),
          re.compile(rf"{REST_OWED_EN}{FIGURES}(?!{NOT_HIS_EN})"),
          re.compile(rf"(?<![a-z])(?:balance|rest|remaining)(?: of)?\s*:?\s*{FIGURES}\s*"
                     r"(?:is\s+)?(?:not (?:yet )?paid|unpaid|outstanding|owing|to be paid"
                     rf"|(?:still )?owed(?!\s+to(?!\s+{US_EN}(?![a-z]))(?![a-z]))"
                     rf"(?!\s+by(?!\s+{HIM_EN}(?![a-z])))(?!\s+to\s+{US_EN}{NOT_HIS_EN})"
                     rf"(?!\s+by\s+{HIM_EN}\s+to(?!\s+{US_EN}(?![a-z])))"
                     r"(?![a-z]))"))
# ("owed to" another is the firm's debt, to the customer as much as to the bank: "Balance
# USD2000 owed to the customer" read as his rest, 2,000, 72 days, black where he owed nothing,
# rv67e, fix67i; "owed by" the buyer's only.) Owed to us or our company is the buyer's debt,
# and so is one owed by him or them: read as the firm's, 2,000, 72 days, black was cleared
# (rv68a A3, fix68g)
# ... a share of it come: 款已到一半, 只到一半, 终于付了一半, 到了60%, 一半已到账, "half paid";
# not a payment's own share (收到30%定金, 尾款70%已到: the whole of that payment), nor 100%
FRACTION = (r"(?:一半|半数|(?P<den>[二三四五六七八九十两])分之(?P<num>[一二三四五六七八九])"
            r"|(?<![\d.])(?P<pct>(?!100)\d{1,2}(?:\.\d+)?)\s*%)")
SHARE_OF = "定金|订金|预付|首付|尾款|余款|货款"  # a payment a share names (尾款70%, 30%定金)
_SHARE_OF = rf"\s*的?(?:{SHARE_OF}|款)"
_CAME_VERB = (r"(?:(?:已经?|只|才|仅)(?:到账|收到|到|付|收|汇)了?|(?:到账|收到|到|付|收|汇)了"
              r"|到账|收到)")
SHARES = (re.compile(rf"{_CAME_VERB}\s*{FRACTION}(?!{_SHARE_OF})"),
           re.compile(rf"(?<!定金)(?<!订金)(?<!尾款)(?<!余款)(?<!货款)(?<!预付)(?<!首付)"
                      rf"{FRACTION}的?款?"
                      r"(?:已经?(?:到账|到|付|收)|(?:到账|到|付|收到)了)"),
           re.compile(r"(?<![a-z])(?:(?:paid|received) half|half (?:paid|received"
                      r"|(?:has |have )?(?:arrived|come)))(?![a-z])"))
