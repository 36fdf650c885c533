"""Linking records into sources: a record either fills a source that is the same work or starts one.

Pure: which source a record matches is `cmo.bib.dedupe`; this module builds the source a record starts
(with a citation key when the export gave none) and merges a duplicate into its source without
overwriting anything already there. `cmo ingest` stores the result.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from operator import attrgetter
from urllib.parse import unquote, urlsplit

from cmo.bib.citations import a_person, better_journal_name, cited_body, family_name, is_others, journal_title
from cmo.bib.dedupe import other_journals, record_profile, registration_of
from cmo.bib.readers import ORIGIN, Problem
from cmo.bib.readers.bibtex import unbraced
from cmo.language import english_words, words_of, written_in
from cmo.models import Appraisal, Bibliographic, Record, Source, trusted
from cmo.normalise import (
    INITIAL,
    JOINING_WORDS,
    ORIGINAL_AUTHORS,
    ORIGINAL_TITLE,
    TITLE_STOPWORDS,
    TITLE_WORD_LENGTH,
    UNSPACED_WORD_LENGTH,
    abbreviated_name,
    better_cased,
    better_written,
    clean_text,
    database_doi,
    database_link,
    doi_in_url,
    fold,
    given_first_name,
    hyphenated_word,
    in_capitals,
    initials_of,
    is_generated_key,
    is_grey,
    normalise_doi,
    record_page,
    title_text,
    unique_key,
    work_address,
    written_without_spaces,
)

_CASED_FIELDS = ("title", "container", "publisher")
"""Fields written in words, which some databases write in capitals: a linked record's proper case is preferred (so
are the authors' names, `_cased_names`)."""
_GAP_FIELDS = ("title", "year", "doi", "pmid", "container", "volume", "issue", "pages", "publisher", "url", "urldate", "abstract")


def prepare_record(record: Record) -> tuple[str, object]:
    """Per-record work that needs nothing from the review: done where the record is read."""
    return record_fingerprint(record), record_profile(record)


def new_source(record: Record, sources: Mapping[str, object], origin: str, problems: list[Problem]) -> Source:
    """The source a record starts, its title without the full stop a database ends it with (`title_text`), its journal
    without what the NLM's catalogue adds after it (`journal_title`); a citation key already taken is made unique, and that is a
    problem to report. An exporter's generated key (`is_generated_key`: Scopus's `Dowson2020103502`) gives way to the
    author-year key a record without one gets, so the key is the same whichever database's record came first. Its origin
    is the route the record names for itself (`ORIGIN`: a grey list's "Found via"), else the file's."""
    if (
        not record.key
        or is_generated_key(record.key, record.authors, record.year, record.pages, record.doi or "")
        or _database_key(record)
        or record_number_key(record)
    ):
        key = unique_key(citation_key(record), sources, first_plain=True)
    else:
        key = record.key
    if key in sources:
        unique = unique_key(key, sources)
        problems.append(
            Problem(
                record.provenance.file,
                record.provenance.line,
                f"citation key '{key}' already names a different source; this one was added as '{unique}'.",
            )
        )
        key = unique
    values = record.__dict__
    data = {name: values[name] for name in _SOURCE_FIELDS_OF_RECORD}
    data["authors"], data["extra"] = list(record.authors), dict(record.extra)
    data["title"] = title_text(data["title"])  # the record keeps its title as read (and its fingerprint)
    data["container"] = journal_title(data["container"], journal=record.type == "article")
    data["url"] = _work_url(data["url"], data["doi"])
    # Built without validation: every value comes from a Record pydantic has already checked, and every field is given.
    return trusted(
        Source,
        {
            "key": key,
            **data,
            "records": [record.provenance],
            "status": "unscreened",
            "exclusion_reason": "",
            "screened_by": "",
            "screening_note": "",
            "maybe": False,
            "screeners": {},
            "appraisal": Appraisal(),
            "origin": record.extra.get(ORIGIN) or origin,
            "edited": [],
        },
    )


def _database_key(record: Record) -> bool:
    """A key of the first author's family name and year alone (`Dennis2002`) on a record a subscription database
    exported (its link is the database's own page of it, `database_link`, or it names the database as its `source`):
    the database's key, made as its `Huang2020788` is where the work has a first page, so it gives way as that one
    does (trial AD: one Scopus file kept one and remade the other). The same key from a person's library, with no
    database's link, is the person's and stays; the file's key still finds the source (`Store.record_key_aliases`)."""
    if not (record.key and record.authors and record.year):
        return False
    if not (database_link(record.url) or fold(record.extra.get("source", "")) in _DATABASES):
        return False
    family = fold(record.authors[0].split(",", 1)[0]).replace(" ", "")
    return bool(family) and fold(record.key).replace(" ", "") == f"{family}{record.year}"


_RECORD_NUMBER_KEY = re.compile(r"([A-Za-z]{1,4})[-_:]?(\d{1,7})")


def record_number_key(record: Record) -> bool:
    """A key that is a library's or a journal system's number for the record, a few capitals and a number that is no
    year: EndNote's BibTeX export names each entry by its record number (`@article{RN22,`, the `ID - 895` of its RIS),
    Open Journal Systems (AJOL) by the journal's initials and the article's number (`GH1301`), Publish or Perish by its
    own name and the entry's place in the results, in small letters and padded to its width (`pop0009`). Such a key means nothing
    in a citation and clashes between libraries, as README says of record numbers: the source gets cmo's author-year
    key, and the file's key still names it. Capitals that open the first author's name ("WHO12" of the World Health
    Organization) or give its initials are a person's key, and so is a year (`WHO2020`, `RN2019`). DiVA's BibTeX key,
    its first author's family name and its PID (`Gustafsson1091234`, `_diva_pid`), is its record number too."""
    if record.provenance.format == "bibtex" and _diva_pid(record):
        return True
    found = _RECORD_NUMBER_KEY.fullmatch(record.key.strip()) if record.key else None
    if not found:
        return False
    letters, number = found.group(1).lower(), found.group(2)
    if len(number) == 4 and 1500 <= int(number) <= 2099:
        return False
    if not found.group(1).isupper() and not number.startswith("0"):
        return False  # small letters are a record number's only before a counter padded to its width ("pop0009"): "ref1" stays
    first = record.authors[0] if record.authors and not is_others(record.authors[0]) else ""
    if first:
        words = fold(first.replace(",", " ")).split()
        initials = "".join(word[0] for word in words if word not in JOINING_WORDS)
        if "".join(words).startswith(letters) or initials.startswith(letters):
            return False
    return True


