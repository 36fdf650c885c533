"""Trial CT (antimicrobial stewardship in Latin American hospitals, a Brazilian pharmacist and a Colombian nurse):
faults a team coding and consulting in Spanish and Portuguese met.

1. A Google Form whose questions are the pack's own, translated ('¿Para quién, o dónde, no se cumple?', '¿Hay algo que
   deberíamos leer?'), was refused whole (exit 2: "cmo cannot tell which answer the column … holds"), though its
   'what is missing' question in Spanish was read. Each of the pack's questions is now read in Spanish, Portuguese,
   French and German; a team's own question that asks where someone works is still the team's, named and not read.
2. Refine said "S12 counts as supporting C8, though its outcome says the opposite of C8's ('de-escalation rarely
   happens' beside 'less de-escalation')": the hyphen cut 'de-escalation' into 'de', dropped as a Spanish or French
   function word, and 'escalation', so 'less de-escalation' gave nothing its direction. A piece before a hyphen that is
   no English word, only another language's function word ('de-', 'mis-'), is now read as part of its word; so
   'fewer mis-diagnoses' is no longer the opposite of 'more diagnoses', and English words before a hyphen
   ('in-hospital', 'over-prescribing') read as before.
3. The report's references and the BibTeX export named SciELO's journals, which Web of Science gives in capitals, as
   'Revista De Epidemiologia E Controle De Infeccao' and 'Revista Da Sociedade Brasileira De Medicina Tropical': a name
   in capitals holding a joining word no English name writes ('de', 'da', 'del', 'et', 'und') keeps every joining word
   of those languages in lower case, 'e' and 'y' too; an English name's 'E' or 'Do' stays a capital.
4. An appraisal sheet headed in Spanish ('Clave', 'Pertinencia', 'Rigor') was read, but its 'Evaluado por' column was
   named as not read (exit 1) and each appraiser's initials lost: who appraised is now read in Spanish, Portuguese,
   French and German ('Evaluado por', 'Avaliador', 'Évalué par', 'Bewertet von'), and who screened in Spanish and
   Portuguese ('Revisado por', 'Triado por'), as the decisions and levels are.
5. A pack's printed sources line named one study twice when two of its statements went against a finding ('Against
   it: García-Contreras et al. (2021); García-Contreras et al. (2021); Pallares et al. (2022)'): each source once.
6. A coding sheet citing 'MinSalud 2019', as Colombians name their Ministerio de Salud y Protección Social, was refused
   with "'MinSalud 2019' is not a source in this review" and no suggestion: a body's name contracted by the starts of
   its words now suggests the one source of that year it contracts (the cell is still refused).
7. C2 went to the reference group worded from its Portuguese member ('Percebem restrição como perda de autonomia
   médica') beside one coded in English: a configuration is worded from a member written in English where it has one.
8. `round close --check` named 'de', 'por', 'uso', 'cada', 'meses', 'da', 'pasos' as coders' short forms for the team to
   explain, from Spanish and Portuguese phrases in English statements: a run of three words or more that English does
   not know, holding another language's function word, is that language's words, not shorthand.
"""

from __future__ import annotations

import re

import pytest
from conftest import DATA

from cmo.normalise import display_case
from cmo.sheets.feedback import _answer_field, parse_feedback_files
from cmo.synthesis.evidence import opposite_outcomes, outcome_directions
from cmo.synthesis.shorthand import shorthand_in

FORMS = DATA / "trial_ct"
SPANISH = FORMS / "Ronda 1 (respuestas) - Respuestas de formulario 1.csv"
PORTUGUESE = FORMS / "Rodada 1 (respostas) - Respostas ao formulário 1.csv"


def _read(path):
    warnings: list[str] = []
    items = parse_feedback_files([path], {"C1"}, 1, warnings=warnings)
    return {(i.respondent, i.configuration): i for i in items}, warnings


def test_a_spanish_google_form_asking_the_packs_questions_is_read_whole():
    items, warnings = _read(SPANISH)
    answer = items[("Colibrí", "C1")]
    assert answer.rating == "agree"
    assert answer.missing == "Falta el papel de enfermería."
    assert answer.not_for_whom == "Donde no hay internet en la vereda."
    assert answer.read == "El informe de la OPS de 2018."
    assert items[("Cóndor", "C1")].rating == "disagree"
    # must not fire: the team's own question about where a respondent works is no 'for whom does it not hold'
    assert any("¿Dónde trabaja usted?" in w and "not read" in w for w in warnings), warnings
    assert "Hospital de Cali" not in {answer.not_for_whom, answer.comment, answer.missing}


