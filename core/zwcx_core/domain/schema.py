"""Field specifications of every record kind, and validation of a record's fields.

One table of fields serves the store (canonical JSON documents), the command line (`zwcx add`), the desktop
forms, imports, exports and notices, so a rule about a field is written once.  Values in a *document* are
JSON-able: dates as ISO strings, money as a decimal string with two places ("1234.50"), enums by value.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from zwcx_core.domain import enums as E


@dataclass(frozen=True)
class Field:
    """One field of a record kind.

    type: str (one line), text (multi-line), int, money, date, bool, enum, enums (list of enum values),
    ref (id of another record), hashes (list of attachment sha256), rows (child rows, see `Kind.children`).
    """

    name: str
    type: str
    label: str  # English source string; the desktop translates it
    zh: str  # Chinese name used on notices and exports
    required: bool = False
    enum: type[E.ZhEnum] | None = None
    max_len: int | None = None
    min: int | None = None
    max: int | None = None
    default: Any = None
    computed: bool = False  # set by the rules, not typed in
    input_only: bool = False  # accepted on input, never stored (e.g. a full citizen ID)
    identifier: bool = False  # a code, not personal data: the personal-data guard does not scan it
    private: bool = False  # kept in full for handling a case; never in lists, search, exports, notices or public pages
    negative: bool = False  # money that may be below zero (a balance); amounts paid or received never are
    dates: str = "event"  # date bounds (see `date_bounds`): "event" (has happened) or "plan" (a deadline, a start)
    # Set by the city credit office in a version the console appends (server/zwcx_server/web): a township sees it,
    # keeps it through its own edits, and never types it.
    city: bool = False

    @property
    def read_only(self) -> bool:
        """Shown but never typed on the desktop: set by the rules (computed) or by the city (city)."""
        return self.computed or self.city


@dataclass(frozen=True)
class Kind:
    """A record kind: its fields, child row fields and lifecycle status enum."""

    name: str
    zh: str
    fields: tuple[Field, ...]
    children: Mapping[str, tuple[Field, ...]] = field(default_factory=dict)
    status: type[E.ZhEnum] | None = None
    title_field: str = "title"
    #: The sync protocol level that introduced the kind (`wire.KINDS_LEVEL`): a client of a lower level is never
    #: sent records of it (docs/record-kinds.md).
    level: int = 1

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def stored_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if not f.input_only)

    @property
    def private_names(self) -> frozenset[str]:
        """Names of the fields only the people handling a case may read (see `Field.private`)."""
        return frozenset(f.name for f in self.fields if f.private)


F = Field

UNIT = Kind(
    "unit",
    "单位",
    (
        F("name", "str", "Name", "单位名称", required=True, max_len=100),
        F("uscc", "str", "Unified social credit code", "统一社会信用代码", max_len=18, identifier=True),
        F("division_code", "str", "Division code", "行政区划代码", max_len=6, identifier=True),
        F("unit_type", "enum", "Unit type", "单位类型", required=True, enum=E.UnitType),
        F("parent_id", "ref", "Parent unit", "上级单位"),
        F("contact_person", "str", "Contact person", "联系人", max_len=40),
        F("contact_phone", "str", "Contact phone", "联系电话", max_len=40),
        F("address", "str", "Address", "地址", max_len=200),
        # The supervision line of notices (domain/contact.py): the department that supervises this unit, e.g.
        # 区纪委监委, and its number; 12345 is always printed beside it.
        F("supervisor", "str", "Supervising department", "监督部门", max_len=60),
        F("supervision_phone", "str", "Supervision phone", "监督电话", max_len=40),
    ),
    title_field="name",
)

PROGRESS_FIELDS = (
    F("id", "str", "Id", "编号", computed=True, identifier=True),
    F("date", "date", "Date", "日期", required=True),
    F("note", "text", "Progress", "进展情况", required=True, max_len=2000),
    F("percent", "int", "Percent done", "完成比例(%)", min=0, max=100),
    F("evidence", "hashes", "Evidence files", "佐证材料"),
)

COMMITMENT = Kind(
    "commitment",
    "承诺事项",
    (
        F("unit_id", "ref", "Unit", "责任单位", required=True),
        F("title", "str", "Title", "承诺事项", required=True, max_len=120),
        F("category", "enum", "Category", "承诺类别", required=True, enum=E.CommitmentCategory),
        F("service_area", "enum", "Service area", "服务领域", enum=E.ServiceArea),
        F("content", "text", "Content", "承诺内容", required=True, max_len=5000),
        F("target", "text", "Quantified target", "量化目标", max_len=1000),
        F("basis", "text", "Basis", "承诺依据", max_len=1000),
        F("responsible_person", "str", "Responsible person", "责任人", required=True, max_len=40),
        F("made_date", "date", "Date made", "承诺日期", required=True),
        F("due_date", "date", "Due date", "完成时限", required=True, dates="plan"),
        F("channels", "enums", "Publication channels", "公开渠道", enum=E.Channel),
        F("published_date", "date", "Publication date", "公开日期"),
        F("fulfilled_date", "date", "Fulfilled on", "兑现日期"),
        F("status", "enum", "Status", "状态", enum=E.CommitmentStatus, computed=True),
        F("progress", "rows", "Progress log", "履行进展"),
    ),
    children={"progress": PROGRESS_FIELDS},
    status=E.CommitmentStatus,
)

FINANCE_FIELDS = (
    F("id", "str", "Id", "编号", computed=True, identifier=True),
    F("direction", "enum", "Income or expense", "收支", required=True, enum=E.FinanceDirection),
    F("item", "str", "Item", "项目", required=True, max_len=100),
    F("amount", "money", "Amount (yuan)", "金额(元)", required=True),
    F("note", "str", "Note", "备注", max_len=200),
)

DISCLOSURE = Kind(
    "disclosure",
    "公开公示事项",
    (
        F("unit_id", "ref", "Unit", "公开单位", required=True),
        F("kind", "enum", "Disclosure kind", "公开类别", required=True, enum=E.DisclosureKind),
        F("doc_type", "enum", "Document type", "文种", required=True, enum=E.DocumentType,
          default=E.DocumentType.PUBLIC_NOTICE),
        F("catalogue_area", "str", "Catalogue area", "目录领域", max_len=60),
        F("catalogue_item", "str", "Catalogue item", "目录事项", max_len=100),
        F("service_area", "enum", "Service area", "服务领域", enum=E.ServiceArea),
        F("title", "str", "Title", "标题", required=True, max_len=120),
        F("body", "text", "Body", "正文", required=True, max_len=20000),
        F("formed_date", "date", "Date information formed", "信息形成日期", required=True),
        F("deadline", "date", "Disclosure deadline", "公开时限", computed=True, dates="plan"),
        F("publish_date", "date", "Publication date", "发布日期", dates="plan"),
        F("period_start", "date", "Publicity starts", "公示开始日期", dates="plan"),
        F("period_days", "int", "Publicity days", "公示天数", min=1, max=90, default=7),
        F("day_count", "enum", "Days counted as", "计日方式", enum=E.DayCount, default=E.DayCount.CALENDAR),
        F("period_end", "date", "Publicity ends", "公示截止日期", computed=True, dates="plan"),
        F("channels", "enums", "Channels", "公开渠道", enum=E.Channel),
        F("contains_personal_data", "bool", "Contains personal data", "含个人信息", default=False),
        F("contact_person", "str", "Contact person", "联系人", max_len=40),
        F("contact_phone", "str", "Contact phone", "联系电话", max_len=40),
        F("contact_address", "str", "Contact address", "联系地址", max_len=200),
        F("posting_evidence", "hashes", "Photos of the posted notice", "张贴照片"),
        F("status", "enum", "Status", "状态", enum=E.DisclosureStatus, computed=True),
        F("finance_lines", "rows", "Finance lines", "收支明细"),
        # Village finance (村务财务公开): the period's opening balance as entered; the closing balance is computed
        # from it and the lines (derive.py) and checked again when a document is re-read (sync, backup) or printed.
        F("opening_balance", "money", "Opening balance (yuan)", "期初余额(元)", negative=True),
        F("closing_balance", "money", "Closing balance (yuan)", "期末余额(元)", computed=True,
          negative=True),
        # The linked service records as posted (store/roster.py): set when publicity starts, kept in the version
        # document only (no child table), so the version's hash and verification code cover the printed list.
        F("roster", "rows", "Roster as posted", "公示名单", computed=True),
    ),
    children={"finance_lines": FINANCE_FIELDS},
    status=E.DisclosureStatus,
)

SERVICE = Kind(
    "service",
    "服务落实记录",
    (
        F("unit_id", "ref", "Unit", "经办单位", required=True),
        F("service_area", "enum", "Service area", "服务领域", required=True, enum=E.ServiceArea),
        F("policy", "str", "Policy or project", "政策/项目", required=True, max_len=100),
        F("period", "str", "Period", "所属期", max_len=20),
        F("beneficiary_name", "str", "Beneficiary", "姓名", required=True, max_len=40),
        F("id_type", "enum", "ID document", "证件类型", enum=E.IdDocumentType, default=E.IdDocumentType.RESIDENT_ID),
        F("citizen_id", "str", "Citizen ID number", "身份证号", input_only=True, max_len=18),
        F("id_masked", "str", "ID (masked)", "身份证号", computed=True, identifier=True),
        F("id_fingerprint", "str", "ID fingerprint", "证件指纹", computed=True, identifier=True),
        F("household_size", "int", "Household size", "户人数", min=1, max=30),
        F("village", "str", "Village or community", "村/社区", max_len=60),
        F("amount", "money", "Amount (yuan)", "金额(元)"),
        F("delivery_date", "date", "Delivery date", "发放日期"),
        F("delivery_method", "enum", "Delivery method", "发放方式", enum=E.DeliveryMethod),
        F("disclosure_id", "ref", "Linked disclosure", "关联公示"),
        F("commitment_id", "ref", "Linked commitment", "关联承诺"),
        F("note", "str", "Note", "备注", max_len=200),
        F("status", "enum", "Status", "状态", enum=E.ServiceStatus, computed=True),
    ),
    status=E.ServiceStatus,
    title_field="beneficiary_name",
)

OBJECTION = Kind(
    "objection",
    "异议投诉",
    (
        F("unit_id", "ref", "Unit", "承办单位", required=True),
        F("target_kind", "str", "Target kind", "异议对象类别", max_len=20),
        F("target_id", "ref", "Target record", "异议对象"),
        F("objection_type", "enum", "Type", "类型", required=True, enum=E.ObjectionType),
        F("channel", "enum", "Channel", "渠道", required=True, enum=E.ObjectionChannel),
        # Kept in full so the case can be answered; restricted to its handlers (lifecycle.may_read_private).
        F("complainant", "str", "Complainant (not public)", "异议人（不公开）", max_len=40, default="匿名",
          private=True),
        F("complainant_phone", "str", "Complainant phone (not public)", "异议人电话（不公开）", max_len=20,
          private=True),
        F("content", "text", "Content", "异议内容", required=True, max_len=5000),
        F("received_date", "date", "Received on", "受理日期", required=True),
        F("reply_days", "int", "Working days to reply", "答复时限(工作日)", min=1, max=60, default=10),
        F("due_date", "date", "Reply due", "答复期限", computed=True, dates="plan"),
        F("finding", "enum", "Finding", "核查结论", enum=E.Finding),
        F("action", "enum", "Action", "处理方式", enum=E.ObjectionAction),
        F("reply", "text", "Reply", "答复内容", max_len=5000),
        F("replied_date", "date", "Replied on", "答复日期"),
        F("closed_date", "date", "Closed on", "办结日期"),
        F("status", "enum", "Status", "状态", enum=E.ObjectionStatus, computed=True),
    ),
    status=E.ObjectionStatus,
    title_field="content",
)

# ---------------------------------------------------------------------------------------------- contracts (#16)

CONTRACT_EVENT_FIELDS = (
    F("id", "str", "Id", "编号", computed=True, identifier=True),
    F("type", "enum", "Event", "事项", required=True, enum=E.ContractEventType),
    F("date", "date", "Date", "日期", required=True),
    F("amount", "money", "Amount (yuan)", "金额(元)"),
    # An acceptance passed or failed; a 确权 answer confirmed or refused.
    F("passed", "bool", "Passed / confirmed", "合格/确认"),
    F("voucher", "str", "Voucher or invoice number", "凭证/发票号", max_len=40, identifier=True),
    F("deposit_id", "str", "Deposit returned", "退还的保证金", max_len=36, identifier=True),
    F("note", "str", "Note", "备注", max_len=200),
    F("evidence", "hashes", "Evidence files", "佐证材料"),
)

INSTALMENT_FIELDS = (
    F("id", "str", "Id", "编号", computed=True, identifier=True),
    F("due_date", "date", "Due on", "应付日期", required=True, dates="plan"),
    F("amount", "money", "Amount (yuan)", "金额(元)", required=True),
    F("note", "str", "Note", "备注", max_len=200),
)

DEPOSIT_FIELDS = (
    F("id", "str", "Id", "编号", computed=True, identifier=True),
    F("kind", "enum", "Deposit", "保证金类别", required=True, enum=E.DepositKind),
    F("amount", "money", "Amount (yuan)", "金额(元)", required=True),
    F("received_date", "date", "Received on", "收取日期"),
    F("due_back", "date", "Due back on", "应退日期", dates="plan"),
)

CONTRACT = Kind(
    "contract",
    "合同协议",
    (
        F("unit_id", "ref", "Unit", "签约单位", required=True),
        F("title", "str", "Title", "合同名称", required=True, max_len=120),
        F("contract_no", "str", "Contract number", "合同编号", max_len=60, identifier=True),
        F("contract_type", "enum", "Type", "合同类型", required=True, enum=E.ContractType),
        F("counterparty", "str", "Counterparty", "相对方", required=True, max_len=100),
        F("counterparty_uscc", "str", "Counterparty credit code", "相对方统一社会信用代码", max_len=18,
          identifier=True),
        # Art. 3: whether the supplier is an SME is judged at signing, on its own declaration.
        F("sme_declared", "bool", "Declared an SME at signing", "签订时声明为中小企业", default=False),
        F("sme_declared_date", "date", "SME declaration date", "中小企业声明日期"),
        F("signed_date", "date", "Signed on", "签订日期", required=True),
        F("amount", "money", "Contract amount (yuan)", "合同金额(元)", required=True),
        F("funding_source", "str", "Funding source", "资金来源", max_len=100),
        F("budget_line", "str", "Budget line", "预算科目", max_len=100),
        F("payment_basis", "enum", "Payment clock starts", "付款起算", required=True, enum=E.PaymentBasis,
          default=E.PaymentBasis.DELIVERY),
        F("payment_days", "int", "Days to pay", "付款期限(日)", min=0, max=3650),
        F("acceptance_days", "int", "Acceptance period (days)", "验收期限(日)", min=0, max=3650),
        # Annual percent as written in the contract ("3.45"); the floor is the 1-year LPR at signing (art. 17).
        F("late_rate", "str", "Agreed late-interest rate (% a year)", "约定逾期利率(年%)", max_len=8,
          identifier=True),
        F("lpr_at_signing", "str", "1-year LPR at signing (%)", "签订时一年期LPR(%)", max_len=8, identifier=True),
        F("disputed_amount", "money", "Disputed amount (yuan)", "争议金额(元)"),
        F("responsible_dept", "str", "Responsible department", "承办科室", max_len=60),
        F("responsible_person", "str", "Responsible person", "责任人", max_len=40),
        F("attachments", "hashes", "Contract scans", "合同文本"),
        F("events", "rows", "Performance events", "履约事项"),
        F("instalments", "rows", "Payment schedule", "付款计划"),
        F("deposits", "rows", "Deposits", "保证金"),
        F("amount_paid", "money", "Paid (yuan)", "已付金额(元)", computed=True),
        F("amount_outstanding", "money", "Outstanding (yuan)", "未付金额(元)", computed=True),
        F("next_due_date", "date", "Next payment due", "下一付款期限", computed=True, dates="plan"),
        F("flags", "str", "Terms flagged", "条款提示", computed=True, max_len=200),
        F("status", "enum", "Status", "状态", enum=E.ContractStatus, computed=True),
    ),
    children={"events": CONTRACT_EVENT_FIELDS, "instalments": INSTALMENT_FIELDS, "deposits": DEPOSIT_FIELDS},
    status=E.ContractStatus,
    level=2,
)

LAWSUIT = Kind(
    "lawsuit",
    "涉诉案件",
    (
        F("unit_id", "ref", "Unit", "涉诉单位", required=True),
        F("contract_id", "ref", "Linked contract", "关联合同"),
        F("commitment_id", "ref", "Linked commitment", "关联承诺"),
        F("court", "str", "Court", "法院", required=True, max_len=60),
        F("case_no", "str", "Case number", "案号", required=True, max_len=60, identifier=True),
        F("cause", "str", "Cause of action", "案由", max_len=100),
        F("role", "enum", "Our role", "我方诉讼地位", required=True, enum=E.LitigationRole,
          default=E.LitigationRole.DEFENDANT),
        F("counterparty", "str", "Other party", "对方当事人", required=True, max_len=100),
        F("filed_date", "date", "Filed on", "立案日期", required=True),
        F("judgment_date", "date", "Judgment on", "判决(调解)日期"),
        F("judgment_no", "str", "Judgment document number", "裁判文书号", max_len=60, identifier=True),
        F("amount", "money", "Amount to pay (yuan)", "应履行金额(元)"),
        F("perform_deadline", "date", "Performance deadline", "履行期限", dates="plan"),
        F("enforcement_case_no", "str", "Enforcement case number", "执行案号", max_len=60, identifier=True),
        F("enforcement_status", "enum", "Enforcement", "执行状态", enum=E.EnforcementStatus,
          default=E.EnforcementStatus.NONE),
        F("performed_date", "date", "Performed on", "履行日期"),
        F("performed_amount", "money", "Performed amount (yuan)", "已履行金额(元)"),
        F("note", "text", "Note", "备注", max_len=2000),
        F("status", "enum", "Status", "状态", enum=E.LawsuitStatus, computed=True),
    ),
    status=E.LawsuitStatus,
    title_field="case_no",
    level=2,
)

# ---------------------------------------------------------------------------------------------- dishonesty (#17)

RECTIFICATION_FIELDS = (
    F("id", "str", "Id", "编号", computed=True, identifier=True),
    F("date", "date", "Date", "日期", required=True),
    F("note", "text", "Rectification step", "整改情况", required=True, max_len=2000),
    F("evidence", "hashes", "Evidence files", "佐证材料"),
)

DISHONESTY = Kind(
    "dishonesty",
    "政务失信记录",
    (
        F("unit_id", "ref", "Unit", "责任单位", required=True),
        F("subject_level", "enum", "Subject", "主体类别", required=True, enum=E.SubjectLevel,
          default=E.SubjectLevel.UNIT),
        F("subject_name", "str", "Subject unit", "主体名称", required=True, max_len=100),
        F("subject_uscc", "str", "Subject credit code", "统一社会信用代码", max_len=18, identifier=True),
        # A person-level record names a staff member: the administrator alone reads it (lifecycle.may_read_private),
        # and it is never printed or exported.
        F("person_name", "str", "Staff member (not public)", "当事人（不公开）", max_len=40, private=True),
        F("person_position", "str", "Position (not public)", "职务（不公开）", max_len=60, private=True),
        F("dishonesty_type", "enum", "Type", "失信类型", required=True, enum=E.DishonestyType),
        F("title", "str", "Summary", "事项摘要", required=True, max_len=120),
        F("facts", "text", "Facts", "失信事实", max_len=5000),
        F("deciding_body", "str", "Deciding body", "认定单位", max_len=100),
        F("deciding_body_uscc", "str", "Deciding body credit code", "认定单位统一社会信用代码", max_len=18,
          identifier=True),
        F("decision_no", "str", "Decision document number", "认定文书号", max_len=80, identifier=True),
        F("decision_date", "date", "Decided on", "认定日期"),
        F("legal_basis", "text", "Legal basis", "认定依据", max_len=2000),
        F("severity", "enum", "Severity", "失信程度", enum=E.Severity),
        F("safety_penalty", "bool", "Safety, fire or special-equipment penalty", "安全生产/消防/特种设备处罚",
          default=False),
        F("sanction_kind", "enum", "Sanction (政务处分)", "处分种类", enum=E.SanctionKind),
        F("basis_kind", "str", "Basis record kind", "依据记录类别", max_len=20),
        F("basis_id", "ref", "Basis record", "依据记录"),
        F("obligation", "text", "Obligation", "应履行义务", max_len=2000),
        F("obligation_amount", "money", "Amount owed (yuan)", "涉及金额(元)"),
        F("performed_amount", "money", "Performed (yuan)", "已履行金额(元)"),
        F("source_unit", "str", "Data source unit", "数据来源单位", max_len=100),
        F("source_unit_uscc", "str", "Data source credit code", "数据来源单位统一社会信用代码", max_len=18,
          identifier=True),
        F("rectify_deadline", "date", "Rectify by", "整改期限", dates="plan"),
        F("rectified_date", "date", "Rectified on", "整改完成日期"),
        F("rectification", "rows", "Rectification log", "整改记录"),
        F("court_removed_date", "date", "Removed by the court on", "法院移出名单日期"),
        F("under_objection", "bool", "Under objection (异议中)", "异议中", default=False),
        F("commitment_made", "bool", "Credit commitment made", "已作出信用承诺", default=False),
        F("repair_applied_date", "date", "Repair applied for on", "修复申请日期"),
        F("repair_application_no", "str", "信用中国 application number", "信用中国申请编号", max_len=60,
          identifier=True),
        F("repair_proof", "hashes", "Proof of performance", "履行证明材料"),
        F("repair_commitment", "hashes", "Signed credit commitment", "信用承诺书"),
        F("repair_status", "enum", "Repair status", "修复状态", enum=E.RepairStatus),
        F("repair_decision_date", "date", "Repair decided on", "修复决定日期"),
        F("display_min_end", "date", "Minimum display until", "最短公示期至", computed=True, dates="plan"),
        F("display_max_end", "date", "Display ends", "公示截止日期", computed=True, dates="plan"),
        F("sanction_end", "date", "Sanction period ends", "处分期满日期", computed=True, dates="plan"),
        F("status", "enum", "Status", "状态", enum=E.DishonestyStatus, computed=True),
        # Set by the city console in a version of its own (server/zwcx_server/service.city_version); last, so
        # older documents and forms keep their order.
        F("city_review", "enum", "City review", "市级审核", enum=E.CityReview, city=True),
        F("city_review_note", "text", "City review note", "市级审核意见", max_len=1000, city=True),
        F("city_reviewed_date", "date", "City reviewed on", "市级审核日期", city=True),
    ),
    children={"rectification": RECTIFICATION_FIELDS},
    status=E.DishonestyStatus,
    level=3,
)

# ---------------------------------------------------------------------------------------------- supervision (#18)

SUPERVISION = Kind(
    "supervision",
    "监督事项",
    (
        F("unit_id", "ref", "Unit", "承办单位", required=True),
        F("channel", "enum", "Channel", "渠道", required=True, enum=E.SupervisionChannel),
        F("ref_no", "str", "Reference number", "工单/建议编号", max_len=60, identifier=True),
        F("request_type", "enum", "Request type", "诉求类型", enum=E.RequestType),
        F("title", "str", "Subject", "事项", required=True, max_len=120),
        F("content", "text", "Content", "诉求内容", required=True, max_len=5000),
        F("place", "str", "Place", "地点", max_len=200),
        F("received_date", "date", "Received on", "接收日期", required=True),
        F("assigned_date", "date", "Assigned on", "交办日期"),
        F("accepted_date", "date", "Accepted on", "受理日期"),
        # Channels without a preset clock (违约失信投诉, 其他) take the deadline set when the case is assigned.
        F("set_deadline", "date", "Deadline as assigned", "交办时限", dates="plan"),
        # Kept in full for the reply and the callback; the case's handlers alone read them.
        F("requester", "str", "Requester (not public)", "诉求人（不公开）", max_len=40, private=True),
        F("requester_phone", "str", "Requester phone (not public)", "诉求人电话（不公开）", max_len=20,
          private=True),
        # Deputies and CPPCC members act in public office: their names are not private.
        F("deputies", "str", "Deputies or members", "代表/委员", max_len=200),
        F("urgent", "bool", "Urgent", "紧急", default=False),
        F("complex", "bool", "Complex case", "复杂事项", default=False),
        F("lead_unit", "str", "Lead unit", "主办单位", max_len=100),
        F("co_units", "str", "Co-handling units", "协办单位", max_len=200),
        F("contract_id", "ref", "Linked contract", "关联合同"),
        F("extension_approved", "bool", "Extension approved", "已批准延期", default=False),
        F("return_reason", "str", "Returned as misassigned because", "退回原因", max_len=200),
        F("returned_date", "date", "Returned on", "退回日期"),
        F("result", "text", "Result", "办理结果", max_len=5000),
        F("reply_date", "date", "Replied on", "答复日期"),
        F("answer_class", "enum", "Answer class", "答复类别", enum=E.AnswerClass),
        F("reply_letter", "hashes", "Reply letter", "答复函"),
        F("callback_date", "date", "Called back on", "回访日期"),
        F("callback_way", "str", "Callback by", "回访方式", max_len=40),
        F("satisfaction", "enum", "Satisfaction", "满意度", enum=E.Satisfaction),
        F("feedback_date", "date", "Feedback on", "代表反馈日期"),
        F("deputy_feedback", "text", "Deputy's feedback", "代表/委员反馈意见", max_len=2000),
        F("rehandle_count", "int", "Times handled again", "重办次数", min=0, max=20, default=0),
        F("supervision_level", "str", "Supervision (督办) level", "督办级别", max_len=40),
        F("due_date", "date", "Reply due", "办理时限", computed=True, dates="plan"),
        F("callback_due", "date", "Callback due", "回访时限", computed=True, dates="plan"),
        F("status", "enum", "Status", "状态", enum=E.SupervisionStatus, computed=True),
    ),
    status=E.SupervisionStatus,
    level=4,
)

KINDS: dict[str, Kind] = {k.name: k for k in (UNIT, COMMITMENT, DISCLOSURE, SERVICE, OBJECTION, CONTRACT, LAWSUIT,
                                               DISHONESTY, SUPERVISION)}
RECORD_KINDS = ("commitment", "disclosure", "service", "objection", "contract", "lawsuit", "dishonesty", "supervision")
#: Plural names used on the command line.
PLURALS = {"units": "unit", "commitments": "commitment", "disclosures": "disclosure",
           "services": "service", "objections": "objection", "contracts": "contract", "lawsuits": "lawsuit",
           "dishonesty": "dishonesty", "supervision": "supervision"}


def without_private(kind_name: str, doc: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a record document without its private fields: what lists, search, exports and notices may use."""
    hidden = KINDS[kind_name].private_names
    return {k: v for k, v in doc.items() if k not in hidden}


