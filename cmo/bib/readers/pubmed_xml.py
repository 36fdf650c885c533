"""PubMed XML: what PubMed writes with "Send to: File, Format XML", and what NCBI's efetch (`db=pubmed&retmode=xml`)
returns; the same DTD covers MEDLINE's own baseline files.

The format: a `<!DOCTYPE PubmedArticleSet …>` line naming NLM's DTD, then `<PubmedArticleSet>` holding one
`<PubmedArticle>` per journal article (its `<MedlineCitation Status=… Owner=…>` and `<PubmedData>`) and one
`<PubmedBookArticle>` per book or chapter of NCBI's Bookshelf (its `<BookDocument>` and `<PubmedBookData>`). A record is
read as the MEDLINE record PubMed writes for the same article in its "PubMed" format (the same fields under their
MEDLINE tags, through the MEDLINE reader: `FAU` "Family, Given", `PG` pages expanded, `LID`/`AID` "… [doi]", `PT`
publication types), so the same search saved both ways reads the same, and each article becomes one source with one
citation. Inline markup is text, as the MEDLINE format writes it: `<i>`, `<b>`, `<u>` and MathML keep their words, a
superscript or subscript is written in brackets (`CD4<sup>+</sup>` is "CD4(+)").

The file is untrusted: it is read as EndNote XML is (`endnote_xml.parts_read`: expat in slices,
no DTD of the file's own, no entity expanded beyond XML's five), each article built into a small element tree
(`xml.etree.ElementTree.TreeBuilder`) as the parser reaches its end, and handed on in parts.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element, TreeBuilder

from cmo.bib.readers import Problem, ReadResult, within_limits
from cmo.bib.readers.endnote_xml import parts_read
from cmo.bib.readers.medline import _RawRecord, _to_record

PROVENANCE_FORMAT = "pubmed_xml"
"""How a record names the export it came from."""

_ARTICLES = frozenset({"PubmedArticle", "PubmedBookArticle"})
_BRACKETED = frozenset({"sup", "sub"})
"""Inline elements the MEDLINE format writes in brackets ("Na(+)", "CO(2)")."""
_MONTHS = dict(zip((f"{n:02d}" for n in range(1, 13)), "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()))
_MONTHS |= {str(n): name for n, name in zip(range(1, 10), _MONTHS.values())}
_ARTICLE_IDS = {"doi": "doi", "pii": "pii", "pmc": "pmc", "mid": "mid", "bookaccession": "books"}
"""`<ArticleId IdType=…>` as an `AID` line names it ("10.1056/… [doi]")."""
_NOTICES = {
    *(("CommentOn", "CON"), ("CommentIn", "CIN"), ("ErratumFor", "EFR"), ("ErratumIn", "EIN")),
    *(("RetractionOf", "ROF"), ("RetractionIn", "RIN"), ("UpdateOf", "UOF"), ("UpdateIn", "UIN")),
    *(("ExpressionOfConcernFor", "ECF"), ("ExpressionOfConcernIn", "ECI"), ("RepublishedFrom", "RPF")),
    *(("RepublishedIn", "RPI"), ("ReprintOf", "RPF"), ("ReprintIn", "RPI")),
}
_NOTICE_TAG = dict(_NOTICES)
"""`<CommentsCorrections RefType=…>` (a comment on, an erratum for, a retraction of another article) under the tag
PubMed's MEDLINE format writes it with ("CON - N Engl J Med. 2018;378(20):1865-1876. PMID: 29768149")."""


def text_of(element: Element | None) -> str:
    """An element's words with its inline markup read as text, on one line (`_BRACKETED` in brackets)."""
    if element is None:
        return ""
    parts: list[str] = []
    _gather(element, parts)
    return " ".join("".join(parts).split())


def _gather(element: Element, parts: list[str]) -> None:
    parts.append(element.text or "")
    for child in element:
        bracketed = child.tag in _BRACKETED
        parts.append("(" if bracketed else "")
        _gather(child, parts)
        parts.append(")" if bracketed else "")
        parts.append(child.tail or "")


def _date(date: Element | None) -> str:
    """A `<PubDate>` as MEDLINE's `DP` writes it: "2018 May 17", "2019 Spring", or its `<MedlineDate>` ("2019
    Nov-Dec") as written."""
    if date is None:
        return ""
    if (medline_date := text_of(date.find("MedlineDate"))) != "":
        return medline_date
    month = text_of(date.find("Month"))
    parts = (text_of(date.find("Year")), _MONTHS.get(month, month), text_of(date.find("Season")), text_of(date.find("Day")))
    return " ".join(part for part in parts if part)


def _day(date: Element | None) -> str:
    """A `<DateCompleted>`-like date as MEDLINE's `DCOM` writes it: 20061201."""
    if date is None:
        return ""
    return "".join(text_of(date.find(name)) for name in ("Year", "Month", "Day"))


