"""Roster import: a note holding a full personal number refuses the file (all or nothing), naming row and column."""

from __future__ import annotations

from tests.io.conftest import service_docs
from tests.io.rosters import roster_rows, write_xlsx


def test_a_phone_typed_into_a_note_is_refused_at_import(zwcx, tmp_path, data_dir):
    rows = roster_rows(3)
    rows[1][7] = "本人电话 138\u00a01234\u00a05678"
    f = write_xlsx(tmp_path / "r.xlsx", rows)
    code, out, err = zwcx("import", "services", f, "--area", "养老", "--policy", "高龄津贴")
    assert code == 1
    assert "row 4, column H (备注): contains a full mobile number" in err, err
    assert "5678" not in err and service_docs(data_dir) == []
