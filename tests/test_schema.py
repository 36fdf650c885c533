"""One schema: review.yaml as a model (bad values named by line), a closed set of history actions."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from cmo.errors import BadInput
from cmo.models import Decision, ReviewConfig
from cmo.review import load_config
from cmo.store import Store

REVIEW = """\
title: A review
domains:
  - slug: safety
    name: Safety
    colour: red
  - slug: access
groups: []
settings:
  merge_threshold: 0.3
  respond_by: 2025-03-31
  colour_scheme: dark
funding: A charity
"""


def write(tmp_path, text):
    path = tmp_path / "review.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_review_yaml_is_typed_and_keeps_what_cmo_does_not_know(tmp_path):
    config = load_config(write(tmp_path, REVIEW))
    assert [d.slug for d in config.domains] == ["safety", "access"]
    assert config.domains[1].name == "access" and config.domains[1].description == ""
    settings = config.settings
    assert (settings.merge_threshold, settings.similarity, settings.respond_by) == (0.3, "hybrid", "2025-03-31")
    written = config.as_dict()
    assert written["funding"] == "A charity" and written["settings"]["colour_scheme"] == "dark"
    assert written["domains"][0]["colour"] == "red" and "similarity" not in written["settings"]


@pytest.mark.parametrize(
    ("bad", "good", "line", "words"),
    [
        (
            "merge_threshold: 0.3",
            "merge_threshold: high",
            9,
            "settings.merge_threshold must be a number between 0 and 1, not 'high'",
        ),
        ("merge_threshold: 0.3", "similarity: fast", 9, "settings.similarity should be"),
        ("  - slug: access", "  - slug: Access Care", 6, "domains item 2: slug 'Access Care' must be lower-case"),
        ("  - slug: access", "  - slug: safety", 6, "domains item 2: slug 'safety' appears twice"),
        ("  - slug: access", "  - name: Access", 6, "domains item 2: needs a slug"),
        # Trial T: a copied block kept another domain's name, and cells naming it went to the new, empty domain.
        ("  - slug: access", "  - slug: access\n    name: SAFETY ", 6, "domains item 2: name 'SAFETY' is item 1's too"),
        ("groups: []", "groups: cyp", 7, "groups must be a list"),
        # Trial C: a key given twice was kept silently (the last one), and the parser's words said nothing to do.
        ("funding: A charity", "funding: A charity\ndomains: []", 13, "'domains' is given twice (first on line 2); keep one"),
        ("    name: Safety", "    name: Safety\n    name: Safe care", 5, "'name' is given twice (first on line 4)"),
        ("title: A review", "title: What works: for whom", 1, "put the value in quotes"),
        ("  merge_threshold: 0.3", "\tmerge_threshold: 0.3", 9, "indent with spaces, not tabs"),
    ],
)
def test_a_bad_value_in_review_yaml_is_named_by_file_and_line(tmp_path, bad, good, line, words):
    path = write(tmp_path, REVIEW.replace(bad, good))
    with pytest.raises(BadInput) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(f"{path}, line {line}: ") and words in message and message.count("\n") == 0


def test_the_cli_names_the_line_and_does_nothing(cmo):
    cmo("init", str(cmo.folder))
    config = cmo.folder / "review.yaml"
    lines = config.read_text(encoding="utf-8").splitlines()
    config.write_text("\n".join([*lines, "settings:", "  merge_threshold: 2"]) + "\n", encoding="utf-8")
    result = cmo("configs", "list", code=2)
    line = len(lines) + 2
    assert f"review.yaml, line {line}: settings.merge_threshold must be a number between 0 and 1, not 2." in result.stderr


def test_review_config_in_code_refuses_a_bad_slug():
    with pytest.raises(ValidationError):
        ReviewConfig(domains=[{"slug": "Not A Slug"}])


def test_decision_action_is_a_closed_set():
    assert Decision(action="merge").action == "merge"
    with pytest.raises(ValidationError):
        Decision(action="delete-everything")


def test_every_action_the_commands_record_is_in_the_set(demo):
    demo("configs", "edit", "C1", "--title", "A new title")
    history = demo.json("history", "C1")
    assert {"refine", "close-round", "edit"} <= {d["action"] for d in history}


def test_a_misspelt_setting_is_named_with_its_line_and_the_name_meant(cmo):
    """`merge_treshold: 0.5` was kept and silently not applied; a team's own keys (funding, colour_scheme) stay quiet."""
    cmo("init", str(cmo.folder))
    path = cmo.folder / "review.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "funding: A charity\nsettings:\n  merge_treshold: 0.5\n  colour_scheme: dark\n", encoding="utf-8")
    line = len(text.splitlines()) + 3
    warned = cmo("configs", "list").stderr
    assert (
        f"review.yaml, line {line}: settings: 'merge_treshold' is not a name cmo reads; did you mean 'merge_threshold'?" in warned
    )
    assert "funding" not in warned and "colour_scheme" not in warned


