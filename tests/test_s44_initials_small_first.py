"""Trial BS: "iHV 2023" (the Institute of Health Visiting styles its initials with a small first letter) was refused as
no source, and the whole coding import with it, while "PHE 2021" and "EIF 2023" were read. Initials may open with a
small letter before two capitals; a word such as "iPad" is no initials. A school-nursing review's grey list."""

import json

GREY_CSV = """\
Title,Authors,Year,Publisher,Type
Health visiting and school nursing workforce survey,Institute of Health Visiting,2023,,report
Tablet computers in the classroom,Apple Education,2021,,report
"""


def test_initials_opening_with_a_small_letter_name_their_body(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    (tmp_path / "grey.csv").write_text(GREY_CSV, encoding="utf-8")
    cmo("ingest", str(tmp_path / "grey.csv"))
    keys = {s["citation"]: s["key"] for s in cmo.json("sources", "list")}
    shown = json.loads(cmo("sources", "show", "iHV 2023", "--json").stdout)
    assert shown["key"] == keys["Institute of Health Visiting 2023"]
    assert "is not in this review" in cmo("sources", "show", "iPad 2021", code=2).stderr  # no initials of Apple Education
