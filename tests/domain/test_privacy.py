"""The personal-data guard of records (domain/privacy.py) as schema.validate runs it for every kind."""

from __future__ import annotations

import pytest

from tests.domain.test_masking import BYPASSES
from zwcx_core.domain import privacy, schema
from zwcx_core.domain.schema import ValidationError, validate

UNIT_ID = "0f8e7a2c-0000-4000-8000-000000000001"


def disclosure(**fields) -> dict:
    return {"unit_id": UNIT_ID, "kind": "affairs", "title": "关于走访慰问情况的公示", "body": "正文",
            "formed_date": "2026-03-02"} | fields


def refusal(kind: str, payload: dict, allow_computed: bool = False) -> dict[str, str]:
    with pytest.raises(ValidationError) as exc:
        validate(kind, payload, allow_computed=allow_computed)
    return exc.value.by_field()


@pytest.mark.parametrize("name", list(BYPASSES))
def test_every_bypass_in_free_text_is_refused_naming_the_field_and_the_kind(name):
    kind, text = BYPASSES[name]
    errors = refusal("disclosure", disclosure(body=f"经核实，{text}，符合条件。"))
    assert list(errors) == ["body"]
    assert errors["body"] == privacy.MESSAGES[kind]
    digits = "".join(c for c in text if c.isdigit())
    assert digits[-6:] not in str(errors)  # the message never repeats the number


def test_messages_name_what_was_found_and_the_masked_form():
    assert privacy.MESSAGES["id"] == ("contains a full citizen ID number; print only the masked form "
                                      "(23*************123)")
    assert "138****1234" in privacy.MESSAGES["mobile"]
    assert "6222***********0128" in privacy.MESSAGES["bank_card"]


def test_child_rows_are_scanned_and_named_by_row():
    lines = [{"direction": "income", "item": "上级拨款", "amount": "1200"},
             {"direction": "expense", "item": "慰问金", "amount": "300", "note": "收款人电话 138 1234 5678"}]
    errors = refusal("disclosure", disclosure(kind="finance", finance_lines=lines))
    assert errors == {"finance_lines[2].note": privacy.MESSAGES["mobile"]}


def test_every_kind_is_scanned():
    cases = {
        "unit": {"name": "万宝镇人民政府", "unit_type": "township", "address": "政府路1号 13812345678"},
        "commitment": {"unit_id": UNIT_ID, "title": "承诺", "category": "service_time",
                       "content": "联系人手机 +86 138-1234-5678", "responsible_person": "张三",
                       "made_date": "2026-01-05", "due_date": "2026-06-30"},
        "service": {"unit_id": UNIT_ID, "service_area": "养老", "policy": "高龄津贴", "beneficiary_name": "王某",
                    "note": "卡号 6222 0212 3456 7890 128"},
        "objection": {"unit_id": UNIT_ID, "objection_type": "notice", "channel": "phone",
                      "content": "反映人身份证 230102 19800101 1236", "received_date": "2026-03-06"},
    }
    fields = {"unit": "address", "commitment": "content", "service": "note", "objection": "content"}
    for kind, payload in cases.items():
        assert list(refusal(kind, payload)) == [fields[kind]], kind


def test_identifier_private_and_input_only_fields_are_not_scanned():
    assert validate("unit", {"name": "万宝镇", "unit_type": "township", "uscc": "922301021990030712",
                             "division_code": "230102"})
    assert validate("objection", {"unit_id": UNIT_ID, "objection_type": "notice",
                                  "channel": "phone", "content": "对公示名单有异议", "received_date": "2026-03-06",
                                  "complainant": "王建军", "complainant_phone": "13812345678"})
    assert validate("service", {"unit_id": UNIT_ID, "service_area": "养老", "policy": "高龄津贴",
                                "beneficiary_name": "王某", "citizen_id": "230102198001011236"})
    spec = schema.kind("objection")
    assert spec.field("complainant").private and spec.field("complainant_phone").private
    assert schema.kind("unit").field("uscc").identifier and schema.kind("unit").field("division_code").identifier
    scanned = {f.name for f in schema.kind("unit").fields if f.type in ("str", "text") and privacy.scanned("unit", f)}
    assert scanned == {"name", "contact_person", "address", "supervisor"}


def test_free_texts_yields_paths_fields_and_text_for_reuse():
    doc = validate("disclosure", disclosure(kind="finance", finance_lines=[
        {"direction": "income", "item": "拨款", "amount": "1", "note": "备注"}]))
    got = [(path, f.name, text) for path, f, text in schema.free_texts("disclosure", doc)]
    assert ("title", "title", "关于走访慰问情况的公示") in got and ("body", "body", "正文") in got
    assert ("finance_lines[1].note", "note", "备注") in got and ("finance_lines[1].item", "item", "拨款") in got
    assert all(isinstance(text, str) and text for _p, _n, text in got)


@pytest.mark.parametrize("phone", ["13912345678", "0451-88123456", "(0451)88123456", "0451 8812 3456",
                                   "0451-88123456转8001", "010-12345678", "12345", "400-123-4567",
                                   "0451-88123456、13912345678", "＋86 139 1234 5678"])
