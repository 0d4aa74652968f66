"""Generate a large IATE-like TBX v2 file (seeded, so every run measures the same bytes).

IATE's public export is TBX v2 `martif` with many languages per entry, a subject field,
term types, reliability and usage notes; this mimics that shape at any size.
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape

LANGS = ("en", "ko", "es", "fr", "de", "it", "pt", "nl")
WORDS = {
    "en": "council regional integration bank economic system ministry foreign affairs summit cooperation fund".split(),
    "ko": "외교부 중미 통합 체제 경제 은행 협력 기금 정상회의 차관 특별 라운드테이블".split(),
    "es": "sistema integración centroamericana banco económico ministerio relaciones exteriores cumbre".split(),
    "fr": "conseil intégration régionale banque économique système ministère affaires étrangères".split(),
    "de": "rat regionale integration bank wirtschaft system ministerium auswärtige angelegenheiten".split(),
    "it": "consiglio integrazione regionale banca economica sistema ministero affari esteri".split(),
    "pt": "conselho integração regional banco económico sistema ministério negócios estrangeiros".split(),
    "nl": "raad regionale integratie bank economisch systeem ministerie buitenlandse zaken".split(),
}
SUBJECTS = ("INTERNATIONAL RELATIONS", "EUROPEAN UNION", "TRADE", "FINANCE", "LAW")
STATUSES = ("preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts")
TYPES = ("fullForm", "acronym", "shortForm", "variant")


def entry(rng: random.Random, number: int) -> str:
    parts = [f'<termEntry id="IATE-{number}">',
             f'<descrip type="subjectField">{rng.choice(SUBJECTS)}</descrip>']
    for lang in LANGS:
        words = WORDS[lang]
        parts.append(f'<langSet xml:lang="{lang}">')
        for index in range(rng.randint(1, 2)):
            term = " ".join(rng.choice(words) for _ in range(rng.randint(2, 5))) + f" {number}"
            parts.append(
                f"<tig><term>{escape(term)}</term>"
                f'<termNote type="termType">{rng.choice(TYPES)}</termNote>'
                f'<termNote type="administrativeStatus">{STATUSES[min(index, 2)]}</termNote>'
                f'<descrip type="context">{escape(term)} is used in {escape(" ".join(rng.choices(words, k=8)))}.</descrip>'
                "</tig>"
            )
        parts.append("</langSet>")
    parts.append("</termEntry>")
    return "".join(parts)


def write_iate_like(path: Path, megabytes: float, seed: int = 30042) -> Path:
    """Write a TBX v2 file of about `megabytes` MB (skipped when it already exists)."""
    if path.exists() and path.stat().st_size >= megabytes * 1e6 * 0.98:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    target = megabytes * 1e6
    written = 0
    tmp = path.with_suffix(".partial")
    with open(tmp, "w", encoding="utf-8") as out:
        head = ('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en">\n'
                "<martifHeader><fileDesc><sourceDesc><p>IATE-like benchmark data</p></sourceDesc>"
                "</fileDesc></martifHeader>\n<text><body>\n")
        out.write(head)
        number = 0
        while written < target:
            line = entry(rng, number) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            number += 1
        out.write("</body></text></martif>\n")
    tmp.replace(path)
    return path
