"""A report row of a 政务失信 record (credit_report.row): the free-text cells that leave the township carry no full
personal number, even from a record stored before saving refused one; codes are left as they are."""

from __future__ import annotations

import pytest

from zwcx_core.domain.credit_report import COLUMNS, row
from zwcx_core.domain.masking import find_unmasked

ID = "11010519491231002X"
MOBILE = "13812345678"


def _doc(**kw):
    return {"subject_level": "unit", "subject_name": "某某建材有限公司", "subject_uscc": "91230102MA1ABCDE1X",
            "decision_no": "哈信认〔2026〕3号", "dishonesty_type": "sme_arrears", "status": "confirmed",
            "facts": f"拖欠货款，经办人身份证{ID}，电话{MOBILE}。", "legal_basis": "《保障中小企业款项支付条例》",
            "obligation": f"支付货款（联系{MOBILE}）", "obligation_amount": "80000", "decision_date": "2026-04-10"} | kw


def test_free_text_leaves_masked_and_codes_unchanged():
    cells = dict(zip(COLUMNS, row(_doc(), "新阳路街道办事处", None), strict=True))
    for name, text in cells.items():
        assert find_unmasked(text) == [], name
    assert ID not in cells["事实"] and MOBILE not in cells["内容"] and "拖欠货款" in cells["事实"]
    assert cells["统一社会信用代码"] == "91230102MA1ABCDE1X" and cells["决定文书号"] == "哈信认〔2026〕3号"
    assert cells["金额(万元)"] == "8.000000" and cells["数据来源单位"] == "新阳路街道办事处"


def test_a_person_level_record_is_never_a_row():
    with pytest.raises(ValueError, match="person-level") as e:
        row(_doc(subject_level="person", subject_name="张三"), "新阳路街道办事处", None)
    assert "张三" not in str(e.value)