def private_values(kind_name: str, doc: Mapping[str, Any]) -> list[str]:
    """The values of a document's private fields worth looking for elsewhere: two characters or more, and not the
    field's default (an anonymous complainant is recorded as 匿名, which names nobody)."""
    out = []
    for f in KINDS[kind_name].fields:
        v = doc.get(f.name) if f.private else None
        if isinstance(v, str) and len(v.strip()) >= 2 and v.strip() != f.default:
            out.append(v.strip())
    return out


def private_repeated(kind_name: str, doc: Mapping[str, Any]) -> list[FieldError]:
    """Text fields that repeat a private value (the complainant's name typed into the objection's content): that
    text is printed on notices, so it is refused at entry, where it can still be corrected."""
    values = private_values(kind_name, doc)
    return [FieldError(f.name, "repeats a private field (such as the complainant's name or phone); leave it out, "
                               "this text is printed on notices")
            for f in KINDS[kind_name].fields
            if values and f.type in ("str", "text") and not f.private and isinstance(doc.get(f.name), str)
            and any(v in doc[f.name] for v in values)]


def kind(name: str) -> Kind:
    """Look up a kind by singular or plural name; ValueError lists the choices."""
    k = KINDS.get(PLURALS.get(name, name))
    if k is None:
        raise ValueError(f"unknown record kind '{name}' (choose from {', '.join(KINDS)})")
    return k