_DATABASES = frozenset({"scopus", "web of science", "embase", "medline", "pubmed", "psycinfo", "cinahl"})
"""Databases a BibTeX export names as its records' `source` (Scopus's `source = {Scopus}`)."""


_SOURCE_FIELDS_OF_RECORD = tuple(name for name in Bibliographic.model_fields if name != "key")


def citation_key(record: Record) -> str:
    """`schlief2022synthesis`: for records whose export gives no key (RIS, MEDLINE). A key starts with whom the work is
    cited by (`family_name`, `cited_by`): its first author's family name, a body's name with the place after its comma
    (`_PLACE_WORDS`: "ministryofhealthkenya2018…"), or with none the body that published it ("nhsengland2020…",
    `cited_body`: never a journal's name, trial AK's "lancetlondonengland2018…"); with neither, its title's word comes
    before the year ("department2018", "shared2008"), so no key starts with a number. A trial's registry record that
    names no author (Cochrane CENTRAL's record of ClinicalTrials.gov's NCT02859935, `registration_of`) is keyed by its
    registry number, as trials are cited by it, not by its official title's initials; one naming its investigator or
    sponsor is keyed by them, as any work."""
    first = record.authors[0] if record.authors and record.authors[0] != "others" else None
    person = bool(first and a_person(first))
    if not first and (registered := registration_of(record)):
        return fold(min(registered)).replace(" ", "")  # a registry record with no author: its number (`nct02859935`)
    by = (family_name(first) if first else "") or cited_body(record)
    if person or "," not in by:
        family = _key_name(by, person=person, known_as=() if person else _initials_given(by, record))
    else:  # a body's name and, after a comma, its place ("Ministry of Health, Kenya") or a unit of it ("…, School of…")
        head, *after = map(str.strip, by.split(","))
        places = [part for part in after if 1 <= len(fold(part).split()) <= _PLACE_WORDS]
        family = "".join(_key_name(part, known_as=_initials_given(part, record)) for part in [head, *places])
    word = _first_title_word(record.title)[:TITLE_WORD_LENGTH]
    if written_without_spaces(word):
        word = word[:UNSPACED_WORD_LENGTH]  # a Chinese or Japanese title's opening run is a phrase, not a word
    year = record.year if record.year and 1000 <= record.year <= 2999 else ""  # four digits, or none
    key = f"{family}{year}{word}" if family else f"{word}{year}"
    return key or f"{record.provenance.format}{record.provenance.line}"


_KEY_NAME_LENGTH = 20
_PLACE_WORDS = 2
"""The most words a part of a body's name after a comma has that its key keeps: a place ("Kenya", "South Africa"), which
tells two ministries of health apart; a unit's longer name ("School of Food Science and Nutrition") is left to citations."""


def _key_name(name: str, *, person: bool = False, known_as: tuple[str, ...] = ()) -> str:
    """Whom a key names, as `fold` spells it: the name whole up to 20 letters ("nhsengland", "britishredcross"); a
    longer body's name by the initials the record itself writes for it (`known_as`, `_initials_given`: "NICE" for
    "National Institute for Health and Care Excellence"), or else by its initials, as bodies are known ("World Health
    Organization" is "who", "Medicines and Healthcare products Regulatory Agency" "mhra", "Department for Transport"
    "dft"), the words it begins with a capital (every word but joining words when it is all in capitals), a word that is
    itself initials, in capitals in a name that is not, whole ("UK Health Security Agency" is "ukhsa"); never a name
    cut mid-word ("worldhealthorganizat"). A person's family name, one long word, or a name with fewer than two such
    words, is cut at 20 letters."""
    if person:
        return fold(name).replace(" ", "")[:_KEY_NAME_LENGTH]
    if known_as and (_LEADING_SHORT_NAME.match(name) or _bracketed_name(name)):
        return fold(known_as[0])  # "SBU – Statens beredning…", "Arbeids- og velferdsetaten (NAV)": the name says so
    name = _without_brackets(name) or name  # "Foundations (What Works Centre for Children & Families)": "foundations"
    folded = fold(name).replace(" ", "")
    if len(folded) <= _KEY_NAME_LENGTH:
        return folded
    if known_as:
        return fold(known_as[0])
    words = [word for word in re.split(r"[\s/-]+", clean_text(name)) if fold(word)]
    capitals = in_capitals(name)
    initials = "".join(
        fold(word) if not capitals and in_capitals(word) else fold(word)[0]  # "UK Health Security Agency": "ukhsa"
        for word in words
        if fold(word) not in JOINING_WORDS and (capitals or word[:1].isupper())
    )
    if len(initials) < 3:  # "Department for Education": "dfe", as the body is known, never "de"
        initials = "".join(fold(word)[0] for word in words if capitals or word[:1].isupper() or fold(word) in JOINING_WORDS)
    return initials if len(initials) > 1 else folded[:_KEY_NAME_LENGTH]


_LEADING_SHORT_NAME = re.compile(r"\s*(?P<short>[A-Z][A-Z0-9&]{1,7})\s*[–—:-]\s+\S")
"""A body's short name before its full name and a dash or colon: "SBU – Statens beredning för medicinsk och social
utvärdering", "SBU – Swedish Agency for Health Technology Assessment…", "NAV: Norwegian Labour and Welfare
Administration"."""


def _without_brackets(name: str) -> str:
    return clean_text(re.sub(r"\([^()]*\)", " ", name))


def _bracketed_name(name: str) -> bool:
    """A body's name ending in its short name in brackets ("Arbeids- og velferdsetaten (NAV)")."""
    return bool(re.search(r"\([A-Z][A-Z0-9&]{1,7}\)\s*$", name))


