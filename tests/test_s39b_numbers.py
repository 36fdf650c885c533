"""Table numbers stay put between rounds (trial AD F10).

Trial AD (perinatal peer support): one configuration moved into a domain after round 1, and every later number in that
domain moved up by one ("C31 was CMO 1.6 in round 1 and CMO 1.7 in round 2"), while the group quotes "CMO 1.6" in its
answers. These tests use school meals, the rule alone; `test_s39b_numbers_cli.py` reads and writes the shipped example
review (crisis mental health care) through `cmo`.
"""

from __future__ import annotations

from cmo.models import Configuration, RoundSnapshot
from cmo.outputs.tables import round_numbers, table_numbers

MEALS = [{"slug": "menus", "name": "Menus"}, {"slug": "dining", "name": "The dining hall"}]


def _meals(**domains: str) -> list[Configuration]:
    return [Configuration(id=config_id, domain=domain or None, statements=["S1"]) for config_id, domain in domains.items()]


def test_the_first_round_numbers_each_domain_in_id_order():
    first = _meals(C2="menus", C5="dining", C9="menus", C11="menus")
    assert table_numbers(first, MEALS) == {"C2": "CMO 1.1", "C9": "CMO 1.2", "C11": "CMO 1.3", "C5": "CMO 2.1"}


def test_a_configuration_moved_into_a_domain_takes_the_next_number_and_the_others_keep_theirs():
    first = _meals(C2="menus", C5="dining", C7="dining", C9="menus", C11="menus")
    sent = table_numbers(first, MEALS)
    now = _meals(C2="menus", C5="menus", C7="dining", C9="menus", C11="menus")  # C5 moved from the dining hall to menus
    numbers = table_numbers(now, MEALS, [sent])
    assert numbers == {"C2": "CMO 1.1", "C9": "CMO 1.2", "C11": "CMO 1.3", "C5": "CMO 1.4", "C7": "CMO 2.2"}


def test_a_number_is_never_given_to_another_configuration():
    """C9 retired after round 1 and C12 is new: C12 takes 1.4, not C9's 1.2, and 1.2 is left as a gap; C9 retired stays
    retired in round 2 and its number stays unused in round 3."""
    first = _meals(C2="menus", C9="menus", C11="menus")
    second = [*_meals(C2="menus", C11="menus", C12="menus"), Configuration(id="C9", domain="menus", retired=True)]
    rounds = [RoundSnapshot(number=1, configurations=first), RoundSnapshot(number=2, configurations=second)]
    earlier = round_numbers(rounds, MEALS)
    assert earlier[1] == {"C2": "CMO 1.1", "C11": "CMO 1.3", "C12": "CMO 1.4"}
    third = _meals(C2="menus", C11="menus", C12="menus", C14="menus")
    assert table_numbers(third, MEALS, earlier)["C14"] == "CMO 1.5"


def test_a_configuration_moved_back_gets_its_own_number_again():
    first = _meals(C2="menus", C5="menus", C7="dining")
    away = table_numbers(_meals(C2="menus", C5="dining", C7="dining"), MEALS, [table_numbers(first, MEALS)])
    assert away["C5"] == "CMO 2.2"
    back = table_numbers(first, MEALS, [table_numbers(first, MEALS), away])
    assert back == {"C2": "CMO 1.1", "C5": "CMO 1.2", "C7": "CMO 2.1"}


def test_numbers_a_pack_sent_in_id_order_are_kept_as_it_sent_them():
    """A round numbered before numbers stayed put (each domain in id order, a number given again to another
    configuration): the configuration the latest round gave a number to keeps it, the other one takes a new number."""
    sent_first = {"C2": "CMO 1.1", "C9": "CMO 1.2"}
    sent_second = {"C2": "CMO 1.1", "C5": "CMO 1.2", "C9": "CMO 1.3"}  # C5 moved in and pushed C9 down
    numbers = table_numbers(_meals(C2="menus", C5="menus", C9="menus"), MEALS, [sent_first, sent_second])
    assert numbers == {"C2": "CMO 1.1", "C5": "CMO 1.2", "C9": "CMO 1.3"}


def test_tables_whose_numbers_skip_one_say_why_once():
    from cmo.outputs.tables import domain_tables, numbering_note

    first = _meals(C2="menus", C9="menus", C11="menus")
    now = _meals(C2="menus", C11="menus")  # C9 retired: 1.1 and 1.3
    tables = domain_tables([], [], now, MEALS, lambda c: ("limited", "x."), earlier=[table_numbers(first, MEALS)])
    assert [row.number for row in tables[0].rows] == ["CMO 1.1", "CMO 1.3"]
    assert "the numbers skip it" in numbering_note(tables)
    assert numbering_note(domain_tables([], [], first, MEALS, lambda c: ("limited", "x."))) == ""
