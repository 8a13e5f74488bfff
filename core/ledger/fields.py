"""The canonical ledger fields and the header words firms use for them.

Headers are compared after :func:`core.ledger.normalise.fold_header` (case, spaces, punctuation
and full-width forms ignored), so each synonym is listed once in its plainest spelling. The
order of :data:`RULES` matters: exact matches are tried before "contains" matches, and a few
words that mean one field when alone and another when a better column exists (发票号 is the
order number of a ledger without PI numbers, a shipment's number in one with them) come last.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from core.i18n import N_

REQUIRED = ("customer", "order_date", "amount")


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # N_ template, the name a user reads
    example: str  # an example value, shown beside the label in the mapping dialog
    kind: str  # text, date, money, number, flag, status, incoterm, terms, currency


FIELDS: tuple[Field, ...] = (
    Field("order_no", N_("Order no."), "PI2025-0137", "text"),
    Field("invoice_no", N_("Invoice no."), "INV25-0212", "text"),
    Field("customer", N_("Customer"), "Coastal Home Goods LLC", "text"),
    Field("country", N_("Country"), "Germany", "text"),
    Field("order_date", N_("Order date"), "2025-10-03", "date"),
    Field("amount", N_("Amount"), "125,400.00", "money"),
    Field("currency", N_("Currency"), "USD", "currency"),
    Field("incoterm", N_("Incoterms"), "FOB Ningbo", "incoterm"),
    Field("payment_terms", N_("Payment terms"), "T/T 30% deposit, balance before shipment",
          "terms"),
    Field("ship_date", N_("Ship date"), "2025-11-15", "date"),
    Field("bl_date", N_("B/L date"), "2025-11-18", "date"),
    Field("due_date", N_("Due date"), "2025-12-15", "date"),
    Field("received_amount", N_("Amount received"), "87,780.00", "money"),
    Field("received_date", N_("Date received"), "2025-12-12", "date"),
    Field("received_currency", N_("Currency received"), "USD", "currency"),
    Field("outstanding", N_("Amount outstanding"), "37,620.00", "money"),
    Field("deposit", N_("Deposit received"), "37,620.00", "money"),
    Field("deposit_date", N_("Deposit date"), "2025-10-08", "date"),
    Field("balance", N_("Balance received"), "87,780.00", "money"),
    Field("balance_date", N_("Balance date"), "2025-11-20", "date"),
    Field("refund_amount", N_("Amount refunded"), "3,000.00", "money"),
    Field("refund_date", N_("Date refunded"), "2025-04-20", "date"),
    Field("return_amount", N_("Amount returned"), "3,000.00", "money"),
    Field("return_date", N_("Date returned"), "2025-04-20", "date"),
    Field("cost", N_("Cost"), "92,000.00", "money"),
    Field("gross_profit", N_("Gross profit"), "33,400.00", "money"),
    Field("tax_rebate", N_("Export tax rebate"), "6,500.00", "money"),
    Field("salesperson", N_("Salesperson"), "张伟", "text"),
    Field("product", N_("Product"), "Stainless steel pot set", "text"),
    Field("quantity", N_("Quantity"), "2,400", "number"),
    Field("returned_quantity", N_("Quantity returned"), "300", "number"),
    Field("unit_price", N_("Unit price"), "52.25", "number"),
    Field("trial", N_("Trial order"), "是 / Y", "flag"),
    Field("status", N_("Status"), "已取消", "status"),
    Field("credit_limit", N_("Credit limit"), "50,000", "money"),
    Field("insured", N_("Credit insured"), "是 / Y", "flag"),
    Field("insurer", N_("Credit insurer"), "中信保 / Sinosure", "text"),
    Field("insured_pct", N_("Insured share"), "90%", "number"),
    Field("notes", N_("Notes"), "分批出货", "text"),
    Field("doc_type", N_("Document type"), "发票 / 折让", "text"),
    Field("ref", N_("Against order/invoice"), "INV25-0212", "text"),
    Field("bank_charge", N_("Bank charges"), "45.00", "money"),
)
FIELD_BY_NAME = {f.name: f for f in FIELDS}
# A payments sheet (a 收款 tab, core.ledger.layout.receipts_sheet) reads its received figure and
# date as each row's amount and date; to the clerk they are what the sheet's headers say: the
# report read "Amount ← 收款金额" and "amount “一万二” is not a number" of money received.
RECEIPT_WORDS = {"amount": "received_amount", "order_date": "received_date"}
# A list of refunds (a 退货 tab or file headed 退款金额 / 退款日期, no sale's amount, core.ledger.
# refund_columns.refunds_sheet) reads its refund and its date so too; each row is money sent back.
REFUND_WORDS = {"amount": "refund_amount", "order_date": "refund_date"}
# ... and a list of returns (退货金额 / 退货日期: goods sent back, their money with them), so too.
RETURN_WORDS = {"amount": "return_amount", "order_date": "return_date"}
# Of two received figures on a payments sheet (收款金额 and 到账金额), the one that names the money
# that reached the bank after its charges: what the customer's account counts (a shortfall of
# bank charges is within the settings' tolerance), core.ledger.layout.receipts_sheet.
ARRIVED_WORDS = ("到账", "实收", "实到", "netreceived", "amountcredited")
# Who wired the money, on a sheet of payments only (a 收款登记's 付款单位): its customer, where it
# has no customer column (core.ledger.payer_column). A sales sheet's buyer is its 客户, never
# its payer: these are no synonyms of the customer.
PAYER_WORDS = ("付款单位", "付款人", "付款方", "付款客户", "汇款人", "汇款单位", "汇款方", "payer",
               "payername", "remitter", "remittername", "remittedby", "paidby")


def worded(name: str, words: Mapping[str, str]) -> Field:
    """The field whose words name a column to the user: `words` are a sheet's fields read
    as another (SheetLayout.words: a payments sheet's amount is the money received)."""
    return FIELD_BY_NAME[words.get(name, name)]

# Columns only a sheet of sales has: with one, a missing amount is a header not understood
# (货款, USD), for the user to map, never a reason to read the sales as payments
# (core.ledger.layout); nor is the tab a list of customers or balances (workbook_layouts).
SALES_ONLY = frozenset({"product", "quantity", "unit_price", "ship_date", "due_date",
                        "incoterm", "payment_terms", "cost", "gross_profit", "tax_rebate",
                        "trial", "deposit", "balance", "invoice_no"})

# Money received, as an export ledger heads it (收汇: the foreign exchange a sale brought in,
# acct53c): words that name it only as a whole header, never inside another, since
# 未收汇金额, 应收汇金额 (still owed), 收汇汇率, 收汇银行 and 收汇单号 hold them too. The original
# currency's figure first: of 收汇金额(原币) and 收汇金额(人民币) the first is the receipt.
# 结汇人民币 / 结汇金额 is not one (core.ledger.unread_money: named, not read); nor 入账金额, which
# some ERPs use for booked revenue (a sale read as paid would hide a debtor).
RECEIPT_ONLY_WORDS = ("收汇原币", "收汇金额原币", "收汇原币金额", "收汇外币", "收汇金额外币",
                      "收汇金额", "收汇额", "收汇", "已收汇", "已收汇金额", "实际收汇",
                      "实际收汇金额", "收款", "到账", "remittance")

# an air shipment's bill of lading (air waybill): a shipping paper, never the order date
# (acct55b); beside a B/L column, a row's paper where no B/L date is typed (air_papers)
AIR_WAYBILL_WORDS = ("空运单日期", "空运提单日期", "航空运单日期", "运单日期", "空运单日",
                     "awbdate", "airwaybilldate", "awb日期")
# a shipping paper's number (运单号, 提单号, 快递单号): holding 单号, never the order number
# (fix55k: a sheet with no 订单号 read its waybill numbers as orders)
PAPER_NUMBER_WORDS = ("运单号", "快递单号", "物流单号", "提单号", "报关单号", "跟踪单号",
                      "追踪单号")
# Exact synonyms, after folding. Chinese first, then English.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "order_no": ("订单号", "订单编号", "合同号", "合同编号", "pi号", "pi编号", "pi", "销售合同号",
                 "外销合同号", "单据编号", "单据号", "销售订单号", "订单编码", "单号", "orderno",
                 "ordernumber", "order", "orderid", "pono", "ponumber", "po", "contractno",
                 "contractnumber", "salesorder", "sono", "pino", "proformainvoiceno"),
    "invoice_no": ("发票号", "发票号码", "发票编号", "商业发票号", "invoiceno", "invoicenumber",
                   "invoice", "invoiceid", "invno", "ciNo"),
    "customer": ("客户", "客户名称", "客户名", "客户编号", "客户代码", "客户id", "买家", "买方",
                 "客商", "客户全称", "客户编码", "客户简称", "购货单位", "购买方", "customer",
                 "customername", "customerid", "customercode", "customerno", "buyer", "buyername",
                 "client", "clientname", "consignee", "accountname"),
    "country": ("国家", "目的国", "国别", "国家地区", "国家/地区", "目的港国家", "country",
                "destination", "destinationcountry", "countryregion", "market"),
    "order_date": ("订单日期", "下单日期", "下单时间", "签约日期", "合同日期", "接单日期",
                   "单据日期", "业务日期", "日期", "orderdate", "podate", "date", "contractdate",
                   "orderdatetime"),
    "amount": ("金额", "总额", "总金额", "订单金额", "合同金额", "销售金额", "货值", "金额合计",
               "价税合计", "含税金额", "发票金额", "amount", "total", "totalamount", "orderamount",
               "ordervalue", "invoiceamount", "value", "salesamount", "lineamount", "linetotal",
               "subtotal"),
    "currency": ("币种", "币别", "货币", "结算币种", "currency", "curr", "ccy", "cur"),
    "received_currency": ("收款币种", "回款币种", "到账币种", "实收币种", "收汇币种", "已收币种",
                          "receivedcurrency", "currencyreceived", "paymentcurrency"),
    "incoterm": ("贸易条款", "价格条款", "成交方式", "贸易术语", "成交条款", "incoterms",
                 "incoterm", "tradeterms", "tradeterm", "priceterms", "deliveryterms", "terms"),
    "payment_terms": ("付款方式", "付款条件", "结算方式", "付款条款", "收款方式", "paymentterms",
                      "paymentterm", "payment", "paymentmethod", "termsofpayment"),
    "ship_date": ("出货日期", "发货时间", "发货日期", "出运日期", "装运日期", "船期", "开船日期",
                  "shipdate", "shipmentdate", "shippingdate", "etd", "deliverydate",
                  "dispatchdate"),
    # the bill of lading's date, which terms run from (core.ledger.paper_dates): a row's ship
    # date where typed, its 出货日期 where not yet
    "bl_date": ("提单日期", "提单日", "装船日期", "bldate", "billofladingdate", "onboarddate",
                "shippedonboarddate", *AIR_WAYBILL_WORDS),
    "due_date": ("应收日期", "到期日", "到期日期", "应收款日期", "付款到期日", "账期到期日",
                 "duedate", "paymentduedate", "due"),
    "received_amount": ("实收金额", "已收金额", "回款金额", "收款金额", "已收款", "到账金额",
                        "已收", "回款", "实收", "本月收款", "当月收款", "累计收款", "本月到账",
                        "当月到账", "实收原币", "到账原币", "收款原币", "实收外币", "水单金额",
                        *RECEIPT_ONLY_WORDS, "received", "receivedamount", "amountreceived",
                        "paid", "paidamount", "amountpaid", "payment received", "collected",
                        "amountcollected", "collectedamount", "receiptamount",
                        "remittanceamount", "remittancereceived", "proceedsreceived"),
    "received_date": ("收款日期", "到账日期", "回款日期", "收汇日期", "付款日期", "receiveddate",
                      "datereceived", "paymentdate", "paiddate", "datepaid", "receiptdate"),
    "outstanding": ("未收金额", "应收余额", "未收汇金额", "未收款", "欠款", "欠款金额",
                    "余额", "未回款", "outstanding", "balancedue", "amountdue", "openamount",
                    "unpaid", "outstandingamount"),
    "deposit": ("定金", "订金", "预付款", "定金金额", "已收定金", "deposit", "depositreceived",
                "advancepayment", "downpayment"),
    "deposit_date": ("定金日期", "定金到账日期", "订金日期", "预付款日期", "depositdate"),
    "balance": ("尾款", "尾款金额", "已收尾款", "balance", "balancereceived", "balancepayment"),
    "balance_date": ("尾款日期", "尾款到账日期", "balancedate"),
    # money sent back to the buyer and its day: never a sale's 金额 or 日期 (which the
    # "contains" matches would make of them: 退款金额 read as a sale of 3,000)
    "refund_amount": ("退款金额", "退款额", "退回金额", "退款", "已退款", "退款总额",
                      "refundamount", "refund", "amountrefunded", "refunded", "refundvalue"),
    "refund_date": ("退款日期", "退回日期", "退款时间", "refunddate", "daterefunded"),
    # goods sent back and their sum (a return, the sale lowered: fix40e), never a bare refund
    "return_amount": ("退货金额", "退货额", "退货总额", "退货货值", "returnamount",
                      "returnedamount", "amountreturned", "returnvalue", "returnedvalue"),
    "return_date": ("退货日期", "退货时间", "returndate", "returneddate", "datereturned"),
    "cost": ("成本", "成本金额", "采购成本", "总成本", "cost", "totalcost", "costamount", "cogs"),
    "gross_profit": ("毛利", "毛利润", "毛利额", "利润", "grossprofit", "profit", "margin",
                     "grossmargin"),
    "tax_rebate": ("退税", "退税额", "退税金额", "出口退税", "taxrebate", "vatrebate", "rebate",
                   "taxrefund", "vatrefund"),
    "salesperson": ("业务员", "业务", "销售员", "跟单员", "负责人", "销售", "业务经理",
                    "salesperson", "sales", "salesrep", "salesman", "owner", "accountmanager"),
    "product": ("产品", "产品名称", "品名", "货物名称", "商品名称", "产品编号", "货号", "型号",
                "产品型号", "产品代码", "产品编码", "商品编码", "商品代码", "物料编码", "存货编码",
                "产品描述", "商品描述", "货品名称", "规格型号", "product", "productname", "item",
                "itemno", "description", "stockcode", "sku", "model", "goods"),
    "quantity": ("数量", "订单数量", "件数", "qty", "quantity", "pcs"),
    # the goods that came back: never the sale's 数量 (read as it, 退货数量 × 单价 was a sale)
    "returned_quantity": ("退货数量", "退回数量", "退货件数", "returnedqty", "returnqty",
                          "returnedquantity", "returnquantity", "qtyreturned"),
    "unit_price": ("单价", "价格", "unitprice", "price", "priceunit"),
    "trial": ("试单", "是否试单", "试订单", "样单", "trial", "trialorder", "sampleorder"),
    "status": ("状态", "订单状态", "合同状态", "status", "orderstatus"),
    "credit_limit": ("信用额度", "授信额度", "信用限额", "信保限额", "批复限额", "额度",
                     "creditlimit", "credit", "approvedlimit", "buyerlimit"),
    "insured": ("信保", "中信保", "投保", "是否投保", "是否信保", "insured", "creditinsured",
                "sinosure"),
    "insurer": ("保险公司", "承保公司", "承保机构", "信保机构", "投保公司", "保险人", "insurer",
                "insurancecompany", "creditinsurer", "insuredwith"),
    "insured_pct": ("信保比例", "投保比例", "赔付比例", "赔偿比例", "承保比例", "保险比例",
                    "insuredshare", "insuredpercent", "insuredpct", "coverpercent",
                    "indemnity", "indemnitypercent", "percentinsured"),
    # 摘要: a bank's list of slips heads its note so, the invoice a slip pays written there
    "notes": ("备注", "说明", "备注说明", "摘要", "remarks", "remark", "notes", "note", "comment",
              "comments", "memo"),
    "doc_type": ("类型", "单据类型", "业务类型", "单据种类", "凭证类型", "type", "doctype",
                 "documenttype", "transactiontype", "doccategory"),
    "ref": ("关联单号", "原订单号", "原发票号", "原合同号", "关联发票号", "对应发票号",
            "对应订单号", "参考单号", "ref", "refno", "reference", "referenceno", "againstinvoice",
            "againstorder", "originalinvoice", "originalinvoiceno", "originalorder"),
    # what the banks kept of a wire, written beside it (core.ledger.charged_receipts)
    "bank_charge": ("银行扣费", "银行手续费", "手续费", "扣费", "银行费用", "扣手续费", "议付费",
                    "bankcharge", "bankcharges", "bankfee", "bankfees",
                    "chargesdeducted", "deductedcharges"),
}

