"""Session 45, sheets headed in another language (trial BX): a coding sheet headed in Spanish, Portuguese, French or
German is read whole in its language, its domain, groups, coder and note columns as its study and parts are (BX 1: a
bilingual team's 'Dominio' was kept as a column of its own, every statement left with no domain, unsaid). Tested on
another topic: home-based palliative care."""

from __future__ import annotations

from pathlib import Path

import pytest
from sheet_reviews import cmo_run, review_from_rows, review_of, write_csv

from cmo.synthesis.evidence import opposite_outcomes

RECORDS = """TY  - JOUR
TI  - Night sitters at home: a qualitative study of family carers of people dying at home
AU  - Moreau, Claire
AU  - Duarte, Inês
PY  - 2021
JO  - Palliative Medicine
DO  - 10.1177/palliat.2021.0441
ER  -

TY  - RPRT
TI  - Hospice at home services: an evaluation for commissioners
AU  - Marie Curie
PY  - 2019
ER  -
"""

DOMAINS = """domains:
  - slug: carers
    name: Family carers
    description: Support for family carers of people dying at home.
  - slug: services
    name: Services at home
    description: How hospice at home services are organised.
groups:
  - slug: families
    name: Bereaved families
  - slug: nurses
    name: District nurses
"""


def _review(cmo, tmp_path: Path) -> dict[str, str]:
    return review_of(cmo, tmp_path, DOMAINS, RECORDS)


def _by_context(cmo) -> dict[str, dict]:
    return {s["context"]: s for s in cmo.json("code", "list")}


