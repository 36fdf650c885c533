"""Words left over after trials R and S: each said by one rule wherever it is said, through the commands a team types
on the example review (real SQLite); the pack's links read in Debian's chromium."""

from __future__ import annotations

from contextlib import closing

from browser import chromium, open_page  # noqa: F401  (the fixture)
from feedback_files import answers_file

from cmo.commands.review import open_review

REVIEWER = "Kwame Mensah"


def _report(cmo) -> str:
    path = cmo.folder / "report.md"
    cmo("report", "-o", str(path))
    return path.read_text(encoding="utf-8")


def _source_of(cmo, statement: str):
    """The stored source of a statement, to be given the details an import of trial S's files gave it."""
    key = cmo.json("code", "show", statement)["source"]
    with closing(open_review(cmo.folder).store) as store:
        return store.source(key)


def _store_source(cmo, source) -> None:
    with closing(open_review(cmo.folder).store) as store, store.transaction():
        store.put_sources([source])


def test_history_tells_each_entry_by_the_rule_serve_tells_it_by(demo):
    """`cmo history` and `cmo serve` tell an entry by one rule (`history_entry`): the terminal prints its line and
    details, nothing else."""
    from contextlib import closing

    from cmo.commands.review import open_review
    from cmo.outputs.events import history_entry

    demo("--by", REVIEWER, "configs", "edit", "C1", "--title", "Safe at home")
    out = demo("history", "C1").stdout
    with closing(open_review(str(demo.folder)).store) as store:
        entries = [history_entry(d, "C1") for d in store.history("C1")]
    assert out == "".join(f"{e.line}\n" + "".join(f"      {detail}\n" for detail in e.details) for e in entries)
    assert f"by {REVIEWER}  edit C1" in out and '"Safe at home"' in out


def test_a_mark_is_told_in_the_audit_trail_only_where_it_moved_a_finding_and_as_which_side_it_now_counts_on(demo):
    """Trial S: the report said "judged that S30 supports it, whatever its wording suggests", as if the team overruled
    the evidence; a mark that left a finding where it was changed nothing and is not told."""
    demo("code", "mark", "S30", "--supporting", "C9")  # listed against C9 until now
    demo("code", "mark", "S29", "--supporting", "C9")  # supported it already
    told = [line for line in _report(demo).splitlines() if "The team" in line]
    assert sum("The team counted S30 as evidence for it, not against it" in line for line in told) == 1, told
    # session 40 (trials AH 7, AK): a mark that kept a finding where cmo read it is a decision the audit trail tells, as such
    assert not [line for line in told if "whatever its wording" in line], told
    kept = [line for line in told if "S29" in line]
    assert len(kept) == 1 and "judged S29 to be evidence for it, as cmo had read it, and marked it so to keep it there" in kept[0]


def test_the_reports_link_to_a_source_is_never_a_databases_login_page(demo):
    """Trial S B10: an Embase record's login page reached the report's reference list as the work's link."""
    source = _source_of(demo, "S3")
    embase = "http://www.embase.com/search/results?subaction=viewrecord&from=export&id=L626112233"
    _store_source(demo, source.model_copy(update={"doi": None, "url": embase}))
    report = _report(demo)
    assert "embase.com" not in report
    path = demo.folder / "report.html"
    demo("report", "-o", str(path))
    assert "embase.com" not in path.read_text(encoding="utf-8")


def test_a_packs_link_is_labelled_by_where_it_goes_never_as_a_web_page(demo, chromium):  # noqa: F811
    """Trial S B1: journal articles with a library's URL and no DOI were listed "Castro and Erviti (2014) · web page"."""
    source = _source_of(demo, "S3")
    _store_source(demo, source.model_copy(update={"doi": None, "url": "https://www.scielo.br/j/csp/a/xyz/"}))
    demo("pack", "--round", "1", "--fresh")
    page, _ = open_page(chromium, demo.folder / "packs" / "pack-round-1.html")
    labels = [a.text_content() for a in page.locator(".cmo ul a.url").all()]
    page.context.close()
    assert "scielo.br" in labels and "web page" not in labels, labels


def test_an_edit_of_key_contexts_alone_is_told_as_such_not_as_a_rewording(demo, tmp_path):
    """Trial R: `configs edit C1 --key-contexts … --because F20` was told in pack 2 as "So we reworded it"."""
    answers_file(tmp_path / "a.json", "Blue Heron", 1, {"C1": ("partly", "Only where the family has a room of its own")})
    demo("feedback", "import", str(tmp_path / "a.json"), code=None)
    answer = demo.json("feedback", "list")[0]["id"]
    demo("configs", "edit", "C1", "--key-contexts", "Homes with a room of one's own", "--because", answer)
    demo("round", "close", "--note", "second consultation")
    demo("pack")
    pack = (demo.folder / "packs" / "pack-round-2.html").read_text(encoding="utf-8")
    told = pack.split('id="cfg-C1"', 1)[1].split("</article>", 1)[0]
    assert "changed its key contexts" in told and "reworded" not in told.lower(), told
    assert "The team changed its key contexts" in _report(demo)


def test_a_coder_is_named_by_the_reviewer_their_initials_stand_for(demo):
    """Trial S: the appendix said "coded by KM" where RAMESES item 9 names Kwame Mensah for the same initials."""
    demo("--by", REVIEWER, "code", "edit", "S3", "--coder", "KM", "--note", "coded by Kwame")
    path = demo.folder / "report.html"
    demo("report", "-o", str(path))
    html = path.read_text(encoding="utf-8")
    appendix = html.split('id="statement-S3"', 1)[1].split("</tr>", 1)[0]
    # session 40 (trials AH 9, AI 15): initials are kept as the sheet wrote them and the likely reviewer said as a guess,
    # with the command that names the coder; once named, the appendix says the name
    assert "coded by KM" in appendix and f"KM may be {REVIEWER}" in html, appendix
    demo("--by", REVIEWER, "code", "edit", "S3", "--coder", REVIEWER, "--note", "KM is Kwame")
    demo("report", "-o", str(path))
    named = path.read_text(encoding="utf-8").split('id="statement-S3"', 1)[1].split("</tr>", 1)[0]
    assert f"coded by {REVIEWER}" in named
