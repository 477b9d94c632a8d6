"""Recognising the column headers of a 12345 dispatch list (派单清单), as the hotline platform exports it.

The same roles as io.headers has for rosters and io.contract_headers for ledgers (normalise, recognise,
map_columns, score). Platforms differ by city and version (工单编号 / 工单号, 受理时间 / 来电时间, 承办单位 /
处置单位 …); the supervision case's own Chinese field names are recognised too.
"""

from __future__ import annotations

from zwcx_core.domain.schema import SUPERVISION
from zwcx_desktop.io.headers import IGNORE, Recogniser, normalise

__all__ = ["EXAMPLE", "EXAMPLE_ROW", "IGNORE", "IMPORT_FIELDS", "field_of", "map_columns", "normalise", "recognise",
           "score"]

EXAMPLE = "工单编号, 受理时间"
EXAMPLE_ROW = "工单编号, 受理时间, 诉求类型, 诉求内容, 事发地点, 承办单位, 办理时限"

#: Fields a dispatch-list column may fill.
IMPORT_FIELDS = ("ref_no", "received_date", "assigned_date", "request_type", "title", "content", "place", "lead_unit",
                 "co_units", "set_deadline", "urgent", "supervision_level", "requester", "requester_phone")

_VARIANTS: dict[str, tuple[str, ...]] = {
    "ref_no": ("工单编号", "工单号", "工单编码", "受理编号", "工单流水号"),
    "received_date": ("受理时间", "受理日期", "来电时间", "登记时间", "接单时间", "创建时间"),
    "assigned_date": ("派单时间", "派单日期", "交办时间", "交办日期", "转派时间", "下派时间"),
    "request_type": ("诉求类型", "诉求类别", "工单类型", "来电类型", "诉求性质"),
    "title": ("工单标题", "诉求标题", "标题", "诉求主题", "事项标题"),
    "content": ("诉求内容", "来电内容", "工单内容", "问题描述", "诉求描述", "反映内容"),
    "place": ("事发地点", "事发地址", "问题地址", "发生地点", "地址"),
    "lead_unit": ("承办单位", "主办单位", "处置单位", "责任单位", "办理单位"),
    "co_units": ("协办单位", "配合单位"),
    "set_deadline": ("办理时限", "办结时限", "处理时限", "截止时间", "应办结时间", "要求办结时间"),
    "urgent": ("紧急程度", "是否紧急", "缓急程度"),
    "supervision_level": ("督办级别", "督办等级"),
    "requester": ("来电人", "诉求人", "来电人姓名", "诉求人姓名", "市民姓名", "联系人", "姓名"),
    "requester_phone": ("联系电话", "来电号码", "来电人电话", "诉求人电话", "手机号码", "联系方式"),
    IGNORE: ("序号", "工单状态", "状态", "办理状态", "回复内容", "办理结果", "回访结果", "满意度", "一级分类",
             "二级分类", "三级分类", "所属区县", "所属街道", "话务员", "错误原因", "id"),
}


_DISPATCH = Recogniser(_VARIANTS, SUPERVISION, IMPORT_FIELDS, "a field of a 12345 work order")
#: The field a header names (a field of IMPORT_FIELDS or IGNORE), or None when unknown.
recognise = _DISPATCH.recognise
#: Accept a field name, its English label or Chinese name as the target of an explicit mapping.
field_of = _DISPATCH.field_of
#: Column index -> field: an explicit mapping wins, each field goes to the first column that names it.
map_columns = _DISPATCH.map_columns
#: How many cells of a row are recognised headers (finds the header row under a title row).
score = _DISPATCH.score
