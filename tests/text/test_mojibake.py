"""Korean shown in another encoding is read back with the codecs (toolkit.text.mojibake)."""

from __future__ import annotations

import pytest

from toolkit.text.mojibake import garbled_korean


def shown(hangul: str, written_in: str, shown_as: str) -> str:
    """`hangul` written in one encoding and shown in another, as a browser shows it."""
    return "".join(bytes([byte]).decode(shown_as, errors="ignore") or chr(byte) for byte in hangul.encode(written_in)) \
        if shown_as != "cp949" else hangul.encode(written_in).decode(shown_as, errors="replace")


MISREAD = [(hangul, "utf-8", "cp1252") for hangul in ("외교부", "대한민국", "중미통합체제")] + \
    [(hangul, "cp949", "latin-1") for hangul in ("외교부", "대한민국", "중미통합체제")] + \
    [("콜롬비아", "utf-8", "cp949")]  # (CP949 loses most syllables' bytes: only some come back)


@pytest.mark.parametrize("hangul, written_in, shown_as", MISREAD)
def test_each_misreading_is_read_back_and_its_end_found(hangul, written_in, shown_as):
    text = "보도: " + shown(hangul, written_in, shown_as) + " 발표"
    runs = [run for run in garbled_korean(text) if hangul in run.readings()]
    assert runs, (text, [run.readings() for run in garbled_korean(text)])
    [run] = runs
    assert text[run.start:run.end_of(hangul)] == shown(hangul, written_in, shown_as)


def test_a_lost_byte_is_tried_as_each_byte_it_may_have_been():
    text = "ê³¼í…Œë§\ufffdë\ufffd¼"  # 과테말라 with Windows-1252's undefined bytes replaced
    [run] = [run for run in garbled_korean(text) if run.readings()]
    assert "과테말라" in run.readings() and len(run.readings()) == 25  # five bytes for each U+FFFD


def test_korean_and_western_text_written_right_show_no_run():
    assert [run.readings() for run in garbled_korean("中 외교부는 São Paulo에서 Ñandú를 만났다.")
            if run.readings()] == []
