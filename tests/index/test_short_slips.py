"""The slips looked for in short names, and what they must never take for one."""

from __future__ import annotations

import pytest

from toolkit.index.short_slips import is_slip, lookup_keys, slip_key, stored_keys


@pytest.mark.parametrize("written, known", [
    ("Koera", "Korea"), ("Méxcio", "México"), ("SCIA", "SICA"), ("MITKA", "MIKTA"), ("WT0", "WTO"),
    ("맥시코", "멕시코"), ("유앤", "유엔"), ("외교뷰", "외교부"), ("파마나", "파나마"),
])
def test_slips(written, known):
    assert is_slip(written, known) and slip_key(written) == slip_key(known)


@pytest.mark.parametrize("written, known", [
    ("외고부", "외교부"),  # three syllables: a y-glide dropped
    ("한반두", "한반도"),  # three syllables: ㅗ/ㅜ
    ("한바도", "한반도"),  # three syllables: a final consonant left out before the last syllable
    ("Panmá", "Panamá"), ("Méxco", "México"),  # six letters: an inner one left out
    ("Pamaná", "Panamá"),  # six letters: two inner ones, one apart, swapped
    ("MlKTA", "MIKTA"), ("BClE", "BCIE"),  # a lower-case l for an I in an acronym
    ("SIICA", "SICA"), ("Chilee", "Chile"),  # a letter typed twice
    ("미크타", "믹타"), ("로보트", "로봇"),  # a final consonant transcribed as a syllable of its own
])
def test_slips_of_longer_short_names_are_found_by_their_keys(written, known):
    assert is_slip(written, known) and set(lookup_keys(written)) & set(stored_keys(known))


@pytest.mark.parametrize("written, known", [
    ("조정과", "조정관"),  # a last syllable without its final reads as a particle (조정 + 과)
    ("제고", "체코"),      # plain and aspirated initials are not look-alikes: words
    ("대국", "태국"), ("몰다", "몰타"), ("피치", "피지"), ("네발", "네팔"),
    ("Panam", "Panamá"),   # the last letter left out
    ("anamá", "Panamá"),   # the first
    ("Peru", "Perú"),      # (accents are the variant search's) and too short to lose a letter
    ("ALBA", "AIBA"),      # a capital L is a letter of its own
    ("UNN", "UN"),         # too short to type a letter twice
])
def test_what_the_longer_kinds_leave_alone(written, known):
    assert not is_slip(written, known)


@pytest.mark.parametrize("written, known", [
    ("Mail", "Mali"),      # four letters: too many real words are a swap of a short name
    ("Oknrea", "Korea"),   # another length
    ("Okrea", "Korea"),    # the first letter of a name is kept
    ("Korean", "Korea"),   # a demonym
    ("양국", "영국"),       # ㅑ/ㅕ: two different words
    ("카나다", "캐나다"),   # ㅏ/ㅐ are not a confused pair
    ("미크로", "믹타"),     # another word, however it is spelled out
    ("UNO", "UON"),        # a swap in a three-letter acronym
    ("Korea", "Korea"),
])
def test_not_slips(written, known):
    assert not is_slip(written, known)