# Fields whose words map only a header that is exactly one of them: "类型" inside "产品类型" is a
# product category, not a document type.
EXACT_ONLY = ("doc_type", "ref", "bank_charge")

# Words that name a field only when the ledger has no better column for it; tried after all
# exact synonyms. (field, synonyms)
FALLBACKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("order_no", ("发票号", "发票号码", "发票编号", "invoiceno", "invoicenumber", "invoice",
                  "invno")),
    ("order_date", ("发票日期", "开票日期", "invoicedate", "出货日期", "shipdate")),
    ("ship_date", ("发票日期", "开票日期", "invoicedate")),
    ("amount", ("原币金额", "美元金额", "外币金额", "fob金额", "cif金额", "amountusd")),
)

# Sheet names that never hold a ledger, whatever their columns look like.
NON_LEDGER_SHEETS = ("说明", "备注", "目录", "汇总", "透视", "数据透视", "pivot", "summary",
                     "readme", "notes", "instructions", "chart", "图表")
# Sheet names of a template a clerk copies each month's tab from (模板): core.ledger.template_tabs
TEMPLATE_SHEETS = ("模板", "样板", "示例", "template")
# A template's example customer, never a buyer: core.ledger.template_tabs
SAMPLE_CUSTOMERS = ("示例客户", "样例客户", "sample customer", "example customer")
