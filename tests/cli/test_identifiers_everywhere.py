"""Identifiers are checked on every path (the CLI, the store, imports, sync payloads), because the rules run inside
schema.validate: 统一社会信用代码 with its GB 32100 check character, division codes with a known province prefix,
and ID numbers as the document they come from (居民身份证, 外国人永久居留身份证, 港澳台居民居住证)."""

from __future__ import annotations

import json

import pytest
from stdnum.cn import ric

from tests.cli.test_cli import cli, one_error_line  # noqa: F401 - the fixture
from tests.conftest import USCC
from tests.io.conftest import service_docs, zwcx  # noqa: F401 - the fixture
from tests.io.rosters import write_xlsx
from zwcx_core.domain.identifiers import InvalidIdentifier, validate_id_document
from zwcx_core.domain.schema import ValidationError, validate

WRONG_CHECK = USCC[:-1] + "X"  # 91110000600037341L with a wrong check character


def with_check(body17: str) -> str:
    return body17 + ric.calc_check_digit(body17 + "0")


PERMIT = with_check("81000019880412002")  # Hong Kong resident's residence permit
FOREIGN = with_check("93115619850615001")  # foreign permanent resident ID, new 18-character form
RESIDENT = with_check("23010219500307001")


def test_zwcx_add_unit_refuses_a_wrong_check_character_and_a_made_up_province(cli, tmp_path):  # noqa: F811
    unit = {"name": "新阳路社区居委会", "unit_type": "community", "uscc": WRONG_CHECK}
    code, _, err = cli("add", "unit", "--json", "-", stdin=json.dumps(unit))
    assert code == 1
    assert "uscc: unified social credit code (统一社会信用代码) check character is wrong: expected 'L', given 'X'" \
        in one_error_line(err)
    code, _, err = cli("add", "unit", "--json", "-", stdin=json.dumps(unit | {"uscc": USCC, "division_code": "990101"}))
    assert code == 1 and "division_code: division code (行政区划代码) starts with '99', which is not a province code" \
        in one_error_line(err)
    code, out, err = cli("add", "unit", "--json", "-",
                         stdin=json.dumps(unit | {"uscc": " ９１１１0000600037341l", "division_code": "230102"}))
    assert code == 0, err
    code, out, _ = cli("show", out.strip(), "--json")
    assert json.loads(out)["doc"]["uscc"] == USCC  # stored normalised


def test_the_store_and_a_sync_payload_refuse_them_too(app, admin):
    with pytest.raises(ValidationError, match="check character is wrong"):
        app.records.create("unit", {"name": "某村委会", "unit_type": "village", "uscc": WRONG_CHECK}, admin)
    uid = app.home_unit_id()
    with pytest.raises(ValidationError, match="not a province code"):
        app.records.update(uid, {"division_code": "000000"}, admin)
    pulled = app.records.get(uid).doc | {"uscc": WRONG_CHECK}
    with pytest.raises(ValidationError, match="uscc"):
        validate("unit", pulled, allow_computed=True)  # what sync.wire does with every pulled document


def test_document_types_are_accepted_checked_and_masked(app, admin):
    base = {"unit_id": app.home_unit_id(), "service_area": "elderly", "policy": "高龄津贴", "period": "2026-03"}
    ids = {}
    for name, doc_type, number in (("陈大文", "港澳台居民居住证", PERMIT), ("MARIA LOPEZ", "外国人永久居留身份证", FOREIGN),
                                   ("王建军", "居民身份证", RESIDENT)):
        ids[name] = app.records.create("service", base | {"beneficiary_name": name, "id_type": doc_type,
                                                          "citizen_id": number}, admin)
        doc = app.records.get(ids[name]).doc
        assert doc["id_masked"] == number[:2] + "*" * 13 + number[-3:] and len(doc["id_fingerprint"]) == 64
        assert number not in json.dumps(doc) and "citizen_id" not in doc
    assert app.records.get(ids["陈大文"]).doc["id_type"] == "hmt_residence_permit"
    assert app.records.get(ids["王建军"]).doc["id_type"] == "resident_id"  # the default
    # The same numbers typed as the wrong document are refused, naming the right one.
    with pytest.raises(ValidationError, match="choose that document type") as exc:
        app.records.create("service", base | {"beneficiary_name": "李四", "citizen_id": PERMIT}, admin)
    assert exc.value.by_field()["citizen_id"].startswith("citizen ID (身份证号) starts with 810000")
    with pytest.raises(ValidationError, match="must start with 9"):
        app.records.create("service", base | {"beneficiary_name": "李四", "id_type": "foreign_permanent_resident",
                                              "citizen_id": RESIDENT}, admin)
    with pytest.raises(ValidationError, match="type the number again"):
        app.records.update(ids["王建军"], {"id_type": "港澳台居民居住证"}, admin)


def test_the_document_rules():
    assert validate_id_document("hmt_residence_permit", PERMIT.lower()) == PERMIT
    for doc_type, bad, words in (
            ("hmt_residence_permit", PERMIT[:-1] + ("0" if PERMIT[-1] != "0" else "1"), "check character is wrong"),
            ("hmt_residence_permit", with_check("84000019880412002"), "must start with 810000, 820000 or 830000"),
            ("foreign_permanent_resident", FOREIGN[:15], "must be 18 characters, got 15"),
            ("foreign_permanent_resident", with_check("93115619851315001"), "impossible birth date"),
            ("resident_id", FOREIGN, "starts with 9")):
        with pytest.raises(InvalidIdentifier, match=words):
            validate_id_document(doc_type, bad)
    # Typed into free text, both are caught as ID numbers by the guard that runs before anything is printed.
    from zwcx_core.domain.masking import find_unmasked

    assert [e.kind for e in find_unmasked(f"居住证{PERMIT}，永居证{FOREIGN}。")] == ["id", "id"]
    # A resident ID with a region code no table knows is still accepted (DOMAIN.md).
    assert validate_id_document("居民身份证", with_check("23999919500307001")).startswith("239999")


def test_import_reads_the_document_type_column(zwcx, tmp_path, data_dir):  # noqa: F811
    headers = ["序号", "姓名", "证件类型", "身份证号", "户人数", "村(社区)", "发放金额"]
    rows = [[1, "陈大文", "港澳台居民居住证", PERMIT, 1, "安静社区", 300],
            [2, "王建军", "", RESIDENT, 2, "安静社区", 300]]
    f = write_xlsx(tmp_path / "名单.xlsx", rows, headers=headers)
    args = ("import", "services", f, "--area", "养老", "--policy", "高龄津贴", "--period", "2026-03")
    bad = write_xlsx(tmp_path / "错.xlsx", [[1, "陈大文", "居民身份证", PERMIT, 1, "安静社区", 300]], headers=headers)
    code, _, err = zwcx(*args[:2], bad, *args[3:])
    assert code == 1 and "D (身份证号)" in err and "choose that document type (证件类型)" in err and PERMIT not in err
    code, out, err = zwcx(*args)
    assert code == 0, err
    docs = {d["beneficiary_name"]: d for d in service_docs(data_dir)}
    assert docs["陈大文"]["id_type"] == "hmt_residence_permit" and docs["陈大文"]["id_masked"].startswith("81*")
    assert docs["王建军"]["id_type"] == "resident_id"
