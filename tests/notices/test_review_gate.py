"""The review gate on paper: drafts are watermarked proofs without a QR code, withdrawn or cancelled notices are
marked copies, records with nothing to post are refused, and the QR code appears only when a server can verify it."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from pypdf import PdfReader

from tests.notices.conftest import SERVER
from zwcx_core.notices.verify import verify_code, verify_url
from zwcx_desktop.cli.main import main
from zwcx_desktop.notices import NotPrintable, render_board, render_notice
from zwcx_desktop.notices.samples import make_samples, review

DRAFT = "草稿 未经审核 不得张贴"


def marks(pdf: bytes) -> list[str]:
    """The turned (watermark) text of each page, in drawing order, with its grey level checked."""
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            turned = [c for c in page.chars if abs(c["matrix"][1]) > 0.1]
            assert all(c["non_stroking_color"] in ((0.82,), [0.82], 0.82) for c in turned), "light grey"
            out.append("".join(c["text"] for c in turned))
    return out


def upright_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "".join(c["text"] for p in doc.pages for c in p.chars if abs(c["matrix"][1]) <= 0.1)


def qr_runs(pdf: bytes) -> int:
    """Dark runs of a QR code on the last page (the signature band): filled rectangles one module high."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[-1]
        small = [r for r in page.rects if r["fill"] and r["height"] < 3]
    heights = {round(r["height"], 3) for r in small}
    assert len(heights) <= 1, heights
    return len(small)


def expected_runs(url: str) -> int:
    import qrcode

    qr = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(url)
    qr.make(fit=True)
    runs = 0
    for row in qr.get_matrix():
        runs += sum(1 for i, dark in enumerate(row) if dark and (i == 0 or not row[i - 1]))
    return runs


def images(pdf: bytes) -> int:
    return sum(len(p.images) for p in PdfReader(io.BytesIO(pdf)).pages)


def every_byte(pdf: bytes) -> bytes:
    """The file, its decompressed page streams and its metadata: where an address could hide."""
    r = PdfReader(io.BytesIO(pdf))
    parts = [pdf] + [p.get_contents().get_data() for p in r.pages]
    parts += [str(v).encode() for v in (r.metadata or {}).values()]
    return b"\n".join(parts)


@pytest.fixture
def drafts(app, admin):
    app.put_setting("server_url", SERVER)
    return make_samples(app, admin, roster_size=25, reviewed=False)


def test_a_draft_prints_with_the_watermark_on_every_page_and_no_qr(app, admin, drafts):
    pdf = render_notice(app, drafts["roster"])
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 2
    assert all(DRAFT in p.extract_text() for p in pages)
    assert marks(pdf) == [DRAFT] * len(pages)
    assert qr_runs(pdf) == 0 and images(pdf) == 0
    text = upright_text(pdf)
    assert "核验码" in text and "扫码核验" not in text
    assert "关于2026年3月新增城乡居民最低生活保障对象的公示" in text  # the words are all there, under the mark
    app.records.transition(drafts["roster"], "pending_review", admin)  # submitted, not yet reviewed
    assert marks(render_notice(app, drafts["roster"]))[0] == DRAFT


def test_every_kind_is_a_draft_until_reviewed_then_has_its_qr_and_no_mark(app, admin, drafts):
    for name in ("commitment", "affairs", "finance", "objection"):
        rid = drafts[name]
        before = render_notice(app, rid)
        assert set(marks(before)) == {DRAFT} and qr_runs(before) == 0, name
        review(app, rid, admin)
        after = render_notice(app, rid)
        view = app.records.get(rid)
        assert set(marks(after)) == {""}, name
        assert DRAFT not in "".join(p.extract_text() for p in PdfReader(io.BytesIO(after)).pages)
        assert qr_runs(after) == expected_runs(verify_url(SERVER, verify_code(view.version_id, view.content_hash)))
        assert "扫码核验本公示" in upright_text(after)
    # A reprint follows the status of its version: the first version is the proof the reviewer saw.
    assert set(marks(render_notice(app, drafts["affairs"], version=1))) == {DRAFT}