def _initials_given(name: str, record: Record) -> tuple[str, ...]:
    """The initials a body is known by, as its record writes them: in brackets after its name ("National Institute for
    Health and Care Excellence (NICE)"), as its publisher ("NICE", as Zotero keeps a report's), or as the name of its web
    site ("www.nice.org.uk", "iris.who.int"). Such a word is the body's initials where its letters are first letters of
    the name's words, in order, from the first word's to the last word's: a body's usual initials may pass over a word
    ("NICE" over "Health"), never begin or end elsewhere ("Care" is no initials of it, nor "nice.org" of another name).
    A short name the body's name begins with before a dash ("SBU – Statens beredning…", `_LEADING_SHORT_NAME`) is the
    name it is known by, and so is one in brackets after its name that also names its web site, whatever language
    the initials are of ("Arbeids- og velferdsetaten (NAV)" at www.nav.no: trial AH)."""
    leading = _LEADING_SHORT_NAME.match(name)
    if leading:
        return (leading["short"],)
    bracketed = re.findall(r"\(([^()]+)\)", name)
    host = (urlsplit(record.url).hostname or "") if record.url and "://" in record.url else ""
    labels = host.removeprefix("www.").split(".")
    own_site = tuple(word for word in bracketed if fold(word) in labels and in_capitals(word))
    given = [*bracketed, record.publisher, *labels]
    whole = _without_brackets(name)
    names = (whole, re.split(r"\s+(?:and|&)\s+", whole)[0])  # the first body a name lists ("ONS" of "… and Census Bureau")
    return own_site + tuple(
        word for word in given if word and len(word.split()) == 1 and any(initials_of(word, each) for each in names)
    )


def _first_title_word(title: str) -> str:
    """The title's first word that is not a stop word nor starts with a number, as `fold` spells it: folded word by
    word, as far as needed. A key's year is followed by letters only: "A 5-year randomized…" made "trento20045" (trial
    P), which reads as a year of 20045; a number's word ("5-year", "12-month", "2019-nCoV") is passed over whole. An
    article of another language is passed over as "the" is (`_ARTICLES`: "La percepción…", "Der Einfluss…"), unless
    written in capitals (the acronym "UN", "LA"), and so is an article or preposition elided before an apostrophe
    ("L'interprétariat…", "Dell'assistenza…", "D'une…": one letter, or `_ELIDED`). A word of letters joined by hyphens
    is one word, without them, as far as 15 letters go by whole parts ("Co-responder…" is "coresponder", "Re-thinking…"
    "rethinking", "Evidence-informed…" "evidence"), where the first part alone made "lamanna2018co" (trial DC); a key
    already stored never changes, whatever this rule now makes (`new_source`)."""
    for written in title.split():
        elided = _ELISION.match(written)
        if elided and (len(fold(elided["head"])) == 1 or fold(elided["head"]) in _ELIDED):
            written = elided["rest"]  # the word the elided article or preposition stands before
        if joined := hyphenated_word(written):
            return joined
        words = fold(written).split()
        if words and words[0][0].isdigit():
            continue
        capitals = in_capitals(written)
        for word in words:
            if word not in _TITLE_STOPWORDS and (capitals or word not in _ARTICLES):
                return word
    return ""


_ARTICLES = frozenset(
    "le la les un une des du el los las una unos unas del il lo gli uno der die das ein eine het een de".split()
    + "o os um uma uns umas".split()
)
"""Articles (and "de", "des", "du", "del": of the) of French, Spanish, Italian, German, Dutch and Portuguese, which a key's
title word passes over as it does "the" and "a" (trial BX 9: "O tratamento supervisionado…" was keyed "terra2008o").
Portuguese "as" (the, plural) is not among them: it is the English word too ("As good as…"), and a key made of it
still names the work; a key already stored never changes, whatever this rule now makes (`new_source`)."""
_ELISION = re.compile(r"(?P<head>[^\W\d_]+)['’](?P<rest>[^\W\d_].*)")
_ELIDED = frozenset({"qu", "un", "dell", "dall", "nell", "sull", "all", "quell"})
"""Elided words longer than one letter ("Dell'assistenza", "Nell'ambito", "Qu'est-ce"): the word after is the title's."""
_TITLE_STOPWORDS = TITLE_STOPWORDS


def link_record(source: Source, record: Record) -> Source:
    """A duplicate keeps its record and fills the source's gaps (a title as `title_text` keeps it). Nothing already
    there is overwritten, but by a better form of it (`_better`): the same words written with more in them (Web of
    Science's "BMC PUBLIC HEALTH", PubMed's "Cadernos de saude publica": `better_cased`), the original title for
    MEDLINE's bracketed translation, a link to the work for a database's login page; nor is any field a reviewer
    corrected (`Source.edited`), even one they left empty. A record in another journal than the source's (a meeting
    abstract in a journal's supplement, merged by hand into the paper it became) gives no volume, issue or pages: they
    are its place in its own journal (helper K3: Hyde et al. 2022 in Health & Justice was cited "10(1): 77–78", the
    pages of its abstract in Health Services Research)."""
    updates: dict = {"records": [*source.records, record.provenance]}
    journal = source.type == "article"
    elsewhere = other_journals(source.container, record.container)
    for name in _GAP_FIELDS:
        if elsewhere and name in ("volume", "issue", "pages"):
            continue
        had, given = getattr(source, name), getattr(record, name)
        if name == "title":
            given = title_text(given)
            if had and given and name not in source.edited and (nlm_case := _nlm_title(source, record, had, given)):
                if nlm_case == "given":
                    updates[name] = given
                continue
        elif name == "container":
            given = journal_title(given, journal=journal)
        if given and name not in source.edited and (better := given if not had else _better(name, had, given, journal)):
            updates[name] = better
    if not source.authors and record.authors:
        updates["authors"] = record.authors
    elif "authors" not in source.edited and (fuller := _fuller(source.authors, record.authors)):
        updates["authors"] = fuller
    elif "authors" not in source.edited and (filled := _filled(source.authors, record.authors)):
        updates["authors"] = filled
    elif "authors" not in source.edited and (split := _split_as_given(source.authors, record.authors)):
        updates["authors"] = split
    elif "authors" not in source.edited and (cased := _cased_names(source.authors, record.authors)):
        updates["authors"] = cased
    elif "authors" not in source.edited and (body := _body_named_whole(source.authors, record.authors)):
        updates["authors"] = body
    if "url" not in source.edited:
        url = updates.get("url", source.url)
        if url != (kept := _work_url(url, updates.get("doi", source.doi))):
            updates["url"] = kept
    extra = {**record.extra, **{name: _kept(value, record.extra.get(name)) for name, value in source.extra.items()}}
    title, other = (updates["title"], source.title) if "title" in updates else (source.title, title_text(record.title))
    if other and other != title and _english_for_another_language(other, title):
        extra.setdefault(ORIGINAL_TITLE, other)  # the title in its own language, shown beside the English one, either order
    shown = updates.get("authors", source.authors)
    if "authors" not in source.edited and (names := _names_in_titles_script(shown, title, record)):
        if names[0] != shown:
            updates["authors"] = names[0]
        extra.setdefault(ORIGINAL_AUTHORS, names[1])
    if extra != source.extra:
        updates["extra"] = extra
    if "type" not in source.edited and source.type == "misc" and _says_more_than_misc(record):  # trial AG: a grey
        updates["type"], updates["grey"] = record.type, source.grey or is_grey(record.type)  # list's "Report" after PoP's
    elif "type" not in source.edited and source.type == "book" and record.type == "report":
        updates["type"], updates["grey"] = record.type, source.grey or is_grey(record.type)  # Scholar's @book of a report
    return source.model_copy(update=updates)


