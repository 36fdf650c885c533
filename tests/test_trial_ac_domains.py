"""Trial AC (finding 11): a second coder's own label for a domain ("Staff" for `workforce`) was refused with no "did you
mean", no list of the domains and no way to declare it; the tester edited the team's sheet. A domain (or group) in
review.yaml, or in the file `cmo init --domains` reads, may carry `aliases:`, read as its name is; `cmo domains alias`
declares one; a refusal names the domains and that command. Examples from a school-meals review, not virtual wards."""

from __future__ import annotations

from contextlib import closing

import pytest

from cmo.commands.review import open_review
from cmo.errors import BadInput
from cmo.sheets.coding import parse_coding_sheet

DOMAINS = """# School meals review: domains agreed with the steering group
domains:
  - slug: food-environment  # what the canteen offers
    name: Food environment
    description: Menus, canteen layout, portion sizes and prices
  - slug: uptake
    name: Uptake of free meals
    description: Stigma, eligibility and registration
groups:
  - slug: pupils
    name: Pupils
    aliases: Students
"""

RECORD = """TY  - JOUR
AU  - Okonjo, Amara
TI  - Universal free school meals and what pupils eat
JO  - Public Health Nutrition
PY  - 2021
ER  -
"""


@pytest.fixture
def meals(cmo, tmp_path):
    (tmp_path / "domains.yaml").write_text(DOMAINS, encoding="utf-8")
    (tmp_path / "one.ris").write_text(RECORD, encoding="utf-8")
    cmo("init", str(cmo.folder), "--domains", str(tmp_path / "domains.yaml"))
    cmo("ingest", str(tmp_path / "one.ris"))
    cmo("select", "include", "okonjo2021universal")
    return cmo


def _sheet(tmp_path, domain: str, groups: str = "Pupils"):
    path = tmp_path / "sheet.csv"
    path.write_text(
        "source,context,mechanism,outcome,domain,groups\n"
        f"okonjo2021universal,In schools where every pupil eats free,no child is singled out,more pupils take the meal,"
        f"{domain},{groups}\n",
        encoding="utf-8",
    )
    return path


def _parse(cmo, path):
    with closing(open_review(cmo.folder)) as review:
        return parse_coding_sheet(
            path,
            source_keys=review.store.source_keys(),
            domains=review.domain_labels(),
            groups=review.group_labels(),
            statement_ids=set(),
        )


def test_an_unknown_domain_is_refused_with_the_domains_and_the_way_to_declare_it(meals, tmp_path):
    refused = meals("code", "import", str(_sheet(tmp_path, "Canteen")), code=2).stderr
    assert "'Canteen' is not a domain in this review" in refused
    assert "the domains are food-environment, uptake" in refused
    assert 'cmo domains alias SLUG "Canteen"' in refused
    refused = meals("code", "import", str(_sheet(tmp_path, "Food environment", "Parents")), code=2).stderr
    assert "the groups are pupils" in refused and 'cmo domains alias --group SLUG "Parents"' in refused


def test_an_alias_declared_in_the_domains_file_is_kept_and_read_as_the_name_is(meals, tmp_path):
    text = (meals.folder / "review.yaml").read_text(encoding="utf-8")
    assert "aliases:" in text and "Students" in text
    with closing(open_review(meals.folder)) as review:
        assert review.resolve_group("students") == "pupils"
        assert review.group_labels()["Students"] == "pupils"
    (row,) = _parse(meals, _sheet(tmp_path, "Food environment", "Students")).rows
    assert row.fields["groups"] == ["pupils"]


def test_cmo_domains_alias_writes_review_yaml_keeping_comments_and_the_label_is_then_read(meals, tmp_path):
    config = meals.folder / "review.yaml"
    text = config.read_text(encoding="utf-8").replace(
        "- slug: food-environment\n", "- slug: food-environment  # what the canteen offers\n"
    )
    text = text.replace("- slug: uptake\n  name: Uptake of free meals\n", "- {slug: uptake, name: Uptake of free meals}\n")
    config.write_text(text.replace("  description: Stigma, eligibility and registration\n", ""), encoding="utf-8")
    said = meals("domains", "alias", "food-environment", "Canteen", "school food").stdout
    assert "'Canteen', 'school food'" in said
    text = (meals.folder / "review.yaml").read_text(encoding="utf-8")
    assert "# what the canteen offers" in text and "aliases: [Canteen, school food]" in text
    assert meals.json("configs", "list", "--domain", "canteen") == []
    parsed = _parse(meals, _sheet(tmp_path, "Canteen"))
    assert [row.fields["domain"] for row in parsed.rows] == ["food-environment"]
    assert not [w for w in parsed.warnings if "read as" in w]  # a declared label is one as written
    assert "(also written: Canteen, school food)" in meals("domains", "list").stdout
    flow = meals.json("domains", "alias", "uptake", "Free meals")  # an item written {slug: …} on one line
    assert flow["aliases"] == ["Free meals"]
    assert "aliases: [Free meals]}" in (meals.folder / "review.yaml").read_text(encoding="utf-8")
    assert meals.json("domains", "alias", "food-environment", "canteen", "--remove")["aliases"] == ["school food"]


def test_a_label_that_names_another_domain_is_refused_and_nothing_changes(meals, tmp_path):
    before = (meals.folder / "review.yaml").read_text(encoding="utf-8")
    refused = meals("domains", "alias", "uptake", "Food environment", code=2).stderr
    assert "already names the domain food-environment" in refused
    assert (meals.folder / "review.yaml").read_text(encoding="utf-8") == before
    bad = tmp_path / "bad.yaml"
    bad.write_text(DOMAINS.replace("description: Menus", "aliases: [Uptake of free meals]\n    description: Menus"), "utf-8")
    with pytest.raises(BadInput, match=r"bad.yaml, line \d+: domains item 2: name 'Uptake of free meals' is item 1's alias too"):
        from cmo.review import load_config

        load_config(bad)


def test_code_import_reads_a_declared_alias(meals, tmp_path):
    meals("domains", "alias", "food-environment", "Canteen")
    meals("code", "import", str(_sheet(tmp_path, "Canteen")))


def test_domains_list_json_gives_each_domains_aliases(cmo, tmp_path):
    domains = tmp_path / "domains.yaml"
    yaml = "domains:\n  - slug: canteen\n    name: The canteen\n    aliases: [Dining hall, lunch room]\n"
    domains.write_text(yaml, encoding="utf-8")
    cmo("init", str(cmo.folder), "--domains", str(domains))
    listed = {d["slug"]: d for d in cmo.json("domains", "list")}
    assert listed["canteen"]["aliases"] == ["Dining hall", "lunch room"]
