"""What refine says of the statements it leaves alone, and grouping a reviewer would publish (trials AN 18, AO 4 and 5,
AP 1). Checked here on other topics: smoking in pregnancy, falls among older people, diabetes foot care.

- A statement refine kept out of a configuration because it tells the other side from a member there
  (`MergeResult.kept_apart_sides`) is said with the attach that overrides it, and is no longer told it "stands alone …
  most like" that configuration at a score above the cut with no word why (AP: "S30 stands alone in C19; it is most like
  C13 (0.391, where this review merges at 0.319)").
- A statement coded to one domain is told to recode it to join a configuration of another only where it would join it
  and is as like it as its members are like one another (AO 4: supportive supervision told to join workload and pay).
- Statements written in other languages than English are never joined to one another nor placed by one another (AO 5:
  three French statements made a configuration of their own)."""

from __future__ import annotations

import csv
import itertools
import re

from cmo.models import Domain, Statement
from cmo.synthesis.languages import not_in_english, not_in_english_ids
from cmo.synthesis.merge import propose, two_sides_apart


def st(sid: str, context: str, mechanism: str, outcome: str, domain: str | None = None) -> Statement:
    return Statement(id=sid, source=f"src-{sid}", context=context, mechanism=mechanism, outcome=outcome, domain=domain)


def ids():
    counter = itertools.count(1)
    return lambda: f"C{next(counter)}"


def home_of(result, sid: str) -> str:
    return next(c.id for c in result.configurations if not c.retired and sid in c.statements)


PREGNANCY = [
    ("Pregnant smokers offered vouchers for each negative breath test", "vouchers reward each smoke-free week",
     "birth weight improves"),
    ("Women in their first trimester seen by a community midwife",
     "the midwife rewards each smoke-free week with shopping credit", "birth weight improves"),
    ("Pregnant smokers offered vouchers for each negative breath test", "they feel the vouchers are a bribe",
     "women refuse the breath tests"),
    ("Teenagers who vape at school", "friends share devices at break time", "nicotine dependence starts early"),
    ("Adults on a quitline", "a counsellor calls back at agreed times", "callers set a quit date"),
    ("Smokers with severe mental illness", "ward staff offer cigarettes as a reward", "smoking rates stay high on the ward"),
    ("Workers in manual jobs", "smoking breaks are the only breaks allowed", "they keep smoking at work"),
    ("Hospital inpatients", "nicotine patches are prescribed on admission", "fewer leave the ward to smoke"),
]  # fmt: skip


def _pregnancy() -> list[Statement]:
    return [st(f"S{n}", *row) for n, row in enumerate(PREGNANCY, 1)]


def test_a_statement_kept_out_for_telling_the_other_side_is_not_told_it_is_most_like_that_configuration():
    statements = _pregnancy()
    assert two_sides_apart(statements[2], statements[1]) and not two_sides_apart(statements[2], statements[0])
    for backend in ("lexical", "hybrid"):
        result = propose(statements, [], next_id=ids(), backend=backend)
        vouchers = home_of(result, "S1")
        assert home_of(result, "S2") == vouchers and home_of(result, "S3") != vouchers, backend
        assert result.kept_apart_sides["S3"] == (vouchers, "S2"), backend
        # the old code named it, above the cut, as where it is most like: the reason it stands alone was never said
        assert vouchers not in [cid for cid, _ in result.alone_nearest.get("S3", [])], backend
        assert result.alone_near.get("S3", ("", 0.0))[0] != vouchers, backend
        for sid, near in result.alone_nearest.items():  # whatever is still hinted is under the cut, or a place it may go
            assert all(score < result.threshold for _, score in near) or sid not in result.kept_apart_sides, sid


