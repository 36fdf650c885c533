"""Helper LY's left-overs: what packs, reports and tables say to the people who read them."""

from __future__ import annotations

import csv
import re
from html import unescape
from pathlib import Path

import pytest
from sheet_reviews import write_csv

from cmo.synthesis.wording import cmo_sentence

# 1. A source with findings on both sides of one finding is named once (RH1)


def _review(cmo, tmp_path: Path, rows: list[list[str]], bib: str) -> None:
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    coding = write_csv(tmp_path / "coding.csv", ["source", "context", "mechanism", "outcome", "quote", "coder"], *rows)
    keys = re.findall(r"@article\{(\w+),", bib)
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "refs.bib"), code=None)
    cmo("select", "include", *keys, "--by", "RT", code=None)
    cmo("code", "import", str(coding), "--by", "RT", code=None)
    cmo("refine", "--backend", "lexical", code=None)
    cmo("round", "close", "--note", "first round")


def _bib(*entries: tuple[str, str, str, str]) -> str:
    return "".join(
        f"@article{{{key},\n  title = {{{title}}},\n  author = {{{authors}}},\n"
        f"  journal = {{J Health}},\n  year = {{{year}}}\n}}\n"
        for key, title, authors, year in entries
    )


MATERNITY = _bib(
    ("Riggs2017", "Interpreter use in maternity care", "Riggs, E. and Yelland, J. and Szwarc, J.", "2017"),
    ("Correa2012", "Refugee women and antenatal care", "Correa-Velez, I. and Ryan, J.", "2012"),
)
CLINIC = "In hospital antenatal clinics with on-site interpreters"
TRUST = "women trusted that they were understood"


def _print_line(path: Path) -> str:
    found = re.search(r'<span class="print-sources">(.*?)</span>', path.read_text(encoding="utf-8"), re.S)
    assert found, "no printed sources line"
    return unescape(found.group(1))


def test_a_source_on_both_sides_is_named_once_as_mixed_in_the_pack_report_and_table(cmo, tmp_path):
    """RH1: the printed pack read "Sources: Riggs et al. (2017); Correa-Velez & Ryan (2012). Against it: Riggs et al.
    (2017).", one study named as two; the report's and the Word table's "Contradicting:" named it again too."""
    _review(
        cmo,
        tmp_path,
        [
            ["Riggs2017", CLINIC, TRUST, "they attended more visits", "a quote", "RT"],
            ["Riggs2017", CLINIC, TRUST, "they did not attend more visits", "another quote", "RT"],
            ["Correa2012", CLINIC, TRUST, "they attended more visits", "third quote", "RT"],
        ],
        MATERNITY,
    )
    cmo("pack", "-o", str(tmp_path / "pack.html"))
    line = _print_line(tmp_path / "pack.html")
    assert line.count("Riggs") == 1, line
    assert "Riggs et al. (2017) (mixed: for it in part, against it in part)" in line, line
    assert "Against it: none beyond the mixed source above." in line, line
    cmo("export", "--format", "csv", "-o", str(tmp_path / "table.csv"))
    row = next(csv.DictReader((tmp_path / "table.csv").open(encoding="utf-8")))
    assert row["citations"].count("Riggs") == 1 and "Riggs et al. 2017 (mixed:" in row["citations"], row
    assert row["contradicting_citations"] == "", row
    cmo("report", "-o", str(tmp_path / "report.html"), code=1)  # 1: the review has no title nor question yet
    report = unescape(re.sub(r"<[^>]+>", "", (tmp_path / "report.html").read_text(encoding="utf-8")))
    assert "Riggs et al. 2017 (mixed: for it in part, against it in part)" in report
    assert "Contradicting: Riggs" not in report


def test_a_source_only_against_a_finding_is_still_named_against_it(cmo, tmp_path):
    """Must not fire: where one school study supports a finding and another goes against it, each is named on its own
    side, and nothing is called mixed."""
    bib = _bib(
        ("Okafor2021", "Active lessons in primary schools", "Okafor, A.", "2021"),
        ("Lind2022", "Teacher-led movement breaks", "Lind, B.", "2022"),
        ("Berg2020", "Movement breaks in city schools", "Berg, C.", "2020"),
    )
    school, trust = "In crowded urban primary schools", "teachers trusted that movement breaks fit the timetable"
    _review(
        cmo,
        tmp_path,
        [
            ["Okafor2021", school, trust, "more minutes of activity were delivered", "a quote", "RT"],
            ["Berg2020", school, trust, "more minutes of activity were delivered", "a quote", "RT"],
            ["Lind2022", school, trust, "no more minutes of activity were delivered", "a quote", "RT"],
        ],
        bib,
    )
    cmo("pack", "-o", str(tmp_path / "pack.html"))
    line = _print_line(tmp_path / "pack.html")
    assert "mixed" not in line, line
    assert re.search(r"Against it: Lind \(2022\)\.", line), line
    cmo("export", "--format", "csv", "-o", str(tmp_path / "table.csv"))
    row = next(csv.DictReader((tmp_path / "table.csv").open(encoding="utf-8")))
    assert row["contradicting_citations"] == "Lind 2022" and "mixed" not in row["citations"], row


