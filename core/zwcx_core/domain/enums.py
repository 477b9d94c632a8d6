"""Enumerations of DOMAIN.md.

Values are stable English identifiers (they go into the database and onto the wire); `zh` gives the
Chinese term used on notices, exports and in the zh_CN UI.
"""

from __future__ import annotations

from enum import StrEnum


class ZhEnum(StrEnum):
    """A string enum whose members carry their Chinese name."""

    zh: str

    def __new__(cls, value: str, zh: str) -> ZhEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.zh = zh
        return obj

    @classmethod
    def parse(cls, text: str) -> ZhEnum:
        """Accept the English value or the Chinese name; raise ValueError naming the choices."""
        for m in cls:
            if text == m.value or text == m.zh:
                return m
        choices = ", ".join(f"{m.value} ({m.zh})" for m in cls)
        raise ValueError(f"'{text}' is not one of: {choices}")


class ServiceArea(ZhEnum):
    EMPLOYMENT = "employment", "就业"
    PROPERTY = "property", "物业"
    SCHOOLING = "schooling", "就学"
    FAMILY_PLANNING = "family_planning", "计生"
    ELDERLY = "elderly", "养老"
    DISABILITY = "disability", "助残"
    POVERTY = "poverty", "扶贫"
    MEDICAL_INSURANCE = "medical_insurance", "医保"
    HOUSING = "housing", "住房"
    TRANSPORT = "transport", "出行"
    PARKING = "parking", "停车"
    FIRE_THEFT = "fire_theft", "防火防盗"
    MILITARY_FAMILIES = "military_families", "拥军优属"
    CONVENIENCE = "convenience", "便民服务"


class CommitmentCategory(ZhEnum):
    INTEGRITY = "integrity", "政务诚信"
    SERVICE_TIME = "service_time", "服务时限"
    WORK_REPORT = "work_report", "政府工作报告目标"
    POLICY = "policy", "惠民政策兑现"
    CONTRACT = "contract", "合同协议"
    INVESTMENT = "investment", "招商引资"
    HOT_ISSUE = "hot_issue", "热点回应"


class CommitmentStatus(ZhEnum):
    DRAFT = "draft", "草拟"
    PENDING_REVIEW = "pending_review", "待审"
    PUBLISHED = "published", "已公开"
    IN_PROGRESS = "in_progress", "履行中"
    FULFILLED_ON_TIME = "fulfilled_on_time", "按期兑现"
    FULFILLED_LATE = "fulfilled_late", "逾期兑现"
    UNFULFILLED = "unfulfilled", "未兑现"
    CHANGED = "changed", "经批准变更"
    CANCELLED = "cancelled", "撤销"


class DisclosureKind(ZhEnum):
    AFFAIRS = "affairs", "政务公开"
    FINANCE = "finance", "财务公开"
    SERVICE = "service", "服务公开"


class DocumentType(ZhEnum):
    PUBLIC_NOTICE = "public_notice", "公示"
    ANNOUNCEMENT = "announcement", "公告"
    CIRCULAR = "circular", "通知"


class DayCount(ZhEnum):
    CALENDAR = "calendar", "自然日"
    WORKING = "working", "工作日"


class Channel(ZhEnum):
    BOARD = "board", "公示栏"
    WEBSITE = "website", "网站"
    WECHAT = "wechat", "微信公众号"
    SERVICE_STATION = "service_station", "便民服务站"
    MEETING = "meeting", "村(居)民会议"


class DisclosureStatus(ZhEnum):
    DRAFT = "draft", "草稿"
    PENDING_REVIEW = "pending_review", "待审"
    APPROVED = "approved", "已审"
    PUBLICIZING = "publicizing", "公示中"
    EXPIRED_NO_OBJECTION = "expired_no_objection", "期满无异议"
    EXPIRED_WITH_OBJECTION = "expired_with_objection", "期满有异议"
    REPUBLISHED = "republished", "重新公示"
    ARCHIVED = "archived", "归档"
    WITHDRAWN = "withdrawn", "撤回"


class FinanceDirection(ZhEnum):
    INCOME = "income", "收入"
    EXPENSE = "expense", "支出"


class ServiceStatus(ZhEnum):
    REGISTERED = "registered", "登记"
    REVIEWED = "reviewed", "审核"
    PUBLICIZED = "publicized", "公示"
    CONFIRMED = "confirmed", "确认"
    REJECTED = "rejected", "不予确认"
    PAID = "paid", "发放"
    STOPPED = "stopped", "停发"


class IdDocumentType(ZhEnum):
    """The identity document a beneficiary's number comes from (each has its own layout and check)."""

    RESIDENT_ID = "resident_id", "居民身份证"
    FOREIGN_PERMANENT_RESIDENT = "foreign_permanent_resident", "外国人永久居留身份证"
    HMT_RESIDENCE_PERMIT = "hmt_residence_permit", "港澳台居民居住证"


