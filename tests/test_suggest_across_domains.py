"""`cmo code suggest` keeps to the domain a person coded a statement to, except where refine would tell it to join a
configuration of another domain were its domain changed (`merge.joins_across_domains`: as like it as its members are to
one another, none of them kept apart from it, a mechanism word in common): there it is suggested, saying the domain
differs and the edit that joins them (trial AY: refine named the twin, and `code suggest` said there was nothing)."""

from __future__ import annotations

from sheet_reviews import review_from_rows

_ALONE = "older people living alone"
_ROWS = [
    ("ade2020", f"{_ALONE} at home", "volunteers phoned them every week and they felt less lonely", "fewer visits to the GP"),
    (
        "bren2021",
        f"{_ALONE} after a bereavement",
        "weekly phone calls from volunteers made them feel less lonely",
        "fewer GP visits",
    ),
    (
        "carv2019",
        f"{_ALONE} in rural villages",
        "volunteers phoned every week so they felt less lonely",
        "fewer visits to their GP",
    ),
    ("dun2022", f"{_ALONE} in flats", "a pharmacist reviewed their medicines at home", "fewer visits to the GP"),
    ("ekw2021", "nurses on night shifts", "managers rostered breaks so staff could rest", "fewer medication errors"),
    ("far2022", "nurses working night shifts on wards", "breaks were rostered so staff could rest", "fewer medication errors"),
]


def _review(tmp_path, cmo_factory, coded: dict[str, str]):
    cmo = cmo_factory(review_from_rows(tmp_path, _ROWS))
    for sid, domain in coded.items():
        cmo("code", "edit", sid, "--domain", domain, "--note", "coded")
    cmo("refine", "--backend", "lexical", code=None)
    home = {sid: cid for c in cmo.json("configs", "list") for sid in c["statements"] for cid in [c["id"]]}
    return cmo, home


def test_a_statement_as_like_a_configuration_of_another_domain_as_its_members_is_suggested_there(tmp_path, cmo_factory):
    cmo, home = _review(tmp_path, cmo_factory, {"S1": "safety", "S2": "safety", "S3": "connecting", "S4": "therapeutic"})
    twin = home["S1"]
    assert home["S3"] != twin, "refine keeps the coded domains apart"
    found = cmo.json("code", "suggest", "S3")
    assert found[0]["configuration"] == twin and found[0]["domain"] == "safety"
    assert "S3 is coded to connecting" in found[0]["other_domain"] and "--domain safety" in found[0]["other_domain"]
    printed = cmo("code", "suggest", "S3").stdout
    assert f"another domain: S3 is coded to connecting, {twin} to safety" in printed


def test_one_less_like_it_than_its_members_are_is_not_suggested_across_domains(tmp_path, cmo_factory):
    """S4 shares the setting and the result but not the why ("a pharmacist reviewed their medicines"): coded to the
    same domain it is offered the configuration as any other; coded to another it is not."""
    cmo, home = _review(tmp_path, cmo_factory, {"S1": "safety", "S2": "safety", "S3": "safety", "S4": "connecting"})
    assert home["S1"] not in {p["configuration"] for p in cmo.json("code", "suggest", "S4")}
    cmo("code", "edit", "S4", "--domain", "safety", "--note", "same domain")
    same = cmo.json("code", "suggest", "S4")
    assert home["S1"] in {p["configuration"] for p in same} and all(p["other_domain"] == "" for p in same)