# 2. An outcome coded with its own joining words ("so …", "leading to …")


@pytest.mark.parametrize(
    ("outcome", "said"),
    [
        ("so they attended more visits", ", so they attended more visits."),
        ("leading to more visits", ", which leads to more visits."),
        ("therefore they attended more visits", ", so they attended more visits."),
        ("and so fewer falls", ", which leads to fewer falls."),
    ],
)
def test_an_outcome_coded_with_its_joining_words_is_joined_once(outcome, said):
    """The coder wrote the join into the outcome cell; the pack read "…, so so they attended more visits" and "…, which
    leads to leading to more visits"."""
    sentence = cmo_sentence("In rural clinics", TRUST, outcome)
    assert sentence.endswith(said), sentence
    assert not re.search(r"\b(so so|leads to leading)\b", sentence), sentence


@pytest.mark.parametrize(
    ("outcome", "kept"),
    [
        ("so many pupils stayed for the club", "so many pupils stayed for the club"),
        ("as a result of the fees, fewer pupils stayed", "as a result of the fees, fewer pupils stayed"),
        ("soon more pupils stayed for the club", "soon more pupils stayed for the club"),
    ],
)
def test_an_outcome_whose_first_words_are_its_own_keeps_them(outcome, kept):
    """Must not fire: a "so" that says how much, "as a result of" naming a cause, a word that only opens with "so"."""
    sentence = cmo_sentence("In rural secondary schools", "pupils felt the after-school club belonged to them", outcome)
    assert kept in sentence, sentence


# 3. Statements in another language: said by `round close --check` and the pack; placed by hand, kept (CP)

HYPERTENSION = _bib(
    ("Mensah2018", "Community health workers and hypertension in Ghana", "Mensah, K.", "2018"),
    ("Owusu2021", "Home visits for hypertension care", "Owusu, L.", "2021"),
    ("Diallo2019", "Agents de santé communautaires au Sénégal", "Diallo, A.", "2019"),
    ("Ndiaye2020", "Suivi de l'hypertension à domicile", "Ndiaye, B.", "2020"),
)
RURAL, TRUSTED = "In rural districts with few clinics", "patients trust community health workers who visit their homes"
FRENCH_ROWS = [
    ["Mensah2018", RURAL, TRUSTED, "they stay in care", "q1", "RT"],
    ["Owusu2021", RURAL, TRUSTED, "they keep taking their medicines", "q2", "RT"],
    [
        "Diallo2019",
        "Dans les villages éloignés des postes de santé",
        "les patients font confiance aux relais communautaires qui viennent à domicile",
        "ils restent suivis et prennent leurs médicaments",
        "q3",
        "RT",
    ],
    [
        "Ndiaye2020",
        "Quand les infirmiers sont débordés",
        "les patients se sentent abandonnés et ne reviennent pas",
        "le suivi de la tension est interrompu",
        "q4",
        "RT",
    ],
]


def _coded(cmo, tmp_path: Path, rows: list[list[str]], bib: str) -> None:
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    coding = write_csv(tmp_path / "coding.csv", ["source", "context", "mechanism", "outcome", "quote", "coder"], *rows)
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "refs.bib"), code=None)
    cmo("select", "include", *re.findall(r"@article\{(\w+),", bib), "--by", "RT", code=None)
    cmo("code", "import", str(coding), "--by", "RT", code=None)
    cmo("refine", "--backend", "lexical", code=None)


def _configuration_of(cmo, statement: str) -> str:
    return next(c["id"] for c in cmo.json("configs", "list") if statement in c["statements"])


def test_statements_no_one_could_compare_are_named_before_the_round_and_in_the_pack(cmo, tmp_path):
    """CP: French statements stood alone and `round close --check` said "Nothing to look at first"; the pack said
    nothing either. One the team placed by hand is theirs, kept by refine and no longer named."""
    _coded(cmo, tmp_path, FRENCH_ROWS, HYPERTENSION)
    english = _configuration_of(cmo, "S1")
    cmo("configs", "attach", "S3", "--to", english)
    cmo("refine", "--backend", "lexical", code=None)
    assert _configuration_of(cmo, "S3") == english  # placed by hand, kept
    alone = _configuration_of(cmo, "S4")
    said = cmo("round", "close", "--check", code=None).stderr
    assert f"S4 ({alone}) is written in French, which cmo cannot compare" in said, said
    assert "'cmo configs attach S4 --to C…'" in said and f"'cmo configs accept {alone}'" in said
    assert "S3 (" not in said
    cmo("round", "close", "--note", "first round", code=None)
    cmo("pack", "-o", str(tmp_path / "pack.html"))
    page = (tmp_path / "pack.html").read_text(encoding="utf-8")
    flags = re.findall(r'id="([^"]+)-heading"><span class="cid">[^<]*</span>[^<]*</h3>\s*<p class="flag not-compared">', page)
    assert len(flags) == 1 and page.count('class="flag not-compared"') == 1, flags


