"""CSV encodings: Big5 told from GB18030 (which decodes Big5 bytes without complaint, as garbage), and a file whose
encoding is doubtful refused naming the encodings, with nothing imported."""

from __future__ import annotations

import random

import pytest

from tests.io.conftest import service_docs
from tests.io.rosters import HEADERS, TRADITIONAL_HEADERS, big5_csv_bytes, csv_bytes, roster_rows
from zwcx_desktop.io.csvtext import decode_text
from zwcx_desktop.io.reader import FileProblem

IMPORT = ("import", "services", "--area", "养老", "--policy", "高龄津贴")


def lines(err: str) -> list[str]:
    return [ln for ln in err.splitlines() if ln.strip()]


def test_a_big5_roster_is_read_as_big5_and_its_names_kept(zwcx, tmp_path, data_dir):
    f = tmp_path / "台灣名單.csv"
    f.write_bytes(big5_csv_bytes(roster_rows(4)))
    assert "陳大文".encode("big5") in f.read_bytes()
    assert f.read_bytes().decode("gb18030")  # what made it slip through before: GB18030 takes these bytes too
    code, out, err = zwcx(*IMPORT[:2], f, *IMPORT[2:])
    assert code == 0, err
    assert out.strip() == ("台灣名單.csv: imported 4 service records; the text was read as Big5 (traditional "
                           "Chinese)")
    docs = service_docs(data_dir)
    assert [d["beneficiary_name"] for d in docs] == ["陳大文", "黃志強", "張偉倫", "劉淑芬"]
    assert [d["village"] for d in docs] == ["安靜社區0", "安靜社區1", "安靜社區2", "安靜社區0"]


def test_a_file_that_reads_both_as_gb18030_and_as_big5_is_refused_naming_both(zwcx, tmp_path, data_dir):
    # Without the usual headers, a few GB2312 characters whose bytes are everyday Big5 characters as well (安保
    # is B0B2 B1A3) leave nothing to tell the two encodings apart.
    f = tmp_path / "short.csv"
    f.write_bytes("姓名\r\n安保\r\n".encode("gb18030"))
    text_gb, text_b5 = f.read_bytes().decode("gb18030"), f.read_bytes().decode("cp950")
    assert text_gb != text_b5
    code, out, err = zwcx(*IMPORT[:2], f, *IMPORT[2:])
    assert code == 2
    assert lines(err) == ["zwcx: error: short.csv: the text encoding is uncertain: it reads both as GB18030/GBK "
                          "(simplified Chinese) and as Big5 (traditional Chinese); save it from Excel or WPS as CSV "
                          "UTF-8 and import again"]
    assert service_docs(data_dir) == []


def test_japanese_and_korean_text_is_refused_naming_its_encoding(zwcx, tmp_path, data_dir):
    jp = tmp_path / "jp.csv"
    jp.write_bytes("番号,氏名,住所\r\n1,山田太郎,東京都千代田区\r\n2,佐藤花子,大阪府大阪市\r\n".encode("shift_jis"))
    code, _, err = zwcx(*IMPORT[:2], jp, *IMPORT[2:])
    assert code == 2
    assert lines(err) == ["zwcx: error: jp.csv: the text seems to be in Shift_JIS (Japanese), not in UTF-8, "
                          "GB18030/GBK or Big5; save it from Excel or WPS as CSV UTF-8 and import again"]
    kr = tmp_path / "kr.csv"
    kr.write_bytes("번호,이름,주소\r\n1,김철수,서울특별시\r\n".encode("euc_kr"))
    code, _, err = zwcx(*IMPORT[:2], kr, *IMPORT[2:])
    assert code == 2 and "seems to be in EUC-KR (Korean)" in lines(err)[0]
    assert service_docs(data_dir) == []


def test_gb18030_rosters_with_rare_name_characters_are_still_gb18030():
    """The common case must never be refused: a simplified roster with characters outside GB2312 (堃, 喆 …)."""
    rng = random.Random(5)
    everyday = [bytes([a, b]).decode("gb2312") for a in range(0xB0, 0xD8) for b in range(0xA1, 0xFF)
                if not (a == 0xD7 and b > 0xF9)]
    rare = "堃喆昇珺婳玥钰琰翀燊淏"
    for n in range(1, 40):
        rows = roster_rows(rng.randint(1, 5))
        for r in rows:
            r[1] = rng.choice(everyday) + rng.choice(rare) + rng.choice(everyday + list(rare))
        text, enc = decode_text(csv_bytes(rows, "gb18030"), "r.csv")
        assert enc == "gb18030" and text.startswith(",".join(HEADERS)), n


def test_big5_rosters_of_everyday_traditional_characters_are_big5():
    rng = random.Random(6)
    level1 = []
    for a in range(0xA4, 0xC6):
        for b in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            level1.append(bytes([a, b]).decode("cp950"))
    for n in range(1, 40):
        rows = roster_rows(rng.randint(1, 5))
        for r in rows:
            r[1] = "".join(rng.choice(level1) for _ in range(3))
            r[4] = "".join(rng.choice(level1) for _ in range(2)) + "里"
        text, enc = decode_text(csv_bytes(rows, "cp950", headers=TRADITIONAL_HEADERS), "r.csv")
        assert enc == "big5" and text.startswith(",".join(TRADITIONAL_HEADERS)), n


@pytest.mark.parametrize("data, start", [
    (b"\xef\xbb\xbf\xe5\xa7\x93\xff", "the text is marked as UTF-8 but is not valid UTF-8"),
    ("姓名\r\n".encode("gb18030") + b"\x81\x30", "the text encoding is not recognised"),
])
def test_text_that_is_broken_is_refused(data, start):
    with pytest.raises(FileProblem) as exc:
        decode_text(data, "r.csv")
    assert str(exc.value).startswith(f"r.csv: {start}")