def test_a_portuguese_google_form_asking_the_packs_questions_is_read_whole():
    items, _ = _read(PORTUGUESE)
    answer = items[("Ipê", "C1")]
    assert (answer.rating, answer.not_for_whom, answer.read) == (
        "agree",
        "Não vale para o interior, sem internet.",
        "A diretriz da ANVISA de 2017.",
    )


@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("Pour qui, ou où, cela ne tient-il pas ?", "not_for_whom"),
        ("Für wen oder wo gilt das nicht?", "not_for_whom"),
        ("Y a-t-il quelque chose que nous devrions lire ?", "read"),
        ("Sollten wir etwas lesen?", "read"),
        ("¿Qué falta, o para quién no se cumple?", "comment"),  # two of the pack's questions at once
    ],
)
def test_the_packs_questions_in_french_and_german(question, column):
    assert _answer_field(question) == column


@pytest.mark.parametrize("question", ["¿Dónde trabaja usted?", "Onde você trabalha?", "Wo arbeiten Sie?", "Where do you work?"])
def test_a_question_about_where_someone_works_asks_none_of_the_packs_questions(question):
    assert _answer_field(question) is None


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("de-escalation rarely happens", "less de-escalation"),
        ("fewer mis-diagnoses", "more diagnoses"),  # another topic: a misdiagnosis is no diagnosis made
    ],
)
def test_a_prefix_a_hyphen_binds_is_part_of_its_word(one, other):
    assert not opposite_outcomes(one, other)


def test_a_thing_named_with_a_hyphened_prefix_takes_its_direction():
    assert outcome_directions("less de-escalation") == outcome_directions("less deescalation") == {"deescal": -1}
    assert opposite_outcomes("more de-escalation", "less de-escalation")


@pytest.mark.parametrize(
    ("outcome", "directions"),
    [("fewer in-hospital deaths", {"hospit": -1, "death": -1}), ("less over-prescribing", {"prescrib": -1})],
)
def test_an_english_word_before_a_hyphen_reads_as_before(outcome, directions):
    """Must not fire: 'in' and 'over' are English words, not prefixes the reader would otherwise lose."""
    assert outcome_directions(outcome) == directions


def test_refine_does_not_tell_less_de_escalation_as_the_opposite_of_de_escalation_rarely_happening(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FORMS / "mendeley-literatura-cinzenta.bib"))
    keys = ["WorldHealthOrganization2019", "Fabre2022"]
    cmo("select", "include", *keys)
    for key, outcome in zip(keys, ["de-escalation rarely happens", "less de-escalation"], strict=True):
        cmo(
            "code", "add", "--source", key, "--context", "hospitals without a microbiology laboratory on site",
            "--mechanism", "without culture results prescribers do not trust narrowing and keep broad-spectrum antibiotics",
            "--outcome", outcome,
        )  # fmt: skip
    made = cmo("configs", "new", "--statements", "S1,S2", "--domain", "safety")
    check = cmo("round", "close", "--check", code=None)
    said = made.output + made.stderr + check.output + check.stderr
    assert "says the opposite" not in said, said


@pytest.mark.parametrize(
    ("capitals", "shown"),
    [
        ("REVISTA DE EPIDEMIOLOGIA E CONTROLE DE INFECCAO", "Revista de Epidemiologia e Controle de Infeccao"),
        ("REVISTA PERUANA DE MEDICINA EXPERIMENTAL Y SALUD PUBLICA", "Revista Peruana de Medicina Experimental y Salud Publica"),
        ("REVUE D EPIDEMIOLOGIE ET DE SANTE PUBLIQUE", "Revue D Epidemiologie et de Sante Publique"),
        # must not fire: an English name keeps its letters and verbs as capitals
        ("JOURNAL OF VITAMIN E RESEARCH", "Journal of Vitamin E Research"),
        ("WHAT DO WE KNOW", "What Do We Know"),
        ("DE GRUYTER", "De Gruyter"),
    ],
)
def test_a_name_in_capitals_in_portuguese_or_spanish_keeps_its_joining_words_small(capitals, shown):
    assert display_case(capitals) == shown


