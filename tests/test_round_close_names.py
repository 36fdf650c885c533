"""Trial S: a configuration of three sources went to the reference group as "For providers in a large Dar es Salaam
referral hospital…", one study's words read as the synthesis. `round close` now names a configuration of several
sources still in one member's words that name what only that member names, with the command that words it for all."""

from __future__ import annotations

from sheet_reviews import coded_pair


def _review(cmo, tmp_path, context_one: str, context_two: str, outcomes=("Older people join community groups",) * 2):
    mechanism = ",Link workers who listen without hurry help older people trust them,"
    assert len(coded_pair(cmo, tmp_path, context_one + mechanism + outcomes[0], context_two + mechanism + outcomes[1])) == 1


def test_one_study_s_place_in_the_words_a_group_reads_is_named_at_round_close(cmo, tmp_path):
    _review(cmo, tmp_path, "Older people in a large Newcastle upon Tyne practice", "Older people in general practice")
    said = cmo("round", "close", code=1).stderr
    config = cmo.json("configs", "list")[0]
    assert "Newcastle" in config["context"]  # worded from the member that says the most
    assert f"{config['id']} goes to the group in one of its 2 sources' words, naming 'Newcastle'" in said
    assert f"'cmo configs edit {config['id']} --context \"…\"' words it for all of them." in said


def test_names_every_member_shares_and_acronyms_are_not_said(cmo, tmp_path):
    _review(cmo, tmp_path, "Older people in Leeds during COVID-19", "Older people in Leeds general practices")
    assert "goes to the group" not in cmo("round", "close").stderr


def test_one_study_s_figure_in_the_words_a_group_reads_is_named_at_round_close(cmo, tmp_path):
    """Trial U: a seven-source configuration went out as "so the rate of falls is reduced by 24%", one trial's figure."""
    place = "Older people in general practice"
    _review(cmo, tmp_path, place, place, outcomes=("Loneliness scores fall by 24%", "Loneliness falls"))
    config = cmo.json("configs", "list")[0]
    assert "24%" in config["outcome"]  # worded from the member that says the most
    said = cmo("round", "close", code=1).stderr
    assert f"{config['id']} goes to the group in one of its 2 sources' words, naming '24%'" in said
    assert "--outcome" in said


def test_round_close_check_names_one_study_s_words_before_anything_is_frozen_and_changes_nothing(cmo, tmp_path):
    """Trial X: the warning came once the round was closed, and the pack went out in one study's words."""
    _review(cmo, tmp_path, "Older people in a large Newcastle upon Tyne practice", "Older people in general practice")
    db = cmo.folder / "review.db"
    before = db.read_bytes()
    result = cmo("round", "close", "--check", code=1)
    config = cmo.json("configs", "list")[0]
    assert f"{config['id']} goes to the group in one of its 2 sources' words, naming 'Newcastle'" in result.stderr
    said = "Round 1 is not closed: closing it now would freeze 1 configuration. Look at the warnings above first."
    assert said in result.stdout
    assert db.read_bytes() == before and cmo.json("round", "list") == []
    edit = ("--context", "Older people registered with a general practice")
    cmo("configs", "edit", config["id"], *edit, "--key-contexts", "Older people registered with a general practice")
    assert "Nothing to look at first." in cmo("round", "close", "--check").stdout  # key contexts are read too (AS 5)
    cmo("round", "close")
    assert "would be the same consultation" in cmo("round", "close", "--check", code=2).stderr


def test_round_close_check_names_a_statement_in_no_configuration_nobody_detached(cmo, tmp_path):
    """Trial Z: `--check` said "Nothing to look at first" while S3 was in no configuration; the round froze without it."""
    _review(cmo, tmp_path, "Older people in general practice", "Older people in general practice")
    extra = tmp_path / "more.csv"
    extra.write_text(
        "source,context,mechanism,outcome\nwildman2021,Carers of people with dementia,Respite breaks let them rest,They cope\n",
        encoding="utf-8",
    )
    cmo("code", "import", str(extra))
    loose = next(s["id"] for s in cmo.json("code", "list") if s["outcome"] == "They cope")
    said = cmo("round", "close", "--check", code=1).stderr
    assert f"{loose} is in no configuration, so the group would not see it: 'cmo configs attach {loose} --to C…'" in said
    cmo("configs", "detach", loose, "--note", "about carers, not this review's question")
    assert "in no configuration" not in cmo("round", "close", "--check").stderr
