"""A file of formatted references (a citation style, as Wiley Online Library's 'Plain text' citation export writes them)
holds no fields to read: refused in one sentence that says what it is and what to export instead, nothing ingested; a
file that only mentions a DOI is not told so."""

from __future__ import annotations

WILEY_PLAIN = (
    "Haddad, L., Kowalski, P. and Nyberg, S. (2022), Midwife-led continuity of care for women with a history of "
    "stillbirth: a realist evaluation. Birth, 49: 512-523. https://doi.org/10.1111/birt.12634\n\n"
    "Oduya, T. (2021), Bereavement care in maternity units: what staff say helps. J Adv Nurs, 77: 2044-2055. "
    "https://doi.org/10.1111/jan.14790\n"
)


def test_formatted_references_are_refused_saying_what_to_export(cmo, tmp_path):
    """Before: only 'no BibTeX, RIS, … records found', which did not say what the file is nor what to export."""
    cmo("init", str(cmo.folder))
    path = tmp_path / "pericles_export.txt"
    path.write_text(WILEY_PLAIN, encoding="utf-8")
    said = cmo("ingest", str(path), code=2).stderr
    assert "formatted references" in said and "Format 'RIS'" in said and "nothing was ingested" in said
    assert cmo.json("sources", "list") == []


def test_notes_with_a_doi_are_not_called_formatted_references(cmo, tmp_path):
    """Must not fire: a note naming a DOI, with no author-and-year citation before it."""
    cmo("init", str(cmo.folder))
    path = tmp_path / "notes.txt"
    path.write_text("Papers to find:\nthe stillbirth one, doi:10.1111/birt.12634\n", encoding="utf-8")
    said = cmo("ingest", str(path), code=2).stderr
    assert "formatted references" not in said and "records found" in said