FALLS = [
    ("Older people living alone at home", "a nurse visits every week and checks the home for hazards", "fewer falls at home"),
    ("Older people after a hip fracture", "a physiotherapist teaches balance exercises at home",
     "fewer falls and more confidence walking"),
    ("Personas mayores que viven solas en casa", "una enfermera las visita cada semana y revisa los peligros de la casa",
     "menos caídas en casa"),
    ("Personas mayores tras una fractura de cadera", "un fisioterapeuta les enseña ejercicios de equilibrio en casa",
     "menos caídas y más confianza al caminar"),
    ("Pessoas idosas que vivem sozinhas em casa", "uma enfermeira visita todas as semanas e verifica os perigos da casa",
     "menos quedas em casa"),
    ("Parents of children due a vaccine", "the school nurse sends consent forms home early", "more forms are returned signed"),
    ("Carers of people with dementia", "a respite service gives them a weekend off", "carers report less strain"),
    ("Hospital patients at night", "noise from the ward keeps them awake", "they feel confused in the morning"),
]  # fmt: skip


def test_statements_in_other_languages_are_never_joined_to_one_another_nor_placed_by_one_another():
    statements = [st(f"S{n}", *row) for n, row in enumerate(FALLS, 1)]
    assert not_in_english(statements) == {"Spanish": ["S3", "S4"], "Portuguese": ["S5"]}
    foreign = not_in_english_ids(statements)
    for backend in ("lexical", "hybrid"):
        result = propose(statements, [], next_id=ids(), backend=backend)
        active = [c for c in result.configurations if not c.retired]
        assert all(len(set(c.statements) & foreign) <= 1 for c in active), backend  # the old code: S3, S4, S5 as one
        assert home_of(result, "S1") == home_of(result, "S2"), backend  # English ones still join
        assert sum(len(c.statements) for c in active) == len(statements)  # none lost
        members = {c.id: set(c.statements) for c in active}
        for sid in foreign:  # a hint names a configuration by its English members only
            for cid, _ in result.alone_nearest.get(sid, []):
                assert members[cid] - foreign, (backend, sid, cid)


FEET = [
    ("Patients with diabetes attending a foot clinic", "a podiatrist checks their feet every three months",
     "fewer foot ulcers", "clinic"),
    ("Patients with diabetes attending a foot clinic",
     "a podiatrist checks their feet and trims their nails every three months", "fewer foot ulcers and amputations", "clinic"),
    ("Residents with diabetes in care homes", "care staff check their feet each morning", "fewer foot ulcers", "home"),
    ("Families of people with dementia", "a nurse shows them how to give insulin", "fewer hypoglycaemic episodes", "home"),
    ("Young adults moving to adult services", "a transition nurse meets them twice", "they keep attending clinic", "clinic"),
    ("Shift workers with type 2 diabetes", "meals at night disturb their routine", "blood glucose rises", None),
    ("People newly diagnosed", "a group course explains carbohydrate counting", "HbA1c falls", None),
]  # fmt: skip
FOOT_DOMAINS = [
    Domain(slug="clinic", name="Specialist clinics", description="foot clinics and podiatry"),
    Domain(slug="home", name="Care at home", description="care homes and families"),
]


def test_a_recode_is_suggested_only_where_the_statement_is_as_like_the_configuration_as_its_members_are_alike():
    statements = [st(f"S{n}", *row) for n, row in enumerate(FEET, 1)]
    result = propose(statements, FOOT_DOMAINS, next_id=ids(), backend="lexical")
    clinic = home_of(result, "S1")
    assert home_of(result, "S2") == clinic and home_of(result, "S3") != clinic  # the coder's domain wins
    config = next(c for c in result.configurations if c.id == clinic)
    # S3 is as like the clinic's configuration as the review merges, far less than its two members are alike: the old
    # code told the coder to recode S3 to join it
    assert "S3" not in result.coded_apart_near
    assert config.why.similarity > 0.5