def test_withdrawn_and_cancelled_records_print_only_as_marked_copies_whatever_the_version(app, admin, drafts):
    rid = drafts["affairs"]
    review(app, rid, admin)
    approved = app.records.get(rid).version
    app.records.transition(rid, "withdrawn", admin)
    for version in (None, approved, 1):
        pdf = render_notice(app, rid, version=version)
        assert set(marks(pdf)) == {"已撤回 不得张贴"} and qr_runs(pdf) == 0
    with pytest.raises(NotPrintable, match="only reviewed notices go on a board sheet"):
        render_board(app, [rid])
    with pytest.raises(NotPrintable, match=rf"record {drafts['finance']} is draft"):
        render_board(app, [drafts["finance"]])  # nor drafts
    cid = drafts["commitment"]
    review(app, cid, admin)
    app.records.transition(cid, "cancelled", admin)
    pdf = render_notice(app, cid)
    assert set(marks(pdf)) == {"已撤销 不得张贴"} and qr_runs(pdf) == 0


def test_an_objection_not_accepted_and_a_deleted_record_are_refused(app, admin, drafts):
    oid = app.records.create("objection", {
        "unit_id": drafts["unit"], "objection_type": "notice", "channel": "phone", "content": "名单有误。",
        "received_date": "2026-03-07"}, admin)
    app.records.transition(oid, "not_accepted", admin)
    with pytest.raises(NotPrintable, match="not accepted"):
        render_notice(app, oid)
    with pytest.raises(NotPrintable, match="not accepted"):
        render_notice(app, oid, version=1)  # nor its registration, once not accepted
    app.records.transition(oid, "closed", admin)  # closed without an investigation: still no outcome to post
    with pytest.raises(NotPrintable, match="not accepted"):
        render_notice(app, oid)
    app.records.delete(drafts["affairs"], admin)
    with pytest.raises(NotPrintable, match="deleted"):
        render_notice(app, drafts["affairs"], version=1)


def test_the_placeholder_domain_is_gone_from_the_code():
    from pathlib import Path

    import zwcx_desktop.notices as notices

    for path in Path(notices.__file__).parent.glob("*.py"):
        assert "example.gov.cn" not in path.read_text(encoding="utf-8"), path.name


def test_zwcx_notice_says_once_that_it_printed_a_draft_and_why_there_is_no_qr(app, admin, data_dir, tmp_path, capsys):
    ids = make_samples(app, admin, reviewed=False)
    assert main(["--data-dir", str(data_dir), "notice", ids["affairs"], "-o", str(tmp_path / "d.pdf")]) == 0
    said = capsys.readouterr().err
    assert said.count("draft") == 1 and "草稿" in said and "no QR code" in said
    review(app, ids["affairs"], admin)
    assert main(["--data-dir", str(data_dir), "notice", ids["affairs"], "-o", str(tmp_path / "a.pdf")]) == 0
    said = capsys.readouterr().err
    assert "draft" not in said and said.count("no municipal server is configured") == 1
    # Reviewed, but no server to verify it: the code without a QR code, and no made-up address anywhere.
    pdf = (tmp_path / "a.pdf").read_bytes()
    view = app.records.get(ids["affairs"])
    assert set(marks(pdf)) == {""} and qr_runs(pdf) == 0 and images(pdf) == 0
    assert "核验码" in upright_text(pdf) and "扫码核验" not in upright_text(pdf)
    assert verify_code(view.version_id, view.content_hash)[:4] in upright_text(pdf)
    assert b"example" not in every_byte(pdf) and b"http" not in every_byte(pdf)
    app.put_setting("sync_server_url", "https://zwcx.hrb.test")  # once enrolled, that server verifies
    pdf = render_notice(app, ids["affairs"])
    assert qr_runs(pdf) == expected_runs(f"https://zwcx.hrb.test/v/{verify_code(view.version_id, view.content_hash)}")
    app.put_setting("sync_server_url", "")
    app.put_setting("server_url", SERVER)
    assert main(["--data-dir", str(data_dir), "notice", ids["affairs"], "-o", str(tmp_path / "b.pdf")]) == 0
    said = capsys.readouterr().err
    assert "note:" not in said and "QR" not in said
    app.records.transition(ids["affairs"], "withdrawn", admin)
    assert main(["--data-dir", str(data_dir), "notice", ids["affairs"], "-o", str(tmp_path / "w.pdf")]) == 0
    assert "withdrawn" in capsys.readouterr().err
    app.records.delete(ids["finance"], admin)
    assert main(["--data-dir", str(data_dir), "notice", ids["finance"], "--version", "1", "-o",
                 str(tmp_path / "x.pdf")]) == 1
    assert "deleted" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()
