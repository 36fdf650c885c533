"""Helper H2 (rapid realist review of Housing First, ProQuest Social Science Premium Collection): ProQuest writes a
record's source type in M3 ("Trade Journal", "Trade Journals", "Wire Feeds"). A trade-press piece was read as a
journal article, so a news story in Inside Housing counted as peer-reviewed support in the evidence strength ("1
peer-reviewed") and the report's table of documents. A trade journal or wire feed is the trade and news press: never
peer-reviewed, grey. A scholarly journal stays an article, whatever its title says of trade (must not fire: economics)."""

from __future__ import annotations

import json

from conftest import DATA

from cmo.normalise import type_from_label

EXPORT = DATA / "proquest_source_types" / "proquest_trade_journals.ris"


def test_proquests_trade_and_wire_source_types_name_the_news_press():
    assert type_from_label("Trade Journal") == "news"
    assert type_from_label("Trade Journals") == "news"
    assert type_from_label("Wire Feeds") == "news"
    assert type_from_label("Scholarly Journals") == "article"
    assert type_from_label("Journal Article") == "article"


def test_a_trade_journals_piece_is_grey_and_never_counted_as_peer_reviewed(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXPORT), "--origin", "database search")
    listed = {s["title"][:20]: s for s in json.loads(cmo("sources", "list", "--json").stdout)}
    trade = listed["Why the Housing Firs"]
    assert (trade["type"], trade["grey"]) == ("news", True)
    pharmacy = listed["Ward pharmacists and"]
    assert (pharmacy["type"], pharmacy["grey"]) == ("news", True)
    wire = listed["Care home staff shor"]
    assert (wire["type"], wire["grey"]) == ("news", True)
    scholarly = listed["Tariffs and the trad"]
    assert (scholarly["type"], scholarly["grey"]) == ("article", False)
