"""Random term bases round-trip through TBX v2, CSV and PO keeping every field each carries.

(TBX v3, which carries the whole model, is in test_reliability.py.)
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from strategies import termbases
from toolkit.formats import csvfile, po
from toolkit.formats.tbx import read_tbx
from toolkit.formats.tbx2 import tbx2_bytes

examples = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def carried(termbase, languages=None, fields=("text", "term_type", "status", "gender", "review")):
    """Per concept: its fields and, per language, its terms' fields (order-free)."""
    result = {}
    for concept in termbase.concepts:
        terms = {
            lang: sorted(tuple(getattr(term, name) or "" for name in fields) for term in items)
            for lang, items in concept.terms.items()
            if items and (languages is None or lang in languages)
        }
        result[concept.id] = (concept.subject, concept.definition, tuple(concept.notes), terms)
    return result


@examples
@given(termbase=termbases())
def test_tbx_v2_carries_the_whole_model(tmp_path, termbase):
    path = tmp_path / "v2.tbx"
    path.write_bytes(tbx2_bytes(termbase))
    assert read_tbx(path).concepts == termbase.sorted()


@examples
@given(termbase=termbases())
def test_csv_carries_terms_types_statuses_genders_and_review(tmp_path, termbase):
    path = tmp_path / "base.csv"
    path.write_bytes(csvfile.csv_bytes(termbase))
    again = csvfile.read_csv(path)
    assert carried(again) == carried(termbase)
    assert {c.id: c.sources for c in again.concepts} == {c.id: c.sources for c in termbase.concepts}


@examples
@given(termbase=termbases())
def test_po_carries_both_languages_of_each_usable_entry(tmp_path, termbase):
    path = tmp_path / "ko.po"
    path.write_bytes(po.po_bytes(termbase, "en", "ko"))
    usable = [c for c in termbase.concepts if c.terms.get("en") and po.headword(c, "en") is not None]
    expected = carried(termbase.__class__(concepts=usable), ("en", "ko"), ("text", "term_type", "status", "review"))
    assert carried(po.read_po(path), ("en", "ko"), ("text", "term_type", "status", "review")) == expected
