"""Trial CB 6: a link in a respondent's cell kept its words and lost its address (tests/data/feedback_links/README.md).

A reading given as `=HYPERLINK("https://…","see this guideline")`, or words a respondent linked with Insert > Link,
keep where they point, as text: the report shows it escaped and never makes it a link. A cell that already shows its
address (a web or email address typed, which Excel links itself) and the cells that are no answer in words (a
pseudonym, a group) are read as written."""

from __future__ import annotations

import re

from conftest import DATA

LINKS = DATA / "feedback_links"
NICE = "https://www.nice.org.uk/guidance/ng225?tab=recommendations&section=1.3"
RETHINK = "https://www.rethink.org/advice-and-information/peer-support/"


def answers(review) -> dict[tuple[str, str], dict]:
    return {(item["respondent"], item["configuration"]): item for item in review.json("feedback", "list")}


def test_a_linked_reading_and_comment_keep_their_addresses(demo):
    demo("feedback", "import", str(LINKS / "answers-with-links.xlsx"))
    given = answers(demo)
    assert given[("Blue Heron", "C1")]["read"] == f"see this guideline ({NICE})"
    assert given[("Blue Heron", "C2")]["comment"] == f"Read this before the next round ({RETHINK})"


def test_an_address_typed_a_pseudonym_and_a_group_are_read_as_written(demo):
    """Must not fire: Excel links a typed web or email address to itself; a group or pseudonym is no answer in words."""
    demo("feedback", "import", str(LINKS / "answers-with-links.xlsx"))
    given = answers(demo)
    assert given[("Blue Heron", "C3")]["read"] == RETHINK
    kestrel = given[("kestrel@example.org", "C5")]
    assert kestrel["group"] == "cyp"


def test_a_link_to_a_script_is_kept_as_text_and_never_made_a_link(demo):
    demo("feedback", "import", str(LINKS / "answers-with-links.xlsx"))
    item = answers(demo)[("kestrel@example.org", "C5")]
    assert item["comment"] == "nothing here (javascript:alert(document.cookie))"
    demo("configs", "cite", "C5", "--feedback", item["id"])
    demo("report")
    report = (demo.folder / "report.html").read_text(encoding="utf-8")
    assert "nothing here (javascript:alert(document.cookie))" in report
    assert not re.search(r"""href\s*=\s*["']?\s*javascript""", report, re.I)


def test_a_form_downloads_linked_answers_keep_their_addresses(demo):
    demo("feedback", "import", str(LINKS / "typed-up-form.xlsx"))
    given = answers(demo)
    assert given[("Otter", "C1")]["missing"] == "The crisis line's own audit (https://example.org/crisis-line-audit-2023.pdf)"
    assert given[("Otter", "overall")]["comment"] == "See our report (https://example.org/report)"