def test_the_bibtex_export_names_a_scielo_journal_web_of_science_gave_in_capitals_in_its_own_case(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FORMS / "savedrecs-scielo.txt"))
    cmo("select", "include", *[source["key"] for source in cmo.json("sources", "list")])
    out = tmp_path / "included.bib"
    cmo("export", "--format", "bib", "-o", str(out))
    text = out.read_text(encoding="utf-8")
    assert "Revista de Epidemiologia e Controle de Infeccao" in text, text
    assert "Revista da Sociedade Brasileira de Medicina Tropical" in text, text


def _appraised(cmo, sheet):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FORMS / "mendeley-literatura-cinzenta.bib"))
    result = cmo("appraise", "--file", str(FORMS / sheet), code=None)
    return result, {source["key"]: source for source in cmo.json("sources", "list")}


def test_an_appraisal_sheet_in_spanish_keeps_who_appraised_each_row(cmo):
    result, sources = _appraised(cmo, "avaliacao-CR-FL.csv")
    assert "Evaluado por" not in result.stderr, result.stderr
    shown = cmo("sources", "show", "WorldHealthOrganization2019").output
    assert "appraised by CR" in shown, shown
    assert "appraised by FL" in cmo("sources", "show", "Fabre2022").output


def test_a_teams_own_column_on_a_spanish_appraisal_sheet_is_still_named_as_not_read(cmo):
    """Must not fire: 'Evaluación global' is no appraiser's name."""
    result, _ = _appraised(cmo, "evaluacion-global.csv")
    assert result.exit_code == 1
    assert "Evaluación global" in result.stderr and "not read" in result.stderr, result.stderr


def _pack_against(cmo, tmp_path, against: list[tuple[str, str]]) -> str:
    """The pack's printed 'Against it:' line for a configuration of three supporting statements and `against`, (source,
    outcome) pairs each marked as contradicting it."""
    import html
    import re

    cmo("init", str(cmo.folder))
    cmo("ingest", str(FORMS / "mendeley-literatura-cinzenta.bib"))
    cmo("select", "include", *[source["key"] for source in cmo.json("sources", "list")])
    context, mechanism = "wards where a pharmacist reviews intravenous antibiotics daily", "prescribers are reminded to switch"
    supporting = [
        "WorldHealthOrganization2019",
        "AgenciaNacionaldeVigilanciaSanitaria2017",
        "MinisteriodeSaludyProteccionSocial2019",
    ]
    coded = [*((key, "more patients switched to oral antibiotics by day three") for key in supporting), *against]
    for key, outcome in coded:
        cmo("code", "add", "--source", key, "--context", context, "--mechanism", mechanism, "--outcome", outcome)
    ids = [f"S{n}" for n in range(1, len(coded) + 1)]
    cmo("configs", "new", "--statements", ",".join(ids), "--domain", "safety")
    cmo("code", "mark", *ids[: len(supporting)], "--supporting", "C1")
    cmo("code", "mark", *ids[len(supporting) :], "--contradicting", "C1")
    cmo("round", "close", code=None)
    out = tmp_path / "pack.html"
    cmo("pack", "-o", str(out), code=None)
    text = html.unescape(re.sub(r"<[^>]+>", "", out.read_text(encoding="utf-8")))
    return re.search(r"Against it: (.*?)\.\n", text).group(1)


def test_the_packs_printed_line_names_a_source_against_a_configuration_once(cmo, tmp_path):
    """Two statements of one study against a finding: the study is named once, as 'Sources:' names each."""
    against = [("Fabre2022", "switching did not increase in surgery"), ("Fabre2022", "no more switches on weekends")]
    assert _pack_against(cmo, tmp_path, against) == "Fabre et al. (2022)"


def test_the_packs_printed_line_names_every_source_against_a_configuration(cmo, tmp_path):
    """Must not fire: two sources against it are both named."""
    against = [
        ("Fabre2022", "switching did not increase in surgery"),
        ("OrganizacionPanamericanadelaSalud2018", "no more switches"),
    ]
    assert _pack_against(cmo, tmp_path, against) == "Fabre et al. (2022); Organización Panamericana de la Salud (2018)"


