"""Helper LR: left-overs in how titles and sentences word what a coder wrote (trials CF and CH)."""

from pathlib import Path

from cmo.bib.citations import reference
from cmo.bib.linking import new_source
from cmo.bib.readers import bibtex, wos
from cmo.models import Source
from cmo.synthesis.wording import cmo_segments, names_from, title_for
from cmo.textio import decode_file


def _sentence(context: str, mechanism: str, outcome: str) -> str:
    return "".join(segment.text for segment in cmo_segments(context, mechanism, outcome))


def test_a_participle_followed_only_by_how_stays_a_participle_in_the_title():
    # trial CF (C8): "emotional load carried alone" was titled "Emotional load carries alone"
    assert title_for("carers of people with dementia", "", "emotional load carried alone") == "Emotional load carried alone"
    assert title_for("new graduate nurses", "", "paperwork finished later") == "Paperwork finished later"


def test_a_past_verb_with_its_object_is_still_told_in_the_present():
    # must not fire: the verb has an object, so it is the clause's own verb
    assert title_for("carers of people with dementia", "", "Nurse carried the load") == "Nurse carries the load"
    assert title_for("rural pharmacies", "", "the pharmacist checked every dose") == "The pharmacist checks every dose"


def test_a_context_where_one_person_meets_another_is_a_statement():
    # trial CF (C15): "In mentor meets client at the prison gate, …"
    sentence = _sentence("mentor meets client at the prison gate", "continuity of contact", "reoffending falls")
    assert sentence.startswith("Where mentor meets client at the prison gate, ")
    sentence = _sentence("midwife phones mother weekly", "reassurance", "anxiety falls")
    assert sentence.startswith("Where midwife phones mother weekly, ")


def test_a_plural_before_a_role_named_by_its_verb_is_no_verb():
    # must not fire: a plural that describes a role ("benefits adviser") and a lexicalised plural noun ("needs assessment")
    sentence = _sentence("carer benefits adviser at the hub", "income checks", "debts fall")
    assert not sentence.startswith("Where ")
    assert not _sentence("carer needs assessment", "a named contact", "stress falls").startswith("Where ")


def test_a_name_spelt_as_a_relative_is_the_relative_after_people_in_capitals():
    # a review that cites WHO: "NURSES WHO FEEL SUPPORTED…" read "Nurses WHO feel supported…"
    with names_from(["Clinics followed WHO guidance on screening."]):
        assert title_for("rural clinics", "NURSES WHO FEEL SUPPORTED STAY LONGER", "") == "Nurses who feel supported stay longer"
        sentence = _sentence("WOMEN WHO WAIT FOR SCANS", "text reminders", "attendance rises")
    assert sentence.startswith("For women who wait for scans, ")


def test_the_name_itself_is_kept_in_capitals():
    # must not fire: the organisation's initialism before a noun, on another topic (school meals)
    with names_from(["Schools adopted WHO guidance on school meals."]):
        assert title_for("primary schools", "HEAD TEACHERS FOLLOW WHO GUIDANCE", "") == "Head teachers follow WHO guidance"
        assert title_for("primary schools", "WHO GUIDANCE ON SCHOOL MEALS", "") == "WHO guidance on school meals"


_DATA = Path(__file__).parent / "data"


def _sources(reader, path: Path) -> dict[str, Source]:
    records = reader.read(decode_file(path).text, path.name).records
    return {record.key: new_source(record, {}, "database search", []) for record in records}


def test_a_bodys_initialism_in_capitals_in_bibtex_stays_in_capitals():
    # trial CF: Better BibLaTeX's "institution = {FEANTSA}" printed "Feantsa" in the reference
    sources = _sources(bibtex, _DATA / "trial_cf" / "zotero-better-biblatex-reports.bib")
    cited = reference(sources["pleace2016"])
    assert "FEANTSA" in cited and "Feantsa" not in cited


def test_a_publisher_web_of_science_gives_in_capitals_is_still_shown_in_proper_case():
    # must not fire: Web of Science shouts every publisher ("PU WILEY"), on another topic (chemistry); read as a book,
    # whose reference names its publisher (an article's names its journal)
    records = wos.read(decode_file(_DATA / "exports" / "web_of_science.txt").text, "web_of_science.txt").records
    shouted = [record.model_copy(update={"type": "book"}) for record in records if record.publisher == "WILEY"]
    cited = [reference(new_source(record, {}, "database search", [])) for record in shouted]
    assert cited and all("Wiley." in one and "WILEY" not in one for one in cited)


def test_a_noun_in_ing_for_people_keeps_in():
    # helper LO's rule read "When training for staff, …"
    assert _sentence("In training for staff", "coaching on the ward", "confidence rises").startswith("In training for staff, ")
    assert _sentence("In funding for carers", "a personal budget", "respite rises").startswith("In funding for carers, ")


def test_a_verb_in_ing_with_its_object_still_opens_with_when():
    # must not fire: a verb's object after "for" with its article, on another topic (hospital beds, dementia care)
    assert _sentence("In waiting for a bed", "daily updates", "anxiety falls").startswith("When waiting for a bed, ")
    sentence = _sentence("In caring for a partner with dementia", "respite", "strain eases")
    assert sentence.startswith("When caring for a partner with dementia, ")