def test_a_spanish_sheets_domain_coder_and_notes_columns_are_read_in_its_language(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = write_csv(
        tmp_path / "extraccion.csv",
        ["Estudio", "Contexto", "Mecanismo", "Resultado", "Dominio", "Grupos", "Codificador", "Notas"],
        [keys["night"], "Cuidadores que no duermen", "Un cuidador nocturno les deja descansar", "Siguen cuidando en casa"]
        + ["Family carers", "Bereaved families", "IDA", "inferido"],
    )
    result = cmo("code", "import", str(sheet), code=None)
    statement = _by_context(cmo)["Cuidadores que no duermen"]
    assert (statement["domain"], statement["groups"], statement["coder"], statement["note"]) == (
        "carers",
        ["families"],
        "IDA",
        "inferido",
    ), result.stderr
    shown = cmo("code", "show", statement["id"]).stdout
    assert "Dominio" not in shown and "Codificador" not in shown


def test_a_french_and_a_portuguese_sheet_read_their_domain_coder_and_remarks(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    french = write_csv(
        tmp_path / "extraction.csv",
        ["Étude", "Contexte", "Mécanisme", "Résultat", "Domaine", "Codeuse", "Remarques"],
        [keys["hospice"], "Familles en zone rurale", "L'infirmière de nuit rassure", "Moins d'appels au 15", "services"]
        + ["CM", "p. 12"],
    )
    cmo("code", "import", str(french), code=None)
    portuguese = write_csv(
        tmp_path / "extracao.csv",
        ["Estudo", "Contexto", "Mecanismo", "Resultado", "Dominio", "Codificado por", "Observações"],
        [keys["night"], "Cuidadores idosos", "O apoio noturno alivia o cansaço", "Continuam a cuidar em casa", "carers"]
        + ["ID", "a confirmar"],
    )
    cmo("code", "import", str(portuguese), code=None)
    by_context = _by_context(cmo)
    # 'Remarques' is the note; one holding only a page is the statement's page (helper H1: ATLAS.ti's 'Comment')
    assert [by_context["Familles en zone rurale"][k] for k in ("domain", "coder", "note", "page")] == ["services", "CM", "", "12"]
    assert [by_context["Cuidadores idosos"][k] for k in ("domain", "coder", "note")] == ["carers", "ID", "a confirmar"]


def test_an_english_sheet_still_keeps_a_column_of_its_own_beside_its_notes(cmo, tmp_path):
    """Must not fire: the words of other languages name those columns only; an English sheet's own column (a grade the
    team gives) stays the team's own, and its 'Notes' is the note."""
    keys = _review(cmo, tmp_path)
    sheet = write_csv(
        tmp_path / "coding.csv",
        ["Study", "Context", "Mechanism", "Outcome", "Domain", "Coder", "Notes", "Grade"],
        [keys["night"], "Carers of people dying at home", "A night sitter lets them sleep", "They keep caring at home"]
        + ["carers", "JM", "check p. 4", "B"],
    )
    cmo("code", "import", str(sheet), code=None)
    statement = _by_context(cmo)["Carers of people dying at home"]
    assert (statement["domain"], statement["coder"], statement["note"]) == ("carers", "JM", "check p. 4")
    assert "Grade" in cmo("code", "show", statement["id"]).stdout


# --- BX 2: a book its own author published is grey literature, whichever reader read it ---------------------------------

ISSUED = """TY  - BOOK
AU  - Public Health England
TI  - Health matters: preventing drowning in open water
PY  - 2018
PB  - Public Health England
CY  - London
UR  - https://www.gov.uk/government/publications/health-matters-drowning
ER  -

TY  - BOOK
AU  - Royal Life Saving Society
TI  - Open water safety: a national drowning prevention strategy
PY  - 2019
PB  - Royal Life Saving Society, Water Safety Directorate
ER  -

TY  - BOOK
AU  - Pawson, Ray
TI  - Evidence-based policy: a realist perspective
PY  - 2006
PB  - SAGE
CY  - London
ER  -

TY  - BOOK
AU  - American Psychiatric Association
TI  - Drowning and the diagnostic manual of the lifeguard
PY  - 2013
PB  - American Psychiatric Publishing
ER  -
"""

ISSUED_BIB = """@book{rospa2020water,
  author = {{Royal Society for the Prevention of Accidents}},
  title = {Water safety at home and abroad},
  year = {2020},
  publisher = {Royal Society for the Prevention of Accidents}
}

@book{quan2011drowning,
  author = {Quan, Linda and Bennett, Elizabeth},
  title = {Drowning prevention in children},
  year = {2011},
  publisher = {Springer}
}
"""


def test_a_book_its_own_author_published_is_grey_and_a_presss_book_is_not(cmo, tmp_path):
    (tmp_path / "export.ris").write_text(ISSUED, encoding="utf-8")
    (tmp_path / "library.bib").write_text(ISSUED_BIB, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "export.ris"), str(tmp_path / "library.bib"), code=None)
    grey = {s["title"].split(":")[0]: (s["type"], s["grey"]) for s in cmo.json("sources", "list")}
    assert grey["Health matters"] == ("book", True)
    assert grey["Open water safety"] == ("book", True)  # an office of the body that wrote it
    assert grey["Water safety at home and abroad"] == ("book", True)
    assert grey["Evidence-based policy"] == ("book", False)
    assert grey["Drowning and the diagnostic manual of the lifeguard"] == ("book", False)
    assert grey["Drowning prevention in children"] == ("book", False)


# --- BX 3: people doing a thing is the opposite of fewer of it done, in the same words -----------------------------------


@pytest.mark.parametrize(
    "done, less",
    [
        ("Patients skip their dialysis sessions when the bus is late", "Fewer dialysis sessions are skipped"),
        ("Patients missed their dialysis sessions", "Fewer dialysis sessions were missed"),
        ("Dialysis sessions are skipped", "Fewer dialysis sessions are skipped"),  # the passive, a withholding both ways
    ],
)
def test_people_doing_a_thing_is_the_opposite_of_fewer_of_it_done(done, less):
    assert opposite_outcomes(done, less) and opposite_outcomes(less, done)


@pytest.mark.parametrize(
    "done, less",
    [
        ("Patients skipped meals before dialysis", "Fewer dialysis sessions were skipped"),  # another thing
        ("Patients miss fewer dialysis sessions", "Fewer dialysis sessions were missed"),  # the same direction
        ("Staff report falls promptly", "Fewer falls"),  # what staff do, not that falls come
    ],
)
def test_people_doing_another_thing_or_the_same_less_is_no_opposite(done, less):
    assert not opposite_outcomes(done, less)


def test_a_member_saying_people_skip_sessions_is_said_beside_fewer_sessions_skipped(tmp_path):
    """Fails on the old code: the member whose patients skip sessions counted as support of fewer skipped sessions."""
    review = review_from_rows(
        tmp_path,
        [
            (
                "abara2020",
                "Dialysis units that send a taxi",
                "Patients no longer depend on buses",
                "Fewer dialysis sessions are skipped",
            ),
            (
                "brandt2021",
                "Units with a transport coordinator",
                "Patients trust the lift will come",
                "Fewer dialysis sessions are skipped",
            ),
            (
                "coates2019",
                "Rural units with no transport help",
                "Patients cannot afford the fare",
                "Patients skip dialysis sessions",
            ),
        ],
    )
    made = cmo_run("configs", "new", "--statements", "S1,S2,S3", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    check = cmo_run("round", "close", "--check", cwd=review)
    said = check.stdout + check.stderr
    assert "S3 counts as supporting C1, though its outcome says the opposite" in said, said


def _refused(cmo, *args: str) -> str:
    result = cmo(*args, code=2)
    assert len(result.stderr.strip().splitlines()) == 1
    return result.stderr.strip()


def test_a_grey_list_headed_in_spanish_from_a_spanish_excel_is_read_with_its_types(cmo, tmp_path):
    """BX 4 on another topic (suicide prevention): 'Título', 'Autor(es)', 'Año', 'Tipo', 'Editorial', saved by a
    Spanish-locale Excel (Windows-1252, ';'), ingested beside a RIS export; 'Informe', 'Relatório', 'Rapport', 'Guía' and
    'Directrices' are grey reports and guidance, an 'Artículo de revista' is an article still."""
    cmo("init", str(cmo.folder))
    ris = tmp_path / "lilacs.ris"
    ris.write_text(
        "TY  - JOUR\nTI  - Gatekeepers in rural Portugal\nAU  - Silva, Ana\nPY  - 2019\nJO  - Rev Saude Publica\nER  -\n"
    )
    rows = [
        "Título;Autor(es);Año;Tipo;Editorial;Revista;URL",
        "Programa de prevención del suicidio;Secretaría de Salud;2021;Informe;Secretaría de Salud;;https://example.org/1",
        "Plano Nacional de Prevenção do Suicídio;Direção-Geral da Saúde;2013;Relatório;DGS;;https://example.org/2",
        "Stratégie nationale de prévention du suicide;Santé publique France;2022;Rapport;SpF;;https://example.org/3",
        "Guía de práctica clínica de la conducta suicida;Ministerio de Sanidad;2012;Guía;Ministerio;;https://example.org/4",
        "Directrices para la atención en crisis;Organización Panamericana de la Salud;2019;Directrices;OPS;;https://x.org/5",
        "Líneas de crisis y contacto posterior;García, Luis;2020;Artículo de revista;;Salud Mental;https://example.org/6",
    ]
    grey = tmp_path / "gris.csv"
    grey.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    cmo("ingest", str(ris), str(grey), code=1)  # 1: the file is not UTF-8, said
    sources = {s["title"]: s for s in cmo.json("sources", "list")}
    assert len(sources) == 7
    types = {title.split()[0]: (s["type"], s["grey"]) for title, s in sources.items()}
    assert types["Programa"] == ("report", True) and types["Plano"] == ("report", True)
    assert types["Stratégie"] == ("report", True)
    assert types["Guía"] == ("guidance", True) and types["Directrices"] == ("guidance", True)
    assert types["Líneas"] == ("article", False)  # a Spanish type that names an article stays one
    assert sources["Directrices para la atención en crisis"]["year"] == 2019


def test_a_table_refused_names_the_headers_it_read_and_those_it_wanted(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    ris = tmp_path / "search.ris"
    ris.write_text("TY  - JOUR\nTI  - Gatekeepers in rural Portugal\nAU  - Silva, Ana\nPY  - 2019\nER  -\n")
    sheet = write_csv(tmp_path / "liste.csv", ["Titre", "Décision", "Remarques"], ["Ligne d'écoute", "inclure", ""])
    message = _refused(cmo, "ingest", str(ris), str(sheet))
    assert f"{sheet}: the header reads 'Titre', 'Décision', 'Remarques'; 'Titre' is read as its title but none as the " in message
    assert "'Autor(es)'" in message and "'Año'" in message and message.endswith("; nothing was ingested.")
    assert cmo.json("sources", "list") == []  # nothing of the ingest, the RIS file's either
    message = _refused(cmo, "ingest", "--format", "table", str(sheet))
    assert "the header reads 'Titre', 'Décision', 'Remarques'" in message


def test_a_kobo_form_with_portuguese_question_names_reads_its_pseudonym_group_role_and_comment(cmo, demo, tmp_path):
    """BX 5 on the demo's topic (remote mental health care): KoboToolbox names each question after the groups it is in
    ('dados/pseudonimo', 'dados/papel', 'geral/comentario'); each is read by its last part, in the form's language. A
    question named after nothing a feedback sheet reads ('dados/idade', the respondent's age) is still named as unread."""
    kobo = tmp_path / "kobo_ronda1.csv"
    header = ["start", "dados/pseudonimo", "dados/grupo", "dados/papel", "dados/idade", "cmo_1/c1_rating"]
    header += ["cmo_1/c1_comment", "geral/comentario", "_uuid", "_submission_time"]
    rows = [
        ["2026-11-02T10:00:00", "Pardal", "cyp", "Psicóloga num CAMHS", "34", "agree", "Vemos menos da casa."]
        + ["Falta a família.", "a1", "2026-11-02T10:20:05"],
        ["2026-11-02T11:00:00", "Gaivota", "inpatient-crisis", "Enfermeiro de crise", "51", "partly", "", "", "a2"]
        + ["2026-11-02T11:15:05"],
    ]
    write_csv(kobo, header, *rows)
    said = cmo("feedback", "import", str(kobo), "--round", "1", code=1).stderr
    assert "the column 'dados/idade' (2 rows) was not read" in said
    assert not any(name in said for name in ("pseudonimo", "papel", "comentario", "Anonymous"))
    answers = {
        (a["respondent"], a["configuration"]): a for a in cmo.json("feedback", "list") if a["respondent"] in ("Pardal", "Gaivota")
    }
    assert answers[("Pardal", "C1")]["role"] == "Psicóloga num CAMHS" and answers[("Pardal", "C1")]["group"] == "cyp"
    assert answers[("Gaivota", "C1")]["role"] == "Enfermeiro de crise"
    assert answers[("Pardal", "overall")]["comment"] == "Falta a família."


def test_a_portuguese_titles_article_is_passed_over_by_its_key_and_a_stored_key_never_changes(cmo, tmp_path):
    """BX 9 on another topic (suicide prevention in Brazil): 'O', 'Os', 'Um', 'Uma' open a Portuguese title as 'the' and
    'a' open an English one, so the key takes the word after; a word that only begins with the letter ('O2') is kept. A
    key already stored (here a BibTeX key made as the old rule made it) stays when the same work comes in again."""
    cmo("init", str(cmo.folder))
    ris = tmp_path / "scielo.ris"
    works = [
        ("Souza", "O apoio dos pares na prevenção do suicídio", "10.1590/souza"),
        ("Lima", "Os agentes comunitários e a crise", "10.1590/lima"),
        ("Rocha", "Uma escuta sem julgamento", "10.1590/rocha"),
        ("Dias", "O2 saturation monitoring after self-poisoning", "10.1590/dias"),
    ]
    ris.write_text(
        "".join(f"TY  - JOUR\nAU  - {who}, A\nTI  - {title}\nPY  - 2019\nDO  - {doi}\nER  -\n\n" for who, title, doi in works),
        encoding="utf-8",
    )
    bib = tmp_path / "zotero.bib"
    bib.write_text(
        "@article{costa2019o,\n  title = {O acolhimento na urgência},\n  author = {Costa, B.},\n  year = {2019},\n"
        "  doi = {10.1590/costa}\n}\n",
        encoding="utf-8",
    )
    cmo("ingest", str(bib))
    again = tmp_path / "lilacs.ris"
    again.write_text("TY  - JOUR\nAU  - Costa, B\nTI  - O acolhimento na urgência\nPY  - 2019\nDO  - 10.1590/costa\nER  -\n")
    cmo("ingest", str(ris), str(again))
    keys = {s["key"] for s in cmo.json("sources", "list")}
    assert keys == {"souza2019apoio", "lima2019agentes", "rocha2019escuta", "dias2019o2", "costa2019o"}


STOMA = """TY  - THES
AU  - Achterberg, Mieke
TI  - Living with a stoma: self-management in the first year
PY  - 2020
PB  - University of Groningen
ER  -

TY  - RPRT
AU  - Scottish Intercollegiate Guidelines Network
TI  - Management of people with a stoma
PY  - 2019
UR  - https://www.sign.ac.uk/
ER  -

TY  - JOUR
AU  - Baptiste, Rene
TI  - Peer visitors before stoma surgery
JO  - Colorectal Disease
PY  - 2018
ER  -

TY  - JOUR
AU  - Baptiste, Claire
TI  - Telephone follow-up after stoma formation
JO  - Journal of Wound Ostomy and Continence Nursing
PY  - 2018
ER  -
"""


def test_a_citation_with_a_note_is_the_one_source_of_its_author_and_year_said_by_row(cmo, tmp_path):
    """BU 7 on another topic (stoma care): 'Achterberg 2020 (thesis)' and 'SIGN 2019 SIGN159' each cite the one source of
    that author and year, read as it and said by row; 'Baptiste 2018 (RCT)', two sources of that author and year, is
    refused naming both, and nothing is imported."""
    (tmp_path / "stoma.ris").write_text(STOMA, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "stoma.ris"))
    header = ["source", "context", "mechanism", "outcome"]
    rows = [
        ["Achterberg 2020 (thesis)", "New ostomates at home", "Practical confidence grows", "Fewer leaks"],
        ["SIGN 2019 SIGN159", "A national pathway", "Nurses know the standard", "Consistent care"],
    ]
    both = write_csv(tmp_path / "both.csv", header, *rows, ["Baptiste 2018 (RCT)", "Before surgery", "Reassured", "Less fear"])
    refused = cmo("code", "import", str(both), code=2).stderr
    assert "row 4, column source: 'Baptiste 2018 (RCT)' could be any of baptiste2018peer" in refused
    assert "baptiste2018telephone" in refused and "1 problem" in refused
    assert cmo.json("code", "list") == []
    one = write_csv(tmp_path / "one.csv", header, *rows)
    said = cmo("code", "import", str(one), code=None).stderr
    assert "row 2: 'Achterberg 2020 (thesis)' was read as achterberg2020living, the one source cited 'Achterberg 2020'" in said
    assert "row 3: 'SIGN 2019 SIGN159' was read as sign2019management" in said
    assert {s["source"] for s in cmo.json("code", "list")} == {"achterberg2020living", "sign2019management"}