def _mostly_latin(text: str) -> bool:
    """Whether most of a text's letters are of the Latin alphabet, as `fold` spells them ("β-blockers in …" is)."""
    letters = [character for character in fold(text) if character.isalpha()]
    return sum(character.isascii() for character in letters) * 2 > len(letters)


def _names_in_titles_script(authors: list[str], title: str, record: Record) -> tuple[list[str], str] | None:
    """Where a linked record names the work's authors in another script than the source does, as many of them (CiNii's
    "鶴若, 麻理" beside J-STAGE's "Mari Tsuruwaka"): (the names in the script of the title the source shows, the other
    names joined by "; "), so an English title is cited with the names in Latin letters and a Japanese title with the
    Japanese names, never one with the other's (helper K6); the other names are kept (`ORIGINAL_AUTHORS`). None where
    the scripts agree, either list mixes them, or the lists differ in length."""
    given = record.authors
    if not authors or not title or len(given) != len(authors) or "others" in given or "others" in authors:
        return None
    ours = {_mostly_latin(name) for name in authors}
    theirs = {_mostly_latin(name) for name in given}
    if len(ours) != 1 or len(theirs) != 1 or ours == theirs:
        return None  # mixed, or one script on both sides
    if ours == {_mostly_latin(title)}:
        return list(authors), "; ".join(given)  # cited as the title is written: the record's names kept beside
    return list(given), "; ".join(authors)


_NLM_FORMATS = frozenset({"medline", "pubmed_xml"})
"""The formats of the NLM's own records (PubMed's MEDLINE export, its XML): titles in sentence case, names' capitals kept."""


def _nlm_title(source: Source, record: Record, had: str, given: str) -> str:
    """How a title in sentence case from the NLM (PubMed/MEDLINE, `_NLM_FORMATS`) and the same title with a capital on
    more of its words (Web of Science's and Scopus's Title Case: "The Effectiveness of Alcohol Screening…") settle, in
    either order: the NLM's form is the title, since it keeps the capitals of names and drops only a style's (trial BR:
    "…emergency departments: a multicentre…" lost to "…Emergency Departments: A Multicentre…", taken for names the
    NLM's title had lost). "given" where the record is the NLM's and `had` is its Title Case; "kept" where the source
    holds an NLM record and `given` is `had`'s Title Case; "" otherwise (`_better` decides, as for any title)."""
    if record.provenance.format in _NLM_FORMATS and _more_capitals_of(had, given):
        return "given"
    if any(held.format in _NLM_FORMATS for held in source.records) and _more_capitals_of(given, had):
        return "kept"
    return ""


def _more_capitals_of(cased: str, sentence: str) -> bool:
    """Whether `cased` is `sentence` with capitals on more of its words: the same characters but for case, each capital
    of `sentence` a capital of `cased` too, and more of them."""
    if len(cased) != len(sentence) or cased.lower() != sentence.lower() or cased == sentence:
        return False
    pairs = list(zip(cased, sentence, strict=True))
    return all(a.isupper() for a, b in pairs if b.isupper()) and any(a.isupper() and b.islower() for a, b in pairs)


def _says_more_than_misc(record: Record) -> bool:
    """Whether a linked record's type tells a generic record ("misc") what the work is: a grey list's "Report" does
    (trial AG); a journal article does only where the record names the journal it is in or its volume, issue or pages.
    A label a team typed ("Review") that a table reads as an article, beside a web page's Zotero record with the site's
    name as its journal, is no journal paper: the page stays a web page (trial AJ)."""
    if record.type == "misc":
        return False
    return record.type != "article" or bool(record.container or record.volume or record.issue or record.pages)


def _fuller(had: list[str], given: list[str]) -> list[str]:
    """A linked record's fuller author list, where the source's names the same people in the same order as far as it goes
    and leaves some out (CENTRAL's first ten of a paper's fourteen, a list cut with "and others", or the first authors and
    the last): every person the source names is in the record's list, in its order, the first author first, and the
    record names more. Each person keeps the fuller of the two names (`_filled`: "Fairall, L. R." and "Fairall, Lara R").
    [] where the record names no one more, or names other people (trial AO: a CENTRAL record of 10 authors kept, the
    EndNote library's 14 lost in the export back)."""
    named = [name for name in had if not is_others(name)]
    theirs = [name for name in given if not is_others(name)]
    if not named or len(theirs) <= len(named):
        return []
    families = [fold(family_name(name)) for name in theirs]
    at, places = 0, []
    for name in named:
        family = fold(family_name(name))
        while at < len(families) and families[at] != family:
            at += 1
        if at == len(families) or not family:
            return []
        places.append(at)
        at += 1
    if places[0] != 0:
        return []
    fuller = list(theirs)
    for name, place in zip(named, places, strict=True):
        kept = _filled([name], [theirs[place]])
        fuller[place] = kept[0] if kept else name
    if any(is_others(name) for name in given) and not any(is_others(name) for name in fuller):
        fuller.append(next(name for name in given if is_others(name)))
    return fuller


