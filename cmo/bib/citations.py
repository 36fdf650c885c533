"""How a source is cited: in tables, in prose, in reference lists, and as a safe link.

One style for every output (packs, report, Word, sheets) so a source reads the same everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from string import ascii_lowercase
from types import MappingProxyType
from urllib.parse import quote, urlsplit

from cmo.models import Record, Source
from cmo.normalise import (
    INITIAL,
    JOINING_WORDS,
    ORIGINAL_TITLE,
    abbreviated_name,
    abbreviation_initials,
    better_written,
    cited_by,
    clean_text,
    database_link,
    display_case,
    fold,
    host_name,
    in_capitals,
    initials_of,
    journal_name,
    normalise_doi,
    normalise_pages,
    publisher_name,
    sentence_case,
    title_case_name,
    title_text,
    title_words,
    unbraced_name,
    web_address,
    without_qualifier,
)
from cmo.normalise import a_person as a_person  # the person-or-body test, moved to normalise: linking reads it here

_YEAR_LETTERS: ContextVar[Mapping[str, str]] = ContextVar("year_letters", default=MappingProxyType({}))
_JOURNAL_NAMES: ContextVar[Mapping[str, str]] = ContextVar("journal_names", default=MappingProxyType({}))
_NAME_WORDS: ContextVar[Mapping[str, str]] = ContextVar("name_words", default=MappingProxyType({}))
_TITLE_WORDS: ContextVar[Mapping[str, str]] = ContextVar("title_words", default=MappingProxyType({}))
_NAME_ORDERS: ContextVar[Mapping[str, str]] = ContextVar("name_orders", default=MappingProxyType({}))


def family_name(author: str) -> str:
    """Whom an author is cited by: a person's family name ("Smith" of "Smith, J."), a body's name whole, the place or
    unit after its comma kept ("Ministry of Health, Kenya": `cited_by`, `a_person`)."""
    return cited_by(author, None, None)


def is_others(author: str) -> bool:
    """BibTeX's `and others`: the list goes on unnamed."""
    return author.strip().lower() in ("others", "et al.", "et al")


AUTHORS_JOINED = "&"
"""How every citation joins the two authors of a work ("Harris & Rhodes 2013" in a table, "Harris & Rhodes (2013)" in
prose): one word for every output, so a work reads the same in the report, its appendix, the packs and the sheets
(trial AG: the report said "&", the packs "and"); "and" is left to join the works a sentence lists ("findings from
Harris & Rhodes (2013) and Lee (2019)")."""


def cited_authors(source: Source) -> str:
    """`Smith`, `Smith & Jones` (`AUTHORS_JOINED`), `Smith et al.`; an organisation or the title when no one is named."""
    names = [family_name(written_name(a)) for a in source.authors if a and not is_others(a)]
    if not names:
        named = cited_body(source) or _title_words(source.title, 40)
        return _without_year(named, source.year) or source.key
    if any(is_others(a) for a in source.authors):
        return f"{names[0]} et al."
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} {AUTHORS_JOINED} {names[1]}"
    return f"{names[0]} et al."


def cited_body(work: Source | Record) -> str:
    """Whom a work no one is named the author of is cited by: the body that published it ("NHS England"), or the site
    or series it is in (a web page's), never the journal a journal article is in: an unsigned article (an erratum, an
    editorial) is cited by its title, as author-date styles cite it ("Department of Error 2018", never "Lancet (London,
    England) 2018": trial AK). '' where the work names neither. A registry's page CENTRAL gives as the container is no
    body (`web_address`)."""
    container = "" if work.type == "article" or web_address(work.container) else work.container
    return cited_by(None, work.publisher, container)


def _title_words(title: str, length: int) -> str:
    """A title to cite a work by, whole up to `length` characters, else cut after its last word that fits."""
    title = clean_text(title)
    if len(title) <= length:
        return title
    cut = title[: length + 1].rsplit(" ", 1)[0] if " " in title[:length] else title[:length]
    return cut.rstrip(" ,:;-–—") + "…"


def _without_year(name: str, year: int | None) -> str:
    """A work cited by its title or its body's name, without the year that name ends with, which the citation gives
    after it: the 2021 report "The State of the World's Midwifery 2021" is cited "The State of the World's Midwifery
    2021" (or "… (2021)" in prose), its year said once, not "… 2021 2021"."""
    if year and name.endswith(str(year)) and not name[: -len(str(year))][-1:].isalnum():
        return name[: -len(str(year))].rstrip(" ,:;-–—(")
    return name