def _people(authors: Element | None, full: str, short: str) -> list[tuple[str, str]]:
    """An `<AuthorList>` as MEDLINE's lines: each person's full name ("Family, Given") and short one ("Family GI"),
    a group's `<CollectiveName>` as `CN`, each affiliation as `AD`, in the list's order."""
    lines: list[tuple[str, str]] = []
    for author in authors.iter("Author") if authors is not None else ():
        family, given = text_of(author.find("LastName")), text_of(author.find("ForeName"))
        initials, suffix = text_of(author.find("Initials")), text_of(author.find("Suffix"))
        if family:
            lines.append((full, " ".join(p for p in (f"{family}, {given}" if given else family, suffix) if p)))
            lines.append((short, " ".join(p for p in (family, initials, suffix) if p)))
        elif collective := text_of(author.find("CollectiveName")):
            lines.append(("CN", collective))
        lines.extend(("AD", text_of(where)) for where in author.iter("Affiliation") if text_of(where))
    return lines


def _abstract(abstract: Element | None) -> list[tuple[str, str]]:
    """An `<Abstract>` as MEDLINE's `AB`: each labelled section opened by its label ("METHODS: …"), the sections
    joined; its `<CopyrightInformation>` as `CI`."""
    if abstract is None:
        return []
    sections = []
    for section in abstract.iter("AbstractText"):
        words, label = text_of(section), (section.get("Label") or "").strip()
        if words:
            sections.append(f"{label}: {words}" if label else words)
    lines = [("AB", " ".join(sections))] if sections else []
    copyright_line = text_of(abstract.find("CopyrightInformation"))
    return lines + ([("CI", copyright_line)] if copyright_line else [])


def _locations(element: Element) -> list[tuple[str, str]]:
    """Each `<ELocationID>` as MEDLINE's `LID` ("10.1371/… [doi]", "e0216548 [pii]")."""
    return [
        ("LID", f"{text_of(where)} [{where.get('EIdType', 'doi')}]") for where in element.findall("ELocationID") if text_of(where)
    ]


def _pages(pagination: Element | None) -> str:
    if pagination is None:
        return ""
    pages = text_of(pagination.find("MedlinePgn"))
    if pages:
        return pages
    start, end = text_of(pagination.find("StartPage")), text_of(pagination.find("EndPage"))
    return f"{start}-{end}" if start and end else start


def _article_ids(ids: Element | None) -> list[tuple[str, str]]:
    lines = []
    for found in ids.findall("ArticleId") if ids is not None else ():
        kind, value = (found.get("IdType") or "").strip().lower(), text_of(found)
        if not value or kind == "pubmed":
            continue
        if kind == "pmc":
            lines.append(("PMC", value))
        lines.append(("AID", f"{value} [{_ARTICLE_IDS.get(kind, kind)}]"))
    return lines


def _headings(citation: Element) -> list[tuple[str, str]]:
    """MeSH headings as MEDLINE's `MH` ("Asthma/*drug therapy", "*Asthma"), keywords as `OT`."""
    lines = []
    for heading in citation.iter("MeshHeading"):
        descriptor = heading.find("DescriptorName")
        name = ("*" if descriptor is not None and descriptor.get("MajorTopicYN") == "Y" else "") + text_of(descriptor)
        qualifiers = [("*" if q.get("MajorTopicYN") == "Y" else "") + text_of(q) for q in heading.findall("QualifierName")]
        if text_of(descriptor):
            lines.append(("MH", "/".join([name, *qualifiers])))
    lines.extend(("OT", text_of(keyword)) for keyword in citation.iter("Keyword") if text_of(keyword))
    return lines


def _notices(citation: Element) -> list[tuple[str, str]]:
    lines = []
    for said in citation.iter("CommentsCorrections"):
        tag = _NOTICE_TAG.get(said.get("RefType", ""))
        source, pmid = text_of(said.find("RefSource")), text_of(said.find("PMID"))
        if tag and source:
            lines.append((tag, f"{source.rstrip('.')}.{f' PMID: {pmid}' if pmid else ''}"))
    return lines