def _filled(had: list[str], given: list[str]) -> list[str]:
    """The source's authors with a person's initials filled from a linked record's given names for the same person
    ("Kirubarajan, A." beside "Kirubarajan, Abirami": Publish or Perish gives initials, Zotero and PubMed the names;
    trial V): the same family name (accents and capitals aside) at the same place in both lists, the source's given
    name initials alone (`_INITIALS`: Scopus's "Tan, E.C.", Web of Science's "Tan, EC", Europe PMC's accented
    "Andersén, Å."), the record's a fuller name they are the initials of ("Ong, M. K." of "Ong, Michael K"). Name by
    name, so a record listing fewer authors (PubMed's first three, Embase's first ten) still fills those it names, where
    the two lists name the same people as far as both go (trials AH, AK). A family name written with its accents by the
    record and without them by the source takes them (`_accents`: "Molbak" of Web of Science is Embase's "Mølbak", trial
    AS). [] where nothing changes."""
    families = [(fold(mine.partition(",")[0]), fold(theirs.partition(",")[0])) for mine, theirs in zip(had, given, strict=False)]
    if any(mine != theirs and "others" not in (mine, theirs) for mine, theirs in families):
        return []  # the lists name other people somewhere: neither list's names are taken for the other's
    filled = list(had)
    for at, (mine, theirs) in enumerate(zip(had, given, strict=False)):
        family, comma, initials = mine.partition(",")
        other_family, other_comma, names = theirs.partition(",")
        initials, names = initials.strip(), names.strip()
        if not (other_comma and fold(family) and fold(family) == fold(other_family) and a_person(theirs)):
            continue
        spelt = other_family.strip() if _accents(other_family) > _accents(family) else family.strip()  # "Mølbak", not "Molbak"
        if initials and not _INITIALS.fullmatch(initials):
            filled[at] = f"{spelt}, {initials}" if spelt != family.strip() else mine
            continue  # the source names the person already
        letters = [letter for letter in initials if letter.isalpha()]
        firsts = [word[0] for word in re.split(r"[\s.-]+", names) if word]
        if len(names.replace(".", "").replace(" ", "")) > len(letters) and firsts[: len(letters)] == letters:
            filled[at] = f"{spelt}, {names}"  # their given name, the family name with its accents whichever gave them
        elif spelt != family.strip():
            filled[at] = f"{spelt}, {initials}" if initials else spelt
    return filled if filled != had else []


def _cased_names(had: list[str], given: list[str]) -> list[str]:
    """The source's authors with each name whose family name (or body's name) a database wrote in capitals ("AGE UK",
    "HOLDING, E.") in the case a linked record writes the same name ("Age UK", "Holding, E."), as a title, journal or
    publisher in capitals takes a linked record's (`_CASED_FIELDS`, `better_cased`): name by name, where the two lists
    name the same people in the same order. [] where nothing changes."""
    if len(had) != len(given) or any(fold(mine) != fold(theirs) for mine, theirs in zip(had, given, strict=True)):
        return []
    cased = [
        theirs if in_capitals(mine.partition(",")[0]) and better_cased(mine, theirs) else mine
        for mine, theirs in zip(had, given, strict=True)
    ]
    return cased if cased != had else []


def _accents(name: str) -> int:
    """How many letters of a name are written beyond ASCII: a database that writes "Molbak" for "Mølbak" has lost them
    (trial AS: Web of Science's ASCII names won over Embase's), and a linked record that has them gives them back."""
    return sum(not letter.isascii() for letter in name if letter.isalpha())


_INITIALS = re.compile(rf"(?:{INITIAL}\.?(?:\s*-\s*|\s+)?){{1,6}}")
"""A given name written as initials alone: "E.", "E.C.", "E. C.", "EC", "J.-P.", "Å.", Dutch names' many ("S. M. M. M.")."""


_AND = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


def _body_named_whole(had: list[str], given: list[str]) -> list[str]:
    """A body whose name has "and" in it ("NHS Greater Glasgow and Clyde"), which a BibTeX author field splits into two
    names (Publish or Perish writes Scholar's author so), takes its whole name from a linked record that gives it as one
    name, no person's (Zotero's CSL `literal`, a RIS `AU`): the names joined by "and" (or "&") are that name, word for
    word, a part read as a person's name ("Health, Child") as it was written ("Child Health"). A name a record gives that
    reads as a person's is never taken for a body's. [] where nothing changes."""
    if len(had) < 2 or len(given) != 1 or "," in given[0] or a_person(given[0]):
        return []
    whole = fold(_AND.sub(" and ", given[0]))
    written = [_written_given_first(name) if "," in name else name for name in had]
    return list(given) if whole == fold(" and ".join(written)) else []


def _split_as_given(had: list[str], given: list[str]) -> list[str]:
    """The source's authors with each person's name split where a linked record's "Family, Given" splits it, where the
    source's is the split a name written given name first gets (`given_first_name`: OpenAlex's display name "Bogdan
    Chiva Giurca" is "Giurca, Bogdan Chiva") and the record's is another split of the same words in the same order
    (Dimensions' "Chiva Giurca, Bogdan"): a family name of several words is known only where a record writes it so,
    so that split wins whichever record was read first (trial W). A name the source keeps whole, unsplit (a lone
    given-name-first name in JSTOR's RIS, "Rebecca Gillespie"), takes the split a record's comma gives the same words
    ("Gillespie, Rebecca"); a name without a comma never replaces a split one (trial Z). [] where nothing changes."""
    if len(had) != len(given) or had == given:
        return []
    split = [given_name if _resplit(had_name, given_name) else had_name for had_name, given_name in zip(had, given, strict=True)]
    return split if split != had else []


def _resplit(had: str, given: str) -> bool:
    """`given` splits the same words as `had`, which is kept whole or reads as a split made from a name given first,
    differently. Only a comma splits a name: `given` without one decides nothing."""
    if "," not in given:
        return False
    if "," not in had:
        return fold(had) == fold(_written_given_first(given))
    return (
        fold(had) != fold(given)
        and _given_first(had) == had
        and _given_first(given) != given
        and fold(_written_given_first(had)) == fold(_written_given_first(given))
    )


def _written_given_first(name: str) -> str:
    """ "Chiva Giurca, Bogdan" → "Bogdan Chiva Giurca": a name as a display name writes it."""
    family, _, given = name.partition(",")
    return f"{given} {family}"


def _given_first(name: str) -> str:
    """The split `given_first_name` makes of a name written given name first."""
    return given_first_name(_written_given_first(name)) if "," in name else ""