class DeliveryMethod(ZhEnum):
    BANK = "bank", "银行代发"
    CASH = "cash", "现金发放"
    IN_KIND = "in_kind", "实物发放"
    SERVICE = "service", "上门服务"


class ObjectionType(ZhEnum):
    NOTICE = "notice", "公示异议"
    CREDIT = "credit", "信用信息异议"
    COMPLAINT = "complaint", "投诉举报"


class ObjectionChannel(ZhEnum):
    IN_PERSON = "in_person", "现场"
    PHONE = "phone", "电话"
    MAILBOX = "mailbox", "信箱"
    HOTLINE = "hotline", "热线12345"
    ONLINE = "online", "网络"


class Finding(ZhEnum):
    UPHELD = "upheld", "成立"
    PARTLY = "partly", "部分成立"
    NOT_UPHELD = "not_upheld", "不成立"


class ObjectionAction(ZhEnum):
    CORRECT = "correct", "更正"
    REINVESTIGATE = "reinvestigate", "重新调查并重新公示"
    REVOKE = "revoke", "撤销"
    MAINTAIN = "maintain", "维持"


class ObjectionStatus(ZhEnum):
    REGISTERED = "registered", "登记"
    ACCEPTED = "accepted", "受理"
    NOT_ACCEPTED = "not_accepted", "不予受理"
    INVESTIGATING = "investigating", "核查"
    REPLIED = "replied", "答复"
    CLOSED = "closed", "办结"


class UnitType(ZhEnum):
    STREET_OFFICE = "street_office", "街道办"
    TOWNSHIP = "township", "乡镇政府"
    VILLAGE = "village", "村委会"
    COMMUNITY = "community", "居委会"
    DEPARTMENT = "department", "内设机构"


class Role(ZhEnum):
    CLERK = "clerk", "录入员"
    REVIEWER = "reviewer", "审核员"
    ADMIN = "admin", "管理员"


class SyncState(ZhEnum):
    LOCAL = "local", "仅本机"
    PENDING = "pending", "待同步"
    SYNCED = "synced", "已同步"
    CONFLICT = "conflict", "冲突"
    REJECTED = "rejected", "被拒绝"


# ---------------------------------------------------------------------------------------------- contracts (#16)

class ContractType(ZhEnum):
    PROCUREMENT_GOODS = "procurement_goods", "政府采购(货物)"
    PROCUREMENT_WORKS = "procurement_works", "政府采购(工程)"
    PROCUREMENT_SERVICES = "procurement_services", "政府采购(服务)"
    CONSTRUCTION = "construction", "工程建设"
    INVESTMENT = "investment", "招商引资协议"
    PPP = "ppp", "PPP"
    INDUSTRY_SUPPORT = "industry_support", "产业扶持"
    POLICY_PROMISE = "policy_promise", "政策承诺兑现"
    OTHER = "other", "其他"


class PaymentBasis(ZhEnum):
    """When the payment clock starts (《保障中小企业款项支付条例》 arts. 9–10)."""

    DELIVERY = "delivery", "交付后付款"
    ACCEPTANCE = "acceptance", "验收后付款"
    PROGRESS = "progress", "按进度结算"
    SCHEDULE = "schedule", "按约定分期"


class ContractEventType(ZhEnum):
    DELIVERY = "delivery", "交付"
    ACCEPTANCE = "acceptance", "验收"
    SETTLEMENT = "settlement", "结算确认"
    INVOICE = "invoice", "发票"
    PAYMENT = "payment", "付款"
    INTEREST = "interest", "支付逾期利息"
    DEPOSIT_RETURN = "deposit_return", "保证金退还"
    CONFIRM_REQUEST = "confirm_request", "确权申请"
    CONFIRM_ANSWER = "confirm_answer", "确权答复"


class DepositKind(ZhEnum):
    """The only deposits a buyer may take from an SME (art. 13)."""

    BID = "bid", "投标保证金"
    PERFORMANCE = "performance", "履约保证金"
    QUALITY = "quality", "工程质量保证金"
    WAGES = "wages", "农民工工资保证金"


class ContractStatus(ZhEnum):
    DRAFT = "draft", "草拟"
    PERFORMING = "performing", "履行中"
    SETTLED = "settled", "已结清"
    TERMINATED = "terminated", "终止"
    DISPUTED = "disputed", "争议"


class LitigationRole(ZhEnum):
    DEFENDANT = "defendant", "被告/被申请人"
    PLAINTIFF = "plaintiff", "原告/申请人"
    THIRD_PARTY = "third_party", "第三人"


class EnforcementStatus(ZhEnum):
    NONE = "none", "未进入执行"
    FILED = "filed", "执行立案"
    SUSPENDED = "suspended", "终结本次执行"
    COMPLETED = "completed", "执行完毕"


