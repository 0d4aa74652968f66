"""`tests/eval/eval_names.py`'s pipeline table: names found through ingest are scored on the lines
the gold counts as body, as `tests/eval/eval_clean.py` scores the lines themselves."""

from __future__ import annotations

from conftest import ROOT, load_module

PAGE = ("Ministers Meet in Lima\n"
        "The Foreign Minister of Peru, Ana Soto, received her counterpart in Lima on Monday for talks.\n"
        "The Foreign Minister of Peru, Ana Soto, received her counterpart in Lima on Monday for talks.\n"
        "Both sides agreed to meet again next year in Seoul to review the plan.")


def test_names_on_the_copy_of_a_paragraph_the_gold_did_not_choose_count_on_the_gold_s_copy(tmp_path, monkeypatch):
    # the lead is printed twice in a row; the cleaner keeps the copy nearer the text (line 3), the
    # annotator chose line 2: the same text, so the same names, either way
    eval_names = load_module(ROOT / "tests" / "eval" / "eval_names.py")
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "page.txt").write_text(PAGE, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "clean-en.tsv").write_text("file\ttitle_line\tbody_lines\tdate\tdepartment\nen/page.txt\t1\t1,2,4\t-\t-\n",
                                       encoding="utf-8")
    (gold / "names-en.tsv").write_text("file\tline\tstart\tend\tkind\ttext\n"
                                       "en/page.txt\t2\t4\t20\ttitle\tForeign Minister\n"
                                       "en/page.txt\t2\t24\t28\tcountry\tPeru\n"
                                       "en/page.txt\t2\t30\t38\tperson\tAna Soto\n", encoding="utf-8")
    monkeypatch.setattr(eval_names, "GOLD", gold)
    predicted, _ = eval_names.from_pipeline(tmp_path, "en")
    assert {item[1] for item in predicted} == {2}
    result = eval_names.score(*eval_names.gold_names("en"), *eval_names.from_pipeline(tmp_path, "en"))
    assert result.exact["all"].precision == 1.0 and result.exact["all"].recall == 1.0