def free_texts(kind_name: str, doc: Mapping[str, Any]) -> Iterator[tuple[str, Field, str]]:
    """(field path, Field, text) of every non-empty one-line or multi-line text of `doc`, in schema order.

    Child rows are included with their row number from 1, as FieldError names them: 'finance_lines[2].note'.
    Every text field is yielded; the rules over free text (personal data, printable characters) decide which to
    skip.
    """
    k = kind(kind_name)
    for f in k.fields:
        v = doc.get(f.name)
        if f.type in ("str", "text") and isinstance(v, str) and v:
            yield f.name, f, v
    for child, fields in k.children.items():
        rows = doc.get(child)
        for i, row in enumerate(rows if isinstance(rows, list) else [], 1):
            if not isinstance(row, Mapping):
                continue
            for f in fields:
                v = row.get(f.name)
                if f.type in ("str", "text") and isinstance(v, str) and v:
                    yield f"{child}[{i}].{f.name}", f, v


# ---------------------------------------------------------------------------------------------- validation

@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """One or more fields are wrong; `errors` says which and why."""

    def __init__(self, kind: str, errors: list[FieldError]) -> None:
        self.kind, self.errors = kind, errors
        super().__init__(f"invalid {kind}: " + "; ".join(str(e) for e in errors))

    def by_field(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for e in self.errors:
            out.setdefault(e.field, e.message)
        return out


class RuleRefusal(ValueError):
    """A value that parses but a rule refuses (a negative amount, a date out of bounds). It carries the parsed value
    so that `validate` can spare one an accepted version already held (see `_held_before`)."""

    def __init__(self, message: str, value: Any) -> None:
        super().__init__(message)
        self.value = value


_MONEY_RE = re.compile(r"^-?\d{1,12}(\.\d{1,2})?$", re.ASCII)
#: Amounts are kept below a trillion yuan: larger numbers are typing or file errors (1e308 from a spreadsheet).
MONEY_LIMIT = Decimal("1e12")
#: A value of a field that is not free text (a date, a number, a choice, a reference) is never longer; an amount
#: says itself why it is wrong (a spreadsheet writes 1e308 out in full).
LONGEST_CODED = 200


def parse_money(v: Any) -> Decimal:
    """Parse a yuan amount ('1234.5', 1234.5, '1,234.50', '￥12', full-width '１２３') into a Decimal with two places.

    Infinity, NaN and amounts of a trillion yuan or more raise ValueError (never decimal's own exceptions, which
    no caller catches). The sign is kept: whether a field may be negative is the field's rule (`Field.negative`).
    """
    if isinstance(v, bool):
        raise ValueError("is not an amount")
    # NFKC: full-width digits and signs typed with a Chinese input method are the ASCII ones; other scripts'
    # digits (which Decimal would also take) are not an amount on a Chinese notice.
    text = unicodedata.normalize("NFKC", str(v)).strip().replace(",", "").lstrip("¥").removesuffix("元")
    if _MONEY_RE.match(text):
        return Decimal(text).quantize(Decimal("0.01")) + 0  # + 0: '-0' is zero, not a negative amount
    try:
        d = Decimal(text) if text.isascii() else None
    except InvalidOperation:
        d = None
    if d is None:
        raise ValueError(f"'{_shown(v)}' is not an amount in yuan") from None
    if not d.is_finite():
        raise ValueError("is not a number (infinity or NaN); enter the amount in yuan")
    if abs(d) >= MONEY_LIMIT:
        raise ValueError("is too large; amounts must be below 1,000,000,000,000 yuan")
    # Floats such as 12.345 from a spreadsheet still deserve a clear answer rather than rounding silently.
    if d != d.quantize(Decimal("0.01"), ROUND_HALF_UP):
        raise ValueError(f"'{_shown(v)}' has more than two decimal places")
    return d.quantize(Decimal("0.01")) + 0


def _shown(v: Any) -> str:
    """A wrong value as a message quotes it: short enough for one line."""
    s = str(v)
    return s if len(s) <= 40 else s[:40] + "…"


def money_text(d: Decimal | None) -> str | None:
    return None if d is None else f"{d:.2f}"


def parse_date(v: Any) -> dt.date:
    """Parse an ISO date, '2026/3/5', '2026年3月5日' or a date/datetime object."""
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    text = str(v).strip()
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text)
    if not m:
        raise ValueError(f"'{v}' is not a date (use YYYY-MM-DD)")
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ValueError(f"'{v}' is not a real date") from None


