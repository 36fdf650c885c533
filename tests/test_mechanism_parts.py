"""A mechanism typed as the realist split in one cell ("Resource: …; Response: …"), as a trial team coded it: kept as
its two parts, read as "…; …" everywhere, so the labels reach neither the sentences people read nor the similarity."""

from __future__ import annotations

import csv

import pytest

from cmo.models import Statement, labelled_mechanism_parts
from cmo.synthesis.backends import build_index


@pytest.mark.parametrize(
    "mechanism, parts",
    [
        (
            "Resource: link worker support ends; Response: older people feel abandoned",
            ("link worker support ends", "older people feel abandoned"),
        ),
        ("resources: a weekly call. responses: feel remembered", ("a weekly call", "feel remembered")),
        ("Response: feel cared for\nResource: a weekly phone call", ("a weekly phone call", "feel cared for")),
        ("Response: feel cared for", ("", "feel cared for")),
        ("Peer support: feeling understood", None),  # a colon, no label
        ("The resource: time", None),  # words before the label: the coder's own sentence
        ("Resource: a; Resource: b", None),  # a label twice: not the split
    ],
)
def test_the_labels_are_read_only_where_they_split_the_mechanism(mechanism, parts):
    assert labelled_mechanism_parts(mechanism) == parts


def test_a_statement_keeps_parts_it_was_given_and_its_mechanism_as_written():
    given = Statement(id="S1", source="a", mechanism="Resource: x; Response: y", mechanism_resource="r")
    assert (given.mechanism, given.mechanism_resource) == ("Resource: x; Response: y", "r")


def test_labelled_mechanisms_are_shown_and_compared_without_their_labels(cmo, tmp_path):
    cmo("demo", str(cmo.folder))
    source = cmo.json("code", "show", "S1")["source"]
    sheet = tmp_path / "labelled.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "context", "mechanism", "outcome"])
        writer.writerow(
            [source, "Older people living alone", "Resource: a weekly befriending call; Response: feel remembered", "less lonely"]
        )
    cmo("code", "import", str(sheet), code=None)
    added = cmo.json("code", "list")[-1]
    shown = cmo.json("code", "show", added["id"])
    assert shown["mechanism"] == "a weekly befriending call; feel remembered"
    assert (shown["mechanism_resource"], shown["mechanism_response"]) == ("a weekly befriending call", "feel remembered")
    assert "Resource:" not in cmo("trace", added["id"]).stdout


def test_the_labels_add_nothing_to_similarity():
    """Trial B: two unrelated mechanisms scored 0.53 with the labels and 0.36 without."""

    def pair(first: str, second: str) -> float:
        statements = [Statement(id="S1", source="a", mechanism=first), Statement(id="S2", source="b", mechanism=second)]
        return build_index(statements, backend="lexical").pair(0, 1)

    labelled = pair(
        "Resource: a GP champion; Response: staff trust referrals",
        "Resource: a culturally matched link worker; Response: people take up referrals",
    )
    plain = pair("a GP champion; staff trust referrals", "a culturally matched link worker; people take up referrals")
    assert labelled == pytest.approx(plain)
