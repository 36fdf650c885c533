"""Text of a PDF, page by page, with pypdfium2 (PDFium: Apache/BSD licensed, fast and faithful on
scientific PDFs), with the words a line end hyphenated joined (`quotes.unhyphenated`). Untrusted: a damaged
file is one sentence, never a crash."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from cmo.errors import BadInput
from cmo.fulltext.quotes import unhyphenated
from cmo.normalise import normalise_doi

MAX_PDF_BYTES = 200 * 1024 * 1024
_DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+", re.I)
_PMID = re.compile(r"\bPMID:?\s*(\d{6,9})\b", re.I)


@dataclass
class PdfText:
    sha256: str
    pages: list[str]

    @property
    def pages_with_text(self) -> int:
        return sum(1 for page in self.pages if page.strip())

    def identifiers(self, first_pages: int = 2) -> tuple[set[str], set[str]]:
        """DOIs and PMIDs printed on the first pages: how a PDF names the work it is."""
        text = "\n".join(self.pages[:first_pages])
        dois = {normalise_doi(m.group(0).rstrip(".,;)]")) for m in _DOI.finditer(text)}
        return {d for d in dois if d}, set(_PMID.findall(text))


def read_pdf(path: Path) -> PdfText:
    import pypdfium2 as pdfium  # loaded only when full texts are read

    size = path.stat().st_size
    if size > MAX_PDF_BYTES:
        raise BadInput(f"{path}: {size / 1e6:.0f} MB is over the {MAX_PDF_BYTES // (1024 * 1024)} MB limit for a PDF.")
    data = path.read_bytes()
    if not data.startswith(b"%PDF"):
        raise BadInput(f"{path}: not a PDF (it does not start with %PDF).")
    try:
        document = pdfium.PdfDocument(data)
    except Exception as error:  # PDFium's own errors for damaged or encrypted files
        raise BadInput(f"{path}: cannot be read as a PDF ({error}).") from None
    try:
        pages = []
        for page in document:
            textpage = page.get_textpage()
            pages.append(unhyphenated(textpage.get_text_range()))  # kept and searched as read: "rejection"
            textpage.close()
            page.close()
    finally:
        document.close()
    return PdfText(hashlib.sha256(data).hexdigest(), pages)