def year_letters(sources: Iterable[Source]) -> dict[str, str]:
    """Key → "a", "b"… for works that would otherwise be cited alike (trial I: two papers both "Wildman et al. 2019"),
    lettered in title order as author–date styles letter them; works cited by a label of their own get none. Every
    work given counts, whatever its screening, so a lettered citation a sheet holds keeps naming one work as screening
    goes on (`commands.sources.key_aliases`); documents letter among the works they cite (`cited_letters`)."""
    letters = {}
    for works in _cited_alike(sources):
        letters.update(_lettered(works))
    return letters


def cited_letters(sources: Iterable[Source]) -> dict[str, str]:
    """The letters a document's citations carry (`citing`): given among the works it cites, the included sources
    of its reference list, and apart among the others, which it cites only with their status ("(excluded)"). So an
    included paper whose protocol was excluded is plain "Kidger et al. 2016", never a "2016a" with no "2016b" (trial
    Q); before screening, when nothing is included, every work is lettered as `year_letters` letters it."""
    letters = {}
    for works in _cited_alike(sources):
        included = [source for source in works if source.status == "included"]
        letters.update(_lettered(included))
        letters.update(_lettered([source for source in works if source.status != "included"]))
    return letters


def _cited_alike(sources: Iterable[Source]) -> Iterator[list[Source]]:
    """The groups of two or more works cited alike: the same authors as cited (`cited_authors`) and year."""
    alike: dict[tuple[str, int | None], list[Source]] = {}
    for source in {source.key: source for source in sources}.values():  # a work given twice is still one work
        alike.setdefault((typeset_alike(cited_authors(source)).casefold(), source.year), []).append(source)
    return (works for works in alike.values() if len(works) > 1)


def _lettered(works: list[Source]) -> dict[str, str]:
    """Each of two or more works cited alike lettered in title order; one work alone gets none."""
    if len(works) < 2:
        return {}
    ordered = sorted(works, key=lambda s: (clean_text(s.title).casefold(), s.key))
    return {source.key: _letter(number) for number, source in enumerate(ordered)}


def _letter(number: int) -> str:
    """a … z, then aa, ab …: a review with 27 works by one team in one year still cites each apart."""
    word = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        word = ascii_lowercase[rest] + word
    return word


def cited_alike(source: Source) -> str:
    """The words a citation of this source starts with ("Wildman"): every work that could be cited alike holds them."""
    return family_name(written_name(source.authors[0])) if source.authors else cited_authors(source)


@contextmanager
def citing(sources: Iterable[Source]) -> Iterator[None]:
    """While a document is written from these sources, every citation and reference in it letters the years of
    works it cites that would be cited alike (`cited_letters`), so "Wildman et al. 2019a" means one paper throughout,
    and names each journal one way (`journal_names`)."""
    sources = list(sources)
    words = _NAME_WORDS.set(name_words(sources))
    orders = _NAME_ORDERS.set(name_orders(sources))
    titles = _TITLE_WORDS.set(title_words(source.title or "" for source in sources))  # how a title in capitals is shown
    token = _YEAR_LETTERS.set(cited_letters(sources))
    names = _JOURNAL_NAMES.set(journal_names(source.container for source in sources if source.type == "article"))
    try:
        yield
    finally:
        _YEAR_LETTERS.reset(token)
        _JOURNAL_NAMES.reset(names)
        _NAME_WORDS.reset(words)
        _NAME_ORDERS.reset(orders)
        _TITLE_WORDS.reset(titles)


_TYPESET = str.maketrans(dict.fromkeys("’‘ʼ`´′", "'") | dict.fromkeys("‐‑", "-"))
"""Marks one name is typeset with in different ways: a curly apostrophe or a straight one ("O’Meara" as SAGE writes it,
"O'Meara" as PubMed does), a Unicode hyphen or the keyboard's."""


def typeset_alike(text: str) -> str:
    """A name with its apostrophes and hyphens written one way (`_TYPESET`): the form in which two ways of typesetting
    one name compare equal."""
    return text.translate(_TYPESET)


def name_words(sources: Iterable[Source]) -> dict[str, str]:
    """One way of writing each word of the authors' names the works of a document give in forms typeset differently
    (`typeset_alike`: "O’Meara" and "O'Meara"): the form most of those works write, the straight one on a tie, so an
    author is written one way in every citation and reference (trial BT 7). Form → the document's form, for the forms
    changed."""
    counts: dict[str, dict[str, int]] = {}
    for source in {source.key: source for source in sources}.values():
        for word in {word for author in source.authors for word in re.split(r"[\s,]+", clean_text(author)) if word}:
            if any(mark in typeset_alike(word) for mark in "'-"):
                forms = counts.setdefault(typeset_alike(word), {})
                forms[word] = forms.get(word, 0) + 1
    chosen = {alike: max(forms, key=lambda form: (forms[form], form == alike)) for alike, forms in counts.items()}
    return {form: chosen[alike] for alike, forms in counts.items() for form in forms if form != chosen[alike]}


