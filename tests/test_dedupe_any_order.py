"""Ingest gives the same sources whatever the order of the files and of their records: a record that is surely the same
work as two sources (Global Index Medicus's record titled in Spanish, PubMed's in English, SciELO's with the title of
one and the DOI of the other) joins them, however the files came, in one command or one per file; nothing a reviewer
decided is undone by it."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmo.bib.dedupe import group_records
from cmo.commands.ingest import ingest
from cmo.commands.review import init_review
from cmo.models import Provenance, Record

# WHO Global Index Medicus (search.bvsalud.org/gim): the BVS portal's RIS export, original title in TI, English in TT.
GIM = """TY  - JOUR
AU  - Hernández-Ramírez, Gabriela
AU  - Ortega, José Luis
AU  - Medina-Cruz, Patricia
TI  - Autocuidado y control glucémico en adultos con diabetes tipo 2 de comunidades rurales
TT  - Self-care and glycaemic control in adults with type 2 diabetes in rural communities
JO  - Rev. panam. salud pública
PY  - 2020
VL  - 44
SP  - e87
LA  - es
AB  - Objetivo. Describir la relación entre autocuidado y control glucémico.
KW  - Diabetes Mellitus Tipo 2
KW  - Autocuidado
ID  - biblio-1099321
DB  - LILACS
UR  - https://pesquisa.bvsalud.org/gim/resource/es/biblio-1099321
ER  -

TY  - JOUR
AU  - Ortega, José Luis
AU  - Hernández-Ramírez, Gabriela
TI  - Redes de apoyo comunitario para personas con diabetes en municipios indígenas
TT  - Community support networks for people with diabetes in indigenous municipalities
JO  - Rev. panam. salud pública
PY  - 2020
VL  - 44
SP  - e102
LA  - es
ID  - biblio-1100418
DB  - LILACS
UR  - https://pesquisa.bvsalud.org/gim/resource/es/biblio-1100418
ER  -
"""

# SciELO's RIS export: the article's own (Spanish) title, and its DOI.
SCIELO = """TY  - JOUR
AU  - Hernández-Ramírez, Gabriela
AU  - Ortega, José Luis
AU  - Medina-Cruz, Patricia
TI  - Autocuidado y control glucémico en adultos con diabetes tipo 2 de comunidades rurales
JO  - Revista Panamericana de Salud Pública
PY  - 2020
VL  - 44
SP  - e87
DO  - 10.26633/RPSP.2020.87
SN  - 1020-4989
UR  - https://www.scielosp.org/article/rpsp/2020.v44/e87/
ER  -
"""

# PubMed's MEDLINE export: the English title, the same DOI, a PMID.
PUBMED = """PMID- 32821250
OWN - NLM
STAT- MEDLINE
IS  - 1680-5348 (Electronic)
IS  - 1020-4989 (Linking)
VI  - 44
DP  - 2020
TI  - Self-care and glycaemic control in adults with type 2 diabetes in rural
      communities.
PG  - e87
LID - 10.26633/RPSP.2020.87 [doi]
LID - e87
FAU - Hernandez-Ramirez, Gabriela
AU  - Hernandez-Ramirez G
FAU - Ortega, Jose Luis
AU  - Ortega JL
FAU - Medina-Cruz, Patricia
AU  - Medina-Cruz P
LA  - spa
PT  - Journal Article
TA  - Rev Panam Salud Publica
JT  - Revista panamericana de salud publica = Pan American journal of public health
SO  - Rev Panam Salud Publica. 2020 Aug 14;44:e87. doi: 10.26633/RPSP.2020.87.

PMID- 33193736
OWN - NLM
STAT- MEDLINE
IS  - 1020-4989 (Linking)
VI  - 44
DP  - 2020
TI  - Costs of diabetes care borne by families in rural Mexico.
PG  - e130
LID - 10.26633/RPSP.2020.130 [doi]
FAU - Medina-Cruz, Patricia
AU  - Medina-Cruz P
LA  - eng
PT  - Journal Article
TA  - Rev Panam Salud Publica
JT  - Revista panamericana de salud publica = Pan American journal of public health