def _review(cmo, tmp_path, rows, domains: str | None = None) -> None:
    """A review a user builds: one source per statement, a coding sheet, a refine."""
    names = [f"Author{chr(65 + n)}" for n in range(len(rows))]
    ris = "\n".join(
        f"TY  - JOUR\nTI  - Study {n + 1} of this review\nAU  - {name}, Ann\nPY  - {2010 + n}\nJO  - Journal of Trials\n"
        f"DO  - 10.1000/jt.{2010 + n}.{n + 1}\nER  -\n"
        for n, name in enumerate(names)
    )
    (tmp_path / "found.ris").write_text(ris, encoding="utf-8")
    if domains:
        (tmp_path / "domains.yaml").write_text(domains, encoding="utf-8")
        cmo("init", str(cmo.folder), "--domains", str(tmp_path / "domains.yaml"))
    else:
        cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "found.ris"))
    keys = {s["authors"][0].split(",")[0]: s["key"] for s in cmo.json("sources", "list")}
    cmo("select", "include", *keys.values())
    with (tmp_path / "sheet.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "context", "mechanism", "outcome", "domain"])
        for name, row in zip(names, rows):
            writer.writerow([keys[name], *row[:3], row[3] if len(row) > 3 and row[3] else ""])
    cmo("code", "import", str(tmp_path / "sheet.csv"), code=None)


def test_refine_says_why_a_statement_telling_the_other_side_stands_alone(cmo, tmp_path):
    _review(cmo, tmp_path, PREGNANCY)
    refined = cmo("refine")
    said = refined.stderr
    vouchers = next(c["id"] for c in cmo.json("configs", "list") if "S1" in c["statements"])
    line = next(line for line in said.splitlines() if line.startswith(f"S3 kept out of {vouchers}"))  # old: none
    assert "tells the other side from S2" in line and "“they feel the vouchers are a bribe → women refuse" in line
    assert f"'cmo configs attach S3 --to {vouchers}'" in line
    cut = float(re.search(r"threshold ([\d.]+)", refined.stdout + said).group(1))
    alone = re.findall(r"^(S\d+) stands alone in C\d+; it is (?:most|about as) like (C\d+) \(([\d.]+)", said, re.M)
    assert all((sid, near) != ("S3", vouchers) and float(score) < cut for sid, near, score in alone), alone
    cmo("configs", "attach", "S3", "--to", vouchers, "--note", "the bribe is the same voucher scheme seen from the side")
    assert "S3" in cmo.json("configs", "show", vouchers)["statements"]
    assert "kept out of" not in cmo("refine").stderr  # decided: said no more


def test_refine_joins_no_two_statements_in_other_languages_and_says_so(cmo, tmp_path):
    _review(cmo, tmp_path, FALLS)
    said = cmo("refine").stderr
    assert "S3, S4 are written in Spanish" in said and "S5 is written in Portuguese" in said
    assert "joins no two statements written in other languages than English" in said
    configs = cmo.json("configs", "list")
    foreign = {"S3", "S4", "S5"}
    assert all(len(set(c["statements"]) & foreign) <= 1 for c in configs)  # the old code: one configuration of the three
    members = {c["id"]: set(c["statements"]) for c in configs}
    for sid in sorted(foreign):  # `code suggest` ranks as refine hints: by the English members only
        for placement in cmo.json("code", "suggest", sid):
            assert members[placement["configuration"]] - foreign, placement


def test_a_configuration_named_above_the_cut_says_what_holds_it():
    """A configuration a statement is as like as the review merges, which a person's decision holds (accepted, pinned),
    is named with that reason, not as a bare score above the cut (trial AN 18: "most like C10 (0.331, where this review
    merges at 0.274)" read as a bug)."""
    from cmo.synthesis.explain import nearest_line

    held = {"C2": "C2 is accepted, and refine leaves an accepted configuration as it is"}
    line = nearest_line("S9", "C4", [("C7", 0.35), ("C2", 0.31)], 0.27, held)
    assert line.startswith("S9 stands alone in C4; it is about as like C7 (0.350) or C2 (0.310), where this review merges")
    assert "; C2 is accepted, and refine leaves an accepted configuration as it is:" in line
    below = nearest_line("S9", "C4", [("C2", 0.21)], 0.27, held)  # under the cut nothing needs a reason
    assert "accepted" not in below
