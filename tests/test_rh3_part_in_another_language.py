"""Re-check RH3 (trials CT and LY together): a finding refine made of statements in English and one in another
language is flagged in the pack for that part only. The pack told the group of an English finding worded from two
English studies 'Its evidence is written in Spanish … it stands apart, not yet set beside the other findings', as the
third study beside them was coded in Spanish; a finding whose evidence is all in another language still says so."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from sheet_reviews import write_csv

BIB = "".join(
    f"@article{{{key},\n  title = {{{title}}},\n  author = {{{author}}},\n  journal = {{J Health}},\n  year = {{{year}}}\n}}\n"
    for key, title, author, year in (
        ("Okoro2019", "Podiatry in diabetes clinics", "Okoro, A.", "2019"),
        ("Haines2021", "Foot checks and ulcers", "Haines, B.", "2021"),
        ("Morales2020", "Cuidado del pie diabético", "Morales, C.", "2020"),
        ("Vidal2018", "Transporte rural y citas", "Vidal, D.", "2018"),
    )
)
CLINICS, TRUST = "In diabetes clinics with a podiatrist on site", "patients trust the podiatrist who checks their feet"
ROWS = [
    ["Okoro2019", CLINICS, f"{TRUST} at every visit", "fewer foot ulcers", "q1", "RT"],
    ["Haines2021", CLINICS, TRUST, "fewer foot ulcers and amputations", "q2", "RT"],
    [
        "Morales2020",
        "En las clínicas de diabetes con podiatrist",
        "los pacientes confían en el podiatrist que revisa sus pies en cada visita",
        "menos úlceras del pie (fewer foot ulcers)",
        "q3",
        "RT",
    ],
    [
        "Vidal2018",
        "Cuando el autobús rural pasa una vez por semana",
        "las familias no pueden llegar a la cita",
        "faltan a las consultas",
        "q4",
        "RT",
    ],
]


def _flags(page: str) -> list[str]:
    return [unescape(re.sub(r"<[^>]+>", "", f)) for f in re.findall(r'<p class="flag not-compared">(.*?)</p>', page, re.S)]


def test_a_finding_with_one_study_in_another_language_beside_english_ones_is_flagged_for_that_part(cmo, tmp_path: Path):
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    coding = write_csv(tmp_path / "coding.csv", ["source", "context", "mechanism", "outcome", "quote", "coder"], *ROWS)
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "refs.bib"), code=None)
    cmo("select", "include", "Okoro2019", "Haines2021", "Morales2020", "Vidal2018", "--by", "RT", code=None)
    cmo("code", "import", str(coding), "--by", "RT", code=None)
    cmo("refine", "--backend", "lexical", "--threshold", "0.05", code=None)
    joined = next(c for c in cmo.json("configs", "list") if "S3" in c["statements"])
    assert {"S1", "S2"} <= set(joined["statements"]), joined  # refine set the Spanish statement beside the English ones
    alone = next(c for c in cmo.json("configs", "list") if "S4" in c["statements"])
    assert alone["statements"] == ["S4"], alone
    cmo("round", "close", "--note", "first round", code=None)
    cmo("pack", "-o", str(tmp_path / "pack.html"))
    flags = _flags((tmp_path / "pack.html").read_text(encoding="utf-8"))
    assert len(flags) == 2, flags
    part = [f for f in flags if f.startswith("Part of its evidence")]
    assert len(part) == 1 and "(Morales (2020)) is written in Spanish" in part[0], flags
    assert "stands apart" not in part[0] and "Okoro" not in part[0] and "Haines" not in part[0], part
    # must not fire: a finding whose only evidence is in Spanish still stands apart, and says so
    whole = [f for f in flags if f.startswith("Its evidence is written in Spanish")]
    assert len(whole) == 1 and "it stands apart" in whole[0], flags
