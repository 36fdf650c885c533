"""Trial CC (session 46): one passage coded to two domains (a Dedoose excerpt ticking two 'Domain\\…' codes, an ATLAS.ti
quotation listing two domains' codes) leaves the codes column unread (session 45), but the import said to declare the
cell's two lines as one domain's alias ('cmo domains alias SLUG "Family involvement\\nStaffing"'), which no alias can
be. It now names the row and the domains. A hospital-discharge review (session 45's), not the trial's topic."""

from __future__ import annotations

from tests.test_s45_ld import _quotations


def test_a_passage_coded_to_two_domains_is_named_by_its_row_and_domains(cmo, tmp_path):
    statements, said = _quotations(
        cmo,
        tmp_path,
        "C: family told of the date early\nM: family plan the day\nO: discharge on time\nFamily involvement\nStaffing",
        "C: ward short of nurses\nM: nobody phones the family\nO: discharge delayed\nStaffing",
    )
    assert [s["domain"] for s in statements] == [None, None], said
    assert "row 2: the cell in 'Codes' names two domains or more (family, staffing)" in said, said
    assert "cmo domains alias" not in said
