"""Trials AL 1-2, AM 2 and 6, AJ 1, AK 5: refine made configurations a realist would not publish. Two statements that
tell opposite sides, one of things going wrong ("fatalism → less engagement", "police questioning → they withhold
information") and one of things going well ("religious duty → they take up self-management", "a credible messenger →
they open up"), were joined on their outcome or one shared word and the one counted as support of the other; and after
a person reworded a configuration to deny a harm ("they do not retaliate or carry a weapon"), a member reporting that
harm ("they consider carrying a weapon or retaliating") counted as support with no word. Checked here on other topics:
housing and tenancy, school attendance, loneliness in later life, and a review made with the CLI."""

from __future__ import annotations

import csv
import itertools

from cmo.models import Statement
from cmo.synthesis.evidence import on_opposite_sides, opposite_outcomes, outcome_side
from cmo.synthesis.merge import propose, two_sides_apart


def st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src-{sid}", context=context, mechanism=mechanism, outcome=outcome)


def ids():
    counter = itertools.count(1)
    return lambda: f"C{next(counter)}"


def home_of(result, sid: str) -> str:
    return next(c.id for c in result.configurations if not c.retired and sid in c.statements)


LEFT = st("S1", "Tenants in private rented flats with damp", "the landlord does not answer repair requests",
          "tenants leave their tenancy early")  # fmt: skip
KNOWN = st("S2", "Tenants in social housing estates", "a housing officer visits every month and knows them by name",
           "tenants keep their tenancy for longer")  # fmt: skip
HOUSING = [
    LEFT,
    KNOWN,
    st("S3", "Families placed in bed and breakfast hotels", "one room for the whole family leaves no space for homework",
       "children fall behind at school"),
    st("S4", "Young people leaving foster care", "a key worker helps them set up a budget", "rent is paid on time"),
    st("S5", "Older owners living alone", "a handyperson service makes small adaptations", "fewer falls at home"),
    st("S6", "People sleeping rough with a dog", "hostels refuse pets", "they stay on the street"),
    st("S7", "Households in rent arrears", "a debt adviser negotiates a repayment plan with the landlord",
       "evictions are avoided"),
    st("S8", "Refugees granted leave to remain", "the 28-day move-on period is too short to find a flat",
       "families become homeless"),
]  # fmt: skip


def test_a_statement_tells_things_going_wrong_or_well_only_where_its_words_say_so_plainly():
    assert outcome_side(LEFT) == -1  # a harm, told of a mechanism that is denied
    truant = st("S9", "Pupils who arrive late", "teachers shout at them in front of the class", "pupils skip school")
    assert outcome_side(truant) == -1  # people holding back
    assert outcome_side(KNOWN) == 1
    phoned = st("S9", "Pupils at risk of truancy", "a mentor phones them each morning", "pupils attend more days")
    assert outcome_side(phoned) == 1
    # neither, plainly: a harm made less, a thing prevented, a null result, a thing said to go down, a harm alone
    assert outcome_side(HOUSING[4]) == 0  # "fewer falls at home"
    assert outcome_side(HOUSING[6]) == 0  # "evictions are avoided": prevented, not withheld
    assert outcome_side(st("S9", "Pupils at risk", "a mentor phones them", "no change in attendance")) == 0
    assert outcome_side(st("S9", "Pupils at risk", "a mentor phones them", "fewer days missed")) == 0
    assert outcome_side(st("S9", "Older people", "a weekly club meets", "they feel anxious at first")) == 0


def test_opposite_sides_with_one_word_or_none_of_context_and_mechanism_in_common_are_kept_apart():
    assert on_opposite_sides(LEFT, KNOWN) and two_sides_apart(LEFT, KNOWN)  # "tenant" alone in common
    # one configuration seen from both sides says its mechanism both ways, in more words than one: it stays one
    answered = st("S2", "Tenants in social housing estates", "a housing officer answers repair requests within a week",
                  "tenants keep their tenancy for longer")  # fmt: skip
    assert on_opposite_sides(LEFT, answered) and not two_sides_apart(LEFT, answered)
    # two other mechanisms on two sides, with at most one word of context in common: apart
    shamed = st("S1", "Older men after bereavement", "they feel ashamed to ask for help", "they refuse visits from neighbours")
    befriended = st("S2", "Widowers referred by their GP", "a befriender walks with them to the café",
                    "they go out more often")  # fmt: skip
    assert on_opposite_sides(shamed, befriended) and two_sides_apart(shamed, befriended)
    # the same side is never apart, however little they share
    assert not on_opposite_sides(KNOWN, HOUSING[3]) and not two_sides_apart(KNOWN, HOUSING[3])