#: No record of a township office predates the People's Republic.
EARLIEST_DATE = dt.date(1949, 10, 1)
#: Days an event's date may lie ahead of today: a payout dated for next week, a computer whose clock runs ahead.
EVENT_GRACE_DAYS = 31
#: Years ahead a deadline or a planned date may lie.
PLAN_YEARS = 10


def date_bounds(f: Field, today: dt.date) -> tuple[dt.date, dt.date]:
    """(earliest, latest) date a field accepts: an event (delivered, received, replied) cannot lie more than
    EVENT_GRACE_DAYS after `today`; a deadline or planned date not more than PLAN_YEARS ahead."""
    if f.dates == "plan":
        try:
            return EARLIEST_DATE, today.replace(year=today.year + PLAN_YEARS)
        except ValueError:  # 29 February
            return EARLIEST_DATE, today.replace(year=today.year + PLAN_YEARS, day=28)
    return EARLIEST_DATE, today + dt.timedelta(days=EVENT_GRACE_DAYS)


def _check_amount(f: Field, d: Decimal) -> None:
    """Refuse a negative amount where the field holds a sum paid or received (not a balance)."""
    if d < 0 and not f.negative:
        raise RuleRefusal("must not be negative; a refund or correction is recorded as an entry of its own",
                          money_text(d))