def test_an_english_review_and_a_statement_the_team_accepted_are_not_named(cmo, tmp_path):
    """Must not fire: a review of school movement breaks coded in English, and a French statement the team accepted
    where it stands."""
    rows = [
        [
            "Okafor2021",
            "In crowded urban primary schools",
            "teachers trusted that breaks fit the timetable",
            "more minutes",
            "q",
            "RT",
        ],
        ["Lind2022", "In rural secondary schools", "pupils felt the club belonged to them", "attendance rose", "q", "RT"],
        [
            "Berg2020",
            "Dans les écoles rurales",
            "les élèves sentent que le club leur appartient",
            "ils viennent plus souvent",
            "q",
            "RT",
        ],
    ]
    bib = _bib(
        ("Okafor2021", "Active lessons", "Okafor, A.", "2021"),
        ("Lind2022", "Movement breaks", "Lind, B.", "2022"),
        ("Berg2020", "Clubs scolaires", "Berg, C.", "2020"),
    )
    _coded(cmo, tmp_path, rows, bib)
    cmo("configs", "accept", _configuration_of(cmo, "S3"))
    said = cmo("round", "close", "--check", code=None).stderr
    assert "cannot compare" not in said, said
    cmo("round", "close", "--note", "first round", code=None)
    cmo("pack", "-o", str(tmp_path / "pack.html"))
    assert "not-compared" not in (tmp_path / "pack.html").read_text(encoding="utf-8")


# 4. A form's codes ('oui', 'en_partie') give way to its labels when the labels download comes (CP)

KOBO = Path(__file__).parent / "data" / "trial_cp"


def _closed_with_groups(cmo, tmp_path: Path, groups: list[dict]) -> None:
    import yaml

    _coded(cmo, tmp_path, FRENCH_ROWS, HYPERTENSION)
    path = cmo.folder / "review.yaml"
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    config["groups"] = groups
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    cmo("round", "close", "--note", "first round", code=None)


def test_the_labels_download_gives_the_words_the_respondents_read_in_place_of_the_codes(cmo, tmp_path):
    groups = [
        {"slug": "chw", "name": "Community health workers", "aliases": ["asc"]},
        {"slug": "nurses", "name": "Nurses", "aliases": ["infirmier"]},
    ]
    _closed_with_groups(cmo, tmp_path, groups)
    cmo(
        "feedback",
        "import",
        str(KOBO / "Avis_CMO_tour_1_-_all_versions_-_False_-_2026-11-21-08-00-11.xlsx"),
        "--round",
        "1",
        code=None,
    )
    first = {a["id"]: a for a in cmo.json("feedback", "list")}
    assert {a["answer"] for a in first.values() if a["answer"]} == {"oui", "en_partie"}
    result = cmo(
        "feedback", "import", str(KOBO / "Avis_CMO_tour_1_-_labels_-_2026-11-21-08-01-02.csv"), "--round", "1", code=None
    )
    assert "are now the form's labels" in result.stderr
    now = {a["id"]: a for a in cmo.json("feedback", "list")}
    assert set(now) == set(first)  # the same answers, their ids kept
    assert {a["answer"] for a in now.values() if a["answer"]} == {"Oui / Yes", "En partie / Partly"}


def test_words_a_labels_download_gave_first_are_kept_when_another_language_s_comes(cmo, tmp_path):
    """Must not fire (a housing panel's form exported in English, then in French): 'Agree' is no code; it stays."""
    _closed_with_groups(cmo, tmp_path, [{"slug": "tenants", "name": "Tenants"}])
    config = _configuration_of(cmo, "S1")
    english = write_csv(
        tmp_path / "panel-en.csv", ["Pseudonym", "Group", f"{config}: How far do you agree?"], ["Rowan", "Tenants", "Agree"]
    )
    french = write_csv(
        tmp_path / "panel-fr.csv", ["Pseudonyme", "Groupe", f"{config}: Êtes-vous d'accord ?"], ["Rowan", "Tenants", "D'accord"]
    )
    cmo("feedback", "import", str(english), "--round", "1")
    result = cmo("feedback", "import", str(french), "--round", "1")
    assert "the form's labels" not in result.stderr
    assert [a["answer"] for a in cmo.json("feedback", "list")] == ["Agree"]


# 5. A team whose Excel writes decimal commas asks for ';' between cells, in every CSV cmo writes (CP)