"""

GIM, SCIELO = (text.replace("ER  -\n", "ER  - \n") for text in (GIM, SCIELO))  # RIS ends a record "ER  - ", space kept
FILES = {"gim.ris": GIM, "scielo.ris": SCIELO, "pubmed.nbib": PUBMED}


def _records(text: str, separator: str) -> list[str]:
    return [part.strip("\n") + "\n" for part in text.split(separator) if part.strip()]


def _write(folder: Path, name: str, order: list[int]) -> Path:
    """The file, its records in `order` (of those it has)."""
    if name.endswith(".nbib"):
        parts = _records(FILES[name], "\n\n")
        text = "\n".join(parts[i] for i in order if i < len(parts))
    else:
        parts = [part + "ER  - \n" for part in FILES[name].split("ER  - \n") if part.strip()]
        text = "\n".join(parts[i].strip("\n") + "\n" for i in order if i < len(parts))
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _works(folder: Path) -> set[frozenset[tuple[str, str]]]:
    """The sources as sets of their records (file name, line's title start): what the order must not change."""
    with sqlite3.connect(folder / "review.db") as db:
        rows = db.execute("SELECT source_key, file, json_extract(data, '$.title') FROM records").fetchall()
    by_source: dict[str, set[tuple[str, str]]] = {}
    for key, file, title in rows:
        by_source.setdefault(key, set()).add((Path(file).name, title[:25]))
    return {frozenset(records) for records in by_source.values()}


def _ingested(folder: Path, files: list[Path], together: bool) -> set[frozenset[tuple[str, str]]]:
    review = init_review(folder)
    try:
        for group in [files] if together else [[file] for file in files]:
            ingest(review, group)
    finally:
        review.store.close()
    return _works(folder)


EXPECTED = {
    frozenset(
        {
            ("gim.ris", "Autocuidado y control glucé"[:25]),
            ("scielo.ris", "Autocuidado y control glucé"[:25]),
            ("pubmed.nbib", "Self-care and glycaemic co"[:25]),
        }
    ),
    frozenset({("gim.ris", "Redes de apoyo comunitario"[:25])}),
    frozenset({("pubmed.nbib", "Costs of diabetes care bor"[:25])}),
}


def test_the_record_bridging_two_databases_joins_them_in_every_order_of_the_files(tmp_path):
    """Failed before: Global Index Medicus's and PubMed's records ingested before SciELO's made two sources of one paper."""
    for n, names in enumerate(itertools.permutations(FILES)):
        for together in (True, False):
            folder = tmp_path / f"order{n}{'t' if together else 's'}"
            written = folder / "files"
            written.mkdir(parents=True)
            paths = [_write(written, name, [0, 1]) for name in names]
            assert _ingested(folder / "review", paths, together) == EXPECTED, (names, together)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.permutations(list(FILES)), records=st.permutations([0, 1]), together=st.booleans())
def test_sources_do_not_depend_on_the_order_of_files_or_records(tmp_path_factory, files, records, together):
    folder = tmp_path_factory.mktemp("any")
    paths = [_write(folder, name, records) for name in files]
    assert _ingested(folder / "review", paths, together) == EXPECTED


def _record(title: str, *, doi: str = "", pages: str = "", file: str = "x.ris", line: int = 1, lang: str = "") -> Record:
    return Record(
        key=f"{file}{line}",
        type="article",
        title=title,
        authors=["Nakamura, Keiko", "Sato, Hiroshi"],
        year=2020,
        doi=doi,
        container="Japan Journal of Nursing Science",
        volume="17",
        pages=pages,
        provenance=Provenance(file=file, line=line, key=f"{file}{line}", format="ris"),
    )


def test_group_records_joins_a_bridge_in_any_order_but_never_two_works_that_conflict():
    """The bridge (same Japanese title as one record, same DOI as the other) joins them in every order; a record of
    other pages (a companion paper) is never joined through it."""
    japanese = _record("Zaitaku kango ni okeru kazoku shien no kōka", pages="e12310", file="gim.ris")
    english = _record("Effects of family support in home-visit nursing", doi="10.1111/jjns.12310", pages="e12310", file="pm.nbib")
    bridge = _record("Zaitaku kango ni okeru kazoku shien no kōka", doi="10.1111/jjns.12310", pages="e12310", file="jst.ris")
    companion = _record("Zaitaku kango ni okeru kazoku shien no kōka", pages="e12355", file="gim2.ris")
    works = [japanese, english, bridge, companion]
    for order in itertools.permutations(range(4)):
        groups = group_records([works[i] for i in order])
        named = {frozenset(order[i] for i in group) for group in groups}
        assert frozenset({0, 1, 2}) in named, order
        assert not any(3 in group for group in named), order


def cmo_init(folder: Path) -> None:
    init_review(folder).store.close()


def test_a_source_a_reviewer_screened_is_not_joined_but_said(tmp_path, cmo_factory):
    """Must not fire: the Spanish record's source was screened before the bridging record came, which joins the English
    one (same DOI): the screened source stays, and the merge that would join it is named. Global Index Medicus's record
    is written here without its English title (`TT`), which would link it to PubMed's alone."""
    cmo = cmo_factory(tmp_path / "review")
    cmo_init(cmo.folder)
    written = tmp_path / "files"
    written.mkdir()
    for name in ("gim.ris", "pubmed.nbib"):
        path = _write(written, name, [0])
        path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(True) if not line.startswith("TT")))
        cmo("ingest", str(path))
    spanish = next(item["key"] for item in cmo.json("sources", "list") if item["title"].startswith("Autocuidado"))
    cmo("select", "include", spanish)
    result = cmo("ingest", str(_write(written, "scielo.ris", [0])), code=None)
    out = result.output + result.stderr
    assert "cmo sources merge" in out and spanish in out and "is included" in out
    assert len(_works(cmo.folder)) == 2