def _check_date(f: Field, d: dt.date, today: dt.date) -> None:
    """Refuse a date outside the field's bounds; the message names the rule, never the value."""
    earliest, latest = date_bounds(f, today)
    if d < earliest:
        raise RuleRefusal(f"is before {earliest.isoformat()}; check the year", d.isoformat())
    if d > latest:
        if f.dates == "plan":
            raise RuleRefusal(f"is more than {PLAN_YEARS} years ahead; check the year", d.isoformat())
        raise RuleRefusal(f"is more than {EVENT_GRACE_DAYS} days after today; it records something that has "
                          f"happened, check the year", d.isoformat())


def _parse_value(f: Field, v: Any, today: dt.date) -> Any:
    """Convert one input value to its document form, or raise ValueError with a user-facing reason."""
    t = f.type
    if t not in ("str", "text", "money") and isinstance(v, str) and len(v) > LONGEST_CODED:
        raise ValueError(f"is {len(v)} characters long; at most {LONGEST_CODED} allowed")
    if t in ("str", "text", "ref"):
        if not isinstance(v, str | int):
            raise ValueError("must be text")
        s = str(v).strip()
        if f.max_len and len(s) > f.max_len:
            raise ValueError(f"is {len(s)} characters long; at most {f.max_len} allowed")
        return s
    if t == "int":
        if isinstance(v, bool):
            raise ValueError("must be a whole number")
        try:
            n = int(str(v).strip()) if not isinstance(v, int) else v
        except ValueError:
            raise ValueError(f"'{v}' is not a whole number") from None
        if f.min is not None and n < f.min:
            raise ValueError(f"must be at least {f.min}")
        if f.max is not None and n > f.max:
            raise ValueError(f"must be at most {f.max}")
        return n
    if t == "money":
        d = parse_money(v)
        _check_amount(f, d)
        return money_text(d)
    if t == "date":
        d = parse_date(v)
        if not f.computed:  # computed dates are the rules' output from dates already checked
            _check_date(f, d, today)
        return d.isoformat()
    if t == "bool":
        if isinstance(v, bool):
            return v
        s = str(v).strip().lower()
        if s in ("true", "1", "yes", "是", "y"):
            return True
        if s in ("false", "0", "no", "否", "n"):
            return False
        raise ValueError(f"'{v}' is not yes or no")
    if t == "enum":
        assert f.enum is not None
        return f.enum.parse(str(v).strip()).value
    if t == "enums":
        assert f.enum is not None
        items = v if isinstance(v, list | tuple) else [x for x in re.split(r"[,，、;；]", str(v)) if x.strip()]
        seen: list[str] = []
        for x in items:
            val = f.enum.parse(str(x).strip()).value
            if val not in seen:
                seen.append(val)
        return seen
    if t == "hashes":
        if not isinstance(v, list | tuple):
            raise ValueError("must be a list of attachment hashes")
        for h in v:
            if not isinstance(h, str) or not re.fullmatch(r"[0-9a-f]{64}", h):
                raise ValueError(f"'{h}' is not a sha256 attachment hash")
        return list(v)
    raise AssertionError(f"unknown field type {t}")