def name_orders(sources: Iterable[Source]) -> dict[str, str]:
    """One form for each person the works of a document name in two orders: one record writing a surname of two parts
    as a given name ("Ferrer, Harriet Batista", as Europe PMC writes it), another as the first part of the surname
    ("Batista Ferrer, H."), with the same given names (by their initials) and every part of the surname. The form with
    both surnames is the one written, with the fuller given name either gives ("Batista Ferrer, Harriet"), so one
    person is cited one way ("Batista Ferrer et al.", trial H7: "Ferrer et al. 2014" beside "Batista Ferrer et al.
    2016"). Only where both orders are in the document: a name given in one order alone is written as given. Form →
    the document's form, for the forms changed."""
    people: dict[tuple[str, tuple[str, ...]], list[str]] = {}  # (folded family, given initials) → names as written
    for author in {clean_text(a) for source in sources for a in source.authors if a}:
        family, comma, given = author.partition(",")
        if comma and family.strip() and given.strip() and a_person(author):
            key = (" ".join(family.lower().split()), tuple(w[0].lower() for w in given.split()))
            people.setdefault(key, []).append(author)
    chosen: dict[str, str] = {}
    for (family, initials), written in people.items():
        if len(initials) < 2:
            continue
        moved = initials[-1]  # the given name's last word, which may be the surname's first part
        for name in written:
            last = name.partition(",")[2].split()[-1]
            if not last[:1].isupper() or len(last.rstrip(".")) < 2:
                continue  # an initial is no surname
            both = (f"{last.lower()} {family}", initials[:-1])
            if both in people and last[0].lower() == moved:
                given = name.partition(",")[2].split()[:-1]
                theirs = people[both][0].partition(",")[2].split()
                fuller = given if len("".join(given)) >= len("".join(theirs)) else theirs
                form = f"{last} {name.partition(',')[0].strip()}, {' '.join(fuller)}"
                chosen |= {other: form for other in [name, *people[both]] if other != form}
    return chosen


def written_name(author: str) -> str:
    """An author's name as the document being written writes it (`name_words`, `name_orders`, inside `citing`)."""
    author = _NAME_ORDERS.get().get(clean_text(author), author) if _NAME_ORDERS.get() else author
    words = _NAME_WORDS.get()
    if not words or not any(mark in typeset_alike(author) for mark in "'-"):
        return author
    return re.sub(r"[^\s,]+", lambda found: words.get(found[0], found[0]), author)


def better_journal_name(had: str, given: str) -> str:
    """The better of two forms of one journal's name from linked records or a document's sources, or '' to keep `had`:
    the better written form (`better_written`: "Cadernos de Saúde Pública" for "Cadernos de saude publica", "Diabetes
    Research and Clinical Practice" pieced from capitals and sentence case), but never one with fewer capitals once each
    is shown (`display_case`): an acronym's ("JAMA", as Ovid gives it) are not lost to a form that writes it as a word
    (Google Scholar's "Jama", trial AQ 7), and where neither is better written, the form with more capitals shown wins."""
    better = better_written(had, given)
    if not (had and given and fold(had) == fold(given)):
        return better
    shown = _capitals(display_case(had))
    if better:
        return better if _capitals(display_case(better)) >= shown else ""  # "Jama" never for "JAMA"
    return given if _capitals(display_case(given)) > shown else ""  # "JAMA" for "Jama"


def _capitals(text: str) -> int:
    return sum(character.isupper() for character in text)