def _better(name: str, had, given, journal: bool = True):
    """A better form of what the source has from a linked record, or '': the same words with the accents or capitals
    the source's lost (`better_written`: a name's capitals count, a title's are a style's); the original-language title
    another database gives for MEDLINE's translation in square brackets ("[Social inequalities and women's
    satisfaction…]"; the PubMed record keeps its translation); a link to the work for a subscription database's page
    of its record (`database_link`: Embase's). A title written all in lower case (`_in_lower_case`) lost the capitals
    of the names in it ("…in scotland"): it never replaces one written with capitals, even with accents the other
    lacks (one all in capitals, which lost them too, aside), and the same letters with capitals replace it
    (`better_cased`, as for a journal's name "bmj"), whichever record came first (trial AG: Google Scholar's title
    beside a grey list's); a title whose subtitle's colon is lost takes the one that keeps it (`_subtitle_lost`); a
    journal's name the NLM abbreviates takes the name in full (`abbreviated_name`); a DOI an index wrote all in lower
    case (OpenAlex's), the same DOI with the capitals its publisher gives it; a first page alone, the whole range
    that starts there. A value a source keeps in braces
    that only protect it ("{116}", "{1514-1520}": `unbraced`) takes the record's same value without them, so ingesting
    the file again mends a source read before."""
    if isinstance(had, str) and had.startswith("{") and unbraced(had) == given:
        return given  # "{116}", as the BibTeX reader kept Web of Science's `{{116}}` before it read the value (trial AG)
    if name == "container" and (named := journal_title(had, journal=journal)) != had:
        return _better(name, named, given, journal) or named  # a source stored before names were cleaned
    if name == "title" and _english_for_another_language(had, given):
        return given  # the work's English title for the one in another language (kept as its original: `link_record`)
    if name == "title" and _in_lower_case(had) != _in_lower_case(given) and not in_capitals(had):
        return given if _in_lower_case(had) and better_cased(had, given) else ""  # "…in scotland" lost a name's capital
    if name == "title" and _lowered_after_first(had) and _capitalised_inside(given) and not in_capitals(given):
        return given if better_cased(had, given) else ""  # Scholar's "National at home/chez soi final report" (AQ 6)
    if name == "publisher" and (shorter := _without_place(had, given)):
        return shorter
    if name == "container" and fold(had) == fold(given):
        return better_journal_name(had, given)  # Ovid's "JAMA" is never Google Scholar's "Jama" (trial AQ 7)
    if name in _CASED_FIELDS and (better := better_written(had, given, name=name != "title")):
        return better
    if name == "container" and journal and abbreviated_name(had, given):
        return given  # the journal's name in full for the NLM's abbreviation ("Scand J Work Environ Health": trial AH)
    if name == "title":
        translated = _translated(had) and not _translated(given)
        return given if translated or _subtitle_lowered(had, given) or _subtitle_lost(had, given) else ""
    if name == "doi" and had != given and had.lower() == given.lower() and had == had.lower():
        return given  # OpenAlex and Crossref lower-case every DOI; the publisher's capitals ("bjgpopen20X101096", trial AP)
    if name == "doi" and database_doi(had) and given and not database_doi(given):
        return given  # the journal's DOI for Informit's DOI of its own record (`database_doi`)
    if name == "url" and _names_no_work(had) and work_address(given) and not record_page(given):
        return given  # a linked record's page of the work for a site's home page (trial CF 6)
    if name == "url" and record_page(had):
        return given if not record_page(given) or database_link(had) and not database_link(given) else ""
    if name == "pages" and isinstance(had, str) and isinstance(given, str) and "-" not in had and "-" in given:
        return given if given.partition("-")[0].strip() == had.strip() else ""  # "40" of "40-48" (trial AL 5)
    if name == "pages" and isinstance(had, str) and isinstance(given, str) and _own_pages_for(had, given):
        return given  # an online article's number ("64") for the "1-13" of its PDF (trial BD 5)
    return ""


_ARTICLE_NUMBER = re.compile(r"[A-Za-z]?\d+")
"""A single number an online journal cites an article by, as databases give it: "64", "106482", PLOS's "e0123"."""


def _own_pages_for(had: str, given: str) -> bool:
    """Whether a source's pages are a range from page 1 ("1-13": the article's own PDF, as EBSCO's SP/EP give it) and a
    linked record gives a single number that is no page 1: the article number an online journal is cited by (Scopus's
    and OpenAlex's "64"), which a citation gives rather than the count of its pages (`dedupe._number_and_own_pages`
    reads the pair as one work's). Trial BD: the export's `pages = {1--13}` for an article cited as 15, 64."""
    first, dash, last = had.partition("-")
    return (
        bool(dash)
        and first.strip() == "1"
        and last.strip().isdigit()
        and _ARTICLE_NUMBER.fullmatch(given.strip()) is not None
        and given.strip() != "1"
    )


def _kept(had: str, given: str | None) -> str:
    """A source's own field (`extra`) as a linked record leaves it: as it was, but a value in braces that only protect it
    (`unbraced`: "{English}", "{JUN}", as the BibTeX reader kept Web of Science's `{{English}}` before) for the record's
    reading of that field."""
    return given if given and isinstance(had, str) and unbraced(had) != had else had


def _lowered_after_first(text: str) -> bool:
    """Every word after the first begun in lower case, three words or more after it: a title whose names lost their
    capitals too ("National at home/chez soi final report", as Google Scholar's BibTeX writes every title), which the
    same letters with capitals from another record replace, whichever came first."""
    words = _TITLE_WORD.findall(text)[1:]
    return len(words) >= 3 and all(word[0].islower() for word in words)


def _capitalised_inside(text: str) -> bool:
    """A word begun with a capital inside a title: after its first word and not the first of a subtitle (a style's
    capital: "…: A mixed-methods study")."""
    return any(
        found.group(0)[0].isupper() and not re.search(r"[:.?!]\s*[\"'“‘(]?$", text[: found.start()])
        for found in list(_TITLE_WORD.finditer(text))[1:]
    )


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PLACE_WORDS_AFTER = 4


def _without_place(had: str, given: str) -> str:
    """A linked record's publisher where the source's is that name with a place after it ("Mental Health Commission of
    Canada Calgary, AB", as Google Scholar writes a publisher with its city): the name alone, its words the first of the
    other's, a few words left (`_PLACE_WORDS_AFTER`), begun with a capital. '' otherwise."""
    mine, theirs = fold(had).split(), fold(given).split()
    rest = had.split()[len(given.split()) :]
    if not theirs or len(mine) <= len(theirs) or mine[: len(theirs)] != theirs or len(rest) > _PLACE_WORDS_AFTER:
        return ""
    return given if rest[0][:1].isupper() else ""


def _in_lower_case(text: str) -> bool:
    """Written all in lower case: letters in it, no capital among them."""
    return text == text.lower() and text != text.upper()


