"""Helper RH4: once refine had kept its reading of which members are not yet decided, `configs show` and `configs list`
named all four reasons a member may be so ("… go opposite ways …, tell of things going worse …, find no difference
between two kinds of provider …, or the evidence it tells of is uncertain"), where refine itself had named the one
that applied (helper H1's report: "configs show lists all … undecided reasons"): the listing read the members' standings
only, which hold no outcome. Two members left so for one reason are said in the plural ("their outcomes"). Topic:
mentoring in secondary schools (the fault was seen on hospital at home and on nurse-led diabetes clinics)."""

from __future__ import annotations

from sheet_reviews import refined_together

_ROWS = (
    "adams2021mentoring,secondary schools,a mentor meets pupils weekly,fewer pupils excluded at 12 months\n"
    "baker2021mentoring,secondary schools,a mentor meets pupils weekly,fewer pupils excluded at 12 months\n"
    "clark2021mentoring,secondary schools,a mentor meets pupils weekly,fewer pupils excluded at 12 months\n"
    "davis2021mentoring,secondary schools,a mentor meets pupils weekly,no difference in reading scores at 12 months\n"
    "evans2021mentoring,secondary schools,a mentor meets pupils weekly,no difference in reading scores at 12 months\n"
)


def test_configs_show_names_the_one_reason_after_refine_kept_its_reading(cmo, tmp_path):
    """Fails on the old code: all four reasons, and "as its outcome" said of two members."""
    works = [(name, f"Mentoring and exclusions: study {name}") for name in ("Adams", "Baker", "Clark", "Davis", "Evans")]
    refined_together(cmo, tmp_path, "Educational Review", 2021, works, _ROWS)
    (config,) = [c for c in cmo.json("configs", "list") if len(c["statements"]) == 5]
    shown = cmo("configs", "show", config["id"]).stdout
    assert "S4 and S5 are not yet decided, as their outcomes and the configuration's go opposite ways" in shown
    assert "tell of things going worse" not in shown and "two kinds of provider" not in shown
    listed = cmo("configs", "list").stdout
    assert "two kinds of provider" not in listed and "their outcomes and the configuration's" in listed