def test_office_contact_phones_are_accepted_and_not_scanned(phone):
    assert validate("disclosure", disclosure(contact_phone=phone))["contact_phone"] == phone.strip()
    assert validate("unit", {"name": "万宝镇", "unit_type": "township", "contact_phone": phone})


@pytest.mark.parametrize("phone", ["88123456", "见公告栏", "1381234567", "0451-881234", "电话13912345678"])
def test_a_contact_phone_that_is_not_a_phone_number_is_refused(phone):
    assert refusal("disclosure", disclosure(contact_phone=phone)) == {"contact_phone": privacy.NOT_A_PHONE}
    assert list(refusal("unit", {"name": "万宝镇", "unit_type": "township", "contact_phone": phone})) == \
        ["contact_phone"]


def test_the_office_number_elsewhere_in_the_text_is_still_scanned():
    errors = refusal("disclosure", disclosure(contact_phone="13912345678", contact_address="联系13912345678"))
    assert errors == {"contact_address": privacy.MESSAGES["mobile"]}


def test_re_validated_documents_are_scanned_unless_the_text_was_already_accepted():
    old = validate("disclosure", disclosure())
    legacy = old | {"body": "申请人身份证号230102198001011236", "status": "publicizing"}
    assert list(refusal("disclosure", legacy, allow_computed=True)) == ["body"]
    # A later version of a record stored before the guard: the unchanged text is not judged again…
    assert validate("disclosure", legacy | {"status": "expired_no_objection"}, allow_computed=True,
                    accepted=[legacy])
    # … but new text is, and so is a changed row of a child table.
    with pytest.raises(ValidationError, match="title"):
        validate("disclosure", legacy | {"title": "电话13812345678"}, allow_computed=True, accepted=[legacy])
    lines = [{"id": "r1", "direction": "income", "item": "拨款", "amount": "1.00", "note": "电话13812345678"}]
    base = validate("disclosure", disclosure(kind="finance", finance_lines=[lines[0] | {"note": ""}]),
                    allow_computed=True)
    with pytest.raises(ValidationError, match=r"finance_lines\[1\]\.note"):
        validate("disclosure", base | {"finance_lines": lines}, allow_computed=True, accepted=[base])
    assert validate("disclosure", base | {"finance_lines": lines}, allow_computed=True,
                    accepted=[base | {"finance_lines": lines}])


def test_every_later_rule_spares_values_an_accepted_version_held():
    """Emoji (printable-character rule) and a wrong USCC check character (identifier rule) came in with the
    personal-data guard: a record accepted before them still moves on; a value typed anew is judged."""
    legacy = validate("disclosure", disclosure()) | {"body": "正文😀", "status": "publicizing"}
    assert list(refusal("disclosure", legacy, allow_computed=True)) == ["body"]
    assert validate("disclosure", legacy | {"status": "expired_no_objection"}, allow_computed=True,
                    accepted=[legacy])
    with pytest.raises(ValidationError, match="title"):
        validate("disclosure", legacy | {"title": "标题😀"}, allow_computed=True, accepted=[legacy])
    unit = {"name": "万宝镇", "unit_type": "township", "uscc": "911100006000373410"}
    assert list(refusal("unit", unit)) == ["uscc"]
    assert validate("unit", unit | {"address": "政府路1号"}, accepted=[unit])
    # An empty required value is never excused, whatever an accepted version held.
    with pytest.raises(ValidationError, match="name"):
        validate("unit", unit | {"name": ""}, accepted=[unit | {"name": ""}])


def test_a_long_labelled_row_of_numbers_is_scanned_in_linear_time():
    import time

    text = "收款账户 " + " ".join(f"{1000 + i}" for i in range(4000))  # 20,000 characters, the body's limit
    from zwcx_core.domain.masking import find_unmasked

    started = time.process_time()
    assert find_unmasked(text) == [] and find_unmasked("电话 " + "1 " * 9990) == []
    # Quadratic candidate lists took 1.7 s and 8.9 s here; linear work is a few hundredths of a second.
    assert time.process_time() - started < 1.0


@pytest.mark.parametrize(("kind", "current", "target", "checked"), [
    ("disclosure", "draft", "pending_review", True),  # submit
    ("disclosure", "pending_review", "approved", True),  # approve
    ("disclosure", "approved", "publicizing", True),
    ("disclosure", "draft", "withdrawn", False),  # a way out is never blocked
    ("disclosure", "pending_review", "draft", False),  # nor a step back to correct it
    ("disclosure", "publicizing", "expired_no_objection", False),  # locked: only withdrawal can change it
    ("commitment", "pending_review", "published", True),
    ("commitment", "draft", "cancelled", False),
    ("service", "registered", "reviewed", True),
    ("service", "registered", "rejected", False),
    ("objection", "registered", "accepted", True),
    ("objection", "registered", "not_accepted", False),
])
def test_lifecycle_steps_that_carry_a_correctable_record_further_are_checked(kind, current, target, checked):
    doc = {"content": "电话 138 1234 5678", "body": "电话 138 1234 5678", "note": "电话 138 1234 5678"}
    if checked:
        with pytest.raises(ValidationError):
            privacy.on_transition(kind, doc, current, target)
    else:
        privacy.on_transition(kind, doc, current, target)
    privacy.on_transition(kind, {"content": "无", "body": "无", "note": "无"}, current, target)