def _names_no_work(url: str | None) -> bool:
    """Whether an address is a site's home page or a section of it (`work_address`: no number nor slug in it), not a
    DOI's or a database's record page: a record that gives it for every work (trial CF 6, Social Care Online's
    `UR  - https://www.scie-socialcareonline.org.uk/`) names the site, and the report cited it as the address of Crisis's
    and Homeless Link's reports while the Zotero record of each gave the report's own page."""
    url = clean_text(url or "")
    return bool(url) and not work_address(url) and not record_page(url) and not doi_in_url(url)


def _work_url(url: str | None, doi: str | None) -> str | None:
    """A source's address: no database's page of its record (`record_page`: Lens.org's, Dimensions', Europe PMC's
    abstract page), nor a page named by another DOI than the work's (`_names_another_doi`: the Cochrane Library's page
    of a CENTRAL record), where the work has a DOI, which is its address; such a page only where the work has nothing
    else (the record keeps its own address as read)."""
    return None if doi and (record_page(url) or _names_another_doi(url, doi)) else url


_DOI_IN_ADDRESS = re.compile(r"10\.\d{4,9}/", re.I)


def _names_another_doi(url: str | None, doi: str) -> bool:
    """An address whose path names a DOI (`10.1002/central/CN-02076123` in the Cochrane Library's
    `/central/doi/10.1002/central/CN-02076123/full`) where the work's own DOI is not in it: the page of another
    object, a database's record of the work or a related item, never the work's page. A publisher's page naming the
    work's DOI (`/doi/full/10.1056/NEJMoa1911965`, PLOS's `?id=10.1371/…`) and an address naming no DOI stay."""
    address = unquote(url or "").lower()
    return bool(_DOI_IN_ADDRESS.search(address)) and (normalise_doi(doi) or doi.lower()) not in address


def _subtitle_lowered(had: str, given: str) -> bool:
    """Whether `given` is the same title with the word after a colon begun in lower case where `had` capitalises it
    (Scopus's "…care homes: A qualitative study" beside PubMed's, Embase's, CINAHL's "…: a qualitative study"). The one
    rule for a subtitle across linked records: its first word in lower case, as a title in sentence case has it, unless
    every record capitalises it (a name: "…: Ireland's…", "…: COVID-19…"). The rest must be the same, character for
    character, so which record came first does not matter."""
    if len(had) != len(given) or had == given or ":" not in had:
        return False
    differing = [at for at, (a, b) in enumerate(zip(had, given, strict=True)) if a != b]
    return all(had[at].isupper() and given[at] == had[at].lower() and re.search(r":\s+[\"'“‘(]?$", had[:at]) for at in differing)


def _subtitle_lost(had: str, given: str) -> bool:
    """Whether `had` is `given` with the colon before its subtitle lost, the same words in the same order (capitals,
    accents and other punctuation aside): Embase's "…patients with heart failure the better effectiveness after
    transition-heart failure (BEAT-HF) randomized clinical trial" beside PubMed's "…With Heart Failure: The Better
    Effectiveness After Transition -- Heart Failure (BEAT-HF) Randomized Clinical Trial" (trial AK). The title that
    keeps its subtitle apart is the title, whichever record came first."""
    return ":" in given and ":" not in had and fold(had).split() == fold(given).split()


def _english_for_another_language(had: str, given: str) -> bool:
    """Whether a linked record titles the work in English (the review's language) where the source has its title in
    another (`written_in`): the English title is the one shown and cited, the other kept as the work's original title
    (`link_record`). Trial CT: Hegewisch-Taylor 2020 was cited by its Spanish LILACS title, as LILACS's file came first,
    though PubMed gives the English one. A title `written_in` cannot tell (too few words of either) is left as it is, and
    MEDLINE's bracketed translation ("[Access to primary health care…]") is no title of the article's own."""
    if _translated(given):
        return False  # MEDLINE's translation in square brackets: the article's own title is the other (trial S)
    return bool(written_in(had)) and written_in(given) is None and _reads_as_english(given)


def _reads_as_english(title: str) -> bool:
    """Most of a title's words are English ones (the English lexicon, stop words): not a name or code alone."""
    words = [word for word in words_of(title) if len(word) > 1]
    return len(words) >= 3 and 2 * sum(word in english_words() for word in words) > len(words)


def _translated(title: str) -> bool:
    """MEDLINE's form of a title translated into English: the whole title in square brackets."""
    return title.startswith("[") and title.rstrip(".").endswith("]")


BRIDGED = "the same work as a record that joined this source, "
"""The start of why a record joins a source through another record as surely the same work as both (`_Linker._join`):
that record's FILE:LINE follows, and the basis it and this record were linked by."""
READ_BEFORE = "an earlier read of the same BibTeX entry (same file and citation key)"
"""Why a BibTeX entry whose content changed since it was last ingested joins the source it started."""
SAME_ROW = "an earlier read of the same record (same file, and same row or same title and year)"
"""Why a record of a file ingested again (a CSV whose header was corrected) joins the source its earlier read started."""
REPEATED_FROM = "the same record read before from "
"""The start of why a record another file repeats, same key and every field (a corrected export saved under a new
name), joins the source it started: the earlier file's name follows."""


_SCOPUS_EID = re.compile(r"^2-s2\.0-\d{6,}$")
_SCOPUS_EID_IN_ADDRESS = re.compile(r"^https?://(?:www\.)?scopus\.com/[^?#]*\?(?:[^#]*&)?eid=(2-s2\.0-\d{6,})(?:[&#]|$)", re.I)
_WOS_ACCESSION = re.compile(r"^(?:WOS|ISI):\s*([A-Z0-9]{10,})$", re.I)


def database_accession(record: Record) -> str:
    """A database's own number for the record it exported ("Scopus 2-s2.0-85062282548", "Web of Science
    000461270600041"), whatever the format: Scopus's EID is the key of its CSV's row (its `EID` column) and stands in the
    record's address in its BibTeX and RIS (`record.uri?eid=2-s2.0-…`); Web of Science's accession number is the key of
    its BibTeX entry (`WOS:…`, `ISI:…`) and its `Unique-ID`. "" where the record gives none. The same number in two
    files is one record of one search exported twice (Scopus's CSV for the screening sheet, its BibTeX for the reference
    manager): `REPEATED_FROM`, counted once in the document flow."""
    key = (record.provenance.key or "").strip()
    if _SCOPUS_EID.match(key):
        return f"Scopus {key}"
    if found := _SCOPUS_EID_IN_ADDRESS.match((record.url or "").strip()):
        return f"Scopus {found[1]}"
    for written in (key, str(record.extra.get("unique-id", "")).strip()):
        if found := _WOS_ACCESSION.match(written):
            return f"Web of Science {found[1].upper()}"
    return _diva_pid(record) or _publish_or_perish_result(record)


