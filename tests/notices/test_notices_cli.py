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