def _is_blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip()) or (isinstance(v, list | tuple) and not v)


def clean_fields(
    fields: Iterable[Field], payload: Mapping[str, Any], errors: list[FieldError], prefix: str = "",
    allow_computed: bool = False, today: dt.date | None = None,
) -> dict[str, Any]:
    """Validate `payload` against `fields`; append problems to `errors`; return the cleaned values.

    Dates are judged against `today` (default: the computer's date). A computed field given as input is named
    as not accepted (never silently dropped), unless `allow_computed` (a document the rules produced, re-read).
    """
    fields = tuple(fields)
    today = today or dt.date.today()
    known = {f.name for f in fields}
    for key in payload:
        if key not in known:
            errors.append(FieldError(prefix + key, "is not a field of this record"))
    out: dict[str, Any] = {}
    for f in fields:
        if f.type == "rows":
            continue
        if f.computed and not allow_computed:
            if f.name in payload:
                errors.append(FieldError(prefix + f.name, "is set by the rules and cannot be entered"))
            continue
        if f.city and not allow_computed:
            if not _is_blank(payload.get(f.name)):
                errors.append(FieldError(prefix + f.name, "is set by the city credit office and cannot be entered"))
            continue
        v = payload.get(f.name)
        if _is_blank(v):
            if f.default is not None:
                out[f.name] = f.default.value if isinstance(f.default, E.ZhEnum) else f.default
            elif f.required:
                errors.append(FieldError(prefix + f.name, "is required"))
            else:
                out[f.name] = [] if f.type in ("enums", "hashes") else None
            continue
        try:
            out[f.name] = _parse_value(f, v, today)
        except RuleRefusal as exc:
            out[f.name] = exc.value  # kept, so an accepted version that held it can excuse it
            errors.append(FieldError(prefix + f.name, str(exc)))
        except ValueError as exc:
            errors.append(FieldError(prefix + f.name, str(exc)))
    return out


Hook = Callable[[dict[str, Any], list[FieldError]], None]
_HOOKS: dict[str, list[Hook]] = {}


def rule(kind_name: str) -> Callable[[Hook], Hook]:
    """Register a cross-field rule for a kind (runs after the fields themselves are valid)."""

    def deco(fn: Hook) -> Hook:
        _HOOKS.setdefault(kind_name, []).append(fn)
        return fn

    return deco


