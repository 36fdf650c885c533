"""A table of records: the CSV that Scopus, Embase, PubMed, Zotero or a screening tool exports, read by its
column names.

Databases offer CSV beside RIS, and teams pass records between tools as CSV. The columns are found by the
names those exports use (the first name present wins); what no column names is kept in `extra`, as the
other readers keep tags they do not map. Read like every sheet (`cmo.sheets.tables.csv_table`: encoding,
delimiter, quoted line breaks), each row numbered by its line in the file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from urllib.parse import unquote

from cmo.bib.dedupe import PEOPLE_NAMED
from cmo.bib.readers import ORIGIN, SCREENING_COPY, Problem, ReadResult
from cmo.bib.readers.ris import compact_extra, given_first_names, split_author_value
from cmo.errors import BadInput, LookAt
from cmo.models import ORIGINS, Origin, Provenance, Record
from cmo.normalise import (
    BODY_WORDS,
    INITIAL,
    MEETING,
    NAME_PARTICLES,
    NAME_SUFFIX,
    OTHER_LANGUAGE_TITLES,
    a_person,
    clean_text,
    display_case,
    doi_in_url,
    fold,
    format_name,
    given_first_name,
    headed_by_a_body,
    host_name,
    in_capitals,
    is_grey,
    labelled_pmid,
    labelled_type,
    month_and_short_year,
    normalise_pages,
    normalise_pmid,
    parse_year,
    web_address,
    web_addresses,
    written_doi,
)
from cmo.sheets.tables import Table, columns_read, csv_table, find_columns, has_columns, header_key

_AUTHOR_WORDS = ("autor", "autores", "autor es", "autora", "auteur", "auteurs", "auteur s", "autoren", "verfasser")
_NORDIC_AUTHOR_WORDS = ("forfatter", "forfattere", "forfattare", "forfattarna")  # Forfatter(e), Författare
_BODY_WORDS = ("institucion", "instituicao", "institution", "organizacion", "organizacao", "organisme", "organisation")
COLUMNS: dict[str, tuple[str, ...]] = {
    "title": (
        *("title", "article title", "document title", "primary title", "study title", "titulo", "titre", "titel"),
        "tittel",  # Norwegian (Cristin); Swedish and Danish write 'Titel'
        *("논문명", "제목", "서명", "题名", "篇名", "标题", "題名", "タイトル", "論文名"),  # KCI, RISS; CNKI; CiNii, J-STAGE
    ),
    "translated_title": ("translated title", "외국어논문명", "영문논문명", "영문제목", "英文篇名", "英文题名", "英文タイトル"),
    "full_names": ("author full names",),
    "person_names": ("name",),  # DiVA's CSV: 'Family, Given [local id] (Affiliation)'; read only so written (`_diva_names`)
    "authors": (
        *("authors", "author", "author names", "author(s)", "creators", "author string", *_AUTHOR_WORDS),
        *_NORDIC_AUTHOR_WORDS,
        *("저자", "저자명", "作者", "著者", "著者名"),
    ),
    "display_names": ("authorships author display name", "author s"),
    "organisation": (
        *("author organisation", "author organization", "author or organisation", "author or organization"),
        *("organisation author", "organization author", "organisation or author", "organization or author"),
        *("organisation", "organization", "corporate author", "issuing body"),
        "sponsor",  # ClinicalTrials.gov's CSV of study records: the sponsor, whom a registry record is cited by
        *_BODY_WORDS,
        *(
            f"{author}{joined}{body}"
            for author in _AUTHOR_WORDS
            for joined in (" ", " o ", " ou ", " oder ")
            for body in _BODY_WORDS
        ),
    ),  # a grey literature list's author, a person or the body that issued the work ('Autor/Institución': trial BX 4)
    "year": (
        *("year", "publication year", "published year", "pub year", "py", "date", "publication date", "date published"),
        "published on",  # Overton's "Published_on" (2021-03-15)
        "first posted",  # ClinicalTrials.gov's CSV: when the study record was first posted, the date it is cited by
        "publicationdateyear",  # ERIC's own field names (its API's CSV, eric.ed.gov's download)
        *("ano", "ano de publicacion", "ano de publicacao", "annee", "annee de publication", "jahr", "erscheinungsjahr"),
        *("fecha", "fecha de publicacion", "data de publicacao", "date de publication", "datum"),
        *("arstall", "ar", "utgivelsesar", "utgivningsar", "udgivelsesar", "publiceringsar", "publiseringsar"),  # År(stall)
        *("발행연도", "발행년도", "출판연도", "출판년", "年", "年份", "出版年", "発行年", "出版年月日"),
    ),
    "container": (
        *("source title", "journal", "journal/book", "publication title", "journal title", "secondary title"),
        *("primary location source display name", "host venue display name", "publication"),  # OpenAlex, Google Scholar
        "pubtitle",  # ProQuest's 'Excel' export (StoreId, Title, Authors, pubtitle, digitalObjectIdentifier…): trial CF 2
        *("revista", "revue", "zeitschrift"),
        *("tidsskrift", "tidskrift", "tidsskrift kanal"),  # Norwegian and Danish, Swedish; Cristin's 'Tidsskrift/Kanal'
        *("학술지명", "학술지", "刊名", "文献来源", "期刊名称", "雑誌名", "誌名", "掲載誌名", "資料名"),
    ),
    "citation": ("source",),
    "reference": ("citation",),
    "doi": ("doi", "digitalobjectidentifier"),  # ProQuest's 'Excel' export names its DOI column so
    "pmid": ("pmid", "pubmed id", "medline pmid", "ids pmid"),
    "abstract": (
        *("abstract", "abstract note", "description", "brief summary", "resumen", "resumo", "resume", "zusammenfassung"),
        *("sammendrag", "sammanfattning", "sammenfatning"),
        *("초록", "국문초록", "摘要", "抄録"),
    ),
    "volume": ("volume", "biblio volume", "journal volume", "volumen", "volum", "volym", "argang", "권", "卷", "巻"),
    "issue": ("issue", "number", "biblio issue", "issue number", "numero", "heft", "hefte", "hafte", "호", "期", "号"),
    "volume_issue": ("vol issue", "volume issue", "vol no", "volume number", "volume and issue", "vol issue no"),
    "pages": ("pages", "pagination", "page info", "paginas", "seiten", "sider", "sidor", "페이지", "页码", "ページ"),
    "first_page": (
        *("page start", "first page", "start page", "biblio first page", "startpage"),  # Publish or Perish: StartPage
        *("side fra", "forste side", "startside", "sida fran"),  # Cristin's 'Side fra'; 'Første side', 'Sida från'
        *("시작페이지", "开始页", "開始ページ"),
    ),
    "last_page": (
        *("page end", "last page", "end page", "biblio last page", "endpage", "끝페이지", "结束页", "終了ページ"),
        *("side til", "siste side", "sluttside", "sida till"),  # Cristin's 'Side til'; 'Siste side', 'Sida till'
    ),
    "page_count": ("page count", "pagecount"),  # CINAHL's and Scopus's beside the first page
    "article_number": ("art. no.", "article number"),
    "type": (
        *(
            "document type",
            "documenttype",
            "item type",
            "type",
            "document identifier",
            "resource type",  # the Homeless Hub's grey list, DataCite's and Zenodo's: Report, Toolkit, Book (helper H2)
            "resourcetype",
        ),  # ProQuest: documentType  # IEEE Xplore: "IEEE Conferences", "IEEE Journals"
        *("tipo", "tipo de documento", "type de document", "typ", "dokumenttyp"),
        *("kategori", "publikasjonstype", "dokumenttype", "publikationstype"),  # Cristin's 'Kategori' of each result
    ),
    "publication_type": ("publication type", "publicationtype", "tipo de publicacion", "tipo de publicacao", "publikationstyp"),
    "url": (
        "link",
        "url",
        "study url",  # ClinicalTrials.gov's
        "source urls",
        "external url",
        "articleurl",
        "document url",
        "enlace",
        "lien",
        "ligacao",
    ),  # Lens.org's, Overton's
    "urldate": ("access date", "accessed", "date accessed", "urldate", "fecha de acceso", "data de acesso", "date d acces"),
    "open_url": ("open url link",),
    "publisher": (
        *("publisher", "organisation publisher", "organization publisher", "publisher organisation", "publisher organization"),
        *("issuing organisation", "issuing organization", "publishing organisation", "publishing organization"),
        *("editorial", "editora", "editeur", "verlag"),
        *("utgiver", "utgivare", "forlag", "udgiver"),  # Norwegian, Swedish, Danish ('Förlag', 'Forlag')
    ),  # a grey list's "Organisation / publisher" beside its authors: the body that issued each work (trial AQ 8)
    "meeting": ("conference name", "conference title"),  # Embase's and Scopus's name, Web of Science's title
    "key": ("eid", "key", "record id", "accession number", "storeid", "nct number"),  # ProQuest's StoreId; a registry's id
    "origin": ("found via", "found by", "origin", "source of origin"),  # a grey list's route to each work
}
"""The names each column of a table of records is found by, headers read folded (`header_key`: 'Título' as 'titulo'):
the exports' English names, and a team's list headed in French, Spanish, Portuguese or German, the languages a coding
sheet is read in (`coding._HEADED_IN_ANOTHER_LANGUAGE`): trial BX 4, a grey list headed 'Título', 'Autor/Institución',
'Año', 'Tipo' was refused whole and the ingest of its five search exports with it. Norwegian, Swedish and Danish names
too, as the Nordic research registries head their CSV exports (Cristin's 'Tittel', 'Forfattere', 'Årstall',
'Tidsskrift/Kanal', 'Side fra', 'Kategori'): helper K2, a Cristin export was refused whole. The names Korean, Chinese and
Japanese databases head their CSV and Excel exports with (KCI's and RISS's '논문명', '저자', '학술지명', '발행연도'; CNKI's
'题名', '作者', '文献来源', its 'Title-题名' read as a header in two languages is; CiNii's 'タイトル', '著者名'): helper H3,
a KCI export was refused as having no title column, as `fold` kept none of their letters."""
TRANSLATED_TITLE = OTHER_LANGUAGE_TITLES[-1]
"""The field a record keeps its title in another language under, as RIS's `TT` (`OTHER_LANGUAGE_TITLES`): a Korean
database's CSV gives each Korean paper's English title in a column of its own (KCI's '외국어논문명', 'foreign-language
title'), which KoreaMed's or PubMed's English record of the paper is titled by (helper H3)."""
_CITATION = re.compile(
    r"^(?P<container>.+?) \((?P<year>\d{4})\)(?: (?P<volume>[^:\s(.]+)(?::(?P<issue>[^\s(.]+))?)?(?: \((?P<pages>[^)]+)\))?"
)
"""Embase's 'Source': 'Endoscopic Ultrasound (2014) 3:3 (152-160). Date of Publication: 2014'."""
_YEAR_IN = re.compile(r"(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)")
_DATED_TAIL = re.compile(r",\s*(?P<date>[^,;]*?(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)[^,;]{0,30})$")
"""The date a citation writes after its journal's name ("…Association, Jun2006", "…Nursing, 8/22/2022")."""
_MONTH_OR_SEASON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|spring|summer|autumn|fall|winter"
_SPACED_DATE_TAIL = re.compile(
    rf"(?<=\S)\s+(?P<date>(?:1[5-9]|20)\d{{2}}(?:\s+(?:{_MONTH_OR_SEASON})(?:[-/](?:{_MONTH_OR_SEASON}))?(?:\s+\d{{1,2}})?)?)$",
    re.I,
)
"""The date written after a journal's name with no comma, as NLM dates an issue and PEDro's 'Source' writes it: "Age and
Ageing 2005 Nov", "BMJ 2012 Aug 7", "Physiotherapy 2019": a year, then a month or season and a day, and nothing else."""
_VOLUME_ISSUE_PAGES = re.compile(
    r"\s*(?P<volume>[^\s(:;,]*\d[^\s(:;,]*)?\s?(?:\((?P<issue>[^()]{1,20})\))?(?:\s?:\s?(?P<pages>[^\s,;()]+?))?\.?(?=[\s,;]|$)"
)
"""After a citation's journal and ';': 'volume(issue): pages', each part but one optional ("23(5): 396-402",
"(12): 149-175", "54: 12", "7(5)")."""
_VOL_ISSUE_P = re.compile(
    r"^(?P<container>.+?)\.\s+(?P<date>[^,.]{0,40}?(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)[^,.]{0,40}),\s+Vol\.\s*(?P<volume>[^\s,]+)"
    r"(?:\s+Issue\s+(?P<issue>[^\s,]+))?(?:,\s+p(?P<pages>[^\s,]+?))?\.?(?=[\s,]|$)"
)
"""EBSCOhost's 'Source' outside CINAHL (Academic Search, SocINDEX, Business Source): 'Journal of Clinical Nursing.
Jan2020, Vol. 29 Issue 1/2, p45-56. 12p.'. The date is a few words without a full stop or comma ("Jan2020", "Spring
2019"), each side of its year bounded: tried at every ". " of a long cell, it reads a few characters, not the rest of
the cell (probe 40: a 30,000-character 'Source' took 4.6 s)."""


def journal_citation(text: str) -> dict[str, str]:
    """A 'Source' cell that cites a journal issue, as databases outside Embase write one: the journal, then after ';'
    its volume(issue): pages, the date before them or after ('Journal of the American Medical Directors Association,
    Jun2006; 7(5): 271-278. (8p)', as EBSCO's CINAHL writes it; 'Gac. sanit;23(5): 396-402, sept.-oct. 2009. tab', as
    the BVS writes LILACS' and IBECS' records), or EBSCOhost's 'Journal. Jan2020, Vol. 29 Issue 1/2, p45-56. 12p.'.
    {} where the cell reads as no such citation (a journal's name alone, a book's 'Brasília; Ministério da Saúde;
    2019. 50 p.'): no part of it is taken then."""
    found = _VOL_ISSUE_P.match(text)
    if found:
        cited = {name: part for name, part in found.groupdict().items() if part}
    else:
        head, semicolon, rest = text.partition(";")
        parts = _VOLUME_ISSUE_PAGES.match(rest) if semicolon else None
        if not parts or not (parts["volume"] or parts["issue"]) or not head.strip():
            return {}
        cited = {name: part for name, part in parts.groupdict().items() if part}
        dated = _DATED_TAIL.search(head) or _SPACED_DATE_TAIL.search(head)
        cited["container"] = head[: dated.start()] if dated else head
        cited["date"] = dated["date"] if dated else rest[parts.end() :]
    if "pages" in cited and not normalise_pages(cited["pages"]):  # EBSCO's 'pN.PAG-N.PAG': no pages
        del cited["pages"]
    year = _YEAR_IN.search(cited.pop("date", ""))
    cited["container"] = clean_text(cited["container"]).rstrip(".,")
    return {**cited, **({"year": year.group(0)} if year else {})}


_VANCOUVER = re.compile(
    r"^(?P<container>[^.;]+)\. (?P<year>\d{4})\b[^;]*;(?P<volume>[^(:;.\s]+)?(?:\((?P<issue>[^)]+)\))?(?::(?P<pages>[^.;\s]+))?"
)
"""PubMed's 'Citation' (its CSV download), as NLM writes a reference: 'Qual Saf Health Care. 2007 Oct;16(5):349-53.'"""
_NLM_BOOK = re.compile(
    r"(?:^|\.\s)In: (?P<container>[^.\[]+?)(?: \[Internet\])?\.(?: (?P<place>[^:;.]+): (?P<publisher>[^;]+);)?"
)
"""PubMed's 'Citation' of a chapter in a book of NCBI's Bookshelf, as NLM writes one: '2022 Sep 18. In: StatPearls
[Internet]. Treasure Island (FL): StatPearls Publishing; 2025 Jan–.' (the book, then its place and publisher)."""
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NOTE_COLUMNS = ("extra", "notes", "note", "comments")
"""Columns a PMID is written in with its label ("PMID: 17913775"), as Zotero's CSV export writes its Extra field."""
_DOI_IN_LINK = re.compile(r"doi[:=](10\.[^&\s]+)", re.I)
_AUTHOR_ID = re.compile(r"\s*\(\d+\)\s*$")
_DIVA_COLUMNS = frozenset({"pid", "nbn", "publicationtype", "contenttype"})
"""The columns heading DiVA's CSV export (CSV and CSVALL2 alike), folded: its rows' 'PID' is DiVA's own number for
the record (diva2:1091234), whatever else the row gives."""
_DIVA_NAME = re.compile(r"^(?P<name>[^,;\[\]()]+,[^;\[\]()]+?)\s*\[[^\]\[]*\](?:\s*\(.*\))?$")
"""A name as DiVA's CSV export writes each in its 'Name' column: 'Gustafsson, Maria [mgu0123] (Umeå universitet,
Institutionen för …)', its local person id in square brackets, often empty ('[]'), then its affiliation in brackets."""


def _diva_names(cell: str) -> list[str] | None:
    """The people of a 'Name' cell written as DiVA writes them (`_DIVA_NAME`, each part between ';'), "Family, Given"
    without their ids and affiliations; None where any part is written otherwise: a 'Name' column is no author list
    unless every name in it is so written (a grey list's 'Name' of each document, an organisation's name), and such a
    column is kept as the team's own (helper K2: DiVA's articles were keyed and cited by their title, with no authors)."""
    parts = [part.strip() for part in cell.split(";") if part.strip()]
    found = [_DIVA_NAME.match(part) for part in parts]
    if not parts or not all(found):
        return None
    return [clean_text(match["name"]) for match in found if match]


IS_RECORDS_HEADER = has_columns(
    COLUMNS, ["title", ("authors", "full_names", "display_names", "organisation", "year", "doi", "container", "pmid")]
)
"""The row a table of records has its header on (a title or an export note may be above it)."""
_DESCRIBING = {
    header_key(name)
    for name in (
        *("issn", "isbn", "eissn", "month", "day", "published month", "keywords", "author keywords", "language"),
        *("location", "pmc id", "pmcid", "ref", "covidence", "short title", "edition", "create date", "nihms id"),
    )
}
"""Further columns screening tools export beside the ones a table of records reads (Rayyan's issn, month, day,
keywords, language; Covidence's Ref and Covidence #)."""


_SCREENING_TOOL_HEADERS = {"covidence": "Covidence", "asreview label": "ASReview"}
"""Headers only one screening tool writes in its export of a review's records (Covidence's "Covidence #", ASReview's
"asreview_label")."""
_SCREENING_TOOL_MARKS = {"RAYYAN-INCLUSION": "Rayyan", "RAYYAN-EXCLUSION": "Rayyan", "RAYYAN-LABELS": "Rayyan"}
"""What one screening tool writes into its export's cells: Rayyan's votes in its `notes` column."""


_TOOL_COLUMNS: dict[str, dict[str, str | None]] = {
    "Covidence": {"tags": "Tags"},
    "ASReview": {"asreview time": None, "asreview user email": None, "asreview ranking": None},
}
"""Columns a screening tool writes in every export beside those a sheet reads: what each means to a screening, the
label its cells are kept under in the note (Covidence's 'Tags', the team's own labels: "Tags: awaiting full text"), or
None for one cmo has no use for, said once as not read, never as the user's mistake (trial AI: every Covidence import
exited 1 over 'Tags')."""


def screening_tool(table: Table) -> str:
    """The screening tool a table of records or a screening sheet is an export of (`_SCREENING_TOOL_HEADERS`,
    `_SCREENING_TOOL_MARKS`): its records are the tool's copies of records a search found, not a search of their own, and
    its own columns are the tool's (`tool_columns`); '' for any other table."""
    for header in table.header:
        if tool := _SCREENING_TOOL_HEADERS.get(header_key(header)):
            return tool
    for _, cells in table.rows:
        for cell in cells:
            if "RAYYAN-" in cell and (tool := next((t for mark, t in _SCREENING_TOOL_MARKS.items() if mark in cell), "")):
                return tool
    return ""


def tool_columns(table: Table) -> tuple[str, dict[int, str | None]]:
    """The tool that wrote the sheet (`screening_tool`) and its own columns by index (`_TOOL_COLUMNS`); ("", {}) for a
    sheet of no tool's."""
    tool = screening_tool(table)
    wanted = {header_key(name): meaning for name, meaning in _TOOL_COLUMNS.get(tool, {}).items()}
    return tool, {i: wanted[key] for i, key in enumerate(header_key(h) for h in table.header) if key in wanted}


_ID_WORDS = frozenset({"id", "ids", "uid", "eid", "identifier", "identifiers"})
"""The last word of a header naming the number a database gives each record ("Policy_document_id", "Lens ID",
"OpenAlex ID", "Publication ID"), as `header_key` folds it."""


def row_key(line: int) -> str:
    """The key of a table's record in a row with no key of its own: where it is, not what a database called it."""
    return f"row{line}"


def identifies_records(header: str) -> bool:
    """Whether a column (its header folded, as a record's `extra` keeps it) holds a database's id for each record: an
    export has one, a list a team typed seldom does (`cmo.commands.ingest._hand_list`)."""
    words = header_key(header).split()
    return bool(words) and words[-1] in _ID_WORDS


def describes_a_record(header: str) -> bool:
    """Whether a column tells what a work is (its title, authors, journal, abstract, identifiers), as screening tools
    export it beside a decision: a sheet that does not read it leaves nobody's judgement behind."""
    describing = {name: aliases for name, aliases in COLUMNS.items() if name != "origin"}  # how it was found is no description
    return bool(columns_read([header], describing)) or header_key(header) in _DESCRIBING


_ISSUER_TYPED = frozenset({header_key("source type")})
"""A column that types each row's source as a body (Overton's "Source type": government, IGO, think tank): beside it,
the source's name (its "Source title") is the body that issued the work (`_issuer_column`)."""


def _issuer_column(table: Table, columns: dict[str, int]) -> dict[str, int]:
    """The columns read, the container's taken as the publisher where the table types each row's source as a body
    (`_ISSUER_TYPED`) and names no publisher of its own: a policy database's "Source title" ("World Health
    Organization") is who issued the document, never a journal it was printed in (an Overton export's guidance was cited
    by its title, typed a journal article, not grey). A "Source title" with no such column (Scopus's, Lens.org's beside
    its "Source Country") is the journal still."""
    typed = any(header_key(header) in _ISSUER_TYPED for header in table.header)
    if not typed or "container" not in columns or "publisher" in columns:
        return columns
    issued = {name: index for name, index in columns.items() if name != "container"}
    return {**issued, "publisher": columns["container"]}


_BESIDE_TITLE = ("authors", "full_names", "display_names", "organisation", "year", "doi", "container", "pmid")


def looks_like_records(table: Table) -> bool:
    """A title column and one more that only a table of records has (authors, year, DOI, journal)."""
    columns = find_columns(table, COLUMNS)
    return "title" in columns and bool(set(_BESIDE_TITLE) & columns.keys())


def not_records(header: Sequence[str]) -> str:
    """Why a header is no table of records (`looks_like_records`), for the message refusing it: the headers it has, the
    one read as its title if any, and the names a title and the columns beside it are read by (trial BX 4: a grey list
    headed 'Título', 'Autor(es)', 'Año' was refused naming no header, and nobody could tell which to rename)."""
    written = [name for name in header if name.strip()]
    shown = ", ".join(f"'{name.strip()}'" for name in written[:12]) + (", …" if len(written) > 12 else "")
    columns = find_columns(Table("", list(header), []), COLUMNS)
    if "title" in columns:
        title = f"'{header[columns['title']].strip()}' is read as its title but none"
    else:
        title = "no column is read as a title (such as 'Title', 'Título', 'Titre', 'Titel') and none"
    return (
        f"the header reads {shown or 'nothing'}; {title} as the authors, organisation, year, DOI, journal or PMID beside "
        "it (such as 'Authors', 'Autor(es)', 'Auteurs', 'Year', 'Año', 'Année', 'Jahr', 'DOI' or 'Journal'), so it is not "
        "a table of records"
    )


def read_records(text: str, file: str) -> ReadResult:
    """Every row of a CSV a record, or a Problem naming its line."""
    return records_from_table(csv_table(text, file, wanted=IS_RECORDS_HEADER), file)


def records_from_table(table: Table, file: str) -> ReadResult:
    """Every row of a read sheet (CSV or workbook) a record, or a Problem naming its row."""
    if not looks_like_records(table):
        raise BadInput(f"{file}: {not_records(table.header)}.")
    columns = _issuer_column(table, find_columns(table, COLUMNS))
    mapped = set(columns.values())
    result = ReadResult(warnings=[*table.warnings, *_unread_authors(table, mapped, file)])
    initials_first = _initials_first_column(table, columns.get("authors"))
    family_capitals = _family_capitals_column(table, columns.get("authors"))
    tool = screening_tool(table)
    diva = _DIVA_COLUMNS <= {header_key(str(header)) for header in table.header}
    origins: dict[int, str] = {}
    for line, cells in table.rows:
        cells, problem, fitted = _fitted_row(table.header, cells, columns, file, line)
        if problem:
            result.problems.append(Problem(file, line, problem))
            continue
        result.warnings.extend([fitted] if fitted else [])
        value = {name: clean_text(cells[index]) if index < len(cells) else "" for name, index in columns.items()}
        extra = {
            header_key(table.header[index]): compact_extra(clean_text(cell))
            for index, cell in enumerate(cells)
            if index not in mapped and index < len(table.header) and clean_text(cell)
        }
        if "url" in columns or table.links:
            value["url"] = _web_link(table, columns.get("url"), line, value.get("url", ""), extra)
        named = ("title", "authors", "full_names", "display_names", "organisation", "doi", "pmid")
        if not any(value.get(name) for name in named):
            if not value.get("url"):
                result.problems.append(Problem(file, line, "row has no title, author or identifier; it was skipped."))
                continue
            value["title"] = _ADDRESS_SCHEME.sub("", value["url"])  # a web page's address names it (trial BV 6)
            said = f"row has no title or author, only the web address {value['url']}: it was kept as that page, titled "
            said += f"'{value['title']}'; 'cmo sources edit KEY --title TEXT' gives it its own (KEY as 'cmo sources list' shows)."
            result.problems.append(Problem(file, line, said))
        if diva and str(extra.get("pid", "")).isdigit():
            extra["db"] = "DiVA"  # the database whose number 'PID' is, as a RIS export's DB names it (`database_accession`)
        if value.get("person_names") and (value.get("authors") or _diva_names(value["person_names"]) is None):
            extra[header_key(table.header[columns["person_names"]])] = value["person_names"]  # no DiVA names: as written
        if value.get("organisation") and any(value.get(name) for name in ("authors", "full_names", "display_names")):
            extra[header_key(table.header[columns["organisation"]])] = value["organisation"]  # the authors are elsewhere
            if not value.get("publisher") and "publisher" not in columns:
                value["publisher"] = value["organisation"]  # the body that issued the work its people wrote (AQ 8)
        if value.get("origin"):
            extra[header_key(table.header[columns["origin"]])] = value["origin"]  # as written, beside the route it names
            if origin := _origin_named(value["origin"]):
                extra[ORIGIN] = origins[line] = origin
        if tool:
            extra[SCREENING_COPY] = tool
        if translated := value.pop("translated_title", ""):
            extra[TRANSLATED_TITLE] = translated  # KCI's '외국어논문명': its English title, as RIS's TT gives one
        record = _record(value, extra, file, line, initials_first=initials_first, family_capitals=family_capitals)
        if record.year is None and (given := value.get("year", "")) and not _NO_DATE.fullmatch(given):
            record, said = _year_of_a_date(record, given)
            result.problems.append(Problem(file, line, said))
        result.records.append(record)
    if "origin" in columns:
        result.warnings.extend(_origins_said(table, columns["origin"], origins, file))
    result.warnings.extend(_unread_citations(result.records, file))
    result.warnings.extend(_cut_journals(result.records, file))
    return result


_ADDRESS_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://(?:www\d?\.)?", re.I)
"""What a web address opens with that names no page ("https://www."): a row's only identifier is titled by the rest."""


_NO_DATE = re.compile(r"n\.?\s?d\.?|no date|undated|not dated|unknown|-+|\?+", re.I)
"""A date cell saying the work gives none ('n.d.'), as a list of grey literature records one: nothing to say of it."""


def _year_of_a_date(record: Record, given: str) -> tuple[Record, str]:
    """A row whose year cell holds something that gives no year: a spreadsheet's month and year ('Nov-20') is read as
    its year, and said to be checked; anything else leaves the record without one, said with the cell, as the tagged
    readers say a year that is none (`unread_year`). Either way the row is named, not cited 'n.d.' unsaid (trial BG)."""
    if year := month_and_short_year(given):
        said = f"this row's date '{given}' was read as the year {year} (a month and a year's last two digits, as a "
        return record.model_copy(update={"year": year}), said + "spreadsheet shows them); check it."
    return record, f"this row's year ('{given[:40]}') is not a year; the record was read without one."


_VOLUME_AND_ISSUE = re.compile(r"\s*(?P<volume>[\w.-]{1,12}?)\s*(?:\(\s*(?P<issue>[\w./ -]{1,20}?)\s*\))?\s*")
"""A cell of a column headed for both ('Vol(Issue)', 'Volume/Number', as a team copying citations by hand from African
Journals Online heads one): the volume, then the issue in brackets, as a citation writes them ('15(1)', '19'); helper
H1: the whole cell was read as the issue, and the references printed 'Ghana Medical Journal, (51(3))'."""
_FREE_TEXT = ("title", "authors", "organisation", "container", "citation", "publisher", "abstract", "meeting")
"""Columns whose text may hold a comma: where a row has more cells than its header, one of them was cut at one."""
_TYPED: dict[str, Callable[[str], object]] = {
    "year": parse_year,
    "url": web_address,
    "doi": written_doi,
    "pmid": normalise_pmid,
    "urldate": lambda text: parse_year(text) or _ISO_DATE.search(text),
    "volume": lambda text: re.fullmatch(r"[\w.-]{1,12}", text),
    "issue": lambda text: re.fullmatch(r"[\w./ -]{1,20}", text),
}
"""Columns whose text has a shape (a year, a web address, a DOI): where a row has more cells than its header, the one
way of joining its cells that gives each of them a text of its shape is how the row was written."""


def _fitted_row(header: list[str], cells: list[str], columns: dict[str, int], file: str, line: int) -> tuple[list[str], str, str]:
    """A row with more cells than its header (a grey list's title with an unquoted comma in it: "BMI: preventing ill
    health in black, Asian and other minority ethnic groups,NICE,2013"): read joined where one way of joining
    neighbouring cells of a text column gives every column with a shape (year, web address, DOI) a text of that shape,
    and said (the third item); else (no such way, or two) a problem naming the row and the columns the comma may be in
    (the second), never the columns read shifted. Empty cells after the last column (a trailing comma) are no more
    cells. (cells, '', '') when the row fits its header."""
    more = len(cells) - len(header)
    if more <= 0:
        return cells, "", ""
    trimmed, left = cells, more
    while left > 0 and not clean_text(trimmed[-1]):
        trimmed, left = trimmed[:-1], left - 1
    if left <= 0 and _shapes_hold(trimmed, columns, empty_too=True):
        return trimmed, "", ""
    if left > 0:  # a trailing comma or two beyond a cut cell: the cut is what is left
        cells, more = trimmed, left
    # else the empty cell is the last column's own (retrial AL N2: the year read "National Institute…")
    fits: list[tuple[int, list[str]]] = []
    free = sorted(index for name, index in columns.items() if name in _FREE_TEXT)
    for start in free:
        joined = [*cells[:start], ", ".join(cells[start : start + more + 1]), *cells[start + more + 1 :]]
        if _shapes_hold(joined, columns):
            fits.append((start, joined))
    counted = f"row has {len(cells)} cells but the header has {len(header)} columns"
    if len(fits) == 1:
        start, joined = fits[0]
        return (
            joined,
            "",
            (
                f"{file}: line {line}: {counted}, so a comma outside quotes cut the '{header[start]}' cell; it was read as "
                f"'{clean_text(joined[start])}' (the one way every column gets a text of its kind): check it, or put the cell "
                "in double quotes and ingest the file again."
            ),
        )
    named = " or ".join(f"'{header[index]}'" for index in ([start for start, _ in fits] or free)[:4]) or "a"
    return (
        cells,
        (
            f"{counted}, so a comma outside quotes cut the {named} cell; the row was not read, so its columns are not "
            "shifted: put that cell in double quotes and ingest the file again."
        ),
        "",
    )


def _shapes_hold(row: list[str], columns: dict[str, int], *, empty_too: bool = False) -> bool:
    """Whether every column with a shape (year, web address, DOI) holds a text of that shape or none, and (unless
    `empty_too`) one of them holds one."""
    shaped = [(name, clean_text(row[index])) for name, index in columns.items() if name in _TYPED and index < len(row)]
    return (empty_too or any(text for _, text in shaped)) and all(not text or _TYPED[name](text) for name, text in shaped)


ORIGIN_ALIASES: dict[str, Origin] = {
    **{header_key(origin): origin for origin in ORIGINS},
    **dict.fromkeys(("database", "databases", "search", "database searches"), "database search"),
    **dict.fromkeys(
        ("citation", "citations", "snowballing", "reference list", "reference lists", "citation chasing"), "citation tracking"
    ),
    **dict.fromkeys(("expert", "experts", "expert recommendation"), "expert suggestion"),
    **dict.fromkeys(("call", "call for evidence", "evidence call"), "call for evidence"),
    **dict.fromkeys(("web", "web search", "websites", "web page", "website search"), "website"),
}
"""The routes a team writes where each work was found, as `header_key` folds them, to the origin each names: one rule
for `cmo select origins`' sheet and a grey list's "Found via" column (`records.records_from_table`)."""


_ROUTE_NOTE = re.compile(r"\s*(?:\([^()]*\)|\[[^\]]*\]|\s[-–—:]\s.*|:\s.*)\s*$")
"""A note a team writes after the route ("Expert suggestion (ERG member)", "Citation tracking - Smith 2019", "Expert:
J. Ruiz"): who or which, not another route."""


def _origin_named(text: str) -> str:
    """The route a grey list's "Found via" cell names, read as `cmo select origins` reads one ("Expert suggestion",
    "experts", "call for evidence", "web search"), a note after it in brackets or after a dash or colon aside ("Expert
    suggestion (ERG member)": trial AQ 12), or ''."""
    return ORIGIN_ALIASES.get(header_key(text), "") or ORIGIN_ALIASES.get(header_key(_ROUTE_NOTE.sub("", text)), "")


def _origins_said(table: Table, column: int, origins: dict[int, str], file: str) -> list[str]:
    """What a table's origin column ("Found via") did, said: the rows whose route it names start their work under it
    in the document flow, in place of the file's `--origin`; a cell naming no route ("PAHO website") is named, the
    command's origin standing for its row, with the command that sets another."""
    name = table.header[column]
    said: list[str] = []
    if origins:
        counts = Counter(origins.values())
        counted = ", ".join(f"{origin} {count}" for origin, count in counts.items())
        rows = f"{len(origins)} rows were" if len(origins) > 1 else "1 row was"
        said.append(
            f"{file}: the column '{name}' named the route {rows} found by ({counted}): a work such a row brings "
            "into the review counts under it in the document flow, not under the ingest's origin (a work already there "
            "keeps its own; 'cmo select origins FILE' changes it)."
        )
    cells_of = ((line, clean_text(cells[column]) if column < len(cells) else "") for line, cells in table.rows)
    unread = [(line, text) for line, text in cells_of if text and line not in origins]
    if unread:
        rows = "; ".join(f"row {line}: '{text}'" for line, text in unread[:5]) + ("; …" if len(unread) > 5 else "")
        said.append(  # a place found ("PAHO website", "Google") is kept with its record: said, no problem to look at
            f"{file}: the column '{name}' names no route the document flow counts ({rows}), so the ingest's origin "
            f"stands for {'those rows' if len(unread) > 1 else 'that row'} (the words are kept with each record); set "
            "another with 'cmo select origins FILE' (key,origin: database search, citation tracking, expert suggestion, "
            "call for evidence or website)."
        )
    return said


_NAMES_BODY = frozenset({"organisation", "organization", "organisations", "organizations"})
"""Words of a header naming the body that issued a work."""
_WHO_WORDS = _NAMES_BODY | {"author", "authors", "s", "or", "and", "corporate", "issuing", "lead", "body", "bodies", "name"}
"""The words a header naming who wrote or issued the works is made of ("Organisation", "Lead organisation", "Corporate
author(s)"); a header with other words names something else about a body ("Country of Research organization", Dimensions'
"Research Organizations - standardized": the authors' affiliations)."""
_AUTHOR_HEADERS = {header_key(a) for field in ("authors", "full_names", "display_names", "organisation") for a in COLUMNS[field]}
"""A column any of them would be read as the authors from: where two are, the one not read is named."""


def _names_who(key: str) -> bool:
    """Whether a header (`header_key`) names the body that wrote or issued the works: a word naming a body, and no word
    naming anything else about it (`_WHO_WORDS`)."""
    words = set(key.split())
    return bool(_NAMES_BODY & words) and words <= _WHO_WORDS


def _unread_authors(table: Table, read: set[int], file: str) -> list[str]:
    """A column naming who wrote or issued the works that no field reads ("Author / Organisation" beside an "Author"
    column), named: a source's author is never taken from elsewhere (its publisher) without a word."""
    unread = [
        name
        for index, name in enumerate(table.header)
        if index not in read
        and (header_key(name) in _AUTHOR_HEADERS or _names_who(header_key(name)))
        and any(index < len(cells) and clean_text(cells[index]) for _, cells in table.rows)
    ]
    if not unread:
        return []
    said = ", ".join(f"'{name}'" for name in unread)
    return [
        LookAt(
            f"{file}: the column{'s' if len(unread) > 1 else ''} {said} naming who wrote the works "
            f"{'were' if len(unread) > 1 else 'was'} not read as their authors (its text is kept with each record); "
            "name the column of authors 'Author' or 'Author / Organisation'."
        )
    ]


def _web_link(table: Table, url_column: int | None, line: int, shown: str, extra: dict[str, str]) -> str:
    """A row's web address: its link column's hyperlink (a cell showing 'Link' or 'NHS Confed website'), or the
    address typed there, else a hyperlink in another cell (a linked title). What the link column shows when it is
    not the address is kept in `extra` under the column's name, as are other cells' further links."""
    address = ""
    if url_column is not None:
        address = web_address(table.links.get((line, url_column), "")) or next(iter(web_addresses(shown)), "")  # Lens: "a; b"
        if shown and shown != address:
            extra[header_key(table.header[url_column])] = compact_extra(shown)
    for index, name in enumerate(table.header if table.links else ()):
        target = table.links.get((line, index)) if index != url_column else None
        if not target:
            continue
        if not address and web_address(target):
            address = web_address(target)
        elif target != address:
            extra[f"{header_key(name)} link"] = compact_extra(target)
    return address


def _record(
    value: dict[str, str],
    extra: dict[str, str],
    file: str,
    line: int,
    *,
    initials_first: bool = False,
    family_capitals: bool = False,
) -> Record:
    """A row's record. 'Source' is a citation where it reads as one (Embase's; CINAHL's, the BVS's, EBSCOhost's:
    `journal_citation`); where it does not and the table has no journal column of its own, it names the journal (the
    Cochrane Library's CSV: 'Trials', its volume, issue and pages in their own columns), and beside one it is kept as
    written (`SOURCE`). A PubMed 'Citation' naming a book ('In: StatPearls [Internet]…') is a chapter in it."""
    if body := _body_naming_people(value.get("organisation", "")):
        value = {**value, "organisation": body[0]}
        extra[PEOPLE_NAMED] = "; ".join(body[1])
    elif people := _people_for_body(value.get("organisation", "")):
        value = {**value, "organisation": people[0]}
        if not value.get("publisher"):
            value["publisher"] = people[1]
        elif fold(people[1]) != fold(value["publisher"]):
            extra["organisation"] = people[1]  # the publisher column names another body: the bracketed one is kept
    book = _NLM_BOOK.search(value.get("reference", ""))
    cited = _CITATION.match(value.get("citation", "")) or book or _VANCOUVER.match(value.get("reference", ""))
    cited = cited.groupdict() if cited else journal_citation(value.get("citation", ""))
    if not cited and value.get("citation"):
        if "container" not in value:
            cited = {"container": value["citation"]}
        elif fold(value["citation"]) != fold(value.get("container", "")):
            extra[SOURCE] = value["citation"]  # a citation not read: kept as written, and said (`_unread_citations`)
    container, meeting = _container_and_meeting(value.get("container") or cited.get("container") or "", value.get("meeting", ""))
    if meeting:
        extra[MEETING] = meeting
    named = container
    if host_name(container):  # Google Scholar's "youthendowmentfund.org.uk": where the work is, no journal
        extra[HOST], container, named = container, "", ""
    elif _CUT_SHORT.search(container):  # Google Scholar's "Annals of emergency …": a name cut, unknown
        extra[CUT_JOURNAL], container = container, ""
    if both := _VOLUME_AND_ISSUE.fullmatch(value.get("volume_issue", "")):  # a hand-typed list's 'Vol(Issue)': '15(1)'
        cited = {**cited, "volume": both["volume"], **({"issue": both["issue"]} if both["issue"] else {})}
    volume, issue = value.get("volume") or cited.get("volume") or "", value.get("issue") or cited.get("issue") or ""
    last = value.get("last_page") or _last_counted(value.get("first_page", ""), value.get("page_count", ""))
    pages = value.get("pages") or _span(value.get("first_page", ""), last)
    pages = pages or value.get("article_number", "") or cited.get("pages") or ""
    # Dimensions: an empty Document Type beside Publication Type; PubMed: a Citation "In:" a book
    labels = [value.get("type", ""), value.get("publication_type", ""), "chapter" if book else ""]
    kind = labelled_type([label for label in labels if label], named, volume, pages, value.get("url"))
    numbered = kind == "report" and _NUMBERED.search(value.get("type", ""))
    if numbered and not {"number", "report number", "report no"} & extra.keys():
        extra["report number"] = value["type"]  # a grey list's Type "AHURI Final Report No. 184": cited with it (AQ 8)
    link_doi = _DOI_IN_LINK.search(unquote(value.get("open_url", "") + " " + value.get("url", "")))
    linked_doi = written_doi(link_doi.group(1)) if link_doi else doi_in_url(value.get("url"))  # Wiley's /doi/abs/10.…
    return Record(
        key="",
        type=kind,
        original_type=value.get("type") or value.get("publication_type", ""),
        title=value.get("title", ""),
        authors=_counted(_authors(value, initials_first=initials_first, family_capitals=family_capitals), extra),
        year=parse_year(value.get("year")) or parse_year(cited.get("year")),
        doi=written_doi(value.get("doi")) or linked_doi,
        pmid=normalise_pmid(value.get("pmid")) or labelled_pmid(*(extra.get(name) for name in _NOTE_COLUMNS)),
        container=container,
        volume=volume,
        issue=issue,
        pages=normalise_pages(pages),
        publisher=_publisher(value.get("publisher", "") or cited.get("publisher") or "", extra),
        url=value.get("url") or None,
        urldate=_access_date(value.get("urldate", "")),
        abstract=value.get("abstract", ""),
        grey=is_grey(kind, pages=normalise_pages(pages)) or _issued_not_printed(kind, value, container, volume, issue, pages),
        extra=extra,
        provenance=Provenance(file=file, line=line, key=value.get("key") or row_key(line), format="table"),
    )


_NUMBERED = re.compile(r"\b(?:no|number|nr|n°)\.?\s*\d|\d+\s*$", re.I)
"""A type label that numbers the work in its series ("AHURI Final Report No. 184", "Research Report 17")."""


def _issued_not_printed(kind: str, value: dict[str, str], container: str, volume: str, issue: str, pages: str) -> bool:
    """A row a team typed an article ("Article") that names no journal, volume, issue, pages nor DOI, but the body that
    published it (a grey list's "Organisation / publisher": "Rhizome (Orspere-Samdarra)"): a piece a body issued, grey
    literature, never a peer-reviewed journal paper (trial AQ 8). So is one whose journal column names a body
    (`normalise.headed_by_a_body`: Publish or Perish's Source "Centre for Mental Health", as Google Scholar gives a
    charity's report) and no volume, issue, pages nor DOI (helper K3); a journal ("Health & Justice", "Psychiatric
    Services") is not a body, and any volume, pages or DOI says the work was printed in one."""
    printed = volume or issue or pages or value.get("doi") or value.get("pmid")
    if kind != "article" or printed:
        return False
    return headed_by_a_body(container) if container else bool(value.get("publisher"))


CUT_JOURNAL = "journal cut short"
"""Where a row keeps a journal's name that Google Scholar cut ("Annals of emergency …", as Publish or Perish gives it):
no journal's name, so the citation names none rather than half of one, and a linked record's whole name fills it."""


def _cut_journals(records: list[Record], file: str) -> list[str]:
    """The rows whose journal's name was cut short (`CUT_JOURNAL`), named once."""
    cut = [(record.provenance.line, record.extra[CUT_JOURNAL]) for record in records if CUT_JOURNAL in record.extra]
    if not cut:
        return []
    rows = "; ".join(f"row {line}: '{text}'" for line, text in cut[:5]) + ("; …" if len(cut) > 5 else "")
    return [
        f"{file}: the journal's name of {len(cut)} row{'s' if len(cut) > 1 else ''} was cut short ({rows}), so it was not "
        "read as the journal (the text is kept with each record); a record of the same work from a database gives the "
        "whole name, or 'cmo sources edit KEY --container NAME' sets it."
    ]


def _last_counted(first: str, count: str) -> str:
    """The last page from the first and the count of pages (CINAHL's "First Page" 647 and "Page Count" 6: 652), where
    both are numbers; else ''."""
    first, count = first.strip(), count.strip()
    if not (first.isdigit() and count.isdigit() and int(count) > 1):
        return ""
    return str(int(first) + int(count) - 1)


SOURCE = "source"
"""Where a row keeps its 'Source' cell when it cites the work in a form not read (`journal_citation`) beside a journal
column of its own: as written, never lost, and said (`_unread_citations`)."""


def _unread_citations(records: list[Record], file: str) -> list[str]:
    """The rows whose 'Source' cites the work with numbers (a volume, pages) in a form not read, named: their volume,
    issue and pages are empty unless another column gave them, and the text is kept with each record."""
    unread = [
        (record.provenance.line, record.extra[SOURCE])
        for record in records
        if SOURCE in record.extra
        and any(ch.isdigit() for ch in record.extra[SOURCE])
        and record.container  # a journal's: a book's place and publisher ('Lima; Ministerio de Salud; 2017') cite no issue
        and not (record.volume or record.issue or record.pages)
    ]
    if not unread:
        return []
    rows = "; ".join(f"row {line}: '{text}'" for line, text in unread[:5]) + ("; …" if len(unread) > 5 else "")
    return [
        f"{file}: the 'Source' of {len(unread)} row{'s' if len(unread) > 1 else ''} was not read as volume, issue and pages "
        f"({rows}); the text is kept with each record, and its citation has no volume, issue or pages the other "
        "columns did not give."
    ]


HOST = "host"
"""Where a row keeps the web site's host name its publisher column gave ("bmjopen.bmj.com", as Publish or Perish names
where Google Scholar found a work): kept with the record, never the publisher (`host_name`)."""


def _publisher(value: str, extra: dict[str, str]) -> str:
    """A row's publisher; a web site's host name in its place is kept under `HOST`, not read as one."""
    if host_name(value):
        extra[HOST] = value
        return ""
    return value


def _container_and_meeting(container: str, conference: str) -> tuple[str, str]:
    """The container and the meeting a row's work was given at, as the RIS readers keep them: the conference's name
    (Embase's and Scopus's 'Conference Name', Web of Science's 'Conference Title') is the meeting, apart from the journal
    or proceedings that printed it ('Source title'), which stays the container; with no container, the conference is."""
    if not conference or fold(conference) == fold(container):
        return container or conference, ""
    return (container, conference) if container else (conference, "")


def _authors(value: dict[str, str], *, initials_first: bool = False, family_capitals: bool = False) -> list[str]:
    """Full names when the table has them (Scopus: 'Smith, John (57190000000); ...'), else the author column. A
    display-name column is read by what it holds, not by its header: a Vancouver list ("Gustafsson M, Sandman PO",
    the Cochrane Library's "Author(s)") or "Family, Given; …" as the author list it is (`split_author_value`), and a
    name of neither shape given name first (OpenAlex "Susan Kirsh|Sharon Watts", Lens.org "Susan Kirsh; Sharon Watts").
    In a column that writes its authors initials first (`initials_first`, `_initials_first_column`), a lone author so
    written is a person too ("S Dorney-Smith"). In a column that writes each family name in capitals before the given
    name (`family_capitals`, `_family_capitals_column`: Social Care Online's "HOLDING Eleanor; THOMPSON Jill"), each
    name is read so, and a body there, all in capitals, is shown as `display_case` shows one ("Age UK")."""
    if family_capitals and (cell := value.get("authors", "")):
        names = family_capitals_names(cell) or ([display_case(clean_text(cell))] if in_capitals(cell) else [])
        if names:
            return names
    if value.get("full_names"):
        return [name for part in value["full_names"].split(";") if (name := clean_text(_AUTHOR_ID.sub("", part)))]
    if not value.get("authors") and (names := _diva_names(value.get("person_names", ""))):
        return names
    if value.get("display_names"):
        return [_display_name(name) for name in split_author_value(value["display_names"])]
    return given_first_names(  # "Nicci Gerrard; Julia Jones" are two people, as two RIS lines so written (trial BW 10)
        initials_first_names(value.get("authors", ""), alone=initials_first)
        or split_author_value(value.get("authors", ""))
        or _person_or_body(value.get("organisation", ""))
    )


def _display_name(name: str) -> str:
    """A display name ("Susan Kirsh") split as a person's, "Kirsh, Susan"; a body's kept whole, as written: a name that
    split would be no person's (`a_person`: "Agence nouvelle des solidarités actives (Ansa)", whose last word is its
    acronym in brackets, never "(Ansa), Agence nouvelle…": trial AQ 9)."""
    if "," in name:
        return name
    split = given_first_name(name)
    return split if a_person(split) else name


_AUTHOR_COUNTS = ("authorcount", "author count", "authors count", "number of authors", "no of authors", "num authors")
"""The column that counts a work's authors beside the list of them (Publish or Perish's "AuthorCount")."""


def _counted(authors: list[str], extra: dict[str, str]) -> list[str]:
    """The authors a row names, going on unnamed ("others", cited "et al.") where the row counts more authors than it
    names (`_AUTHOR_COUNTS`): Google Scholar names the first few of a long list, and Publish or Perish writes them
    with the count of the whole ("P McCulloch, A Shaw, G Gilchrist, C Matheson" beside AuthorCount 12), so the
    citation says the list was cut ("McCulloch et al."), as it does for one cut with "…" (`initials_first_names`)."""
    count = next((extra[name] for name in _AUTHOR_COUNTS if name in extra), "")
    named = [author for author in authors if author != "others"]
    if not count.isdigit() or int(count) <= len(named) or not named or len(named) < len(authors):
        return authors
    return [*authors, "others"]


_INITIALS_FIRST = re.compile(
    rf"(?P<initials>{INITIAL}\.?(?:\s?{INITIAL}\.?){{0,3}})\s+"
    r"(?P<particles>(?:(?:van|von|de|der|den|del|della|di|da|du|la|le|ten|ter|dos|das)\s+)*)"
    r"(?P<surname>[^\W\d_]+(?:['’-][^\W\d_]+)*)"
    rf"(?:\s+(?P<suffix>{NAME_SUFFIX}))?"
)
"""A person written initials first, as Publish or Perish lists Google Scholar's authors and IEEE Xplore its own: one to
four capital initials, with or without full stops ("A Kirubarajan", "SJ Drabble", "S. J. Drabble", "AMF Hvass": more
than two only in a list of people, `_written_initials_first`), then the family name
("O'Cathain"), its particles before it ("de Souza"), and a suffix after it where the person has one ("J Richardson Jr":
trial AW, a list read as one author "J Richardson Jr, WA Wical, N Kottage…" and cited so). A capital is any alphabet's
("P. Åberg", "Ö. Yılmaz"), checked by `_written_initials_first`, as a pattern's [A-Z] holds only ASCII's (trial AX: one
such name lost the whole list)."""


def _written_initials_first(piece: str, *, listed: bool = False) -> re.Match[str] | None:
    """`_INITIALS_FIRST` matched whole, its initials and its family name's first letter capitals. More than two initials
    only where the name is `listed` with others (people of one or two among them): alone, "NHS England" or "WHO Europe"
    is a body's initials and place (trial BE: Google Scholar's "M Heath, AMF Hvass, CM Wejse" was read as no list of
    people, so the column's lone "D Patel" was cited as "D Patel")."""
    found = _INITIALS_FIRST.fullmatch(piece)
    if not found or not found["surname"][0].isupper():
        return None
    if not listed and sum(c.isalpha() for c in found["initials"]) > 2:
        return None
    return found if all(c.isupper() for c in found["initials"] if c.isalpha()) else None


_CUT_SHORT = re.compile(r"\s*(?:…|\.\.\.)\s*$")
"""Google Scholar's list cut short ("E Newton, S Cull…"): more authors follow, unnamed."""


def initials_first_names(cell: str, *, alone: bool = False) -> list[str]:
    """ "P Keown, J French, S Cull…" → ["Keown, P.", "French, J.", "Cull, S.", "others"] when every comma-separated name
    is initials then a family name (`_INITIALS_FIRST`), two names or more, or one where the column writes its names so
    (`alone`); [] otherwise, for the other readers. A list cut short with "…" goes on unnamed ("others", cited "et al.")."""
    text = clean_text(cell)
    cut = _CUT_SHORT.search(text)
    pieces = [piece.strip() for piece in (text[: cut.start()] if cut else text).split(_name_separator(text))]
    found = [_written_initials_first(piece, listed=len(pieces) > 1) for piece in pieces]
    if all(found) and min(sum(c.isalpha() for c in match["initials"]) for match in found if match) > 2:
        return []  # "NHS England, WHO Europe": bodies' initials, no person of one or two among them
    lone = len(pieces) < 2 and not cut and not alone
    if not all(found) or lone or any(fold(match["particles"] + match["surname"]) in BODY_WORDS for match in found):
        return []  # one name alone may be a body's ("HM Government"), kept as the other readers keep it
    names = [
        f"{match['particles']}{match['surname']}, {' '.join(f'{c}.' for c in match['initials'] if c.isalpha())}"
        + (f", {match['suffix']}" if match["suffix"] else "")
        for match in found
    ]
    return [*names, "others"] if cut else names


def _initials_first_column(table: Table, column: int | None) -> bool:
    """Whether a column of authors writes its names initials first, as Publish or Perish writes Google Scholar's: some
    row lists two people or more so ("N Hewett, A Halligan, T Boyce", `initials_first_names`), and every row that
    lists several lists them so. Its lone names are people then ("S Dorney-Smith": Dorney-Smith, S.), where a name
    alone could otherwise be a body's ("HM Government")."""
    if column is None:
        return False
    listed = [cells[column] for _, cells in table.rows if column < len(cells) and ("," in cells[column] or ";" in cells[column])]
    return bool(listed) and all(initials_first_names(cell) for cell in listed)


_ET_AL = re.compile(r"et\.?\s+al\.?|and others", re.IGNORECASE)


def family_capitals_names(cell: str) -> list[str]:
    """A cell of names each written family name first, in capitals, then the given name ("HOLDING Eleanor; THOMPSON
    Jill", "HUSK Kerryn, et al", as Social Care Online lists authors and many European reference styles write them), as
    "Family, Given" with the family name in the case a name is written in (`_name_cased`: "O'Brien", "van der Berg");
    a body all in capitals among them shown as `display_case` shows one ("AGE UK" is "Age UK"), "et al" as the list cut
    short. [] where a name is of another shape ("Holding, Eleanor", "NHS England") or none is a person's."""
    names: list[str] = []
    for piece in re.split(r"[;|,]", cell):
        piece = clean_text(piece)
        if not piece:
            continue
        if _ET_AL.fullmatch(piece):
            names.append("others")
        elif person := _family_in_capitals(piece):
            names.append(person)
        elif in_capitals(piece):
            names.append(display_case(piece))
        else:
            return []
    return names if any("," in name for name in names) else []


def _family_in_capitals(name: str) -> str:
    """ "HOLDING Eleanor" → "Holding, Eleanor", "MERCER Stewart W." → "Mercer, Stewart W.": the words in capitals that
    open a name are its family name where the rest is a given name written in mixed case, and a suffix after it its
    own ("SMITH John III" → "Smith, John, III": re-check of trials AT and AW, one such row turned the whole column back to
    given names first); '' otherwise."""
    words = name.split()
    suffix = words.pop() if len(words) > 2 and re.fullmatch(NAME_SUFFIX, words[-1]) else ""  # "SMITH John III", "… Jr"
    cut = 0
    while cut < len(words) and in_capitals(words[cut]):
        cut += 1
    given = words[cut:]
    if not cut or not given or not given[0][:1].isupper() or not any(c.islower() for c in given[0]):
        return ""
    if any(in_capitals(word) for word in given):
        return ""  # "NHS ENGLAND Trust": capitals after the given name, no person's
    person = format_name(_name_cased(words[:cut]), " ".join(given))
    return f"{person}, {suffix}" if suffix else person  # "Family, Given, Jr", as the initials-first reader writes it


def _name_cased(words: list[str]) -> str:
    """A family name written in capitals in the case names are written: each part begun with a capital ("O'Brien",
    "Dorney-Smith"), a particle before the name in lower case ("van der Berg")."""
    cased = []
    for at, word in enumerate(words):
        lower = word.lower()
        if lower in NAME_PARTICLES and at < len(words) - 1:
            cased.append(lower)
        else:
            cased.append(re.sub(r"(^|['’-])(\w)", lambda m: m.group(1) + m.group(2).upper(), lower))
    return " ".join(cased)


def _family_capitals_column(table: Table, column: int | None) -> bool:
    """Whether a column of authors writes each family name in capitals before the given name (`family_capitals_names`):
    some row lists two people so, and every row that lists several lists them so. Its lone names are read so too, a
    body's in capitals shown in the case of a name ("SOCIAL CARE INSTITUTE FOR EXCELLENCE")."""
    if column is None:
        return False
    listed = [cells[column] for _, cells in table.rows if column < len(cells) and ("," in cells[column] or ";" in cells[column])]
    read = [family_capitals_names(cell) for cell in listed]
    return bool(listed) and all(read) and any(sum("," in name for name in names) >= 2 for names in read)


def _name_separator(text: str) -> str:
    """What a cell of names initials first parts them with: a semicolon where it has one (IEEE Xplore's "E. Villalba; M.
    T. Arredondo"), else a comma (Publish or Perish's "P Keown, J French")."""
    return ";" if ";" in text else ","


def _person_or_body(cell: str) -> list[str]:
    """A grey literature list's "Author / Organisation" (or "Organisation", "Corporate author", "Issuing body"): the
    people it names ("Johnsen, Sarah"), else each body whole as one corporate author, its commas and "and" with it
    ("Heriot-Watt University, Institute for Social Policy, Housing and Equalities Research"), a semicolon between two
    ("National Department of Health, South Africa; Knowledge Translation Unit, University of Cape Town")."""
    names = split_author_value(cell)
    if names and all("," not in name or a_person(name) for name in names):
        return names
    return [name for part in cell.split(";") if (name := clean_text(part))]


_TRAILING_BRACKETS = re.compile(r"(?P<body>[^()]+?)\s*\((?P<people>[^()]+)\)")


def _body_naming_people(cell: str) -> tuple[str, list[str]] | None:
    """A body with the people who wrote for it in brackets ("Barnardo's (Smith N)", "Coram Voice (Selwyn J, Wood M)"):
    (the body, the people), the body being the work's author, so it is cited and found by the body's name ("Barnardo's
    2017"). None where the cell is not so written, or the brackets hold no person's name (an acronym: "National
    Institute for Health and Care Excellence (NICE)")."""
    found = _TRAILING_BRACKETS.fullmatch(clean_text(cell))
    if not found or ";" in found["body"] or _person_or_body(found["body"]) != [clean_text(found["body"])]:
        return None  # the part before the brackets is no one body (people, or several bodies)
    if a_person(found["body"]) or ";" in found["body"]:
        return None
    inside = found["people"]
    people = initials_first_names(inside, alone=True) or split_author_value(inside)
    if not people or not all(a_person(person) for person in people):
        return None
    return clean_text(found["body"]), people


_EDITOR_MARKS = frozenset({"ed", "eds", "editor", "editors", "ed s", "hrsg", "dir", "coord"})
"""What brackets after a name say of an editor's part ("Smith J (Ed.)"): no body."""


def _people_for_body(cell: str) -> tuple[str, str] | None:
    """People with the body they wrote for in brackets after them ("Phillips L, Smith R (NFER)", "Okafor, Chidi (Save the
    Children)"), the mirror of `_body_naming_people`: (the people, the body), the people being the work's authors and
    the body its publisher, so it is cited by the people's names ("Phillips & Smith 2011"). None where the part before
    the brackets is not people only, or the brackets hold a person (`_body_naming_people` reads "Coram Voice (Selwyn J)")
    or a year or number rather than a body's name (trial AN: "Phillips L, Smith R (NFER)" was one author)."""
    found = _TRAILING_BRACKETS.fullmatch(clean_text(cell))
    if not found or not found["people"].strip()[:1].isupper() or fold(found["people"]) in _EDITOR_MARKS:
        return None  # "(2019)", "(ed.)": no body
    people, body = clean_text(found["body"]), clean_text(found["people"])
    names = initials_first_names(people) or split_author_value(people)
    if not names or not all(a_person(name) and "," in name for name in names):
        return None
    if any(a_person(name) for name in split_author_value(body)) and len(split_author_value(body)) > 1:
        return None
    return people, body


def _access_date(value: str) -> str | None:
    """When a web page was read, as BibTeX's urldate writes it: Zotero's "2024-03-01 10:13:00" is 2024-03-01."""
    found = _ISO_DATE.match(value)
    return found.group(0) if found else value or None


def _span(first: str, last: str) -> str:
    return f"{first}-{last}" if first and last else first
