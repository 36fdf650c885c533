"""The key contexts a pack shows are its members' contexts where no person wrote them, and their short forms are the
group's to read too. Trial E0 (social prescribing link workers): a pack showed "Key contexts: Clients with complex
needs (MH, debt, housing)", while `round close --check` and the pack's "How to read" looked only at key contexts a
person had written, so "MH" went to the reference group untold. Tested on another topic: hypertension in primary care."""

from __future__ import annotations

from sheet_reviews import coded_pair


def _review(cmo, tmp_path):
    rest = ",Home readings make the risk feel real,They take their tablets"
    configs = coded_pair(
        cmo,
        tmp_path,
        "Adults with high blood pressure in general practice" + rest,
        "Adults with high blood pressure and SMI in general practice" + rest,
    )
    assert len(configs) == 1
    return configs[0]


def test_a_short_form_only_the_shown_key_contexts_hold_is_named_and_told(cmo, tmp_path):
    config = _review(cmo, tmp_path)
    assert "SMI" not in config["title"] + config["context"]  # only its key contexts, its members' contexts, say it
    said = cmo("round", "close", "--check", code=None).stderr
    assert "'SMI'" in said
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + "settings:\n  short_forms:\n    smi: severe mental illness\n")
    assert "short forms" not in cmo("round", "close", "--check", code=None).stderr
    cmo("round", "close", code=None)
    cmo("pack")
    pack = (cmo.folder / "packs" / "pack-round-1.html").read_text(encoding="utf-8")
    assert "\u201cSMI\u201d means severe mental illness" in pack


def test_key_contexts_a_person_cleared_hold_no_short_form(cmo, tmp_path):
    """Must not fire: key contexts a person cleared are not shown, so their members' short forms are not asked about
    where the configuration's own words do not use them."""
    config = _review(cmo, tmp_path)
    shown = cmo.json("configs", "show", config["id"])
    if "SMI" in shown["context"]:
        cmo("configs", "edit", config["id"], "--context", "Adults with high blood pressure in general practice")
    cmo("configs", "edit", config["id"], "--key-contexts", "")
    assert "'SMI'" not in cmo("round", "close", "--check", code=None).stderr