def journal_names(containers: Iterable[str | None]) -> dict[str, str]:
    """One name for each journal the works of a document are in, where sources write it in forms that compare alike
    ("Housing, Care & Support" and "Housing, Care and Support": "&" read as "and", capitals and accents aside, and
    what the NLM adds to tell journals apart, `without_qualifier`: "Social science & medicine (1982)"): the form
    a linked record would give the source in place of the other (`better_written`, as `linking.link_record` settles a
    source's own), so a reference list names one journal one way. A name the NLM or the ISO abbreviates
    (`abbreviated_name`: PubMed's "Age Ageing", "Scand J Work Environ Health") is the name in full another work of the
    document gives (trials AH, AI), where it abbreviates one journal's name only; a name Google Scholar cut short
    ("Annals of emergency …", through Publish or Perish) the one name in full it starts (trial AM). Form → its
    document's form, for the forms changed."""
    forms: dict[str, list[str]] = {}
    for container in dict.fromkeys(clean_text(name) for name in containers if name):
        named = without_qualifier(journal_title(container))  # "Social science & medicine (1982)": the NLM's year aside
        forms.setdefault(fold(named.replace("&", " and ")).removeprefix("the "), []).append(container)
    names: dict[str, str] = {}
    chosen_forms: dict[str, str] = {}
    for folded, alike in forms.items():
        chosen = alike[0]
        for other in alike[1:]:
            chosen = better_journal_name(chosen, other) or chosen
        chosen_forms[folded] = chosen
        names.update((form, chosen) for form in alike if form != chosen)
    for folded, alike in forms.items():  # Scholar's "Annals of emergency …": the one name in full it is the start of
        cut = [form for form in alike if form.endswith(("…", "..."))]
        start = fold(cut[0].rstrip(" .…").replace("&", " and ")).removeprefix("the ") if cut else ""
        full = {chosen_forms[other] for other in forms if start and other != folded and other.startswith(start + " ")}
        if len(full) == 1:
            names.update((form, next(iter(full))) for form in alike)
            chosen_forms[folded] = next(iter(full))
    alike_initials: dict[tuple[str, ...], list[str]] = {}
    for folded in forms:
        alike_initials.setdefault(abbreviation_initials(chosen_forms[folded]), []).append(folded)
    for folded, alike in forms.items():  # "Age Ageing" beside "Age and Ageing": the name in full, where it is one journal's
        short = chosen_forms[folded]
        candidates = alike_initials[abbreviation_initials(short)]
        full = {chosen_forms[other] for other in candidates if other != folded and abbreviated_name(short, chosen_forms[other])}
        if len(full) == 1:
            names.update((form, next(iter(full))) for form in alike)
    return names


def document_journal(container: str | None) -> str:
    """The name a journal is given throughout the document being written (`journal_names`, inside `citing`), its name
    as written where the document names it one way: so an export a reference manager prints from names one journal
    one way, as the report does ("Age and Ageing", never also "Age Ageing": trial AI)."""
    name = clean_text(container)
    return _JOURNAL_NAMES.get().get(name, name)


def cited_year(source: Source) -> str:
    """`2019`, `2019a` inside `citing`, `n.d.`, `n.d.-a`."""
    letter = _YEAR_LETTERS.get().get(source.key, "")
    return f"{source.year}{letter}" if source.year else f"n.d.{'-' if letter else ''}{letter}"


def short_cite(source: Source) -> str:
    """`Smith et al. 2020`, as tables cite a source."""
    return f"{cited_authors(source)} {cited_year(source)}"


def reference(source: Source, *, link: bool = True) -> str:
    """The one reference-list style, author-year to match the citations: `Smith, J.; Jones, K. (2020).
    Title. Journal, 3(2): 10–20. Publisher. doi:…` (an issue with no volume, as the Cochrane Library numbers its
    reviews: `Journal, (9): CD006424`); `link=False` where the DOI or URL is shown as a link. The journal
    as its own name is written (`cited_container`), a supplement said once (`cited_volume`), the page range whole
    (`cited_pages`); a journal article's publisher is not printed beside its journal, nor a database's login page
    (`database_link`) as its link. A work no one signed and no body published is listed by its title, as its citation
    names it (`cited_body`: "Department of Error. (2018). Lancet, 392(10152): 1024."), never "Anonymous"; a spaced
    double hyphen (PubMed's "Transition -- Heart Failure") is the dash it stands for. Given names are written as initials
    (`cited_name`), and a work with no pages gives its article number (`article_number`). A web site's address given as
    its container is not printed as a name (the link gives it); a body's name ending in brackets is not followed by a
    second bracket (`_lead_name`); a title translated into English is given after the original (`cited_title`)."""
    authors = [cited_name(written_name(a)) for a in source.authors if clean_text(a) and not is_others(a)]
    more = len(authors) > 6 or any(is_others(a) for a in source.authors)
    who = "; ".join(authors[:6]) + ("; et al." if more else "")
    on_web = web_address(source.container) or host_name(source.container)
    container = "" if on_web else cited_container(source.container, journal=source.type == "article")
    where = container
    volume, issue = cited_volume(source.volume, source.issue)
    if _numbered_by_issue(source):
        issue = ""  # the report's number, said after its title (`described`)
    if volume:
        where += f", {volume}"
    if issue:
        where += f"({issue})" if volume else f", ({issue})"  # a Cochrane review's issue has no volume: not 'Reviews(9)'
    first, last = cited_pages(source.pages or article_number(source))
    if first:
        where += f": {first}–{last}" if last and last != first else f": {first}"
    publisher = shown_publisher(source)
    in_journal = source.type == "article" and container
    title = cited_title(source)
    if said := described(source):
        title = f"{title.rstrip('. ')} {said}"
    lead = _lead_name(who or publisher)
    parts = [
        f"{lead or _sentence_end(title) or 'Anonymous'} ({cited_year(source)}).",  # unsigned: its title first
        _sentence_end(title) if lead else "",
        _sentence_end(where.strip(", ")),
        _sentence_end(publisher) if who and publisher not in ("", who, container) and not in_journal else "",
    ]
    if link:
        url = "" if database_link(source.url) else clean_text(source.url or "")
        parts.append(f"doi:{source.doi}" if source.doi else url)
    return " ".join(p for p in parts if p)


