"""A small review with every awkward case the graph, exports and report must survive.

Titles carry HTML, LaTeX specials and XML-invalid characters; one author is corporate; one
configuration is retired, one has a contradicting statement; one source has no statements.
"""

from __future__ import annotations

from cmo.models import (
    Appraisal,
    Configuration,
    Decision,
    FeedbackItem,
    Provenance,
    RoundSnapshot,
    Source,
    Statement,
)

NASTY_TITLE = "Privacy <script>alert('x')</script> & {braces} at 50% of $5 #1 a_b"
EVIL_TITLE = "<img src=x onerror=\"document.title='pwned'\">\x01 bad"
# \x01 is valid text to a reader but invalid in XML: exports drop it.


def provenance(file: str, line: int, key: str) -> Provenance:
    return Provenance(file=file, line=line, key=key, format="ris" if file.endswith(".ris") else "bibtex")


def sources() -> list[Source]:
    return [
        Source(
            key="who2021",
            type="report",
            title=NASTY_TITLE,
            authors=["World Health Organization", "van der Berg, Jan", "Müller, José"],
            year=2021,
            doi="10.1000/who.2021_5",
            pmid="34567890",
            container="Technical Series & Notes",
            volume="12",
            issue="3",
            pages="101-120",
            publisher="WHO Press",
            url="https://who.int/x?a=1&b=2",
            urldate="2022-03-04",
            abstract="Access to a private space mattered in 50% of sites.",
            grey=True,
            status="included",
            origin="website",
            records=[provenance("medline.nbib", 1, "who"), provenance("scopus.ris", 40, "who-2")],
            appraisal=Appraisal(relevance="high", rigour="medium"),
        ),
        Source(
            key="smith2020",
            type="article",
            title="Video therapy for young people",
            authors=["Smith, Anna", "Jones, Bo", "Lee, C"],
            year=2020,
            doi="10.1000/jmir.2020.1",
            container="J Med Internet Res",
            volume="22",
            issue="4",
            pages="e1234",
            status="included",
            origin="database search",
            records=[provenance("medline.nbib", 9, "smith")],
            appraisal=Appraisal(relevance="medium", rigour="high"),
        ),
        Source(
            key="evil",
            type="webpage",
            title=EVIL_TITLE,
            authors=["Department of Health and Social Care"],
            year=2019,
            url="javascript:alert(1)",
            status="included",
            origin="call for evidence",
            records=[provenance("call.ris", 1, "e")],
        ),
        Source(
            key="cole2018",
            type="article",
            title="Telephone follow-up",
            authors=["Cole, D"],
            year=2018,
            status="excluded",
            exclusion_reason="not about telemental health",
            origin="database search",
            records=[provenance("medline.nbib", 20, "c1"), provenance("scopus.ris", 3, "c2"), provenance("psyc.ris", 8, "c3")],
        ),
        Source(
            key="ng2017",
            type="article",
            title="Apps",
            authors=["Ng, E"],
            year=2017,
            status="excluded",
            origin="citation tracking",
            records=[provenance("scopus.ris", 60, "n")],
        ),
        Source(key="tbd2022", title="Awaiting", status="unscreened", origin="expert suggestion"),
        Source(
            key="lonely2016",
            type="article",
            title="Included but not coded",
            authors=["Park, F"],
            year=2016,
            status="included",
            records=[provenance("medline.nbib", 30, "p")],
        ),
    ]


def statements() -> list[Statement]:
    return [
        Statement(
            id="S1",
            source="who2021",
            context="No private room at home",
            mechanism="Fear of being overheard",
            outcome="Sessions cut short",
            quote="they whispered <b>so</b> as not to be heard",
            page="12",
            coder="AB",
            groups=["cyp"],
        ),
        Statement(
            id="S2",
            source="smith2020",
            context="Young people",
            mechanism="Feel in control",
            outcome="Engage more",
            quote="I could turn the camera off",
            page="e1236",
            coder="CD",
        ),
        Statement(
            id="S3",
            source="evil",
            context="Shared flats",
            mechanism="Worry",
            outcome="Drop out",
            quote='=HYPERLINK("http://x")',
            page="",
            coder="AB",
            contradicts=True,
        ),
        Statement(
            id="S4",
            source="smith2020",
            context="Rural areas",
            mechanism="Saves travel",
            outcome="Attend",
            quote="no bus needed",
            page="7",
            coder="CD",
            mechanism_stated=False,
        ),
        Statement(
            id="S10",
            source="who2021",
            context="Crisis",
            mechanism="Cannot read cues",
            outcome="Risk missed",
            quote="hard to see distress",
            page="14",
            coder="AB",
        ),
    ]