def test_refine_keeps_a_statement_telling_the_other_side_out_of_a_configuration_it_shares_only_an_outcome_with():
    for backend in ("lexical", "hybrid"):
        result = propose(HOUSING, [], next_id=ids(), backend=backend)
        assert home_of(result, "S1") != home_of(result, "S2"), backend  # the old code proposed them as one
        assert result.kept_apart_sides == {"S2": (home_of(result, "S1"), "S1")}, backend
        assert not result.kept_apart  # no mechanism says the opposite of another's
        assert sum(len(c.statements) for c in result.configurations if not c.retired) == len(HOUSING)  # none lost
    answered = HOUSING[1].model_copy(update={"mechanism": "a housing officer answers repair requests within a week"})
    converse = [HOUSING[0], answered]
    result = propose([*converse, *HOUSING[2:]], [], next_id=ids(), backend="lexical")
    assert home_of(result, "S1") == home_of(result, "S2") and not result.kept_apart_sides  # one configuration, both sides


def test_a_denied_harm_is_the_opposite_of_that_harm_reported():
    assert opposite_outcomes("older people felt isolated after the club closed", "older people no longer felt isolated")
    assert opposite_outcomes("they no longer felt isolated", "they felt isolated and stayed at home")
    assert opposite_outcomes("pupils are not excluded or suspended", "pupils get excluded for fighting")
    # another harm denied, a harm made less, or two denials: no opposite
    assert not opposite_outcomes("older people no longer felt isolated", "older people felt anxious at first")
    assert not opposite_outcomes("carers felt less anxious", "carers did not feel anxious")
    assert not opposite_outcomes("pupils were not excluded", "fewer pupils were excluded")


RIS = """TY  - JOUR
TI  - Loneliness in later life: study {n}
AU  - {author}, Ruth
PY  - {year}
JO  - Ageing and Society
VL  - {volume}
SP  - {page}
EP  - {end}
DO  - 10.1017/asoc.{year}.{page}
ER  -
"""
AUTHORS = ["Hughes", "Osei", "Lindqvist", "Moreau", "Tanaka", "Castro"]
LONELINESS = [
    ("after the day centre closed", "nobody calls on them", "they felt isolated and stayed at home"),
    ("with a weekly lunch club", "volunteers collect them and they eat with others", "they felt less alone"),
    ("widowed within the last year", "grief keeps them indoors", "they stopped seeing friends"),
    ("in sheltered housing with a warden", "the warden checks on them each morning", "falls are found quickly"),
    ("living in rural villages", "the bus runs twice a week", "they miss hospital appointments"),
    ("who use a tablet to video-call family", "their grandchildren teach them the app", "they talk to family every week"),
]


def test_rewording_a_configuration_to_deny_a_harm_says_which_member_reports_that_harm(cmo, tmp_path):
    """AM 6: the words a person gives are what its members are read against."""
    records = [
        RIS.format(n=n + 1, author=name, year=2012 + n, volume=30 + n, page=200 + 10 * n, end=209 + 10 * n)
        for n, name in enumerate(AUTHORS)
    ]
    (tmp_path / "loneliness.ris").write_text("\n".join(records), encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "loneliness.ris"))
    keys = {s["authors"][0].split(",")[0].lower(): s["key"] for s in cmo.json("sources", "list")}
    cmo("select", "include", *keys.values())
    sheet = tmp_path / "coding.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "context", "mechanism", "outcome"])
        for name, (context, mechanism, outcome) in zip(AUTHORS, LONELINESS):
            writer.writerow([keys[name.lower()], f"Older people {context}", mechanism, outcome])
    cmo("code", "import", str(sheet))
    cmo("refine")
    cmo("configs", "new", "--statements", "S1,S2", "--domain", cmo.json("domains", "list")[0]["slug"])
    config = next(c for c in cmo.json("configs", "list") if set(c["statements"]) == {"S1", "S2"})
    said = cmo("configs", "edit", config["id"], "--outcome", "they no longer felt isolated").stderr
    assert f"S1 counts as supporting {config['id']}, though its outcome says the opposite" in said  # the old code: nothing
    assert f"'cmo code mark S1 --contradicting {config['id']}'" in said
    assert "S2 counts as supporting" not in said
    checked = cmo("round", "close", "--check", code=None).stderr + cmo("round", "close", "--check", code=None).stdout
    assert f"S1 counts as supporting {config['id']}" in checked