_DEGREE_FIELDS = ("degree", "thesis type", "M3", "type")
"""Where exports give a thesis's degree: RIS's `M3` (ProQuest's "D.Ch.Psych."), BibTeX's and Zotero's `type` ("PhD
thesis"), a table's "Degree"."""
_NUMBER_FIELDS = ("number", "report number", "report no", "M1")
"""Where exports give a report's or a paper's number, when it is not read as an issue: Zotero's CSV "Number" ("Cm
9523", a UK Command Paper), a table's "Report number"."""


def described(source: Source) -> str:
    """What a reference says after a grey work's title of what it is, as APA does: a thesis's degree in square brackets
    ("[D.Ch.Psych. thesis]", trial AN 15: ProQuest's `M3`), a report's number in brackets ("(Cm 9523)", trial AN 16: a
    Green Paper's Command Paper number in Zotero's "Number"); '' for a journal article, and where the record says
    neither. A number the source keeps as its issue is printed there already."""
    if source.type == "thesis":
        degree = next((value for name in _DEGREE_FIELDS if (value := clean_text(source.extra.get(name, "")))), "")
        if not degree or fold(degree) in ("thesis", "dissertation", "thes") or len(degree) > 60:
            return ""
        return f"[{degree}]" if _THESIS_WORD.search(degree) else f"[{degree} thesis]"
    if source.type == "article" or source.issue and not _numbered_by_issue(source):
        return ""
    number = clean_text(source.issue) if _numbered_by_issue(source) else ""
    number = number or next((value for name in _NUMBER_FIELDS if (value := clean_text(source.extra.get(name, "")))), "")
    if not number or len(number) > 40 or not any(char.isdigit() for char in number):
        return ""
    if _BARE_NUMBER.fullmatch(number):  # a number alone says nothing of what it numbers: "(184)" read as an issue
        kind = clean_text(source.extra.get("type", ""))
        kind = kind if kind and len(kind) <= 40 and fold(kind) not in _NO_SERIES else "Report"
        number = f"{kind[:1].upper()}{kind[1:]} No. {number}"
    return f"({number})"


def _numbered_by_issue(source: Source) -> bool:
    """Whether a report's issue is its number: a report in no journal and no volume, as BibTeX's `number` of a
    `@report` is read (trial CF 5)."""
    return source.type == "report" and bool(clean_text(source.issue)) and not clean_text(source.volume) and not source.container


_BARE_NUMBER = re.compile(r"\d[\d./-]*")
_NO_SERIES = frozenset({"report", "rprt", "techreport", "book", "grey", "grey literature", "document", "other"})
"""A report's type that names no series (a record's own type word), so a bare number is "Report No. …": trial CF 5,
Better BibTeX's `type = {AHURI Final Report}`, `number = {184}` gives "(AHURI Final Report No. 184)", where the
reference read "Implementing Housing First in Australia. (184)." and a Command Paper's "(Cm 9523)" stays as written."""


_THESIS_WORD = re.compile(r"thes[ie]s|dissertation|doctora|master|ph\.?\s?d", re.I)


