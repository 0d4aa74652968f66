"""`tests/eval/eval_names.py --by-rule`: each rule's right and wrong mentions on the gold body,
the table that picks which rules to read when precision is the problem."""

from __future__ import annotations

from conftest import ROOT, load_module


def test_each_rule_s_right_and_wrong_mentions_are_counted_against_the_gold(tmp_path, monkeypatch):
    eval_names = load_module(ROOT / "tests" / "eval" / "eval_names.py")
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "page.txt").write_text("Foreign Minister Ana Soto met the PQR team.\n", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "clean-en.tsv").write_text("file\ttitle_line\tbody_lines\tdate\tdepartment\nen/page.txt\t-\t1\t-\t-\n",
                                       encoding="utf-8")
    (gold / "names-en.tsv").write_text("file\tline\tstart\tend\tkind\ttext\n"
                                       "en/page.txt\t1\t0\t16\ttitle\tForeign Minister\n"
                                       "en/page.txt\t1\t17\t25\tperson\tAna Soto\n", encoding="utf-8")
    monkeypatch.setattr(eval_names, "GOLD", gold)
    rows = {rule: (right, wrong) for rule, right, wrong in eval_names.by_rule(tmp_path, "en")}
    assert rows["title-before-name"] == (1, 0) and rows["name-after-title"] == (1, 0)
    assert rows["acronym-shape"] == (0, 1)
    assert list(rows)[0] == "acronym-shape"  # the rule with the most wrong mentions leads