def _journal_article(article: Element) -> list[tuple[str, str]]:
    citation = article.find("MedlineCitation")
    if citation is None:
        return []
    body = citation.find("Article")
    body = body if body is not None else Element("Article")
    journal = body.find("Journal")
    journal = journal if journal is not None else Element("Journal")
    issue = journal.find("JournalIssue")
    issue = issue if issue is not None else Element("JournalIssue")
    info = citation.find("MedlineJournalInfo")
    tags = [
        ("PMID", text_of(citation.find("PMID"))),
        ("OWN", citation.get("Owner", "")),
        ("STAT", citation.get("Status", "")),
        ("DCOM", _day(citation.find("DateCompleted"))),
        ("LR", _day(citation.find("DateRevised"))),
        *(("IS", f"{text_of(issn)} ({issn.get('IssnType', '')})".replace(" ()", "")) for issn in journal.findall("ISSN")),
        (
            "IS",
            f"{text_of(info.find('ISSNLinking'))} (Linking)" if info is not None and info.find("ISSNLinking") is not None else "",
        ),
        ("VI", text_of(issue.find("Volume"))),
        ("IP", text_of(issue.find("Issue"))),
        ("DP", _date(issue.find("PubDate"))),
        ("TI", text_of(body.find("ArticleTitle"))),
        ("PG", _pages(body.find("Pagination"))),
        *_locations(body),
        *_abstract(body.find("Abstract")),
        *_people(body.find("AuthorList"), "FAU", "AU"),
        *(("LA", text_of(language)) for language in body.findall("Language")),
        *(("PT", text_of(kind)) for kind in body.iter("PublicationType")),
        ("DEP", _day(body.find("ArticleDate"))),
        ("TT", text_of(body.find("VernacularTitle"))),
        ("PL", text_of(info.find("Country")) if info is not None else ""),
        ("TA", (text_of(info.find("MedlineTA")) if info is not None else "") or text_of(journal.find("ISOAbbreviation"))),
        ("JT", text_of(journal.find("Title"))),
        ("JID", text_of(info.find("NlmUniqueID")) if info is not None else ""),
        *_notices(citation),
        *_headings(citation),
    ]
    data = article.find("PubmedData")
    if data is not None:
        tags += [*_article_ids(data.find("ArticleIdList")), ("PST", text_of(data.find("PublicationStatus")))]
    return tags


def _book_article(article: Element) -> list[tuple[str, str]]:
    document = article.find("BookDocument")
    if document is None:
        return []
    book = document.find("Book")
    book = book if book is not None else Element("Book")
    tags = [
        ("PMID", text_of(document.find("PMID"))),
        ("BTI", text_of(book.find("BookTitle"))),
        ("TI", text_of(document.find("ArticleTitle"))),
        ("DP", _date(book.find("PubDate"))),
        ("VI", text_of(book.find("Volume"))),
        ("EN", text_of(book.find("Edition"))),
        ("PB", text_of(book.find("Publisher/PublisherName"))),
        ("PL", text_of(book.find("Publisher/PublisherLocation"))),
        *(("ISBN", text_of(isbn)) for isbn in book.findall("Isbn")),
        *_locations(document),
        *_abstract(document.find("Abstract")),
    ]
    for people in (*book.findall("AuthorList"), *document.findall("AuthorList")):
        editors = people.get("Type") == "editors"
        tags += _people(people, "FED" if editors else "FAU", "ED" if editors else "AU")
    tags += [
        *(("LA", text_of(language)) for language in document.findall("Language")),
        *(("PT", text_of(kind)) for kind in document.iter("PublicationType")),
        *_headings(document),
        *_article_ids(document.find("ArticleIdList")),
    ]
    data = article.find("PubmedBookData")
    if data is not None:
        tags += [*_article_ids(data.find("ArticleIdList")), ("PST", text_of(data.find("PublicationStatus")))]
    return tags


class _Articles:
    """Builds each article's element tree as the parser reaches it, with the line its start tag is on."""

    def __init__(self, file: str, parser):
        self.file, self.parser = file, parser
        self.result = ReadResult()
        self.count = 0
        self.builder: TreeBuilder | None = None
        self.depth, self.line = 0, 0

    def start(self, name: str, attributes: dict) -> None:
        if self.builder is None:
            if name not in _ARTICLES:
                return
            self.builder, self.depth, self.line = TreeBuilder(), 0, self.parser.CurrentLineNumber
            self.count += 1
        self.depth += 1
        self.builder.start(name, attributes)

    def text(self, content: str) -> None:
        if self.builder is not None:
            self.builder.data(content)

    def end(self, name: str) -> None:
        if self.builder is None:
            return
        self.builder.end(name)
        self.depth -= 1
        if self.depth == 0:
            article, self.builder = self.builder.close(), None
            self._finish(article)

    def _finish(self, article: Element) -> None:
        tags = _journal_article(article) if article.tag == "PubmedArticle" else _book_article(article)
        raw = _RawRecord(self.line, [(tag, value) for tag, value in tags if value])
        if not raw.has_any("PMID", "TI", "BTI", "FAU", "AU", "CN"):
            said = f"PubMed XML article {self.count} (<{article.tag}>) has no PMID, title or author; it was skipped."
            self.result.problems.append(Problem(self.file, self.line, said))
            return
        record = _to_record(raw, self.count, self.file)
        provenance = record.provenance.model_copy(update={"format": PROVENANCE_FORMAT, "line": self.line})
        if provenance.key == f"medline{self.count}":
            provenance = provenance.model_copy(update={"key": f"{PROVENANCE_FORMAT}{self.count}"})
        self.result.records.append(record.model_copy(update={"provenance": provenance}))

    def taken(self) -> ReadResult:
        part, self.result = self.result, ReadResult()
        return part


def read(text: str, file: str) -> ReadResult:
    """The file whole, as an ingest reads it (`within_limits`)."""
    return ReadResult.joined(within_limits(part, file) for part in read_parts(text, file))


def read_parts(text: str, file: str, prepare=None, abbreviations=None) -> Iterator[ReadResult]:
    """The records in parts as the parser reaches them (`endnote_xml.parts_read`)."""
    return parts_read(text, file, _Articles)