def validate(kind_name: str, payload: Mapping[str, Any], allow_computed: bool = False,
             accepted: Sequence[Mapping[str, Any]] = (), today: dt.date | None = None) -> dict[str, Any]:
    """Return the cleaned document of a record, or raise ValidationError listing every bad field.

    Computed fields (status, deadlines, masked ID) are not accepted from input unless `allow_computed`
    (used when a document that the rules already produced is re-read, e.g. from sync or a backup).
    The personal-data guard (domain/privacy.py) runs for every kind; text equal to that of an `accepted`
    document (an already accepted version of the same record) is not judged again by it, nor by any rule added
    later (negative amounts, date bounds, characters). Dates are judged against `today` (default: the computer's).
    """
    from zwcx_core.domain import printable, privacy

    k = kind(kind_name)
    if not isinstance(payload, Mapping):
        raise ValidationError(k.name, [FieldError("(record)", "must be a JSON object")])
    errors: list[FieldError] = []
    doc = clean_fields(k.fields, payload, errors, allow_computed=allow_computed, today=today)
    for child, child_fields in k.children.items():
        rows = payload.get(child) or []
        if not isinstance(rows, list):
            errors.append(FieldError(child, "must be a list of rows"))
            continue
        cleaned = []
        for i, row in enumerate(rows, 1):
            if not isinstance(row, Mapping):
                errors.append(FieldError(f"{child}[{i}]", "must be an object"))
                continue
            c = clean_fields(child_fields, row, errors, prefix=f"{child}[{i}].", allow_computed=True, today=today)
            if "id" in row and row["id"]:
                c["id"] = str(row["id"])
            cleaned.append(c)
        doc[child] = cleaned
    if allow_computed:
        # Computed rows without a child table (a roster snapshot) are the rules' own output: a re-read document
        # (sync, merge, backup) keeps them as they are, or its content hash would no longer match.
        for f in k.fields:
            if f.type == "rows" and f.computed and f.name not in k.children and payload.get(f.name) is not None:
                rows = payload[f.name]
                if not isinstance(rows, list) or not all(isinstance(r, Mapping) for r in rows):
                    errors.append(FieldError(f.name, "must be a list of rows"))
                else:
                    doc[f.name] = [dict(r) for r in rows]
    # Cross-field rules run even when some fields failed (they skip what is missing), so a form shows every
    # problem at once. The rules over free text come first, the personal-data guard before the printable-character
    # rule: where a field has several problems, the form shows the most serious one.
    privacy.check(k.name, doc, errors)
    printable.check_document(k.name, doc, errors)
    for hook in _HOOKS.get(k.name, []):
        hook(doc, errors)
    if accepted:
        errors = [e for e in errors if not _held_before(doc, e.field, accepted)]
    if errors:
        raise ValidationError(k.name, errors)
    return doc


def _value_at(doc: Mapping[str, Any], path: str) -> tuple[Any, Any]:
    """(value, row id) at a FieldError path: 'title' or 'finance_lines[2].note' (row id None at the top level)."""
    if "[" not in path:
        return doc.get(path), None
    child, rest = path.split("[", 1)
    index, _, name = rest.partition("].")
    rows = doc.get(child)
    i = int(index) - 1 if index.isdigit() else -1
    row = rows[i] if isinstance(rows, list) and 0 <= i < len(rows) and isinstance(rows[i], Mapping) else {}
    return row.get(name), row.get("id") or None


def _held_before(doc: Mapping[str, Any], path: str, accepted: Sequence[Mapping[str, Any]]) -> bool:
    """Whether the value at `path` is one that an accepted version of the same record already held (a child row
    matched by its id, else by position). Rules added later (personal data, printable characters, identifier
    check characters) do not judge such values again, so a legacy record still moves through its lifecycle and
    syncs; any value typed anew must pass. An empty value is never excused: it cannot have been accepted."""
    value, row_id = _value_at(doc, path)
    if value is None or value == "" or value == []:
        return False
    if "[" not in path:
        return any(a.get(path) == value for a in accepted)
    child, rest = path.split("[", 1)
    name = rest.partition("].")[2]
    for a in accepted:
        rows = a.get(child)
        if not isinstance(rows, list):
            continue
        if row_id is not None:
            same = [r for r in rows if isinstance(r, Mapping) and r.get("id") == row_id]
        else:
            held, _ = _value_at(a, path)
            same = [{name: held}]
        if any(r.get(name) == value for r in same):
            return True
    return False


# ---------------------------------------------------------------------------------------------- cross-field rules

def _identifier(doc: dict[str, Any], errors: list[FieldError], name: str, check: Callable[[str], str]) -> None:
    """Check and normalise one identifier field in place (full-width digits, spaces and case as typed)."""
    from zwcx_core.domain.identifiers import InvalidIdentifier

    if doc.get(name):
        try:
            doc[name] = check(doc[name])
        except InvalidIdentifier as exc:
            errors.append(FieldError(name, str(exc)))


@rule("unit")
def _unit_identifiers(doc: dict[str, Any], errors: list[FieldError]) -> None:
    # Here rather than in `init` alone, so `zwcx add unit`, the forms, imports and records pulled by sync all
    # get the same checks (GB 32100 check character; a division code with a known province prefix).
    from zwcx_core.domain.identifiers import validate_division_code, validate_uscc

    _identifier(doc, errors, "uscc", validate_uscc)
    _identifier(doc, errors, "division_code", validate_division_code)


@rule("service")
def _service_identity(doc: dict[str, Any], errors: list[FieldError]) -> None:
    # The number is checked as the document it comes from; it is input only (the store keeps the masked form).
    from zwcx_core.domain.identifiers import validate_id_document

    _identifier(doc, errors, "citizen_id",
                lambda v: validate_id_document(doc.get("id_type") or E.IdDocumentType.RESIDENT_ID.value, v))


@rule("commitment")
def _commitment_dates(doc: dict[str, Any], errors: list[FieldError]) -> None:
    if doc.get("due_date") and doc.get("made_date") and doc["due_date"] < doc["made_date"]:
        errors.append(FieldError("due_date", "is before the date the commitment was made"))


@rule("disclosure")
def _disclosure_rules(doc: dict[str, Any], errors: list[FieldError]) -> None:
    if doc.get("kind") == E.DisclosureKind.FINANCE.value and not doc.get("finance_lines"):
        errors.append(FieldError("finance_lines", "a finance disclosure needs at least one income or expense line"))
    if doc.get("period_start") and doc.get("formed_date") and doc["period_start"] < doc["formed_date"]:
        errors.append(FieldError("period_start", "is before the information was formed"))


def finance_totals(lines: Iterable[Mapping[str, Any]]) -> tuple[Decimal, Decimal]:
    """(income, expenditure) of a finance disclosure's lines."""
    income = expense = Decimal("0")
    for ln in lines:
        amount = Decimal(str(ln.get("amount") or "0"))
        if ln.get("direction") == E.FinanceDirection.INCOME.value:
            income += amount
        else:
            expense += amount
    return income, expense


def closing_balance(doc: Mapping[str, Any]) -> Decimal | None:
    """期末余额 = 期初余额 + 本期收入 − 本期支出, or None without an opening balance."""
    if doc.get("opening_balance") in (None, ""):
        return None
    income, expense = finance_totals(doc.get("finance_lines") or [])
    return Decimal(str(doc["opening_balance"])) + income - expense


@rule("disclosure")
def _closing_balance(doc: dict[str, Any], errors: list[FieldError]) -> None:
    # A closing balance arrives only with a re-read document (sync, backup): it must still add up.
    if doc.get("closing_balance") is None or any(e.field.startswith("finance_lines") for e in errors):
        return
    expected = closing_balance(doc)
    if expected is None:
        errors.append(FieldError("closing_balance", "is given without an opening balance"))
    elif Decimal(doc["closing_balance"]) != expected:
        errors.append(FieldError("closing_balance", f"is {doc['closing_balance']} but the opening balance plus "
                                                    f"income minus expenditure is {money_text(expected)}"))


