"""Writes trial CS's fixtures: whole records cut from the trial's EndNote 21 exports of one library (its RIS export,
'RefMan (RIS) Export' style: a byte-order mark, CRLF lines, tags in EndNote's alphabetical order, `ID` last; its XML
export, File > Export > XML, on one line), a second person's EndNote library of another topic, and Covidence's
quality-assessment export (one row per reviewer and a 'Consensus' row). Run from this folder with the trial's material
in /tmp/CS/material (kept in the trial's report)."""

import re
from pathlib import Path

HERE = Path(__file__).parent
MATERIAL = Path("/tmp/CS/material")
WANTED = ("Moffatt, S.", "Tierney, S.", "The King's Fund,", "Dayson, C.")


def ris_records() -> None:
    text = (MATERIAL / "SP_LW_library_endnote.txt").read_bytes().decode("utf-8")
    records = [r + "ER  - \r\n\r\n" for r in text.lstrip("\ufeff").split("ER  - \r\n\r\n") if r.strip()]
    kept = [r for r in records if re.search(r"^AU  - (.*)\r$", r, re.M)[1] in WANTED]
    (HERE / "SP_LW_library.txt").write_bytes(("\ufeff" + "".join(kept)).encode("utf-8"))


def xml_records() -> None:
    text = (MATERIAL / "SP_LW_library_endnote.xml").read_text(encoding="utf-8")
    records = re.findall(r"<record>.*?</record>", text)
    first = [re.search(r"<author><style[^>]*>(.*?)</style>", r)[1].replace("&apos;", "'") for r in records]
    kept = [r for r, who in zip(records, first) if who in WANTED]
    head = '<?xml version="1.0" encoding="UTF-8" ?><xml><records>'
    (HERE / "SP_LW_library.xml").write_text(head + "".join(kept) + "</records></xml>", encoding="utf-8", newline="")


KIRSH_TITLE = (
    "Shared medical appointments based on the chronic care model: a quality improvement project to address the "
    "challenges of patients with diabetes with high cardiovascular risk"
)


def other_libraries() -> None:
    """Must not fire: two people's EndNote libraries of a telehealth review. The same paper is record 7 in one and
    record 12 in the other (a duplicate the searches found twice); record 12 of the first is another paper."""

    def ris(rows):
        return "\ufeff" + "".join("\r\n".join(f"{t}  - {v}" for t, v in row) + "\r\nER  - \r\n\r\n" for row in rows)

    greenhalgh = [
        ("TY", "JOUR"),
        ("AU", "Greenhalgh, T."),
        ("AU", "Wherton, J."),
        ("AU", "Shaw, S."),
        ("AU", "Morrison, C."),
        ("DO", "10.1136/bmj.m998"),
        ("PY", "2020"),
        ("SP", "m998"),
        ("T2", "BMJ"),
        ("TI", "Video consultations for covid-19"),
        ("VL", "368"),
    ]
    kirsh = [
        ("TY", "JOUR"),
        ("AU", "Kirsh, S."),
        ("AU", "Watts, S."),
        ("DO", "10.1136/qshc.2006.019158"),
        ("IS", "5"),
        ("PY", "2007"),
        ("SP", "349-353"),
        ("T2", "Quality & Safety in Health Care"),
        ("TI", KIRSH_TITLE),
        ("VL", "16"),
    ]
    edelman = [
        ("TY", "JOUR"),
        ("AU", "Edelman, D."),
        ("AU", "Gierisch, J. M."),
        ("DO", "10.1007/s11606-014-2978-7"),
        ("IS", "1"),
        ("PY", "2015"),
        ("SP", "99-106"),
        ("T2", "Journal of General Internal Medicine"),
        ("TI", "Shared medical appointments for patients with diabetes mellitus: a systematic review"),
        ("VL", "30"),
    ]
    first = ris([greenhalgh + [("ID", "7")], kirsh + [("ID", "12")]])
    second = ris([greenhalgh + [("ID", "12")], edelman + [("ID", "7")]])
    (HERE / "telehealth_JM.txt").write_bytes(first.encode("utf-8"))
    (HERE / "telehealth_HC.txt").write_bytes(second.encode("utf-8"))


if __name__ == "__main__":
    ris_records()
    xml_records()
    other_libraries()