def _with_setting(cmo, line: str) -> None:
    path = cmo.folder / "review.yaml"
    path.write_text(path.read_text(encoding="utf-8") + f"settings:\n  {line}\n", encoding="utf-8")


def test_csv_separator_semicolon_writes_every_csv_as_french_excel_opens_it(cmo, tmp_path):
    _coded(cmo, tmp_path, FRENCH_ROWS, HYPERTENSION)
    _with_setting(cmo, 'csv_separator: ";"')
    cmo("export", "--format", "csv", "-o", str(tmp_path / "table.csv"))
    written = (tmp_path / "table.csv").read_bytes()
    assert written.startswith(b"\xef\xbb\xbfnumber;id;domain;title;") and b"\r\n" in written  # BOM, ';', CRLF
    rows = list(csv.DictReader(written.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert any(row["context"].startswith("Dans les villages éloignés") for row in rows), rows
    cmo("select", "template", "-o", str(tmp_path / "screening.csv"))
    assert (tmp_path / "screening.csv").read_text(encoding="utf-8-sig").startswith("key;citation;")
    cmo("select", "import", str(tmp_path / "screening.csv"), "--by", "RT")  # read back as written
    cmo("code", "template", "-o", str(tmp_path / "coding.csv"))
    said = cmo("code", "import", str(tmp_path / "coding.csv"), "--by", "RT").stdout
    assert "4 statements unchanged" in said, said


def test_the_default_csv_stays_comma_separated_and_a_bad_separator_is_named(cmo, tmp_path):
    """Must not fire (a school review's default settings): ',' and plain UTF-8 as before; '|' is refused by line."""
    _review(
        cmo,
        tmp_path,
        [["Okafor2021", "In crowded urban primary schools", "teachers trusted breaks", "more minutes", "q", "RT"]],
        _bib(("Okafor2021", "Active lessons", "Okafor, A.", "2021")),
    )
    cmo("export", "--format", "csv", "-o", str(tmp_path / "table.csv"))
    assert (tmp_path / "table.csv").read_bytes().startswith(b"number,id,domain,")
    _with_setting(cmo, 'csv_separator: "|"')
    said = cmo("configs", "list", code=2).stderr
    assert "settings.csv_separator should be ',' or ';', not '|'" in said and "review.yaml, line" in said


# 6. A word WordNet knows only inside a phrase is no short form there (CN 'hoc', LW 'quo')


def test_a_word_of_a_phrase_english_knows_is_not_named_as_a_short_form(cmo, tmp_path):
    _review(
        cmo,
        tmp_path,
        [
            [
                "Riggs2017",
                CLINIC,
                "midwives fall back on the status quo and use ad hoc interpreters, as Smith et al. found",
                "women attend fewer visits",
                "q",
                "RT",
            ],
        ],
        MATERNITY,
    )
    said = cmo("round", "close", "--check", code=None).stderr
    assert not re.search(r"'(quo|hoc|et|al)'", said), said


@pytest.mark.parametrize(("text", "named"), [("pts seen in the rec before lunch", ["pts", "rec"]), ("quo of care", ["quo"])])
def test_the_same_word_alone_is_still_a_short_form(text, named):
    """Must not fire (a ward's notes): 'rec' outside 'rec room', 'quo' outside 'status quo', are shorthand still."""
    from cmo.synthesis.shorthand import shorthand_in

    assert shorthand_in(text) == named


# 7. One role or thing in every place is what each place has: "With a …" (LW 4b)


@pytest.mark.parametrize(
    ("context", "mechanism", "opening"),
    [
        ("designated senior mental health lead in every school", "staff know who to go to", "With a designated senior "),
        ("named nurse for each family", "parents feel someone knows their story", "With a named nurse for each family, "),
        ("school nurse per 1000 pupils", "pupils can see someone the same day", "With a school nurse per 1000 pupils, "),
        ("mental health first aider in each team", "staff ask for help sooner", "With a mental health first aider "),
    ],
)
def test_a_bare_role_in_every_place_is_a_resource(context, mechanism, opening):
    assert cmo_sentence(context, mechanism, "problems are caught early").startswith(opening)


@pytest.mark.parametrize(
    ("context", "mechanism", "opening"),
    [
        ("older man living alone in every village", "he feels forgotten", "For an older man living alone"),
        ("nurse alone on every night shift", "she feels unsafe", "For a nurse alone"),
        ("patients in every ward", "they feel safe", "For patients in every ward"),
        ("one child in every class", "teachers feel stretched", "In one child"),
    ],
)
def test_the_people_a_context_is_about_keep_their_frame(context, mechanism, opening):
    """Must not fire (older people, night nurses, wards): what describes the person, a plural, a number."""
    assert cmo_sentence(context, mechanism, "they stay").startswith(opening)