@rule("objection")
def _objection_rules(doc: dict[str, Any], errors: list[FieldError]) -> None:
    if doc.get("target_id") and not doc.get("target_kind"):
        errors.append(FieldError("target_kind", "is required when a target record is given"))
    if doc.get("target_kind") and doc["target_kind"] not in RECORD_KINDS:
        errors.append(FieldError("target_kind", f"must be one of {', '.join(RECORD_KINDS)}"))




@rule("contract")
def _contract_rules(doc: dict[str, Any], errors: list[FieldError]) -> None:
    # Terms that break the regulation (over 60 days, a rate below the LPR) are recorded as signed and flagged
    # (payments.flags), never refused: the ledger must hold every real contract. What is refused is what cannot
    # be true of any contract.
    from zwcx_core.domain.identifiers import validate_uscc

    _identifier(doc, errors, "counterparty_uscc", validate_uscc)
    for name in ("late_rate", "lpr_at_signing"):
        v = doc.get(name)
        if v and not _RATE.fullmatch(str(v)):
            errors.append(FieldError(name, "must be a yearly percentage such as 3.45"))
    signed = doc.get("signed_date")
    events = [e for e in doc.get("events") or [] if isinstance(e, Mapping)]
    for i, e in enumerate(events, 1):
        if signed and e.get("date") and e["date"] < signed and e.get("type") != E.ContractEventType.PAYMENT.value:
            errors.append(FieldError(f"events[{i}].date", "is before the contract was signed"))
    deliveries = sorted(e["date"] for e in events if e.get("type") == E.ContractEventType.DELIVERY.value
                        and e.get("date"))
    for i, e in enumerate(events, 1):
        if e.get("type") == E.ContractEventType.ACCEPTANCE.value and e.get("date") and deliveries \
                and e["date"] < deliveries[0]:
            errors.append(FieldError(f"events[{i}].date", "acceptance is before the first delivery"))
        elif e.get("type") == E.ContractEventType.ACCEPTANCE.value and e.get("date") and not deliveries:
            errors.append(FieldError(f"events[{i}].type", "an acceptance needs a delivery recorded before it"))
        if e.get("type") in _NEEDS_AMOUNT and e.get("amount") in (None, ""):
            errors.append(FieldError(f"events[{i}].amount", "is required for this event"))
    paid = sum((parse_money(e["amount"]) for e in events
                if e.get("type") == E.ContractEventType.PAYMENT.value and e.get("amount") not in (None, "")),
               Decimal("0"))
    owed = contract_owed(doc)
    if owed is not None and paid > owed:
        errors.append(FieldError("events", f"payments total {paid:.2f} yuan, more than the {owed:.2f} yuan owed "
                                           "(record late interest as its own event)"))


def contract_owed(doc: Mapping[str, Any]) -> Decimal | None:
    """What the buyer owes on a contract: its amount, or the settled amount where settlements confirmed more (a
    variation order). Late interest is owed on top and recorded as its own event."""
    try:
        base = parse_money(doc["amount"]) if doc.get("amount") not in (None, "") else None
        confirmed = sum((parse_money(e["amount"]) for e in doc.get("events") or [] if isinstance(e, Mapping)
                         and e.get("type") == E.ContractEventType.SETTLEMENT.value
                         and e.get("amount") not in (None, "")), Decimal("0"))
    except ValueError:
        return None  # the field checks name the bad amount
    return None if base is None else max(base, confirmed)


_RATE = re.compile(r"\d{1,2}(\.\d{1,4})?")
_NEEDS_AMOUNT = frozenset({E.ContractEventType.PAYMENT.value, E.ContractEventType.SETTLEMENT.value,
                           E.ContractEventType.INTEREST.value})


@rule("lawsuit")
def _lawsuit_rules(doc: dict[str, Any], errors: list[FieldError]) -> None:
    filed, judged = doc.get("filed_date"), doc.get("judgment_date")
    if filed and judged and judged < filed:
        errors.append(FieldError("judgment_date", "is before the case was filed"))
    if doc.get("perform_deadline") and judged and doc["perform_deadline"] < judged:
        errors.append(FieldError("perform_deadline", "is before the judgment"))
    if doc.get("performed_date") and judged and doc["performed_date"] < judged:
        errors.append(FieldError("performed_date", "is before the judgment"))


@rule("dishonesty")
def _dishonesty_rules(doc: dict[str, Any], errors: list[FieldError]) -> None:
    from zwcx_core.domain.identifiers import validate_uscc

    for name in ("subject_uscc", "deciding_body_uscc", "source_unit_uscc"):
        _identifier(doc, errors, name, validate_uscc)
    person = doc.get("subject_level") == E.SubjectLevel.PERSON.value
    if person and not doc.get("person_name"):
        errors.append(FieldError("person_name", "is required for a person-level record"))
    if not person and (doc.get("person_name") or doc.get("person_position")):
        errors.append(FieldError("person_name", "belongs to person-level records only"))
    if doc.get("severity") and not (doc.get("decision_no") or doc.get("legal_basis") or doc.get("basis_id")):
        errors.append(FieldError("severity", "needs a basis: the decision document number, the legal basis or a "
                                             "linked record"))
    if doc.get("decision_date") and doc.get("decision_date") > dt.date.today().isoformat():
        errors.append(FieldError("decision_date", "is in the future; a finding is entered from a decision made"))
    if doc.get("basis_id") and not doc.get("basis_kind"):
        errors.append(FieldError("basis_kind", "is required when a basis record is given"))
    if doc.get("repair_applied_date") and doc.get("decision_date") and \
            doc["repair_applied_date"] < doc["decision_date"]:
        errors.append(FieldError("repair_applied_date", "is before the decision"))


@rule("supervision")
def _supervision_rules(doc: dict[str, Any], errors: list[FieldError]) -> None:
    received = doc.get("received_date")
    for name in ("assigned_date", "accepted_date", "set_deadline", "reply_date", "callback_date", "returned_date",
                 "feedback_date"):
        if received and doc.get(name) and doc[name] < received:
            errors.append(FieldError(name, "is before the case was received"))
    for name in ("callback_date", "feedback_date"):
        if doc.get(name) and doc.get("reply_date") and doc[name] < doc["reply_date"]:
            errors.append(FieldError(name, "is before the reply"))
        elif doc.get(name) and not doc.get("reply_date"):
            errors.append(FieldError(name, "needs the reply date first"))
    suggestion = doc.get("channel") in E.SUGGESTION_CHANNELS
    if doc.get("answer_class") and doc.get("channel") and not suggestion:
        errors.append(FieldError("answer_class", "is given only to deputies' suggestions and members' proposals"))
    # A satisfaction result is what the requester said when called back (or what the deputy fed back).
    if doc.get("satisfaction") and not doc.get("callback_date" if not suggestion else "feedback_date"):
        errors.append(FieldError("satisfaction", "needs the date of the callback or of the deputy's feedback"))