def configurations() -> list[Configuration]:
    return [
        Configuration(
            id="C1",
            title="A private, confidential space",
            context="People without a private space at home",
            mechanism="fear being overheard",
            outcome="disclose less",
            key_contexts="Young people in shared homes",
            domain="safety",
            statements=["S1", "S3"],
            contradicting=["S3"],
            groups=["cyp"],
            accepted=True,
        ),
        Configuration(
            id="C2",
            title="Choice & control",
            context="Young people offered a choice",
            mechanism="feel in control",
            outcome="engage",
            domain="flexibility",
            statements=["S2", "S4"],
        ),
        Configuration(id="C3", title="Merged away", domain="safety", statements=["S10"], retired=True),
        Configuration(
            id="C4",
            title="Reading risk remotely",
            context="Crisis care",
            mechanism="cues are lost",
            outcome="risk is missed",
            domain="safety",
            statements=["S10"],
        ),
    ]


def domains() -> list[dict]:
    return [
        {"slug": "safety", "name": "Safety, privacy and confidentiality", "description": "Being safe <and> private."},
        {"slug": "flexibility", "name": "Flexibility and personalisation", "description": ""},
        {"slug": "connecting", "name": "Connecting effectively", "description": ""},
    ]


def groups() -> list[dict]:
    return [
        {"slug": "cyp", "name": "Children and young people", "description": ""},
        {"slug": "digital", "name": "Digitally excluded people", "description": ""},
    ]


def feedback() -> list[FeedbackItem]:
    return [
        FeedbackItem(
            id="F1",
            round=1,
            respondent="r1",
            group="cyp",
            configuration="C1",
            rating="agree",
            comment="Young people <i>often</i> share rooms",
        ),
        FeedbackItem(id="F2", round=1, respondent="r2", group="cyp", configuration="C1", rating="partly"),
        FeedbackItem(
            id="F3", round=1, respondent="r3", group="digital", configuration="C2", rating="disagree", missing="no data plans"
        ),
        FeedbackItem(id="F4", round=1, respondent="r1", group="cyp", configuration="C2", rating="agree"),
        FeedbackItem(id="F5", round=2, respondent="r4", group="", configuration="C4", rating="agree"),
    ]


def rounds() -> list[RoundSnapshot]:
    before = [
        Configuration(id="C1", title="Privacy", domain="safety", statements=["S1"]),
        Configuration(
            id="C2",
            title="Choice & control",
            context="Young people offered a choice",
            mechanism="feel in control",
            outcome="engage",
            domain="flexibility",
            statements=["S2", "S4"],
        ),
        Configuration(id="C3", title="Merged away", domain="safety", statements=["S10"]),
    ]
    return [RoundSnapshot(number=1, closed_at="2024-05-01T10:00:00+00:00", note="Expert reference group", configurations=before)]


def decisions() -> list[Decision]:
    return [
        Decision(
            seq=1,
            at="2024-05-02T09:00:00+00:00",
            action="edit",
            targets=["C1"],
            move="reconcile",
            note="Reworded after young people's feedback",
            because=["F1"],
            before={"title": "Privacy"},
            after={"title": "A private, confidential space"},
        ),
        Decision(
            seq=2,
            at="2024-05-03T09:00:00+00:00",
            action="split",
            targets=["C3", "C4"],
            move="situate",
            note="Crisis care behaves differently",
            round=1,
        ),
    ]


def strength(config: Configuration) -> tuple[str, str]:
    n = len(config.statements)
    return ("moderate" if n > 1 else "emerging", f"{n} statement(s)")


def review() -> dict:
    return {
        "title": "What works for whom in telemental health: a rapid realist review",
        "question": "Which telemental health approaches work, for whom, and why?",
        "funding": "NIHR <Policy Research Programme>",
    }


def everything() -> dict:
    return {
        "sources": sources(),
        "statements": statements(),
        "configurations": configurations(),
        "domains": domains(),
        "groups": groups(),
    }
