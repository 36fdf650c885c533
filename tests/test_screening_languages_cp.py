"""Trial CP: a team in Senegal screened in Excel (French locale) and wrote its decisions in French ('Inclure',
'Exclure : protocole', 'Exclu (protocole)', 'Inclure ?'); every row was refused as 'not a decision', though cmo reads
the French headers of coding sheets and French feedback scales. The decision words of the languages cmo reads sheets in
are read as the English ones. The sheet is saved as Excel's 'CSV (séparateur: point-virgule)' writes it: Windows-1252,
';' between cells, CRLF. Imported into the example review (telemental health) through the command a user types."""

from __future__ import annotations


def _screen(demo, tmp_path, cells: list[str]) -> list[dict]:
    keys = [s["key"] for s in demo.json("sources", "list")][: len(cells)]
    lines = ["Clé;Décision;Motif;Trié par", *(f"{key};{cell};;AD" for key, cell in zip(keys, cells))]
    sheet = tmp_path / "tri.csv"
    sheet.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    demo("select", "import", str(sheet), code=None)
    return [demo.json("sources", "show", key) for key in keys]


def test_french_spanish_and_german_decisions_are_read(demo, tmp_path):
    shown = _screen(
        demo,
        tmp_path,
        [
            *("Inclure", "Exclure : protocole, pas de résultats", "Exclu (hors sujet)"),
            *("Peut-être", "Excluido: población", "eingeschlossen"),
        ],
    )
    assert [s["status"] for s in shown] == ["included", "excluded", "excluded", "maybe", "excluded", "included"]
    assert shown[1]["exclusion_reason"] == "protocole, pas de résultats"
    assert shown[2]["exclusion_reason"] == "hors sujet"
    assert shown[4]["exclusion_reason"] == "población"


def test_a_question_mark_after_a_french_decision_is_maybe_never_the_decision(demo, tmp_path):
    (unsure,) = _screen(demo, tmp_path, ["Inclure ?"])
    assert unsure["status"] == "maybe"


def test_words_that_only_begin_like_a_decision_are_still_refused(demo, tmp_path):
    keys = [s["key"] for s in demo.json("sources", "list")][:2]
    sheet = tmp_path / "screening.csv"
    sheet.write_text(f"key,decision\n{keys[0]},Inclusion unclear\n{keys[1]},Non-randomised\n", encoding="utf-8")
    result = demo("select", "import", str(sheet), code=2)
    assert "'Inclusion unclear' is not a decision" in result.stderr and "'Non-randomised' is not a decision" in result.stderr


def test_an_appraisal_sheet_in_french_is_read(demo, tmp_path):
    """Trial CP: 'Clé;Pertinence;Rigueur;Commentaire' with 'élevée', 'moyenne', 'faible' was refused for its header."""
    keys = [s["key"] for s in demo.json("sources", "list")][:3]
    lines = [
        "Clé;Pertinence;Rigueur;Commentaire",
        f"{keys[0]};élevée;moyenne;qualitatif",
        f"{keys[1]};Faible;elevee;",
        f"{keys[2]};moyen;bas;",
    ]
    sheet = tmp_path / "evaluation.csv"
    sheet.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    demo("appraise", "--file", str(sheet), code=None)
    shown = [demo.json("sources", "show", key)["appraisal"] for key in keys]
    assert [(a["relevance"], a["rigour"]) for a in shown] == [("high", "medium"), ("low", "high"), ("medium", "low")]
    assert shown[0]["note"] == "qualitatif"


def test_an_appraisal_word_of_no_language_is_still_refused(demo, tmp_path):
    key = demo.json("sources", "list")[0]["key"]
    sheet = tmp_path / "appraisal.csv"
    sheet.write_text(f"key,relevance,rigour\n{key},very,basso\n", encoding="utf-8")
    result = demo("appraise", "--file", str(sheet), code=2)
    assert "'very' is not high, medium or low" in result.stderr and "'basso' is not high, medium or low" in result.stderr