def cited_title(source: Source) -> str:
    """A work's title as its reference gives it: the original-language title first, its English translation after it
    in square brackets, as APA cites a work in another language ("Telemedizin bei Herzinsuffizienz [Telemedicine in
    heart failure]", trial AK), where the record gives the original: MEDLINE's `TT` beside the bracketed `TI` it
    translates. `TT` is the translation where the title is not in brackets: RIS's and EndNote's Translated Title, as
    LILACS via the BVS portal gives its English title beside the original `TI` (trial CC 5: "Community-based
    rehabilitation… [Reabilitação baseada na comunidade…]", the Portuguese paper cited by its translation). A spaced
    double hyphen (PubMed's "Transition -- Heart Failure") is the dash it stands for. Ovid's "Original Title"
    (`ORIGINAL_TITLE`) is the original beside the English title, bracketed or not."""
    title = sentence_case(title_text(source.title).replace(" -- ", " – "), _TITLE_WORDS.get())
    other = title_text(source.extra.get("TT", "")).rstrip(". ")
    bare = title.removesuffix(".")
    original = title_text(source.extra.get(ORIGINAL_TITLE, "")).rstrip(". ")
    if not other and original:
        english = bare[1:-1].strip() if bare.startswith("[") and bare.endswith("]") else bare
        return f"{original} [{english}]" if fold(original) != fold(english) else title
    if not other:
        return title
    if not (bare.startswith("[") and bare.endswith("]")):  # the title is the original; the other its translation
        return f"{bare} [{other}]" if fold(other) != fold(bare) else title
    english = bare[1:-1].strip()
    return f"{other} [{english}]" if fold(other) != fold(english) else title


_ENDING_BRACKETS = re.compile(r"(?P<name>.*\S)\s*\((?P<inner>[^()]+)\)")


def _lead_name(name: str) -> str:
    """A body's name as it leads a reference, before "(2017).": without the initials it ends with in brackets, which APA
    leaves out of a reference ("National Network of Hospital-based Violence Intervention Programs (NNHVIP)" is
    "National Network of Hospital-based Violence Intervention Programs", trial AM), another ending bracket followed by a
    full stop ("Ministry of Health, Labour and Welfare (Japan)."), so no two brackets follow one another."""
    ending = _ENDING_BRACKETS.fullmatch(name)
    if not ending:
        return name
    if initials_of(ending["inner"], ending["name"]):
        return ending["name"]
    return f"{name}."


def cited_name(author: str) -> str:
    """An author as the reference list writes every one, "Family, I. I.", whichever database's record the source
    started from and however much of the given name it gave (trials AH, AI, AK; re-check of AI 11: "Ampe, S." beside
    "Arcand, Marcel" in one list): each word of a given name is its initial with a full stop ("Goossens, B" of CENTRAL,
    "Tan, EC" of Web of Science and "Arcand, Marcel" are "Goossens, B.", "Tan, E. C." and "Arcand, M."); a hyphened
    given name keeps its hyphen ("Jean-Pierre", "J.-P." are "J.-P."); a particle written after the given name ("Anna
    van den") and a suffix ("Jr.", "III") are kept as written, as is a word in a script without capitals. A body's
    name is as written, without the braces BibTeX keeps a body's name whole with (`unbraced_name`)."""
    name = unbraced_name(author)
    family, comma, given = name.partition(",")
    if not comma or not a_person(name):
        return name
    words = [initials for word in given.split() if (initials := _given_initials(word))]
    return f"{family.strip()}, {' '.join(words)}" if words else name


def _given_initials(word: str) -> str:
    """One word of a given name as the reference list writes it: "Marcel" → "M.", "EC" → "E. C.", "Jean-Pierre" →
    "J.-P."; a particle, a suffix or a word with no capital letter as written ("van", "Jr.", "III", "伟")."""
    if word.rstrip(".,") in _NAME_SUFFIXES or not word[0].isupper():
        return word
    if _INITIALS_WORD.fullmatch(word.rstrip(",")) and "-" not in word:
        return " ".join(f"{letter}." for letter in re.findall(INITIAL, word)) + ("," if word.endswith(",") else "")
    parts = [re.match(INITIAL, part) for part in word.rstrip(",").split("-") if part]
    if not parts or not all(parts):
        return word
    return "-".join(f"{part[0]}." for part in parts) + ("," if word.endswith(",") else "")


_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV", "Jnr", "Snr"})
"""What follows a person's given name without being part of it, which a reference keeps as written."""


_INITIALS_WORD = re.compile(rf"(?:{INITIAL}\.?){{1,3}}")
"""A word of a given name that is initials: "B", "B.", "EC", "E.C.", "Å."; three at most, as EndNote reads initials."""


