"""`cmo sources`: views of sources for listings and `show`, and a reviewer's corrections (`edit`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cmo.commands import writes
from cmo.errors import BadInput, CmoError, NotFound
from cmo.models import SCREENING_FIELDS, SOURCE_TYPES, Decision, Provenance, Record, Source, now_iso
from cmo.normalise import NAME_SUFFIX, ORIGINAL_TITLE, cited_by, fold, is_grey, lettered, normalise_doi, title_text
from cmo.review import Review
from cmo.views import SourceDetail, SourceSummary

if TYPE_CHECKING:
    from collections.abc import Iterable

    from cmo.sheets.tables import CitedWork, SourceNames


def source_summary(source: Source) -> SourceSummary:
    """A source as listings show it, its citation lettered when the listing is written `citing` every source."""
    from cmo.bib.citations import short_cite

    fields = source.model_dump(include=set(SourceSummary.model_fields))
    return SourceSummary(
        **fields | {"status": source.screening},
        citation=short_cite(source),
        relevance=source.appraisal.relevance,
        rigour=source.appraisal.rigour,
    )


def list_sources(review: Review, status: str | None = None) -> list[SourceSummary]:
    """`cmo sources list`: in key order, optionally only those with one status."""
    sources = review.store.sources()
    return source_summaries([s for s in sources if status is None or s.screening == status], sources)


def first_author(summary: SourceSummary) -> str:
    """The family name the listing shows of a source's first author, a body's name whole ("Ministry of Health, Labour
    and Welfare (Japan)", not "Ministry of Health"), by the rule citations use (`family_name`)."""
    from cmo.bib.citations import family_name

    return family_name(summary.authors[0]) if summary.authors else "-"


def source_summaries(shown: list[Source], every: list[Source]) -> list[SourceSummary]:
    """Listing rows of `shown`, each citation lettered against `every` source of the review as documents letter them
    (`citing`: "Wildman et al. 2019a")."""
    from cmo.bib.citations import citing

    with citing(every):
        return [source_summary(s) for s in shown]


def source_detail(review: Review, source: Source) -> SourceDetail:
    from cmo.bib.citations import cited_alike, citing, short_cite
    from cmo.bib.dedupe import registration_of
    from cmo.bib.readers.bibtex import BY_CROSSREF

    alike = review.store.sources_holding(cited_alike(source), source.year)  # only works of its year are cited alike
    with citing([source, *alike]):  # lettered as documents letter it
        citation = short_cite(source)
    notice, typed, corrects = _notice_about(review, source)
    return SourceDetail(
        **source.model_dump() | {"status": source.screening},
        statements=[s.id for s in review.store.statements(source.key)],
        citation=citation,
        linked=[why_linked(i, record) for i, record in enumerate(source.records)],
        original_title=source.extra.get(ORIGINAL_TITLE, ""),
        notice=notice,
        notice_typed=typed,
        corrects=corrects,
        notices=[] if notice else _notices_of(review, source),
        by_crossref=source.extra.get(BY_CROSSREF, ""),
        same_trial=_same_trial(review, source),
        registry_record=bool(registration_of(source)),
    )


def _same_trial(review: Review, source: Source) -> list[str]:
    """The sources of the review that are the other half of a registered trial with this one: the papers naming the
    registration it is the registry record of, or the registry record of a registration it names
    (`dedupe.reports_registered_trial`). One scan of the stored sources for each number (`sources_holding`), only where
    the source names one: not the review validated. Said, never merged: only a person can tell the two are one study."""
    from cmo.bib.dedupe import registration_of, registry_numbers, reports_registered_trial

    own = registration_of(source)
    named = own or registry_numbers(f"{source.abstract} {source.extra.get('registration', '')}")
    found: dict[str, None] = {}
    for number in sorted(named):
        for other in review.store.sources_holding(number):
            pair = (source, other) if own else (other, source)
            if other.key != source.key and reports_registered_trial(*pair):
                found[other.key] = None
    return list(found)


def _notice_about(review: Review, source: Source) -> tuple[str, str, list[str]]:
    """Whether a source is an erratum, a retraction or an expression of concern (`notice_kind`: by the type any of its
    records' exports gave it, RIS's M3, EndNote's %9, MEDLINE's PT, or by its title), the label typing it so, and the
    sources of the review it is about: those whose title is the one the notice names (`corrected_title`), or that sit at
    the year, volume and page its title cites (`cited_by_notice`), themselves no notice. One scan of the stored sources
    for the title's opening, as `sources_holding` finds look-alikes: not the review validated."""
    from cmo.bib.dedupe import (
        NOTICES_ABOUT_A_WORK,
        cited_by_notice,
        corrected_title,
        notice_kind,
        notice_label,
        title_key,
    )

    typed = next((label for r in [source, *review.store.records_of(source.key)] if (label := notice_label(r))), "")
    notice = notice_kind(source.title, typed)
    if notice not in NOTICES_ABOUT_A_WORK:
        return "", "", []

    def no_notice(other: Source) -> bool:
        labels = (lb for r in review.store.records_of(other.key) if (lb := notice_label(r)))
        return other.key != source.key and not notice_kind(other.title, next(labels, ""))

    if cited := cited_by_notice(source.title):  # "Correction to Lancet Glob Health 2021; 9: e651-59": year, volume, page
        year, volume, page = cited
        return (
            notice,
            typed,
            [
                other.key
                for other in review.store.sources_holding(page, year)
                if other.volume.strip() == volume
                and re.split(r"[-‐-―]", other.pages.strip(), maxsplit=1)[0].strip().casefold() == page.casefold()
                and no_notice(other)
            ],
        )
    named = corrected_title(source.title)
    wanted = title_key(named)
    if len(wanted.split()) < 3:
        return notice, typed, []  # too short a title to find the work it names by
    opening = named.split(":")[0][:40].strip()
    found = review.store.sources_holding(opening) if len(opening) >= 12 else []
    return notice, typed, [other.key for other in found if title_key(other.title) == wanted and no_notice(other)]


def _notices_of(review: Review, source: Source) -> list[str]:
    """The notices of the review about a source that is no notice itself, each "KEY (an expression of concern)": those
    whose title names its title (`corrected_title`, as `_notice_about` finds the work a notice is about), so the team
    sees a paper it may code from has been retracted, corrected or is under an editor's concern. One scan of the stored
    sources for the title's opening, as `_notice_about` makes: not the review validated."""
    from cmo.bib.dedupe import NOTICES_ABOUT_A_WORK, corrected_title, notice_kind, notice_label, title_key

    wanted = title_key(source.title)
    opening = source.title.split(":")[0][:40].strip()
    named = [f"{kind} in {source.extra[tag]} (PubMed's {tag})" for tag, kind in _NOTICE_TAGS if source.extra.get(tag)]
    if len(wanted.split()) < 3 or len(opening) < 12:
        return named
    found: list[str] = []
    for other in review.store.sources_holding(opening):
        if other.key == source.key or title_key(corrected_title(other.title)) != wanted:
            continue
        typed = next((label for r in [other, *review.store.records_of(other.key)] if (label := notice_label(r))), "")
        if (kind := notice_kind(other.title, typed)) in NOTICES_ABOUT_A_WORK:
            found.append(f"{other.key} ({'an' if kind[0] in 'aeiou' else 'a'} {kind})")
    return found + [said for said in named if not any(f"PMID: {other}" in said for other in _pmids_of(found, review))]


_NOTICE_TAGS = (("RIN", "a retraction"), ("ECI", "an expression of concern"), ("EIN", "an erratum"))
"""PubMed's tags on a paper naming a notice about it (MEDLINE's `RIN  - …`, `ECI  - …`, `EIN  - …`; its XML's
`CommentsCorrections RefType="RetractionIn"` etc., written so by `pubmed_xml`): the team is told, the notice ingested
or not."""


def _pmids_of(found: list[str], review: Review) -> list[str]:
    """The PMIDs of the notices of the review found about a source (`_notices_of`), so PubMed's tag naming one of them
    is not said twice."""
    keys = [said.split(" (")[0] for said in found]
    return [pmid for key in keys if (other := review.store.source(key)) and (pmid := other.pmid)]


STARTED = "the source was started from this record"
NOT_RECORDED = "linked before cmo recorded why"
BY_HAND = "merged by hand (cmo sources merge)"


def why_linked(index: int, record: Provenance) -> str:
    """Why a source's record is part of it, as de-duplication (or a reviewer) decided when it was linked."""
    if record.linked_by:
        return record.linked_by
    return STARTED if index == 0 else NOT_RECORDED


def show_source(review: Review, key: str) -> SourceDetail:
    return source_detail(review, get_source(review, key))


def nearest(key: str, candidates) -> str:
    """ " (did you mean …?)" for a key not found: the keys it begins, where it is a family name typed alone ("vazquez"
    for "vazqueznavarrete2009necesidades", trial AF, three at most), else the nearest by the one rule (`closest_index`)."""
    from cmo.sheets.tables import closest_index  # only when a key is not found

    keys = sorted(candidates)
    typed = fold(key.strip()).replace(" ", "")
    begun = [k for k in keys if len(typed) >= 4 and fold(k).startswith(typed)]
    if 1 <= len(begun) <= 3:
        return f" (did you mean {' or '.join(repr(k) for k in begun)}?)"
    index = closest_index(key, [k.lower() for k in keys]) if keys else None
    return f" (did you mean '{keys[index]}'?)" if index is not None else ""


_KEY_SHAPED = re.compile(r"^(?P<family>[^\W\d_]{2,})(?P<year>(?:1[5-9]|20)\d\d)[a-z]?[^\W\d_]*$")
"""A key typed in cmo's own shape, family name, year and a word of the title ("kramer2019antibiotikaverordnungen")."""


def _key_shaped_suggested(review: Review, key: str, keys: Iterable[str]) -> str:
    """ " (did you mean …?)" for a key typed in cmo's own shape that no source has, naming the one source of that first
    author and year, whatever its key (a BibTeX export's own, Citavi's 'Kramer.2019'): trial E2's 'cmo sources show
    kramer2019antibiotikaverordnungen' suggested another author's 'schmiemann2022antibiotikavero', its title's word
    being alike. Its year mistyped, the citation's own suggester reads it as it reads "Kramer 2018" (the author's work
    of the nearest year): re-check RH1's 'kramer2018antibiotik' suggested another author's 'kistler2017antibiotic'.
    '' where no source of that author is found so."""
    from cmo.sheets.tables import KeyIndex

    shaped = _KEY_SHAPED.match(key.strip())
    if shaped is None:
        return ""
    family = fold(shaped["family"])
    if not any(fold(near).startswith(family) for near in keys):
        return ""  # no key opens with that family, as cmo's and reference managers' keys do: no titles read for it
    cited = f"{shaped['family']} {shaped['year']}"
    index = KeyIndex(keys, lambda: key_aliases(review, named=cited))
    found = index.resolve(cited)
    if found is None and (near := index.suggester.nearest(cited)) and (work := review.store.source(near)) and work.year:
        rekeyed = f"{key.strip()[: shaped.start('year')]}{work.year}{key.strip()[shaped.end('year') :]}"
        found = rekeyed if rekeyed != near and review.store.source(rekeyed) else near  # of two that year, the one keyed so
    return f" (did you mean '{found}'?)" if found and found != key.strip() else ""


def _suggested(key: str, index, keys) -> str:
    """The source a sheet's cell would be offered, by the one suggester (`KeyIndex.suggester`: "Islam et al 2018 (DREAM)"
    is the source of exactly that author and year, re-check 44), else the nearest key (`nearest`)."""
    found = index.suggester.nearest(key.strip()) if index is not None else None
    return f" (did you mean '{found}'?)" if found else nearest(key, keys)


def key_aliases(review: Review, named: str | None = None) -> SourceNames:
    """Other names of sources (`Store.record_key_aliases`), with works cited alike found by their lettered citation
    as the review's documents letter them (`citations.year_letters`: "Wildman et al. 2019a", trial I: refused as
    ambiguous); where several share first author and year, the "?" entry says how each is cited, for the message, and
    how each was screened where that tells them apart ("Kidger et al. 2016, excluded"). Given `named` (one name typed at
    the command line), only the works cited alike in a year that name writes are lettered and described: a citation
    names its year, so no other group's letters can be what it means, and a review of 50,000 sources no longer letters
    them all to refuse 'cmo sources show x' (3.5 s, 311 MB). Of that year, only the group of the family the name names,
    or every group where the name writes a letter after its year ("Wildmann 2019a" may mistype "Wildman 2019a"): a name
    with no letter is never a lettered citation, and only its own group's works are listed as those it could be."""
    from cmo.bib.citations import citing, short_cite, year_letters
    from cmo.sheets.tables import SourceNames, handles_near
    from cmo.store import NameScope

    scope = None
    if named is not None:  # only the handles the name could be or be near (`handles_near`): 'sources show x' reads no
        years, families = handles_near(named)  # work's authors but those a family 'x' could be written in
        scope = NameScope(named.strip(), years, families, doi=bool(normalise_doi(named)))
    aliases = review.store.record_key_aliases(scope)
    shared = {entry: aliases[entry].split(", ") for entry in aliases if entry.startswith("?")}
    years = set(re.findall(r"\d{4}", named)) if named is not None else None
    several = {entry[1:]: keys for entry, keys in shared.items()}
    if named is not None:  # only the groups the name could be a lettered citation of, or the group it names
        lettered_year = any(re.fullmatch(r"\d{4}[a-z]", year) for year in scope.years)
        shared = {
            entry: keys
            for entry, keys in shared.items()
            if (not (of := set(re.findall(r"\d{4}", entry))) or years & of)
            and (lettered_year or entry[1:].rpartition(" ")[0] in scope.families)
        }
    by_key = {s.key: s for s in review.store.sources_with_keys(key for keys in shared.values() for key in keys)}
    known = {}
    for entry, keys in shared.items():
        sources = [by_key[key] for key in keys if key in by_key]
        letters = year_letters(sources)
        named: dict[str, list[str]] = {}
        for key, letter in letters.items():
            named.setdefault(lettered(entry[1:], letter), []).append(key)
        for handle, holders in named.items():
            aliases[handle if len(holders) == 1 else "?" + handle] = ", ".join(holders)
        with citing(sources):
            cited = {source.key: cited_work(source, short_cite(source)) for source in sources}
        known.update(cited)
        said = {key: work.screening or work.status for key, work in cited.items()}  # 'maybe', as listings say it
        screened = len(set(said.values())) > 1
        if letters or screened:
            described = sorted((work.citation, key, f", {said[key]}" if screened else "") for key, work in cited.items())
            aliases[entry] = ", ".join(f"{key} ({citation}{status})" for citation, key, status in described)
    return SourceNames(
        aliases,
        review.store.title_aliases,
        several=several,
        works=lambda keys: {s.key: _work_words(s) for s in review.store.sources_with_keys(keys)},
        cited=lambda keys: _cited_works(review, keys),
        known=known,
    )


_JOURNAL_ABBREVIATIONS = frozenset(
    "j2; ja; ta; j9; ji; shortjournal; journalabbreviation; journal-abbreviation; container-title-short; "
    "journal abbreviation; abbreviated source title; journal iso abbreviation; iso abbreviation".split("; ")
)
"""The fields a record keeps its journal's abbreviation in ("CMAJ", "Can J Psychiatry"): RIS's J2 and JA, MEDLINE's
TA, Web of Science's J9 and JI, biblatex's shortjournal, CSL's container-title-short, Scopus's "Abbreviated Source
Title"."""


def _work_words(source: Source) -> str:
    """What a cell's words after its citation are checked against (`key_aliases`' `works`): the title, the journal, its
    abbreviations the records give (`_JOURNAL_ABBREVIATIONS`: "Walker 2000 (CMAJ)" names the work in the Canadian
    Medical Association Journal), the publisher; and after `KIND_MARK` the words its kind of work is called by
    (`_KIND_WORDS`), which a document's name is read by: 'Hartman ECCMID 2023 abstract.pdf' names Hartman's conference
    abstract of 2023, not the paper."""
    abbreviations = [value for name, value in source.extra.items() if name.lower() in _JOURNAL_ABBREVIATIONS]
    from cmo.sheets.tables import KIND_MARK

    words = " ".join([source.title, source.container, *abbreviations, source.publisher])
    return f"{words}{KIND_MARK}{_KIND_WORDS.get(source.type, '')}"


_KIND_WORDS = {
    "conference": "conference abstract poster presentation proceedings",
    "abstract": "abstract conference",
    "thesis": "thesis dissertation",
    "report": "report",
    "webpage": "web page website",
    "chapter": "chapter",
    "book": "book",
    "guidance": "guidance guideline",
    "unpublished": "preprint manuscript",
}
"""The words English calls each kind of work (`SourceType`) by, as people name a file or note a citation ("… 2023
abstract.pdf", "Smith 2019 (thesis)"): what a meeting prints is a conference abstract, a poster, a presentation or a
paper in its proceedings. A journal article is called by nothing an article of another kind is not."""


def _cited_works(review: Review, keys: list[str]) -> dict[str, CitedWork]:
    from cmo.bib.citations import citing, short_cite

    sources = review.store.sources_with_keys(keys)
    with citing(sources):
        return {source.key: cited_work(source, short_cite(source)) for source in sources}


def cited_work(source: Source, citation: str) -> CitedWork:
    """How a source is cited and screened, for a choice among works a cell could mean (`tables.CitedWork`)."""
    from cmo.sheets.tables import CitedWork

    first = source.authors[0] if source.authors else None
    return CitedWork(
        cited_by(first, source.publisher, source.container),
        citation,
        source.status,
        source.exclusion_reason,
        source.title,
        source.screening,
    )


def get_source(review: Review, key: str, said: list[str] | None = None) -> Source:
    """By its key, by the original key of a record linked into it (a team's own citation key), by first author
    and year ("Schlief et al. 2022", "Wildman et al. 2019a"), by DOI, or by its title or a reference holding it,
    when they name one source. Given `said`, a source merged away ('cmo sources merge'), named by its key or its
    citation, is the source it went into, as on a coding sheet (`merged_away`), and one sentence in `said` says so;
    without, such a key is refused saying where it went (`sources split` names the live source)."""
    source, index, keys = review.store.source(key), None, None
    if source is None:
        from cmo.sheets.tables import KeyIndex  # as a sheet's cell is read: one rule for naming a source

        keys = review.store.source_keys_near(key)  # only the keys it could be or be near; the index and "did you mean" share them
        index = KeyIndex(keys, lambda: key_aliases(review, named=key))
        found = index.resolve(key.strip())
        source = review.store.source(found) if found else None
        if source is None and (several := index.several(key)):
            raise NotFound(f"'{key}' could be any of {several}: use the key.")
    if source is None and said is not None and (into := _went_into(review, key)):
        source = review.store.source(into)
        said.append(
            f"'{key.strip()}' names a source merged into {into} ('cmo sources merge', 'cmo history {into}'), so it was "
            f"read as {into}"
        )
    if source is None:
        near = keys if keys is not None else review.store.source_keys_near(key)
        pointer = (
            _merged_into(review, key)
            or _withdrawn_with(review, key)
            or _key_shaped_suggested(review, key, near)
            or _suggested(key, index, near)
        )
        raise NotFound(f"source '{key}' is not in this review{pointer}.")
    return source


def _went_into(review: Review, name: str) -> str | None:
    """The live source a source merged away went into, named by its key (any case) or its first author and year, as a
    coding sheet reads one (`merged_away`: through later merges; a key live again names itself)."""
    from cmo.normalise import author_year_handles
    from cmo.store import merged_away

    merges = review.store.decisions_of("source-merge")
    if not merges:
        return None
    went = merged_away(merges, review.store.source_keys())
    return next((went[n] for n in [name.strip(), name.strip().lower(), *author_year_handles(name)] if n in went), None)


WITHDRAW_ACTION = "source-withdraw"


def _withdrawn_with(review: Review, key: str) -> str:
    """Which file's withdrawal took a source away, from the history: ": it went when FILE was withdrawn on DATE ('cmo
    history FILE')"; '' for a key no withdrawal took."""
    gone = [d for d in review.store.decisions_of(WITHDRAW_ACTION) if key.strip() in d.after.get("removed", [])]
    if not gone:
        return ""
    file = str(gone[-1].after.get("file", ""))
    return f": it went when {file} was withdrawn on {gone[-1].at[:10]} ('cmo history {file}')"


def _merged_into(review: Review, key: str) -> str:
    """Where a source merged away went, from the history: ": it was merged into KEY on DATE ('cmo history KEY')"; '' for a
    key never merged away, or brought back since by a split."""
    merges = [d for d in review.store.history(key.strip()) if d.action == "source-merge" and d.targets[1:2] == [key.strip()]]
    if not merges:
        return ""
    into = str(merges[-1].after.get("into") or merges[-1].targets[0])
    return f": it was merged into {into} on {merges[-1].at[:10]} ('cmo history {into}')"


@writes
def edit_source(review: Review, key: str, changes: dict, note: str = "") -> SourceDetail:
    """`cmo sources edit`: correct what the export got wrong; the fields set are kept in `edited`,
    so a re-ingest or a duplicate linked later never overwrites them (`cmo.bib.linking.link_record`)."""
    source = get_source(review, key, said=[])  # a key merged away edits the source it went into, which the answer names
    changes = _checked_changes({k: v for k, v in changes.items() if v is not None})
    if "type" in changes and "grey" not in changes and "grey" not in source.edited:
        changes["grey"] = is_grey(changes["type"], pages=source.pages)
    before = {name: getattr(source, name) for name in changes}
    edited = source.model_copy(update={**changes, "edited": sorted(set(source.edited) | set(changes))})
    with review.store.transaction():
        review.store.put_sources([edited])
        review.store.record_decision(
            Decision(
                action="source-edit",
                targets=[source.key],
                note=note,
                before=before,
                after=changes,
                round=review.store.current_round(),
            )
        )
    return source_detail(review, edited)


def _checked_changes(changes: dict) -> dict:
    if not changes:
        raise CmoError("nothing to edit: give --type, --grey or --peer-reviewed, --year, --title or --authors.")
    if "type" in changes:
        changes["type"] = changes["type"].strip().lower()
        if changes["type"] not in SOURCE_TYPES:
            raise BadInput(f"--type '{changes['type']}' is not a source type; choose one of {', '.join(SOURCE_TYPES)}.")
    if "year" in changes and not 1000 <= changes["year"] <= int(now_iso()[:4]) + 1:
        raise BadInput(f"--year {changes['year']} is not a publication year.")
    if "title" in changes:
        changes["title"] = " ".join(changes["title"].split())
        if not changes["title"]:
            raise BadInput("--title is empty; give the source's title.")
    if "authors" in changes:
        changes["authors"] = author_list(changes["authors"])
    return changes


AUTHORS_FORM = "'Family, Given; Family, Given' (a ';' between authors; a suffix after a second comma, 'Family, Given, Jr')"


def author_list(text: str | list[str]) -> list[str]:
    """The authors a reviewer typed (`--authors "Van den Berghe, Wim; Nöstlinger, Christiana"`), stored as readers
    store them ("Family, Given", `named_authors`); anything that is not a list of names is refused in one sentence."""
    from cmo.bib.readers import named_authors
    from cmo.normalise import split_plain_name

    names = text if isinstance(text, list) else str(text).strip().removesuffix(";").split(";")
    if any(ord(ch) < 32 or ch in "\x7f\u2028\u2029" for name in names for ch in name):
        raise BadInput(f"--authors must be one line of names: {AUTHORS_FORM}.")
    stripped = [" ".join(name.split()) for name in names]
    if not any(stripped):
        raise BadInput(f"--authors is empty; give the authors as {AUTHORS_FORM}.")
    if not all(stripped):
        raise BadInput(f"--authors has an empty name between two ';'; give the authors as {AUTHORS_FORM}.")
    for name in stripped:
        if name.count(",") > 1 and not (name.count(",") == 2 and re.fullmatch(NAME_SUFFIX, name.rsplit(",", 1)[1].strip())):
            raise BadInput(f"--authors '{name[:60]}' has more than one comma in one name; give the authors as {AUTHORS_FORM}.")
        if len(name) > 200 or not any(ch.isalpha() for ch in name):
            raise BadInput(f"--authors '{name[:60]}' is not a name; give the authors as {AUTHORS_FORM}.")
    kept = named_authors(split_plain_name(name) for name in stripped)
    if not [name for name in kept if name != "others"]:
        raise BadInput(f"--authors names no author; give the authors as {AUTHORS_FORM}.")
    return kept


# --- The reviewer's word on duplicates -------------------------------------------------------


@writes
def merge_sources(
    review: Review, key: str, other_key: str, note: str = "", force: bool = False
) -> tuple[SourceDetail, list[str]]:
    """`cmo sources merge`: de-duplication missed that `other_key` is the same work as `key`. Its records join
    `key` (filling only gaps, as a duplicate found at ingest does), its statements and full texts follow, and
    `key` keeps its key, screening and appraisal; where only `other_key` was screened or appraised, that
    decision comes along. Two different screening decisions are the team's to settle first, and two works that
    de-duplication holds apart or whose title and authors both differ (`_two_works`) are merged only with `force`.
    Returns the merged source and what it says about decisions carried over or left behind."""
    from cmo.bib.linking import link_record

    store = review.store
    source, other = get_source(review, key), get_source(review, other_key)
    if source.key == other.key:
        raise CmoError(f"'{key}' and '{other_key}' are the same source already.")
    if not force and (why := _two_works(source, other)):
        raise CmoError(
            f"{source.key} ({_cited(source)}) and {other.key} ({_cited(other)}) {why}, so they look like two works; "
            f"merge them anyway with --force."
        )
    if "unscreened" not in (source.status, other.status) and source.status != other.status:
        raise CmoError(
            f"{source.key} is {source.status} and {other.key} {other.status}: decide which holds "
            f"('cmo select {other.status.removesuffix('d')} {source.key}' or the other way), then merge."
        )
    said: list[str] = []
    merged = source
    for index, record in enumerate(store.records_of(other.key)):
        why = BY_HAND if index == 0 else record.provenance.linked_by
        merged = link_record(
            merged, record.model_copy(update={"provenance": record.provenance.model_copy(update={"linked_by": why})})
        )
    if source.screening == "unscreened" and other.screening != "unscreened":
        merged = merged.model_copy(update={name: getattr(other, name) for name in SCREENING_FIELDS})
        said.append(f"{other.key}'s screening ({other.screening}) was carried over")
    if _appraised(other) and not _appraised(source):
        merged = merged.model_copy(update={"appraisal": other.appraisal})
        said.append(f"{other.key}'s appraisal was carried over")
    elif _appraised(other) and other.appraisal != source.appraisal:
        said.append(f"{other.key}'s appraisal ({_appraisal_text(other)}) was not kept; it is in the history")
    moved = [s.id for s in store.statements(other.key, include_deleted=True)]
    with store.transaction():
        store.put_sources([merged])
        store.rehome_records(other.key, source.key)
        store.rehome_source_rows(other.key, source.key)
        store.delete_source(other.key)
        store.record_decision(
            Decision(
                action="source-merge",
                targets=[source.key, other.key],
                note=note,
                before={other.key: other.model_dump(mode="json")},
                after={"into": source.key, "statements": moved},
                round=store.current_round(),
            )
        )
    if moved:
        said.append(
            f"statement{'s' if len(moved) != 1 else ''} {', '.join(moved)} now cite{'' if len(moved) != 1 else 's'} {source.key}"
        )
    detail = source_detail(review, merged)
    if apart := _lettered_apart(review, merged):
        said.append(apart)
    return detail, said


def _lettered_apart(review: Review, source: Source) -> str:
    """Why a source's citation carries a letter, said after a merge ("Maidment et al. 2020a" as the merge left it): the
    sources still cited alike, each with its letter, and where one has the same title, that it may be this work too
    (trial Z: three copies of a paper merged one by one, the first merge's "2020a" told nothing of the third copy)."""
    from cmo.bib.citations import cited_alike, cited_authors, citing, short_cite

    alike = [
        other
        for other in review.store.sources_holding(cited_alike(source), source.year)  # of its year only
        if cited_authors(other).casefold() == cited_authors(source).casefold()
        and (other.status == "included") == (source.status == "included")  # lettered apart from the others (`citing`)
    ]
    with citing(alike):
        own = short_cite(source)
        others = [(other, short_cite(other)) for other in alike if other.key != source.key]
    if own == short_cite(source) or not others:  # outside `citing`: no letter
        return ""
    named = ", ".join(f"{other.key} ({citation})" for other, citation in others)
    said = f"{own}, lettered: {named} {'is' if len(others) == 1 else 'are'} cited alike"
    same = [other.key for other, _ in others if fold(title_text(other.title)) == fold(title_text(source.title))]
    if len(same) == 1:
        said += f"; {same[0]} has the same title: merge it too if it is the same work"
    elif same:
        said += f"; {', '.join(same)} have the same title: merge them too if they are the same work"
    return said


@writes
def split_source(review: Review, key: str, where: str, note: str = "") -> SourceDetail:
    """`cmo sources split`: de-duplication linked a record (named FILE:LINE, as `cmo sources show` lists them)
    that is another work. It leaves as a source of its own; the source it leaves is rebuilt from its other
    records, keeping its key, screening, appraisal, statements and every field a reviewer corrected.
    Returns the new source."""
    from cmo.bib.linking import link_record, new_source

    store = review.store
    source = get_source(review, key)
    rows = store.record_rows(source.key)
    place, _, own_key = where.partition("@") if "@" in where.rpartition(":")[2] else (where, "", "")
    file, _, line = place.rpartition(":")
    chosen = [(i, record) for i, record in rows if (record.provenance.file, str(record.provenance.line)) == (file, line.strip())]
    if own_key:
        chosen = [(i, record) for i, record in chosen if record.provenance.key == own_key.strip()]
    if not chosen:
        listed = ", ".join(f"{r.provenance.file}:{r.provenance.line}" for _, r in rows)
        raise NotFound(f"no record of {source.key} was read at '{where}' (its records: {listed}).")
    if len(chosen) > 1:  # EndNote XML writes a whole library on one line
        named = ", ".join(f"{where}@{record.provenance.key}" for _, record in chosen)
        raise CmoError(f"{len(chosen)} records of {source.key} were read at {where}; name one by its key in the export: {named}.")
    if len(rows) == 1:
        raise CmoError(f"{where} is {source.key}'s only record: there is nothing to split it from.")
    row_id, record = chosen[0]
    leaving = _one_work_with(row_id, rows)
    rest = [r for i, r in rows if i not in leaving]
    rebuilt = rebuilt_from(source, rest)
    said = {_place(p): p.linked_by for p in source.records}  # as the source said why, merges by hand too
    problems: list = []
    taken = set(store.source_keys())
    going = [record, *(r for i, r in rows if i in leaving and i != row_id)]
    was, kept_before, was_records, came_with = _as_before_merged(store, source.key, [r.provenance for r in going])
    order = {place: index for index, place in enumerate(was_records)}  # as the source merged away had them, if one was
    going.sort(key=lambda r: order.get(_place(r.provenance), len(order)))
    why = {**said, **was_records, _place(going[0].provenance): None}  # why each was linked, the first starting it
    own = next((k for k in (was, going[0].key) if k and k not in taken), "")  # the key it had before a merge, or its own
    alone = new_source(going[0].model_copy(update={"key": own}), dict.fromkeys(taken), source.origin, problems)
    for other in going[1:]:
        alone = link_record(alone, other)
    records = [p.model_copy(update={"linked_by": why.get(_place(p), p.linked_by)}) for p in alone.records]
    alone = Source.model_validate({**alone.model_dump(), **kept_before, "records": [r.model_dump() for r in records]})
    with store.transaction():
        store.put_sources([alone])
        store.rehome_records(source.key, alone.key, leaving)  # before the rebuilt source replaces the abstract they share
        store.put_sources([rebuilt])
        back = [s for s in store.statements(source.key, include_deleted=True) if s.id in came_with]
        store.put_statements([s.model_copy(update={"source": alone.key}) for s in back])
        store.record_decision(
            Decision(
                action="source-split",
                targets=[source.key, alone.key, *(s.id for s in back)],
                note=note,
                before={source.key: source.model_dump(mode="json")},
                after={
                    "record": where,
                    "records": [f"{r.provenance.file}:{r.provenance.line}" for r in going],
                    "new": alone.key,
                    "statements": [s.id for s in back],
                },
                round=store.current_round(),
            )
        )
    return source_detail(review, alone)


def rebuilt_from(source: Source, records: list[Record], origin: str | None = None) -> Source:
    """`source` made again from some of its records, the others gone (split out, or their file withdrawn): its fields
    are what these records give, but for those a reviewer corrected; it keeps its key, screening and appraisal, and why
    each record was linked. `origin`: the route of the record it now starts from, where that is not the source's own."""
    from cmo.bib.linking import link_record, new_source

    rebuilt = new_source(records[0], {}, origin or source.origin, [])
    for other in records[1:]:
        rebuilt = link_record(rebuilt, other)
    said = {_place(p): p.linked_by for p in source.records}  # as the source said why, merges by hand too
    return rebuilt.model_copy(
        update={
            **{name: getattr(source, name) for name in source.edited},
            "records": [p.model_copy(update={"linked_by": said.get(_place(p), p.linked_by)}) for p in rebuilt.records],
            "key": source.key,
            **{name: getattr(source, name) for name in SCREENING_FIELDS},
            "appraisal": source.appraisal,
            "edited": source.edited,
        }
    )


def _one_work_with(row_id: int, rows: list) -> set[int]:
    """The rows that leave with the record split out: it, and the other records de-duplication calls one work with it
    (`dedupe.group_records`: a shared DOI or PMID, its match), so a wrong merge is undone in one split. The others
    are grouped first, so a record that is one work with those staying stays; when de-duplication calls every record
    one work, only the record named leaves: the reviewer's word is about it."""
    from cmo.bib.dedupe import group_records

    ordered = [*(i for i, _ in rows if i != row_id), row_id]
    by_id = dict(rows)
    last = len(ordered) - 1
    group = next((g for g in group_records([by_id[i] for i in ordered]) if last in g), [last])
    leaving = {ordered[i] for i in group}
    return leaving if len(leaving) < len(rows) else {row_id}


def _place(record: Provenance) -> tuple:
    return (record.file, record.line, record.key)


def _as_before_merged(store, key: str, going: list[Provenance]) -> tuple[str, dict, dict[tuple, str | None], set[str]]:
    """Records split back out of the source `cmo sources merge` joined them to get back the key they had, that
    source's screening and appraisal, as the merge's history kept them, its records in order with why each was linked,
    and the statements the merge moved (a split after a wrong merge undoes it; a statement since coded to another
    source stays where a person put it)."""
    places = {_place(p) for p in going}
    for decision in reversed(store.history(key)):
        if decision.action != "source-merge":
            continue
        for was_key, was in decision.before.items():
            listed = was.get("records", []) if isinstance(was, dict) else []
            records = [Provenance.model_validate(r) for r in listed if isinstance(r, dict)]
            if places.isdisjoint(_place(r) for r in records):
                continue
            kept = {name: was[name] for name in (*SCREENING_FIELDS, "appraisal", "origin") if name in was}
            moved = decision.after.get("statements") if isinstance(decision.after.get("statements"), list) else []
            return was_key, kept, {_place(r): r.linked_by for r in records}, set(moved)
    return "", {}, {}, set()


def _two_works(source: Source, other: Source) -> str:
    """Why two sources look like two works, in words ("differ in title and year, and their DOIs differ (…)"), or '':
    their title and authors both differ (`dedupe.differences`), or de-duplication would hold them apart, whatever
    else agrees (`dedupe.conflicts`: two DOIs, pages that do not overlap, a preprint and its paper)."""
    from cmo.bib.dedupe import conflicts, differences

    differ, apart = differences(source, other), conflicts(source, other)
    if not apart and not {"title", "authors"} <= set(differ):
        return ""
    said = [f"differ in {' and '.join([', '.join(differ[:-1]), differ[-1]] if len(differ) > 1 else differ)}"] if differ else []
    if apart:
        said.append(f"de-duplication holds them apart: {'; '.join(apart)}")
    return ", and ".join(said)


def _cited(source: Source) -> str:
    from cmo.bib.citations import short_cite

    title = " ".join(source.title.split())
    return f"{short_cite(source)}, '{title if len(title) <= 50 else title[:50].rsplit(' ', 1)[0] + '…'}'"


def _appraised(source: Source) -> bool:
    return bool(source.appraisal.relevance or source.appraisal.rigour or source.appraisal.note)


def _appraisal_text(source: Source) -> str:
    given = [(name, getattr(source.appraisal, name)) for name in ("relevance", "rigour")]
    return ", ".join(f"{name} {level}" for name, level in given if level) or "a note"