PLAIN = "title: A review\ndomains:\n  - slug: safety\n    name: Safety\nsettings:\n  merge_threshold: 0.3\n"


def test_review_yaml_is_parsed_again_only_when_its_text_changes(tmp_path):
    """Every command reads review.yaml; what it was read as is kept by its exact text, so a command whose file is
    unchanged skips PyYAML, and any edit (one character) is read afresh."""
    store = Store.create(tmp_path / "review.db")
    path = write(tmp_path, PLAIN)
    first = load_config(path, store)
    assert store.parsed_file("review.yaml", PLAIN) is None  # kept with the command's own write, if it makes one
    with store.transaction():
        pass
    assert store.parsed_file("review.yaml", PLAIN) is not None
    assert load_config(path, store) == first == load_config(path)
    path.write_text(PLAIN.replace("0.3", "0.4"), encoding="utf-8")
    assert load_config(path, store).settings.merge_threshold == 0.4
    path.write_text(PLAIN.replace("merge_threshold: 0.3", "merge_threshold: high"), encoding="utf-8")
    with pytest.raises(BadInput, match="line 6"):
        load_config(path, store)


@pytest.mark.parametrize("text", [REVIEW, PLAIN + "funding:\n  1: a number as a key\n", PLAIN + "started: 2024-05-01T10:00:00\n"])
def test_what_json_would_not_give_back_exactly_is_read_each_time(tmp_path, text):
    store = Store.create(tmp_path / "review.db")
    path = write(tmp_path, text)
    assert load_config(path, store) == load_config(path)
    with store.transaction():
        pass
    assert load_config(path, store) == load_config(path)
    assert store.parsed_file("review.yaml", text) is None


def test_a_source_built_from_a_record_without_validation_is_the_source_validation_would_build(corpus):
    """`trusted` skips pydantic's per-field work for ingest's new sources: it must give every field, and the same
    values, as `model_validate` of the same data — on real records of every kind."""
    from cmo.bib.linking import new_source
    from cmo.bib.readers import ris
    from cmo.models import Source
    from cmo.textio import decode_file

    for name in ("msm_scopus.ris", "msm_cochrane_central.ris", "iebh_bluelight_sr.ris"):
        for record in ris.read(decode_file(corpus / "ris" / name).text, name).records[:40]:
            built = new_source(record, {}, "citation tracking", [])
            assert list(built.__dict__) == list(Source.model_fields)
            checked = Source.model_validate(built.model_dump())
            assert built == checked and built.model_dump_json() == checked.model_dump_json()
            assert built.model_fields_set == set(Source.model_fields)


def test_a_citation_key_takes_the_first_word_that_is_not_a_stop_word(corpus):
    from cmo.bib.linking import citation_key
    from cmo.models import Provenance, Record

    def key(title: str, authors=("Müller-Lüdenscheidt, Jörg",)) -> str:
        return citation_key(
            Record(
                key="",
                title=title,
                authors=list(authors),
                year=2020,
                provenance=Provenance(file="f", line=1, key="", format="ris"),
            )
        )

    assert key("The well-being of carers: a study") == "mullerludenscheidt2020wellbeing"
    assert key("À la recherche d'une santé") == "mullerludenscheidt2020recherche"  # "a" and French "la" are stop words
    assert key("Of the — and: “what”", authors=()) == "2020"

    from cmo.bib.linking import _TITLE_STOPWORDS, _first_title_word
    from cmo.bib.readers import bibtex, ris
    from cmo.normalise import fold, hyphenated_word
    from cmo.textio import decode_file

    titles = [r.title for r in bibtex.read(decode_file(corpus / "bibtex" / "bibtexparser_traps.bib").text, "t.bib").records]
    titles += [r.title for r in ris.read(decode_file(corpus / "ris" / "msm_scopus.ris").text, "s.ris").records]
    for title in titles:  # word by word, as the whole title folded at once, a hyphenated word joined ("genderbased")
        words = [hyphenated_word(w) or fold(w) for w in title.split()]
        words = [w for word in words for w in word.split() if w not in _TITLE_STOPWORDS]
        assert _first_title_word(title) == (words[0] if words else "")


def test_a_report_from_a_review_yaml_without_title_or_question_says_so_and_exits_1(cmo):
    """Trial T: a report headed "Untitled review", with no review question (RAMESES item 4), came out without a word."""
    cmo("init", str(cmo.folder))
    said = cmo("report", "-o", str(cmo.folder / "report.md"), code=1).stderr
    assert "review.yaml has no title: the report is headed 'Untitled review'" in said
    assert "review.yaml has no question: RAMESES item 4 is left to you" in said and said.count("\n") == 2
    config = cmo.folder / "review.yaml"
    text = config.read_text(encoding="utf-8").replace("title: ''", "title: Peer support in homelessness services")
    config.write_text(text.replace("question: ''", "question: What works, for whom?"), encoding="utf-8")
    assert cmo("report", "-o", str(cmo.folder / "report.md")).stderr == ""
