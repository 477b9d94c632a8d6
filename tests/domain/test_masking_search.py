"""Which typed search text is worth a fingerprint lookup (masking.could_be_id_number)."""

from __future__ import annotations

import pytest

from zwcx_core.domain.masking import could_be_id_number


@pytest.mark.parametrize("text", ["11010519491231002X", "110105 1949 1231 002x", "１１０１０５１９４９１２３１００２Ｘ",
                                  "810000199001011234", "ABC123456789012"])
def test_an_id_number_as_typed_is_looked_up(text):
    assert could_be_id_number(text)


@pytest.mark.parametrize("text", ["张三", "王", "低保", "1234", "养老补贴2026", "zhang san feng long name x"])
def test_names_and_words_never_read_the_key(text):
    assert not could_be_id_number(text)
