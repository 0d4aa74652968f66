"""Extract official names (organizations, acronyms, ministries, titles, people, countries,
meetings, documents) from releases in English, Korean and Spanish.

    from toolkit.extract import extract_document, extract_text
    for mention in extract_text("Vice Minister of Foreign Affairs Choi Jong Kun", "en"):
        print(mention.kind, mention.text, mention.evidence)
"""

from toolkit.extract.extractor import extract_document, extract_paths, extract_text
from toolkit.model.mention import KINDS, Mention

__all__ = ["KINDS", "Mention", "extract_document", "extract_paths", "extract_text"]
