"""`tests/eval/eval_names.py` on a page set written here: `--by-rule`, each rule's right and wrong
mentions on the gold body (the table that picks which rules to read when precision is the
problem), and the pipeline table, which scores names found through ingest on the lines the gold
counts as body, as `tests/eval/eval_clean.py` scores the lines themselves."""

from __future__ import annotations

from conftest import ROOT, SHARED, load_module, shared_path

PAGE = ("Ministers Meet in Lima\n"
        "The Foreign Minister of Peru, Ana Soto, received her counterpart in Lima on Monday for talks.\n"
        "The Foreign Minister of Peru, Ana Soto, received her counterpart in Lima on Monday for talks.\n"
        "Both sides agreed to meet again next year in Seoul to review the plan.")


def english_page(tmp_path, monkeypatch, text: str, title_line: str, body_lines: str, names: list[str]):
    """eval_names reading one English page (en/page.txt under `tmp_path`) and its gold: the clean
    row's title line and body lines, and names rows "line\\tstart\\tend\\tkind\\ttext"."""
    eval_names = load_module(ROOT / "tests" / "eval" / "eval_names.py")
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "page.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "clean-en.tsv").write_text("file\ttitle_line\tbody_lines\tdate\tdepartment\n"
                                       f"en/page.txt\t{title_line}\t{body_lines}\t-\t-\n", encoding="utf-8")
    (gold / "names-en.tsv").write_text("file\tline\tstart\tend\tkind\ttext\n"
                                       + "".join(f"en/page.txt\t{row}\n" for row in names), encoding="utf-8")
    monkeypatch.setattr(eval_names, "GOLD", gold)
    return eval_names


def test_each_rule_s_right_and_wrong_mentions_are_counted_against_the_gold(tmp_path, monkeypatch):
    eval_names = english_page(tmp_path, monkeypatch, "Foreign Minister Ana Soto met the PQR team.\n", "-", "1",
                              ["1\t0\t16\ttitle\tForeign Minister", "1\t17\t25\tperson\tAna Soto"])
    rows = {rule: (right, wrong) for rule, right, wrong in eval_names.by_rule(tmp_path, "en")}
    assert rows["title-before-name"] == (1, 0) and rows["name-after-title"] == (1, 0)
    assert rows["acronym-shape"] == (0, 1)
    assert list(rows)[0] == "acronym-shape"  # the rule with the most wrong mentions leads


def test_names_on_the_copy_of_a_paragraph_the_gold_did_not_choose_count_on_the_gold_s_copy(tmp_path, monkeypatch):
    # the lead is printed twice in a row; the cleaner keeps the copy nearer the text (line 3), the
    # annotator chose line 2: the same text, so the same names, either way
    eval_names = english_page(tmp_path, monkeypatch, PAGE, "1", "1,2,4", [
        "2\t4\t20\ttitle\tForeign Minister", "2\t24\t28\tcountry\tPeru", "2\t30\t38\tperson\tAna Soto"])
    predicted, texts = eval_names.from_pipeline(tmp_path, "en")
    assert {item[1] for item in predicted} == {2}
    result = eval_names.score(*eval_names.gold_names("en"), predicted, texts)
    assert result.exact["all"].precision == 1.0 and result.exact["all"].recall == 1.0


def test_the_gold_checker_finds_a_span_that_misreads_a_blank_body_line_and_a_title_outside_the_body(tmp_path):
    verify_gold = load_module(ROOT / "tests" / "eval" / "verify_gold.py")
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "page.txt").write_text(PAGE + "\n\nMenu", encoding="utf-8")
    (tmp_path / "INDEX.tsv").write_text("file\turl\tlanguage\tpublisher\tlayout\nen/page.txt\t-\ten\t-\t-\n", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "clean-en.tsv").write_text("file\ttitle_line\tbody_lines\tdate\tdepartment\nen/page.txt\t6\t1-5\t-\t-\n",
                                       encoding="utf-8")
    (gold / "names-en.tsv").write_text("file\tline\tstart\tend\tkind\ttext\n"
                                       "en/page.txt\t2\t30\t38\tperson\tAna Soto\n"  # right
                                       "en/page.txt\t2\t4\t19\ttitle\tForeign Minister\n"
                                       "en/page.txt\t4\t45\t50\tplace\tSeoul\n", encoding="utf-8")
    expected = ["en/page.txt:5: body line is blank", "en/page.txt:6: title line is not a body line",
                "en/page.txt:2: [4:19] reads 'Foreign Ministe', not 'Foreign Minister'", "en/page.txt:4: unknown kind 'place'"]
    assert verify_gold.problems(tmp_path, gold, "en") == expected
    (tmp_path / "INDEX.tsv").rename(tmp_path / "INDEX-en.tsv")  # one language's index, as its writer leaves it
    assert verify_gold.problems(tmp_path, gold, "en") == expected


def test_the_stored_real_set_gold_passes_its_checker():
    shared_path("data", "real-releases", "INDEX.tsv")
    verify_gold = load_module(ROOT / "tests" / "eval" / "verify_gold.py")
    for language in ("en", "ko", "es"):
        assert verify_gold.problems(SHARED / "data" / "real-releases", ROOT / "tests" / "eval" / "gold" / "real-releases",
                                    language) == []
