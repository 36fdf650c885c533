"""A wall's post headed by a finding's number alone, under the section named for that finding's domain, is on that
finding (helper I1, a fault trial H7 left: posts headed "1.4 texts" and "re 2.1" under sections named for a domain were
read as on the findings overall, and said so). The pack numbers findings "D.N" (domain, finding): where the section is
domain D's (its name or slug), "D.N" names finding D.N, as "CMO D.N" would. Tested on the example review (crisis mental
health care: domain 3 is "Safety, privacy and confidentiality", 3.3 is C4; domain 2 "Flexibility and
personalisation", 2.1 is C5); must not fire where the section is another domain's, or where there is none."""

from __future__ import annotations

import csv


def test_a_bare_number_under_its_domains_section_names_that_finding(demo, tmp_path):
    """Fails on the old code: rows 2 and 3 read as on the findings overall."""
    wall = tmp_path / "padlet-crisis-erg.csv"
    with wall.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Subject", "Body", "Attachment", "Author", "Section", "Created At"])
        for subject, body, section in [
            ("3.3 restraint", "Our ward still restrains first", "Safety, privacy and confidentiality"),
            ("re 2.1", "Evening appointments are what made it work for me", "Flexibility and personalisation"),
            ("3.3 again", "Posted under the wrong section", "Connecting effectively"),  # another domain's: no guess
            ("1.4 doses", "A version number or a dose, not a finding", ""),  # no section: no guess
        ]:
            writer.writerow([subject, body, "", "Anonymous", section, "2026-11-04 17:20:00"])
    said = demo("feedback", "import", str(wall), code=None)
    on = {f["comment"].split("\n\n")[0]: f["configuration"] for f in demo.json("feedback", "list")}
    assert on == {"3.3 restraint": "C4", "re 2.1": "C5", "3.3 again": "overall", "1.4 doses": "overall"}
    assert "row 2 on C4; row 3 on C5; rows 4 and 5, naming no configuration or several, on the findings overall" in (said.stderr)
