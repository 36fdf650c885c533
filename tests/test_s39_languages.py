"""Statements coded in another language than English (trial AF: statements coded in French and Spanish never joined
anything, and `cmo code suggest` offered a configuration for sharing "la" and "de"). The function words of French,
Spanish, Portuguese, German, Italian and Dutch are never shared words nor evidence of similarity; `written_in` names a
statement's language when it is not English, for the commands to say so. Other topics than the trial's: school
vaccination, falls prevention, diabetes peer support."""

from __future__ import annotations

import pytest

from cmo.models import Statement
from cmo.synthesis.explain import shared_with
from cmo.synthesis.languages import not_in_english, written_in
from cmo.synthesis.similarity import similarity, terms


def _statement(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source="rossi2019", context=context, mechanism=mechanism, outcome=outcome)


# Two statements on different things that share only their articles and prepositions.
ITALIAN = _statement(
    "S1",
    "Quando la scuola organizza la vaccinazione in classe",
    "i genitori si fidano della scuola",
    "la copertura vaccinale aumenta",
)
SPANISH = _statement(
    "S2",
    "Cuando la enfermera visita a los ancianos en casa",
    "los ancianos se sienten seguros de caminar",
    "las caídas disminuyen",
)


def test_statements_that_share_only_function_words_are_not_alike():
    assert similarity(ITALIAN, SPANISH) == 0.0
    assert shared_with(SPANISH, [ITALIAN]) == {}
    french = _statement(
        "S3", "Lorsque le pair aidant partage son vécu du diabète", "le patient se sent compris", "il suit son traitement"
    )
    german = _statement(
        "S4", "Wenn die Schule den Impftag mit den Eltern plant", "die Eltern fühlen sich gehört", "mehr Kinder sind geimpft"
    )
    assert similarity(french, german) == 0.0


def test_content_words_of_another_language_still_count():
    """Two Spanish statements about the same thing share their content words, not their articles."""
    other = _statement(
        "S5", "Cuando la enfermera visita a los ancianos", "se sienten acompañados", "las caídas disminuyen en casa"
    )
    shared = shared_with(SPANISH, [other])
    assert shared["context"] == ["enfermera", "visita", "ancianos"]
    assert terms("las caídas disminuyen") == ["caida", "disminuyen"]
    assert not {"la", "los", "las", "de", "se", "en"} & set(terms(SPANISH.context + " " + SPANISH.mechanism))


@pytest.mark.parametrize("word", ["die", "come", "war", "man", "sin"])
def test_english_words_that_are_function_words_elsewhere_keep_their_english_reading(word):
    assert terms(f"older patients {word} home") != terms("older patients home")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Quand le pair aidant partage son vécu du diabète, le patient se sent compris et il suit son traitement", "French"),
        ("Cuando la enfermera visita a los ancianos en casa, se sienten seguros y las caídas disminuyen", "Spanish"),
        ("Quando o agente de saúde visita a família, a mãe confia na equipe e vacina os filhos", "Portuguese"),
        ("Wenn die Schule den Impftag mit den Eltern plant, fühlen sich die Eltern gehört", "German"),
        ("Quando la scuola organizza la vaccinazione in classe, i genitori si fidano della scuola", "Italian"),
        ("Als de wijkverpleegkundige thuis komt, voelen ouderen zich veilig en vallen ze minder", "Dutch"),
    ],
)
def test_a_statement_written_in_another_language_is_named(text, language):
    assert written_in(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "When nurses at the Hôpital de la Croix-Rousse visit older people at home, they feel safe and fall less",
        "The Programa Saúde da Família brings community health agents to every household in the district",
        "In the home, residents who come to die are cared for by staff they know",
        "Peer supporters share their own experience of diabetes",
        "",
    ],
)
def test_english_statements_with_foreign_names_are_english(text):
    assert written_in(text) is None