class LawsuitStatus(ZhEnum):
    PENDING = "pending", "审理中"
    JUDGED = "judged", "已判决待履行"
    PERFORMED = "performed", "已履行"
    ENFORCEMENT = "enforcement", "强制执行中"
    CLOSED = "closed", "结案"


# ------------------------------------------------------------- dishonesty records (#17) and supervision (#18)

class Severity(ZhEnum):
    """Severity of a dishonesty finding (国家发展改革委令第36号): it sets the display period."""

    MINOR = "minor", "轻微"
    GENERAL = "general", "一般"
    SERIOUS = "serious", "严重"


class DishonestyType(ZhEnum):
    JUDGMENT_DEBTOR = "judgment_debtor", "失信被执行人"
    JUDGMENT_UNPERFORMED = "judgment_unperformed", "判决未履行"
    BREACH = "breach", "违约失信"
    SME_ARREARS = "sme_arrears", "拖欠中小企业账款"
    ADMIN_PENALTY = "admin_penalty", "行政处罚"
    DISCIPLINE = "discipline", "纪律处分(政务处分)"
    ACCOUNTABILITY = "accountability", "问责处理"


class SanctionKind(ZhEnum):
    """政务处分 kinds (公职人员政务处分法 art. 7)."""

    WARNING = "warning", "警告"
    DEMERIT = "demerit", "记过"
    MAJOR_DEMERIT = "major_demerit", "记大过"
    DEMOTION = "demotion", "降级"
    REMOVAL = "removal", "撤职"
    EXPULSION = "expulsion", "开除"


class SupervisionChannel(ZhEnum):
    HOTLINE_12345 = "hotline_12345", "12345工单"
    DEPUTY_SUGGESTION = "deputy_suggestion", "人大代表建议"
    CPPCC_PROPOSAL = "cppcc_proposal", "政协委员提案"
    PETITION = "petition", "信访"
    DISCLOSURE_REQUEST = "disclosure_request", "依申请公开"
    ARREARS_COMPLAINT = "arrears_complaint", "清欠投诉"
    BREACH_COMPLAINT = "breach_complaint", "违约失信投诉"
    OTHER = "other", "其他"


#: Channels answered by letter to a deputy or a member, whose own feedback (not a callback) judges the answer; one
#: definition for the rules, the deadlines and the letters.
SUGGESTION_CHANNELS = frozenset({SupervisionChannel.DEPUTY_SUGGESTION, SupervisionChannel.CPPCC_PROPOSAL})


class RequestType(ZhEnum):
    CONSULTATION = "consultation", "咨询"
    HELP = "help", "求助"
    COMPLAINT = "complaint", "投诉"
    REPORT = "report", "举报"
    SUGGESTION = "suggestion", "建议"
    PRAISE = "praise", "表扬"


class AnswerClass(ZhEnum):
    """Class of the answer to a deputy's suggestion or a member's proposal, marked top right of the reply letter."""

    A = "A", "A类(已解决或基本解决)"
    B = "B", "B类(正在解决或列入计划)"
    C = "C", "C类(留作参考)"


class Satisfaction(ZhEnum):
    SATISFIED = "satisfied", "满意"
    BASICALLY_SATISFIED = "basically_satisfied", "基本满意"
    UNSATISFIED = "unsatisfied", "不满意"


class SubjectLevel(ZhEnum):
    UNIT = "unit", "单位"
    PERSON = "person", "个人"


class DishonestyStatus(ZhEnum):
    LEAD = "lead", "线索"
    VERIFYING = "verifying", "核实"
    RECTIFYING = "rectifying", "整改中"
    RECTIFIED = "rectified", "整改完成(未认定)"
    UNFOUNDED = "unfounded", "核实不属实"
    CONFIRMED = "confirmed", "已认定"
    PUBLICIZED = "publicized", "公示中"
    REPAIRED = "repaired", "已修复"
    EXPIRED = "expired", "期满停止公示"
    REMOVED = "removed", "已移出名单"


class RepairStatus(ZhEnum):
    APPLIED = "applied", "已申请"
    ACCEPTED = "accepted", "已受理"
    GRANTED = "granted", "准予修复"
    REFUSED = "refused", "不予修复"


class CityReview(ZhEnum):
    """The city credit office's answer to a 政务失信 record a township sent up (set by the console only)."""

    CONFIRMED = "confirmed", "已确认"
    RETURNED = "returned", "退回补正"
    REJECTED = "rejected", "不予确认"


class SupervisionStatus(ZhEnum):
    RECEIVED = "received", "登记"
    HANDLING = "handling", "办理中"
    REPLIED = "replied", "已答复"
    REHANDLING = "rehandling", "重新办理"
    CLOSED = "closed", "办结"
    RETURNED = "returned", "退回(交办有误)"