_ARTICLE_NUMBER_FIELDS = ("article-number", "art_number", "articleno", "article_number", "eid")
"""The fields a BibTeX entry gives an e-journal's article number in where it has no pages (Web of Science's
`Article-Number = {{f653}}`, Scopus's `art_number`, ACM's `articleno`, biblatex's `eid`)."""


def article_number(source: Source) -> str:
    """A work's article number, which a citation gives where its pages would be ("BMJ, 346: f653": trial AK); '' for
    none. Scopus's record id ("2-s2.0-…"), which a table may name EID too, is none."""
    for name in _ARTICLE_NUMBER_FIELDS:
        value = clean_text(source.extra.get(name, "")).strip("{}")
        if value and not value.startswith("2-s2.0-") and " " not in value:
            return value
    return ""


def shown_publisher(source: Source) -> str:
    """The publisher as a reference writes it: a web site's host name is none (`publisher_name`, trial V); a name in
    capitals in proper case (`display_case`), but one word in capitals that is the initials of the body that wrote the
    work (`initials_of`: "HAS" beside its author "Haute Autorité de Santé", "NICE" beside "National Institute for
    Health and Care Excellence"), which stays as the body writes it. So does one word in capitals a BibTeX record gives
    (`institution = {FEANTSA}`): BibTeX is written by hand or by a reference manager as its owner typed it, not shouted
    by a database as Web of Science's "PU WILEY" is, and every such word in the BibTeX exports read so far is a body's
    initialism ("ACM", "SOAS", "DARIAH", "HMIC"; trial CF's reference read "Feantsa")."""
    publisher = publisher_name(source.publisher)
    if in_capitals(publisher) and " " not in publisher:
        if any(record.format == "bibtex" for record in source.records):
            return publisher
        for author in source.authors:
            if not a_person(author) and initials_of(publisher, re.sub(r"\([^()]*\)", " ", author)):
                return publisher
    return display_case(publisher)


def cited_container(container: str | None, *, journal: bool = True) -> str:
    """A journal's name as a citation writes it: in proper case when a database gave it in capitals (`display_case`),
    without the place or medium the NLM adds to tell one journal from another of that name (PubMed's "Lancet
    (London, England)" is "Lancet"), nor the abbreviation its catalogue ends some names with (`journal_name`:
    "Pharmacy world & science : PWS"), a journal's in title case where the NLM's catalogue gives it in sentence case
    (`title_case_name`: "BMC psychiatry" is "BMC Psychiatry"; another container, a web site's or a series' name, is
    as written); inside `citing`, the one form its document names a journal written two ways in (`journal_names`). The
    source keeps its name as read."""
    container = clean_text(container)
    container = _JOURNAL_NAMES.get().get(container, container) if journal else container
    name = without_qualifier(display_case(journal_title(container, journal=journal)))
    return title_case_name(name) if journal else name


def journal_title(name: str | None, *, journal: bool = True) -> str:
    """A journal's name without what the NLM's catalogue adds after a spaced colon, whichever reader read it: its
    abbreviation (`journal_name`: "Journal of Alzheimer's disease : JAD") and, for a journal (`journal`), the other title
    information it writes in sentence case ("Health expectations : an international journal of public participation in
    health care and health policy", "American journal of health-system pharmacy : AJHP : official journal of the
    American Society of Health-System Pharmacists"): what follows has a word begun in lower case that is not a joining
    word. A subtitle in title case ("Journal of Physics : Conference Series"), a colon with no space before it ("Child:
    care, health and development"), one inside brackets ("Journal of applied physiology (Bethesda, Md. : 1985)") and a
    book's or a series' name stay. Web of Science's name of a journal known by its initials, the initials and the name
    they stand for joined by a hyphen ("BMJ-BRITISH MEDICAL JOURNAL", "CMAJ-CANADIAN MEDICAL ASSOCIATION JOURNAL"), is
    the initials, as the journal names itself and PubMed names it (trial AK)."""
    text = journal_name(name or "")
    if journal and (named := _WOS_NAMED.fullmatch(text)) and initials_of(named["short"], named["name"]):
        return named["short"]  # Web of Science's "BMJ-BRITISH MEDICAL JOURNAL", "JAMA-JOURNAL OF THE AMERICAN…": "BMJ"
    head, colon, rest = text.partition(" : ")
    if not (journal and colon and head.strip() and head.count("(") == head.count(")")):
        return text
    lowered = any(word[0].islower() and word.lower() not in JOINING_WORDS for word in _WORD.findall(rest))
    return head.rstrip() if lowered else text


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_WOS_NAMED = re.compile(r"(?P<short>[A-Z][A-Z0-9]{1,7})-(?P<name>[A-Z][A-Z0-9 ,&'-]+)")


