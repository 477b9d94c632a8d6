"""Recognising the column headers of contract ledgers (合同履约台账).

The same roles as io.headers has for rosters (normalise, recognise, map_columns, score), over the contract's
fields plus four ledger columns that become performance events: 交付日期, 验收日期, 已付金额 and its 付款日期. An
office's own ledger names them many ways (相对方 / 供应商 / 乙方, 合同金额 / 合同价款 …); zwcx's own export uses the
schema's Chinese names, which are recognised too, so an export imports again.
"""

from __future__ import annotations

from zwcx_core.domain.schema import CONTRACT
from zwcx_desktop.io.headers import IGNORE, Recogniser, normalise

__all__ = ["EXAMPLE", "EXAMPLE_ROW", "IGNORE", "IMPORT_FIELDS", "LEDGER_COLUMNS", "field_of", "map_columns",
           "normalise", "recognise", "score"]

EXAMPLE = "合同名称, 相对方"
EXAMPLE_ROW = "合同名称, 合同编号, 合同类型, 相对方, 签订日期, 合同金额"

#: Ledger columns that are not fields of the contract but dated events on it (payments.py reads events).
DELIVERY_DATE, ACCEPTANCE_DATE, PAID_AMOUNT, PAID_DATE = "delivery_date", "acceptance_date", "paid_amount", "paid_date"
#: Their headers, as zwcx writes them.
LEDGER_COLUMNS = {DELIVERY_DATE: "交付日期", ACCEPTANCE_DATE: "验收日期", PAID_AMOUNT: "已付金额(元)",
                  PAID_DATE: "付款日期"}

#: Fields a ledger column may fill, in the order of zwcx's template and export.
IMPORT_FIELDS = ("unit_id", "title", "contract_no", "contract_type", "counterparty", "counterparty_uscc",
                 "sme_declared", "sme_declared_date", "signed_date", "amount", "funding_source", "budget_line",
                 "payment_basis", "payment_days", "acceptance_days", "late_rate", "lpr_at_signing", "disputed_amount",
                 "responsible_dept", "responsible_person", DELIVERY_DATE, ACCEPTANCE_DATE, PAID_AMOUNT, PAID_DATE)

_VARIANTS: dict[str, tuple[str, ...]] = {
    "unit_id": ("签约单位", "采购单位", "甲方", "甲方单位", "单位", "签约主体"),
    "title": ("合同名称", "协议名称", "合同(协议)名称", "项目名称", "合同项目"),
    "contract_no": ("合同编号", "合同号", "协议编号", "合同(协议)编号"),
    "contract_type": ("合同类型", "合同类别", "合同种类", "协议类型"),
    "counterparty": ("相对方", "相对方名称", "合同相对方", "乙方", "乙方单位", "供应商", "供应商名称", "签约对象",
                     "企业名称", "收款单位", "承包单位", "施工单位"),
    "counterparty_uscc": ("统一社会信用代码", "相对方统一社会信用代码", "信用代码", "社会信用代码", "乙方统一社会信用代码"),
    "sme_declared": ("是否中小企业", "中小企业", "是否为中小企业", "中小企业声明", "签订时声明为中小企业"),
    "sme_declared_date": ("中小企业声明日期", "声明日期"),
    "signed_date": ("签订日期", "签订时间", "签约日期", "合同签订日期"),
    "amount": ("合同金额", "合同价款", "合同总价", "签约金额"),
    "funding_source": ("资金来源",),
    "budget_line": ("预算科目", "预算项目"),
    "payment_basis": ("付款起算", "付款方式", "结算方式", "付款条件"),
    "payment_days": ("付款期限(日)", "付款期限(天)", "付款期限", "约定付款期限", "付款天数"),
    "acceptance_days": ("验收期限(日)", "验收期限(天)", "验收期限", "约定验收期限"),
    "late_rate": ("约定逾期利率(年%)", "逾期利率", "约定逾期利率", "违约金利率"),
    "lpr_at_signing": ("签订时一年期LPR(%)", "一年期LPR", "LPR"),
    "disputed_amount": ("争议金额",),
    "responsible_dept": ("承办科室", "承办部门", "承办机构", "经办科室"),
    "responsible_person": ("责任人", "经办人", "合同管理员", "承办人"),
    DELIVERY_DATE: ("交付日期", "交货日期", "到货日期", "完工日期", "交付时间"),
    ACCEPTANCE_DATE: ("验收日期", "验收合格日期", "验收时间"),
    PAID_AMOUNT: ("已付金额", "已付款", "已付款金额", "已支付金额", "累计付款", "累计已付"),
    PAID_DATE: ("付款日期", "最近付款日期", "支付日期", "最后付款日期"),
    IGNORE: ("序号", "编号", "记录编号", "状态", "未付金额", "下一付款期限", "条款提示", "备注", "错误原因", "id"),
}


# A ledger in 万元 is common; the importer refuses it by name rather than read 12.5 as 12.5 yuan.
WAN_YUAN_HEADERS = frozenset(normalise(h) for h in ("合同金额(万元)", "已付金额(万元)", "金额(万元)"))


_LEDGER = Recogniser(_VARIANTS, CONTRACT, IMPORT_FIELDS, "a contract field", extra=LEDGER_COLUMNS)
#: The field a header names (a field of IMPORT_FIELDS or IGNORE), or None when unknown.
recognise = _LEDGER.recognise
#: Accept a field name, its English label or Chinese name as the target of an explicit mapping.
field_of = _LEDGER.field_of
#: Column index -> field: an explicit mapping wins, each field goes to the first column that names it.
map_columns = _LEDGER.map_columns
#: How many cells of a row are recognised headers (finds the header row under a title row).
score = _LEDGER.score
