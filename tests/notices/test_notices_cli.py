"""`zwcx notice` and `zwcx board` on the command line."""

from __future__ import annotations

import io

from pypdf import PdfReader

from zwcx_desktop.cli.main import main
from zwcx_desktop.notices import prints_of


def test_notice_and_board_commands(app, samples, data_dir, tmp_path, capsys):
    out = tmp_path / "out" / "affairs.pdf"
    assert main(["--data-dir", str(data_dir), "notice", samples["affairs"], "-o", str(out)]) == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert "公示期" in "".join(p.extract_text() for p in reader.pages)
    assert [log.output for log in prints_of(app, samples["affairs"])] == [str(out)]
    board = tmp_path / "board.pdf"
    assert main(["--data-dir", str(data_dir), "board", samples["affairs"], samples["roster"], "--paper", "A4",
                 "-o", str(board)]) == 0
    assert board.read_bytes().startswith(b"%PDF")
    assert len(prints_of(app, samples["roster"])) == 1
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "notice", samples["affairs"], "--version", "9", "-o",
                 str(tmp_path / "x.pdf")]) == 1
    assert "no version 9" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "notice", samples["affairs"], "-o", str(tmp_path / "x.txt")]) == 2
    assert not (tmp_path / "x.pdf").exists()


def test_notice_warns_when_its_period_rests_on_a_guessed_calendar(app, admin, data_dir, tmp_path, capsys):
    import datetime as dt

    from tests.domain.test_calendar import SCHEDULE_2027
    from zwcx_core.domain import calendar
    from zwcx_desktop.store import reference

    app.records.today = lambda: dt.date(2027, 1, 25)  # the notice is formed in January 2027, whenever this runs
    rid = app.records.create("disclosure", {
        "unit_id": app.home_unit_id(), "kind": "affairs", "title": "春节值班安排公示", "body": "正文",
        "formed_date": "2027-01-25", "period_start": "2027-02-01", "period_days": 7, "day_count": "working"}, admin)
    assert main(["--data-dir", str(data_dir), "notice", rid, "-o", str(tmp_path / "a.pdf")]) == 0
    err = capsys.readouterr().err
    assert "warning: the publicity period (2027-02-01 to 2027-02-09) runs into a year whose holidays" in err
    with app.db.write() as s:  # as a sync stores the municipal server's reference data
        calendar.use_official_schedule(reference.save(s, {"holidays": SCHEDULE_2027}, "digest-1"))
    app.records.update(rid, {"body": "正文（按节假日安排重新计算）"}, admin)  # saved again: the period is recomputed
    assert main(["--data-dir", str(data_dir), "notice", rid, "-o", str(tmp_path / "b.pdf")]) == 0
    assert "warning" not in capsys.readouterr().err