_SUPPLEMENT = r"(?:suppl(?:ement)?|supl(?:emento)?|supp?)\.?[\s_]*(?P<number>[\w-]*)"
_VOLUME_SUPPLEMENT = re.compile(rf".*?[^\s(]\s*\(?\b{_SUPPLEMENT}\)?", re.I)
_ISSUE_SUPPLEMENT = re.compile(rf"\(?{_SUPPLEMENT}\)?", re.I)


def cited_volume(volume: str | None, issue: str | None) -> tuple[str, str]:
    """A work's volume and issue as a citation gives them, a supplement said once: MEDLINE's volume "30 Suppl 1" beside
    the issue "supl.1" LILACS gives (or MEDLINE's own "Suppl 1", Zotero's "sup1") is volume "30 Suppl 1" and no issue;
    a supplement only the issue names is written "Suppl 1" ("30(Suppl 1)" for "supl.1", Oxford's "Supplement_1"). A
    supplement and an issue that say different things are kept as written."""
    volume, issue = clean_text(volume), clean_text(issue)
    in_volume = _VOLUME_SUPPLEMENT.fullmatch(volume) if volume else None
    in_issue = _ISSUE_SUPPLEMENT.fullmatch(issue) if issue else None
    if in_volume and in_issue:
        numbers = {found["number"].casefold() for found in (in_volume, in_issue) if found["number"]}
        return (volume, "") if len(numbers) <= 1 else (volume, issue)
    if in_issue:
        return volume, f"Suppl {in_issue['number']}".strip()
    return volume, issue


_PAGES_NOTE = re.compile(r"\s*;\s*[^\W\d_]{3,}\b.*$")
"""What MEDLINE writes after a work's pages: "e1001847; discussion e1001847", "1234-9; quiz 1240"."""
_PREFIXED_RANGE = re.compile(r"([A-Za-z]*)(\d{1,9})-([A-Za-z]*)(\d{1,9})")


def cited_pages(pages: str | None) -> tuple[str, str]:
    """A work's first and last page as a citation gives them ('' for the last when pages are one page, or not one
    range): the range whole where MEDLINE abbreviates it ("S154-68" is S154 to S168, "1234-9" 1234 to 1239), without
    what MEDLINE writes after it ("; discussion e1001847"). The source keeps its pages as read."""
    text = clean_text(pages)
    text = _PAGES_NOTE.sub("", text) if ";" in text else text
    ranged = _PREFIXED_RANGE.fullmatch(normalise_pages(text))
    if not ranged:
        return text, ""
    letters, first, later_letters, last = ranged.groups()
    if later_letters and later_letters.casefold() != letters.casefold():
        return f"{letters}{first}", f"{later_letters}{last}"
    last = normalise_pages(f"{first}-{last}").partition("-")[2]
    if int(last) < int(first):
        return text, ""  # a range ending before it starts: a typo, shown as written
    return f"{letters}{first}", f"{letters}{last}"


def _sentence_end(text: str) -> str:
    return "" if not text else text if text[-1] in ".?!" else text + "."


def short_citation(source: Source) -> str:
    """ "Family (Year)", "Family & Other (Year)", "Family et al. (Year)", as prose cites a source: its authors as a
    table cites them (`cited_authors`); the year joins a bracket the name ends with ("National Network of
    Hospital-based Violence Intervention Programs (NNHVIP, 2017)", never "… (NNHVIP) (2017)": trial AM)."""
    named = cited_authors(source)
    if _ENDING_BRACKETS.fullmatch(named):  # "… Programs (NNHVIP, 2017)", as APA gives a body's initials and the year
        return f"{named[:-1]}, {cited_year(source)})"
    return f"{named} ({cited_year(source)})"


def doi_url(doi: str | None) -> str | None:
    """`https://doi.org/<doi>` with the DOI URL-quoted; None when it is not a DOI at all."""
    found = normalise_doi(doi)
    return f"https://doi.org/{quote(found, safe='/')}" if found else None


def safe_url(url: str | None) -> str | None:
    """An http(s) URL kept as a link, a `doi:` URL rebuilt; anything else (javascript:, data:) is dropped, as is a
    subscription database's page of its record (`database_link`: Embase's), which opens a login, not the work."""
    text = (url or "").strip()
    if not text or any(ch.isspace() or ord(ch) < 32 for ch in text) or database_link(text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme == "doi":
        return doi_url(text)
    if scheme in ("http", "https") and parts.netloc:
        return text
    return None
