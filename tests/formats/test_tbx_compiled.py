"""The compiled TBX walk reads what the Python walk reads, the same way, or leaves the file to it.

Both walks read every file here; their term bases (concepts, header, reports of invalid
values, warnings) or their errors must be identical. Files the compiled walk reads itself are
checked to be read by it, so these tests cannot pass by its always stepping aside.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT, SHARED
from strategies import termbases
from toolkit.errors import InputError
from toolkit.formats import tbx
from toolkit.formats.tbx2 import tbx2_bytes
from toolkit.model.termbase import TermBase

sys.path.insert(0, str(ROOT / "tests" / "bench"))
from iate_like import write_iate_like  # noqa: E402

compiled_only = pytest.mark.skipif(tbx._tbxwalk is None, reason="the compiled walk is not built here (no C compiler)")
examples = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def both_walks(path: Path):
    """What each walk makes of the file: (concepts, title, description, invalid, warnings),
    or the error it stops with."""
    results = []
    for compiled in (True, False):
        warnings: list[str] = []
        try:
            base = tbx.read_tbx(path, warnings, compiled=compiled)
            results.append((base.concepts, base.title, base.description, base.invalid, warnings))
        except InputError as error:
            results.append(("error", str(error)))
    return results


def read_by_compiled_walk(path: Path) -> bool:
    namespace, _ = tbx._root_namespace(path)
    return tbx.read_compiled(path, namespace, TermBase())


def test_the_quick_start_builds_the_compiled_walk_where_a_compiler_is():
    if not (shutil.which("cc") or shutil.which("gcc")):
        pytest.skip("no C compiler on this machine: termkit reads TBX with its Python walk")
    assert tbx._tbxwalk is not None, "a C compiler is here but toolkit/formats/_tbxwalk was not built"


@compiled_only
@pytest.mark.parametrize("name", sorted(path.name for path in (ROOT / "glossary").glob("*.tbx")))
def test_the_shipped_glossary_is_read_by_the_compiled_walk_as_by_the_python_one(name):
    path = ROOT / "glossary" / name
    assert read_by_compiled_walk(path)
    compiled, python = both_walks(path)
    assert compiled == python
    assert compiled[0], "the glossary has concepts"


@compiled_only
@examples
@given(base=termbases(), version=st.sampled_from(["v3", "v2"]))
def test_what_termkit_writes_is_read_by_the_compiled_walk_as_by_the_python_one(tmp_path, base, version):
    path = tmp_path / "base.tbx"
    path.write_bytes(tbx.tbx_bytes(base) if version == "v3" else tbx2_bytes(base))
    assert read_by_compiled_walk(path)
    compiled, python = both_walks(path)
    assert compiled == python
    assert compiled[0] == base.sorted()


@compiled_only
def test_an_iate_like_export_is_read_by_the_compiled_walk_as_by_the_python_one(tmp_path):
    path = write_iate_like(tmp_path / "iate.tbx", 0.3)
    assert read_by_compiled_walk(path)
    compiled, python = both_walks(path)
    assert compiled == python
    assert len(compiled[0]) > 50


# ------------------------------------------------------------------ random documents

V3_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dct" xml:lang="en" '
           'xmlns="urn:iso:std:iso:30042:ed-2" xmlns:min="http://www.tbxinfo.net/ns/min" '
           'xmlns:basic="http://www.tbxinfo.net/ns/basic">\n')
V2_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en">\n'

# Free texts with the white space readers fold; picklist values, valid and not.
TEXTS = ["Foreign Ministry", "  spaced   out ", "tab\there\nline", "외교부\u3000장관", "a\xa0b", "", "review: candidate",
         "review: approved", "&amp; &#x20; ok", "Ministerio de Relaciones Exteriores"]
PICKLIST_VALUES = {"termType": ["fullForm", "acronym", "synonym", "shortcut"], "partOfSpeech": ["noun", "other"],
                   "administrativeStatus": ["preferredTerm-admn-sts", "deprecatedTerm-admn-sts"],
                   "usageStatus": ["admitted"], "grammaticalGender": ["feminine", "neuter"]}
CATEGORIES = ["subjectField", "definition", "source", "note", "geographicalUsage", "context", "crossReference",
              "externalCrossReference", "customCategory", *PICKLIST_VALUES]
# What makes a document not plain: markup in a value, a comment, an unknown element, a value
# the model refuses, a type missing, a transaction of an unknown type.
STRAYS = ["<note>see <hi>this</hi></note>", "<!-- a comment -->", "<unknownThing/>", "<descrip>untyped</descrip>",
          "<termNote type='termType'>bogus</termNote>", "<transacGrp><transac type='other'>x</transac></transacGrp>",
          "<basic:definition>at any level</basic:definition>", "<termNote type='note'>a term note</termNote>"]


@st.composite
def leaves(draw, v3: bool, term_level: bool, plain: bool) -> str:
    """A data category as a DCT module element (v3), a typed core element or a note; in a
    document that is not plain, sometimes a stray."""
    if not plain and draw(st.integers(0, 5)) == 0:
        return draw(st.sampled_from(STRAYS))
    category = draw(st.sampled_from(CATEGORIES))
    text = draw(st.sampled_from(PICKLIST_VALUES.get(category, TEXTS)))
    target = draw(st.sampled_from(["", ' target="c-1"', ' target=""']))
    core = "termNote" if term_level and category in PICKLIST_VALUES else draw(st.sampled_from(["descrip", "admin", "xref", "ref"]))
    forms = [f'<{core} type="{category}"{target}>{text}</{core}>', f"<note>{text}</note>",
             '<transacGrp><transac type="transactionType">origination</transac><date>2024-01-01</date>'
             '<transacNote type="responsibility" target="p1">A. Person</transacNote></transacGrp>']
    if v3:
        module = draw(st.sampled_from(["min", "basic"]))
        forms += [f"<{module}:{category}{target}>{text}</{module}:{category}>"] * 2
    return draw(st.sampled_from(forms))


@st.composite
def items(draw, v3: bool, term_level: bool, plain: bool) -> str:
    """Leaves and groups of them (a context with its source at term level)."""
    parts = draw(st.lists(leaves(v3, term_level, plain), max_size=3))
    if draw(st.booleans()):
        kind = draw(st.sampled_from(["descripGrp", "adminGrp"] + (["termNoteGrp"] if term_level else [])))
        inner = draw(st.lists(leaves(v3, term_level, plain), min_size=1, max_size=2))
        if plain:  # a group of transactions inside a group is not plain
            inner = [leaf for leaf in inner if not leaf.startswith("<transacGrp")]
        if kind == "descripGrp":
            inner = [f'<descrip type="context">{draw(st.sampled_from(TEXTS))}</descrip>'] + [
                leaf for leaf in inner if not leaf.startswith("<descrip")]
        parts.append(f"<{kind}>" + "".join(inner) + f"</{kind}>")
    return "".join(draw(st.permutations(parts)))


@st.composite
def term_sections(draw, v3: bool, plain: bool) -> str:
    name = "termSec" if v3 else ("tig" if plain else draw(st.sampled_from(["tig", "tig", "ntig", "termSec"])))
    term = f"<term>{draw(st.sampled_from([text for text in TEXTS if text.strip()]))}</term>"
    rest = draw(items(v3, True, plain))
    if plain:
        return f"<{name}>{term}{rest}</{name}>"
    return f"<{name}>" + "".join(draw(st.permutations([term, rest, draw(st.sampled_from(["", "<term/>", term]))]))) + f"</{name}>"


@st.composite
def documents(draw) -> str:
    """TBX v3 or v2 documents, half of them plain (the compiled walk reads those itself)."""
    v3, plain = draw(st.booleans()), draw(st.booleans())
    entry, section = ("conceptEntry", "langSec") if v3 else ("termEntry", "langSet")
    entries = []
    for index in range(draw(st.integers(0, 3))):
        entry_id = f"c-{index}" if plain else draw(st.sampled_from([f"c-{index}", "c-0", "1", "", "a b"]))
        lang = draw(st.sampled_from(['xml:lang="en"', 'xml:lang="ko"', 'lang="es"'] + ([] if plain else ['xml:lang=""', ""])))
        languages = "".join(f"<{section} {lang}>" + draw(items(v3, False, plain))
                            + "".join(draw(st.lists(term_sections(v3, plain), min_size=1, max_size=2)))
                            + f"</{section}>" for _ in range(draw(st.integers(0, 2))))
        body = draw(st.permutations([draw(items(v3, False, plain)), languages]))
        id_attribute = f' id="{entry_id}"' if entry_id else ""
        entries.append(f"<{entry}{id_attribute}>" + "".join(body) + f"</{entry}>")
    header = draw(st.sampled_from([
        "<fileDesc><titleStmt><title>Title</title></titleStmt><sourceDesc><p>About</p></sourceDesc></fileDesc>",
        "<fileDesc><sourceDesc><p>  About \n it </p></sourceDesc></fileDesc>", ""]
        + ([] if plain else ["<fileDesc>stray text</fileDesc>", "<fileDesc><!-- c --></fileDesc>"])))
    header_name = "tbxHeader" if v3 else "martifHeader"
    back = draw(st.sampled_from(["", "<back><refObjectSec type='respPerson'><refObject id='p1'/></refObjectSec></back>"]))
    closing = "</tbx>" if v3 else "</martif>"
    return (V3_HEAD if v3 else V2_HEAD) + f"<{header_name}>{header}</{header_name}>\n<!-- entries -->\n<text><body>\n" \
        + "\n".join(entries) + f"\n</body>{back}</text>\n{closing}\n"


@compiled_only
@examples
@given(document=documents())
def test_both_walks_agree_on_random_documents_valid_or_not(tmp_path, document):
    path = tmp_path / "random.tbx"
    path.write_text(document, encoding="utf-8")
    compiled, python = both_walks(path)
    assert compiled == python


# ------------------------------------------------------------------ what the compiled walk leaves

PLAIN_ENTRY = ('<conceptEntry id="c-1"><langSec xml:lang="en"><termSec><term>Foreign Ministry</term>'
               "{term_items}</termSec></langSec>{entry_items}</conceptEntry>")
NOT_PLAIN = {
    "a value to report": ("<basic:termType>bogus</basic:termType>", ""),
    "a definition at term level": ("<basic:definition>A body.</basic:definition>", ""),
    "a comment inside an entry": ("<!-- checked -->", ""),
    "an unknown element": ("<basic:termType>fullForm</basic:termType><bogus/>", ""),
    "markup inside a term's note": ("<note>see <hi>this</hi></note>", ""),
    "two descrips in one group": ("<descripGrp><descrip type='context'>a</descrip><descrip type='context'>b</descrip>"
                                  "</descripGrp>", ""),
    "a transaction of an unknown type": ("", "<transacGrp><transac type='other'>x</transac></transacGrp>"),
}


def plain_document(term_items: str = "", entry_items: str = "") -> str:
    return (V3_HEAD + "<tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader><text><body>"
            + PLAIN_ENTRY.format(term_items=term_items, entry_items=entry_items) + "</body></text></tbx>\n")


@compiled_only
def test_a_plain_document_is_read_by_the_compiled_walk(tmp_path):
    path = tmp_path / "plain.tbx"
    path.write_text(plain_document("<basic:termType>fullForm</basic:termType>"), encoding="utf-8")
    assert read_by_compiled_walk(path)
    assert tbx.read_tbx(path).concepts[0].terms["en"][0].term_type == "fullForm"


@compiled_only
@pytest.mark.parametrize("case", sorted(NOT_PLAIN))
def test_the_compiled_walk_leaves_what_needs_a_report_or_a_line_to_the_python_walk(tmp_path, case):
    path = tmp_path / "not-plain.tbx"
    path.write_text(plain_document(*NOT_PLAIN[case]), encoding="utf-8")
    assert not read_by_compiled_walk(path)
    compiled, python = both_walks(path)
    assert compiled == python


@compiled_only
def test_a_doctype_and_an_empty_term_are_left_to_the_python_walk(tmp_path):
    doctype = tmp_path / "doctype.tbx"
    doctype.write_text(plain_document().replace("<tbx ", '<!DOCTYPE tbx SYSTEM "tbx.dtd">\n<tbx ', 1), encoding="utf-8")
    empty = tmp_path / "empty.tbx"
    empty.write_text(plain_document().replace("<term>Foreign Ministry</term>", "<term/>"), encoding="utf-8")
    for path in (doctype, empty):
        assert not read_by_compiled_walk(path)
    warnings: list[str] = []
    tbx.read_tbx(empty, warnings)
    assert warnings and "empty <term>" in warnings[0]


def shared_tbx_files() -> list[Path]:
    return sorted(SHARED.rglob("*.tbx")) if SHARED.is_dir() else []


@compiled_only
@pytest.mark.shared
def test_every_tbx_file_in_shared_is_read_alike_by_both_walks():
    files = shared_tbx_files()
    if not files:
        pytest.skip("../shared is not present")
    read_compiled = 0
    for path in files:
        compiled, python = both_walks(path)
        assert compiled == python, path
        read_compiled += compiled[0] != "error" and read_by_compiled_walk(path)
    assert read_compiled >= 8, "the valid TBX-Basic samples are plain files"
