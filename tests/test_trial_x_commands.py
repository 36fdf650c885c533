"""Trial X and Y's findings in what commands print: a detach of a free statement, a domain rename's counts, and a
listing whose count on stderr ran into its last line through one pipe. The example review, through the commands a user
types."""

from __future__ import annotations

import os
import subprocess
import sys


def test_detaching_a_statement_in_no_configuration_says_what_it_does(demo):
    freed = demo.json("configs", "show", "C1")["statements"][0]
    demo("configs", "retire", "C1", "--note", "two near-identical quotes")
    said = demo("configs", "detach", freed).stdout
    assert f"Detached {freed}: it was in no configuration, and refine will leave it out of every one." in said
    assert "from no configuration" not in said


def test_a_domain_rename_counts_each_thing_in_agreement(demo):
    statements = [s for s in demo.json("code", "list") if s["domain"]]
    slug = statements[0]["domain"]
    users = [s for s in statements if s["domain"] == slug]
    said = demo("domains", "rename", slug, "renamed-domain").stdout
    assert f"{len(users)} statement{'s' if len(users) != 1 else ''} and 1 round." in said  # the example's one round
    assert "1 configurations" not in said and "1 statements" not in said and "1 rounds" not in said


def test_a_listing_and_its_count_on_stderr_come_out_in_order_through_one_pipe(demo):
    env = {**os.environ, "CMO_REVIEW": str(demo.folder)}
    done = subprocess.run(
        [sys.executable, "-c", "import cli; cli.main()", "sources", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        cwd=demo.folder,
        check=True,
    )
    lines = done.stdout.splitlines()
    assert lines[-1] == f"{len(lines) - 1} sources." and all(line.count("\t") == 4 for line in lines[:-1])


def test_rewording_an_accepted_configuration_is_refused_until_it_is_unaccepted_and_its_title_may_change(demo):
    """Trial Y: `configs edit C2 --outcome "x"` on the accepted C2 exited 0 with no word; no other decision changes an
    accepted configuration without unaccepting it first."""
    demo("configs", "accept", "C2")
    before = demo.json("configs", "show", "C2")
    refused = demo("configs", "edit", "C2", "--outcome", "x", code=2).stderr
    assert "rewording its outcome would change C2, which the team accepted; nothing was changed." in refused
    assert "'cmo configs unaccept C2'" in refused
    assert demo.json("configs", "show", "C2")["outcome"] == before["outcome"]
    demo("configs", "edit", "C2", "--title", "A clearer title")
    demo("configs", "unaccept", "C2")
    demo("configs", "edit", "C2", "--outcome", "Clinicians feel surer of their assessment")
    assert demo.json("configs", "show", "C2")["outcome"] == "Clinicians feel surer of their assessment"


def test_history_with_no_id_tells_the_whole_review_one_line_a_decision(demo):
    """Trial Y: `cmo history` with no id was refused; the only review-wide trail was in the report."""
    lines = demo("history").stdout.splitlines()
    every = demo.json("history")
    assert len(lines) == len(every) and len(every) >= 5
    assert any(" code-import S1, S2, S3, S4, S5, S6 and " in line for line in lines)  # an import's targets, shortened
    assert [d["action"] for d in every][:2] == ["select-import", "appraise-import"]


def test_a_configuration_made_by_hand_is_never_contradicted_by_the_statement_it_is_worded_from(demo):
    """Trial W: `configs new` made C27 worded from S30 and listed S30 as contradicting it, a flag S30 had in C2."""
    (against,) = demo.json("configs", "show", "C9")["contradicting"]
    alone = demo.json("configs", "new", "--statements", against)
    assert alone["contradicting"] == []
    # S30 is a null finding, so the configuration worded from it alone says so of it (helper G1), never as one against
    assert "did not follow" not in alone["strength_reason"].replace("did not follow, as it says", "")


def test_a_statement_made_into_a_configuration_with_others_keeps_a_flag_its_outcome_still_bears_out(demo):
    members = demo.json("configs", "show", "C9")
    (against,) = members["contradicting"]
    other = next(s for s in members["statements"] if s != against)
    both = demo.json("configs", "new", "--statements", f"{against},{other}")
    assert both["contradicting"] == [against]  # worded from the other, whose outcome follows


def test_a_mark_a_split_carried_is_said_to_be_made_on_the_configuration_it_came_from_when_the_part_is_reworded(demo):
    """Trial X: after a split, `configs edit C31` said S1's mark was "made on its earlier wording" of C31; it was made
    on C1's words and came with S1 into C31."""
    held = demo.json("configs", "show", "C3")["statements"]
    assert len(held) >= 2
    marked = held[0]
    demo("code", "mark", marked, "--supporting", "C3")
    demo("configs", "split", "C3", "--statements", marked)
    new_id = next(c["id"] for c in demo.json("configs", "list") if c["statements"] == [marked])
    said = demo("configs", "edit", new_id, "--outcome", "Staff feel surer of what to do next").stderr
    assert (
        f"{marked} is marked as supporting {new_id}, a mark made on C3 (supporting C3) that came with {marked} into "
        f"{new_id}; it was judged on C3's words, not these"
    ) in said
    demo("code", "mark", marked, "--supporting", new_id)
    said = demo("configs", "edit", new_id, "--outcome", "Staff feel surer still").stderr
    assert "a mark made on its earlier wording" in said  # a mark made on it since: its own


def test_an_appraisal_file_s_blank_rows_are_counted_as_blank_never_as_already_so(demo, tmp_path):
    """Trial Y: "Changed the appraisal of 16 sources (2 already so)", where the 2 rows were left blank."""
    sheet = tmp_path / "appraisal.csv"
    sheet.write_text(
        "key,relevance,rigour,note\ncooper2024peer,low,low,\nfoye2022clinician,,,\nshah2022changed,,,\n", encoding="utf-8"
    )
    said = demo("appraise", "--file", str(sheet)).stdout
    assert "Changed the appraisal of 1 source (0 already so, 2 rows left blank)." in said
    assert demo.json("appraise", "--file", str(sheet))["blank"] == 2


def test_an_access_date_an_export_keeps_as_written_is_said_and_exits_1(cmo, tmp_path):
    """Trial W: BibTeX and RIS need ISO access dates; one that could be read either way round is kept as written, and
    said (it was kept without a word)."""
    cmo("init", str(cmo.folder))
    grey = tmp_path / "grey.csv"
    grey.write_text(
        "Organisation,Title,Year,URL,Date accessed\n"
        "Carers UK,State of caring in the pandemic,2021,https://www.carersuk.org/state-of-caring-2021,03/04/2026\n",
        encoding="utf-8",
    )
    cmo("ingest", str(grey), code=None)
    (key,) = [s["key"] for s in cmo.json("sources", "list")]
    cmo("select", "include", key)
    done = cmo("export", "-o", str(tmp_path / "included.bib"), code=1)
    assert f"{key}: the access date '03/04/2026' is kept as written: day and month could be either way round" in done.stderr
    assert "urldate = {03/04/2026}" in (tmp_path / "included.bib").read_text(encoding="utf-8")
    assert cmo("export", "-o", str(tmp_path / "table.csv")).stderr == ""  # only the formats that write the date


def test_a_group_s_pack_never_overwrites_the_pack_of_a_domain_with_the_same_slug(demo):
    """Trial Z: `cmo pack --group carers` wrote over `pack-round-1-carers.html`, the domain's pack, without a word."""
    config = demo.folder / "review.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("groups:\n", "groups:\n- slug: safety\n  name: Safety leads\n", 1), encoding="utf-8")
    assert "pack-round-1-safety.html" in demo("pack", "--round", "1", "--domain", "safety").stdout
    assert "pack-round-1-group-safety.html" in demo("pack", "--round", "1", "--group", "safety").stdout
    assert (demo.folder / "packs" / "pack-round-1-safety.html").read_text(encoding="utf-8") != (
        demo.folder / "packs" / "pack-round-1-group-safety.html"
    ).read_text(encoding="utf-8")
