"""The contact block on notices: contact, supervision line, period-end sentence and where it is posted, read back from
the PDF; a notice without the block is refused naming what is missing; the declared numbers the guard leaves alone."""

from __future__ import annotations

import re

import pytest

from tests.notices.notice_pdf import flat, pdf_text
from zwcx_core.domain.contact import ContactMissing
from zwcx_desktop.notices import render_notice

SUPERVISION = "监督电话：松北区纪委监委0451-88912388；12345政务服务便民热线"


def _text(app, rid: str) -> str:
    """The notice's text with the page footers (— n — and the code beside it) taken out, so a sentence that runs
    over a page break reads whole."""
    return re.sub(r"—\d+—核验码[0-9A-Z-]+", "", flat("".join(pdf_text(render_notice(app, rid)))))


@pytest.mark.parametrize(("sample", "outcome", "posted"), [
    ("affairs", "公示期满无异议的，按公示内容组织实施。", "本公示张贴于松北区万宝镇人民政府公示栏。"),
    ("commitment", "公示期满无异议的，按承诺内容组织实施，履行进展定期公开。",
     "本公示张贴于松北区万宝镇人民政府公示栏，同时通过松北区万宝镇人民政府门户网站公开。"),
    ("roster", "公示期满无异议的，按程序报批并落实相关待遇。", "本公示张贴于松北区万宝镇人民政府公示栏。"),
    ("finance", "公示期满无异议的，收支情况予以确认，公示资料归档备查。", "本公示张贴于松北区万宝镇人民政府公示栏。"),
    ("objection", "公示期满无异议的，按上述处理意见办结。", "本公示张贴于松北区万宝镇人民政府公示栏。"),
])
def test_every_kind_says_what_follows_the_period_where_it_is_posted_and_whom_to_call(app, samples, sample, outcome,
                                                                                    posted):
    text = _text(app, samples[sample])
    assert outcome in text
    assert posted in text
    assert SUPERVISION in text
    person = "赵会计" if sample == "finance" else "王立新"  # the finance sample names its own contact
    assert f"联系人：{person}" in text and "联系电话：0451-88" in text and "地址：" in text


def test_a_unit_without_its_own_block_prints_the_offices(app, admin):
    """A unit with no contact of its own (a department) prints the home unit's block, part by part."""
    uid = app.records.create("unit", {"name": "道里区新阳路街道社区服务中心", "unit_type": "department",
                                      "contact_person": "赵敏"}, admin)
    rid = app.records.create("disclosure", {
        "unit_id": uid, "kind": "affairs", "title": "关于社区服务中心开放时间调整的公示", "body": "正文。",
        "formed_date": "2026-05-06", "period_start": "2026-05-07", "channels": ["board", "wechat"]}, admin)
    from zwcx_desktop.notices.samples import review

    review(app, rid, admin)  # a notice to post: no draft watermark across the text
    text = _text(app, rid)
    assert "联系人：赵敏；联系电话：0451-84661234；地址：哈尔滨市道里区新阳路123号" in text
    assert "监督电话：道里区纪委监委0451-84612388；12345政务服务便民热线" in text
    assert "同时通过道里区新阳路街道社区服务中心微信公众号公开" in text


def _clear_home_contact(app, admin, *names: str) -> None:
    app.records.update(app.home_unit_id(), dict.fromkeys(names), admin)


def test_a_notice_without_the_block_is_refused_naming_what_is_missing(app, admin):
    from tests.conftest import commitment_payload

    rid = app.records.create("commitment", commitment_payload(app), admin)
    _clear_home_contact(app, admin, "contact_phone", "supervisor", "supervision_phone")
    with pytest.raises(ContactMissing) as exc:
        render_notice(app, rid)
    assert exc.value.missing == ("contact_phone", "supervisor", "supervision_phone")
    assert str(exc.value) == ("the notice was not printed: the office contact details are incomplete (missing: "
                              "contact phone, supervising department, supervision phone); an administrator fills "
                              "them in under Settings")
    assert exc.value.zh.startswith("公示未生成：本单位联系信息不完整，缺少联系电话、监督部门、监督电话。")


def test_the_command_line_refuses_in_chinese_and_writes_nothing(app, admin, data_dir, tmp_path, capsys):
    from tests.conftest import commitment_payload
    from zwcx_desktop.cli.main import main
    from zwcx_desktop.notices import prints_of

    rid = app.records.create("commitment", commitment_payload(app), admin)
    _clear_home_contact(app, admin, "supervision_phone")
    out = tmp_path / "c.pdf"
    assert main(["--data-dir", str(data_dir), "notice", rid, "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["zwcx: error: 公示未生成：本单位联系信息不完整，缺少监督电话。请管理员在“设置”中填写（命令行：zwcx contact）。"]
    assert not out.exists() and prints_of(app, rid) == []
    # The administrator fills it in from the command line; then the notice prints.
    assert main(["--data-dir", str(data_dir), "contact", "--supervision-phone", "0451-84612388"]) == 0
    assert "监督电话\t0451-84612388" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "notice", rid, "-o", str(out)]) == 0


def test_contact_command_names_a_wrong_phone_and_refuses_a_clerk(app, data_dir, capsys):
    from zwcx_desktop.cli.main import main

    assert main(["--data-dir", str(data_dir), "contact", "--contact-phone", "电话"]) == 2
    err = capsys.readouterr().err
    assert "--contact-phone: is not a phone number" in err and "'电话'" not in err
    assert main(["--data-dir", str(data_dir), "contact", "--address", "别处", "--as", "clerk"]) == 1
    assert "only an administrator can change the office contact details" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "contact"]) == 0
    assert "地址\t哈尔滨市道里区新阳路123号" in capsys.readouterr().out


def test_declared_contact_numbers(app, samples):
    from zwcx_desktop.store.contact import declared_contact_numbers

    numbers = declared_contact_numbers(app)
    # The office's, the sample township's and its village's, and 12345; digits only, however they were typed.
    assert {"045184661234", "045184612388", "045188123456", "045188912388", "045188123466", "12345"} <= numbers
    with app.db.read() as s:  # also inside an open session (the guard at save time)
        assert declared_contact_numbers(s) == numbers
    assert "045188123499" not in numbers  # a disclosure's own contact phone is typed by a clerk: not a declaration
