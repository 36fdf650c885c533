"""A wall whose sections copy the pack's own headings, "Domain 3: Safety, privacy and confidentiality" or "Domain 2",
names that domain as its name alone does (helper RH6, re-checking I1's rule on the integrated code: under sections
headed as the pack heads them, posts "2.1" and "re 3.1" of a Housing First wall were read as on the findings overall).
Must not fire where the heading's number and name disagree, or where the post's number is another domain's. Tested on
the example review (crisis mental health care: domain 3 is "Safety, privacy and confidentiality", 3.3 is C4; domain 2
"Flexibility and personalisation", 2.1 is C5)."""

from __future__ import annotations

import csv


def test_a_section_headed_as_the_pack_heads_a_domain_names_that_domain(demo, tmp_path):
    wall = tmp_path / "padlet-crisis-erg.csv"
    with wall.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Subject", "Body", "Attachment", "Author", "Section", "Created At"])
        for subject, body, section in [
            ("3.3 restraint", "Our ward still restrains first", "Domain 3: Safety, privacy and confidentiality"),
            ("re 2.1", "Evening appointments are what made it work for me", "Domain 2"),
            ("2.1 again", "Heading and name disagree", "Domain 3: Flexibility and personalisation"),  # no guess
            ("3.3 twice", "Another domain's number", "Domain 2"),  # no guess
        ]:
            writer.writerow([subject, body, "", "Anonymous", section, "2026-11-04 17:20:00"])
    demo("feedback", "import", str(wall), code=None)
    on = {f["comment"].split("\n\n")[0]: f["configuration"] for f in demo.json("feedback", "list")}
    assert on == {"3.3 restraint": "C4", "re 2.1": "C5", "2.1 again": "overall", "3.3 twice": "overall"}
