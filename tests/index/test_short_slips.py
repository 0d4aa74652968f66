"""The two slips looked for in short names, and what they must never take for one."""

from __future__ import annotations

import pytest

from toolkit.index.short_slips import is_slip, slip_key


@pytest.mark.parametrize("written, known", [
    ("Koera", "Korea"), ("Méxcio", "México"), ("SCIA", "SICA"), ("MITKA", "MIKTA"), ("WT0", "WTO"),
    ("맥시코", "멕시코"), ("유앤", "유엔"), ("외교뷰", "외교부"), ("파마나", "파나마"),
])
def test_slips(written, known):
    assert is_slip(written, known) and slip_key(written) == slip_key(known)


@pytest.mark.parametrize("written, known", [
    ("Mail", "Mali"),      # four letters: too many real words are a swap of a short name
    ("Oknrea", "Korea"),   # another length
    ("Okrea", "Korea"),    # the first letter of a name is kept
    ("Korean", "Korea"),   # a demonym
    ("양국", "영국"),       # ㅑ/ㅕ: two different words
    ("카나다", "캐나다"),   # ㅏ/ㅐ are not a confused pair
    ("UNO", "UON"),        # a swap in a three-letter acronym
    ("Korea", "Korea"),
])
def test_not_slips(written, known):
    assert not is_slip(written, known)