def test_not_in_english_groups_a_reviews_statements_by_language():
    english = _statement("S6", "When the school nurse runs the vaccination day", "parents trust the school", "uptake rises")
    french = _statement(
        "S7",
        "Lorsque l'infirmière scolaire organise la vaccination",
        "les parents font confiance à l'école",
        "plus d'enfants sont vaccinés",
    )
    assert not_in_english([english, ITALIAN, SPANISH, french]) == {"Italian": ["S1"], "Spanish": ["S2"], "French": ["S7"]}
    assert written_in(french.context, french.mechanism, french.outcome) == "French"


RIS = """TY  - JOUR
TI  - Nurse home visits and falls among older people living alone
AU  - Garcia, Lucia
PY  - 2018
JO  - Gaceta Sanitaria
DO  - 10.1016/j.gaceta.2018.00001
ER  -

TY  - JOUR
TI  - School-based vaccination days and parental trust
AU  - Rossi, Marco
PY  - 2019
JO  - Vaccine
DO  - 10.1016/j.vaccine.2019.00002
ER  -
"""

SHEET = """source,context,mechanism,outcome
Garcia 2018,Cuando la enfermera visita a los ancianos en casa,los ancianos se sienten seguros de caminar,las caídas disminuyen
Rossi 2019,Quando la scuola organizza la vaccinazione in classe,i genitori si fidano della scuola,la copertura vaccinale aumenta
Rossi 2019,When the school runs the vaccination day in class,parents trust the school,vaccine uptake rises
Garcia 2018,When a nurse visits older people living alone,they feel safe walking at home,fewer falls
"""


def test_configurations_and_suggestions_in_a_real_review_name_no_function_word(cmo, tmp_path):
    """A Spanish statement on falls and an Italian one on vaccination shared "la" (the old refine proposed them as one
    configuration that "shares la"); now neither a configuration nor a suggestion names a function word."""
    cmo("init", str(cmo.folder))
    (tmp_path / "found.ris").write_text(RIS, encoding="utf-8")
    (tmp_path / "sheet.csv").write_text(SHEET, encoding="utf-8")
    cmo("ingest", str(tmp_path / "found.ris"))
    cmo("select", "include", *[s["key"] for s in cmo.json("sources", "list")])
    cmo("code", "import", str(tmp_path / "sheet.csv"), code=None)
    cmo("refine", code=None)
    statements = [Statement.model_validate(s) for s in cmo.json("code", "list")]
    assert not_in_english(statements) == {"Spanish": ["S1"], "Italian": ["S2"]}
    function_words = {"la", "los", "las", "de", "se", "en", "in", "della"}
    for config in cmo.json("configs", "list"):
        shown = cmo.json("configs", "show", config["id"])
        assert not function_words & {w for words in shown["why"]["shared"].values() for w in words}, shown
    for sid in ("S1", "S2"):
        for placement in cmo.json("code", "suggest", sid):
            assert not function_words & {w for words in placement["why"]["shared"].values() for w in words}, placement


def test_a_hyphened_compound_is_one_word_not_two_english_function_words():
    """Trial G2: a short Portuguese statement read as English, its two Portuguese function words ("sem", "mais")
    matched by "on" and "line" from "on-line". A compound is one word of the sentence."""
    statement = ("UBS sem intérprete", "profissionais recorrem a tradutores on-line", "consultas mais curtas")
    assert written_in(*statement) == "Portuguese"
    assert written_in("escola sem enfermeira", "pais marcam a vacina on-line", "mais crianças vacinadas") == "Portuguese"


@pytest.mark.parametrize(
    "text",
    [
        "Follow-up calls from the Hôpital de la Croix-Rousse help older people keep to their day-to-day care plan",
        "Peer-led sessions at the Centre de Santé de la Croix-Rousse make people feel listened to",
        "Nurses at the Santa Casa de Misericórdia da Bahia run a walk-in clinic",
    ],
)
def test_english_sentences_with_hyphened_compounds_and_foreign_names_stay_english(text):
    assert written_in(text) is None