_DIVA_KEY = re.compile(r"(?P<name>\D+?)(?P<pid>\d{5,})")
"""DiVA's BibTeX key: its first author's family name, then the record's PID (`@article{Gustafsson260746,` for
diva2:260746, as DiVA's export writes it and JabRef's DiVA fetcher reads it)."""


def _diva_pid(record: Record) -> str:
    """DiVA's own number for a record (its PID, `diva2:1091234`), as each of its exports writes it: its CSV's `PID`
    column (a row of DiVA's CSV, known by its columns: `records._DIVA_COLUMNS`), and its BibTeX's key, the first author's family
    name then the PID (`_DIVA_KEY`; helper K2: one DiVA search saved as CSV and as BibTeX counted 3 extra records
    identified). A citation key of a reference manager's ('Gustafsson2017') has a year, not five digits or more,
    and one whose letters are not the first author's family name is no DiVA key. "" where the record gives none."""
    if record.provenance.format == "table":
        pid = str(record.extra.get("pid", "")).strip()
        return f"DiVA {int(pid)}" if pid.isdigit() and record.extra.get("db") == "DiVA" else ""
    if record.provenance.format != "bibtex" or not record.authors:
        return ""
    found = _DIVA_KEY.fullmatch((record.provenance.key or "").strip())
    letters = re.compile(r"[^a-z]")
    if not found or not (name := letters.sub("", fold(family_name(record.authors[0])))):
        return ""
    return f"DiVA {int(found['pid'])}" if letters.sub("", fold(found["name"])) == name else ""


_POP_KEY = re.compile(r"pop(\d{4,})")


def _publish_or_perish_result(record: Record) -> str:
    """Publish or Perish's place of a record in one search's results, with the address it gives the work: its CSV's
    `GSRank` (beside its `QueryDate`) and its BibTeX's key (`pop0001`), so one search saved as CSV and as BibTeX is one
    search exported twice (trial CZ: 14 Google Scholar records counted twice, 69 records identified of 55). The address
    keeps two searches apart, whose places both start at 1; "" where either is missing."""
    url = (record.url or "").strip()
    if not url or " " in url:
        return ""
    if (found := _POP_KEY.fullmatch((record.provenance.key or "").strip())) and record.provenance.format == "bibtex":
        return f"Publish or Perish {int(found[1])}@{url}"
    rank = str(record.extra.get("gsrank", "")).strip()
    if rank.isdigit() and record.extra.get("querydate"):
        return f"Publish or Perish {int(rank)}@{url}"
    return ""


_REFWORKS_ID = re.compile(r"^(?:RefWorks:)?RefID:(\d+)(?:-\S*)?$")
"""RefWorks' own number for a record of its library, as its RIS export writes it (`ID  - RefID:1040-puntis2018systematic`)
and its BibTeX export names the entry (`@article{RefWorks:RefID:1040-puntis2018systematic,`)."""


def library_number(record: Record) -> str:
    """A reference manager's own number for a record of its library, as its exports write it: EndNote XML's
    `<rec-number>`, a RIS export's `ID  - 127`, RefWorks' `RefID:1040-…` in its RIS and its BibTeX (`_REFWORKS_ID`: trial
    DC, one RefWorks folder exported as RIS and as BibTeX made 14 duplicates a search found again). The same number on
    the same work in two files is one library's record exported twice (EndNote's RIS and its XML of one library), which
    a document flow counts once (trial CS: 34 records of one library counted as 34 duplicates a search found again).
    "" where the record's key is no such number: a database's accession number or PMID standing in for it, or a
    citation key."""
    key = (record.provenance.key or "").strip()
    if found := _REFWORKS_ID.match(key):
        return found[1] if record.provenance.format in ("ris", "bibtex") else ""
    if record.provenance.format not in ("ris", "endnote_xml") or not key.isdigit():
        return ""
    accessions = {str(record.extra.get(name, "")).strip() for name in ("accession-num", "AN")}
    return "" if key in accessions or key == (record.pmid or "") else key


SCREENING_COPY_OF = "a screening tool's copy of a record already in the review: "
"""The start of why a record a screening tool exported (Rayyan's, Covidence's CSV of the records a team screened,
`records.SCREENING_COPY`) joins a source already in the review: the basis it was linked by follows ("same DOI")."""


def re_read(provenance) -> bool:
    """Whether a record is a re-read of one ingested before (`READ_BEFORE`, `SAME_ROW`, `REPEATED_FROM`), or a screening
    tool's copy of one (`SCREENING_COPY_OF`), not a record a search found again: a document flow counts it once, with
    the record it repeats."""
    return read_again(provenance.linked_by or "")


def read_again(basis: str) -> bool:
    """Whether a record linked on this basis is a record read again, not found again (`re_read`)."""
    return basis in (READ_BEFORE, SAME_ROW) or basis.startswith((REPEATED_FROM, SCREENING_COPY_OF))


def compared_as(source: Source, records_of: Callable[[str], list[Record]]) -> list[Source | Record]:
    """What de-duplication compares a known source by: itself; once a reviewer corrected it, the records
    as they were read, so a corrected year or type does not stop the same work's next record from linking."""
    return (records_of(source.key) or [source]) if source.edited else [source]


FINGERPRINT_FIELDS = (
    "type",
    "original_type",
    "title",
    "authors",
    "year",
    "doi",
    "pmid",
    "container",
    "volume",
    "issue",
    "pages",
    "publisher",
    "url",
    "urldate",
    "abstract",
    "grey",
)


_fingerprint_values = attrgetter(*FINGERPRINT_FIELDS)


_DOI_AT = FINGERPRINT_FIELDS.index("doi")


def record_fingerprint(record: Record) -> str:
    """Same content from the same file: re-ingesting it adds nothing. The DOI counts folded (`normalise_doi`), as
    it was read before records kept it as written, so a file ingested then is still known."""
    values = [*_fingerprint_values(record), sorted(record.extra.items()), record.provenance.key, record.provenance.format]
    if values[_DOI_AT]:
        values[_DOI_AT] = values[_DOI_AT].lower()
    return hashlib.sha1(repr(values).encode("utf-8")).hexdigest()
