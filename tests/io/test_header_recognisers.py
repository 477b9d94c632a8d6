"""The three header recognisers (rosters, contract ledgers, 12345 dispatch lists) share one implementation; each
keeps its own table, pseudo-fields and message."""

import pytest

from zwcx_desktop.io import contract_headers as C
from zwcx_desktop.io import headers as H
from zwcx_desktop.io import supervision_headers as S


def test_each_kind_recognises_its_own_variants_only():
    assert H.recognise("公民身份号码") == "citizen_id"
    assert C.recognise("供应商名称") == "counterparty"
    assert S.recognise("来电时间") == "received_date"
    assert C.recognise("公民身份号码") is None
    assert S.recognise("供应商名称") is None


def test_ledger_columns_and_schema_names_are_recognised():
    assert C.recognise("已付金额(元)") == C.PAID_AMOUNT
    assert S.recognise("工单号") == "ref_no"


def test_masked_id_is_a_mapping_target_for_rosters_only():
    assert H.field_of(H.MASKED_ID) == H.MASKED_ID
    with pytest.raises(ValueError, match="not a contract field"):
        C.field_of(H.MASKED_ID)
    with pytest.raises(ValueError, match="not a field of a 12345 work order"):
        S.field_of("nonsense")
    with pytest.raises(ValueError, match="not a roster field"):
        H.field_of("nonsense")


def test_map_columns_and_score_use_the_kind_table():
    assert S.map_columns(["序号", "工单编号", "受理时间", "工单号"]) == {0: S.IGNORE, 1: "ref_no", 2: "received_date"}
    assert S.score(["序号", "工单编号", "受理时间", "???"]) == 2
    assert C.map_columns(["合同名称"], {"合同名称": "ignore"}) == {0: C.IGNORE}