def test_a_ministry_cited_by_its_contracted_name_is_suggested(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FORMS / "mendeley-literatura-cinzenta.bib"))
    cmo("select", "include", *[source["key"] for source in cmo.json("sources", "list")])
    result = cmo("code", "import", str(FORMS / "codificacion-CR-minsalud.csv"), code=2)
    said = [line for line in result.stderr.splitlines() if "'MinSalud 2019'" in line or "'MinEducación 2019'" in line]
    assert any("MinSalud 2019" in line and "did you mean 'MinisteriodeSaludyProteccionSocial2019'" in line for line in said), said
    # must not fire: a ministry the review holds no work of is suggested none of the ministry of health's
    assert not any("MinEducación" in line and "MinisteriodeSalud" in line for line in said), said


def _worded_from(cmo, coded: list[tuple[str, str, str, str]]) -> str:
    """The title of the configuration `configs new` makes of `coded` (source, context, mechanism, outcome)."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FORMS / "mendeley-literatura-cinzenta.bib"))
    cmo("select", "include", *[source["key"] for source in cmo.json("sources", "list")])
    for key, context, mechanism, outcome in coded:
        cmo("code", "add", "--source", key, "--context", context, "--mechanism", mechanism, "--outcome", outcome)
    ids = ",".join(f"S{n}" for n in range(1, len(coded) + 1))
    return cmo.json("configs", "new", "--statements", ids, "--domain", "safety")["title"]


def test_a_configuration_is_worded_from_its_member_in_english(cmo):
    """A Portuguese member beside one in English: the English one words it."""
    title = _worded_from(
        cmo,
        [
            (
                "AgenciaNacionaldeVigilanciaSanitaria2017",
                "Prescritores seniores em hospitais de ensino",
                "percebem a restrição de antibióticos como perda da autonomia médica e não aceitam as recomendações",
                "as recomendações da farmácia são ignoradas",
            ),
            (
                "Fabre2022",
                "Senior prescribers in teaching hospitals",
                "they see antibiotic restriction as a loss of their autonomy",
                "pharmacy recommendations are ignored",
            ),
        ],
    )
    assert "autonomy" in title, title


def test_a_configuration_of_members_all_in_another_language_is_worded_from_one_of_them(cmo):
    """Must not fire: with no member in English, the configuration keeps its own members' words."""
    title = _worded_from(
        cmo,
        [
            (
                "AgenciaNacionaldeVigilanciaSanitaria2017",
                "Prescritores seniores em hospitais de ensino",
                "percebem a restrição de antibióticos como perda da autonomia médica e não aceitam as recomendações",
                "as recomendações da farmácia são ignoradas",
            ),
            (
                "MinisteriodeSaludyProteccionSocial2019",
                "Médicos especialistas en hospitales universitarios",
                "sienten la restricción de los antibióticos como una pérdida de su autonomía y no aceptan las recomendaciones",
                "las recomendaciones de la farmacia son ignoradas",
            ),
        ],
    )
    assert "autonomia" in title or "autonomía" in title, title


def test_round_close_check_names_no_word_of_a_phrase_in_another_language_as_a_short_form(cmo):
    """A Spanish phrase inside an English statement: its words are not named; the coder's 'abx' and 'w/o' are."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FORMS / "mendeley-literatura-cinzenta.bib"))
    cmo("select", "include", "Fabre2022")
    cmo(
        "code", "add", "--source", "Fabre2022",
        "--context", "hospital escuela con rotación de residentes cada 6 meses, pacientes informados sobre el uso de abx",
        "--mechanism", "new residents go back to habits w/o the guías, abx por via oral forgotten",
        "--outcome", "adherence drops",
    )  # fmt: skip
    cmo("configs", "new", "--statements", "S1", "--domain", "safety")
    check = cmo("round", "close", "--check", code=None).stderr
    line = next(line for line in check.splitlines() if "short forms" in line)
    named = set(re.findall(r"'([^']+)' \(C1\)", line))
    assert {"abx", "w/o"} <= named, line  # must not fire: a coder's shorthand beside one word of Spanish is named
    assert not named & {"de", "cada", "meses", "uso", "con"}, line


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("ceftriaxone im daily", ["im"]),  # another topic: 'im' (intramuscular) beside English words
        ("pt w/ abx hx", ["pt", "abx", "hx"]),  # shorthand runs, with no vowel or no other language's word
        ("sobre el uso de antibióticos, pts improve", ["pts"]),
    ],
)
def test_a_coders_shorthand_is_still_named_beside_or_after_a_phrase_in_another_language(text, named):
    assert shorthand_in(text) == named
