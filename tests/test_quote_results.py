"""Each quote's check against its source's full text, in the report's appendix and the statements export, worded by
the one rule `cmo trace` uses; and words a line end hyphenated, as PDF text gives them, read whole. PDFs are printed
by headless Chromium (PDFium reads a hyphen Chromium sets at a line end as U+FFFE, as it does reportlab's)."""

from __future__ import annotations

import csv
from dataclasses import replace

from conftest import REPO
from test_fulltext import printed_pdf

PAGES = [
    "Telemental health for young people: a survey. doi:10.2196/38239. Young people said they worried "
    "that family members would overhear their sessions at home.",
    "Results. Many participants described video calls as the easiest way to keep in touch with staff.",
    "Discussion. Remote care felt less safe when privacy at home could not be secured, according to staff.",
]


def add(cmo, source: str, quote: str, page: str) -> None:
    statement = {"--context": "Young people at home", "--mechanism": "fear", "--outcome": "say less"}
    args = [x for pair in statement.items() for x in pair]
    cmo("code", "add", "--source", source, *args, "--quote", quote, "--page", page, code=None)


def review_with_every_result(cmo, chromium, tmp_path) -> None:
    """S1 verified, S2 on page 2 of the PDF though p. 5 is stated, S3 a changed word, S4 not in the paper at all,
    S5 from a source with no full text."""
    printed_pdf(chromium, tmp_path, "schlief", PAGES)
    cmo("init", str(cmo.folder))
    cmo("ingest", str(REPO / "sources" / "example.bib"))
    cmo("fulltext", "attach", str(tmp_path / "schlief.pdf"))
    add(cmo, "schlief2022telemental", "family members would overhear their sessions at home", "1")
    add(cmo, "schlief2022telemental", "described video calls as the easiest way to keep in touch", "5")
    add(cmo, "schlief2022telemental", "Remote care felt less safe when privacy at home could not be assured", "3")
    add(cmo, "schlief2022telemental", "an invented <b>sentence</b> nobody wrote", "2")
    add(cmo, "cooper2024peer", "peer workers were trusted", "4")


def test_check_in_words_is_the_one_wording_of_every_result():
    from cmo.outputs.tables import check_in_words, checked_quote

    assert check_in_words("verified", "1", 1) == "verified in the full text"
    assert check_in_words("other_page", "5", 2) == "found on page 2 of the PDF, stated p. 5"
    assert check_in_words("close", "3", 3) == "close to page 3 of the PDF, not word for word"
    assert check_in_words("not_found", "2", 1) == "not found in the full text"
    assert check_in_words("no_fulltext", "4") == check_in_words(None) == "not checked: no full text to check against"
    assert checked_quote("", "1", "verified") == ("", "")  # no quote: nothing to say
    assert checked_quote("a quote", "1", None) == ("no_fulltext", "not checked: no full text to check against")


def test_the_report_appendix_gives_each_quote_its_check_and_names_the_ones_to_look_at(cmo, chromium, tmp_path):
    review_with_every_result(cmo, chromium, tmp_path)
    assert [c["status"] for c in cmo.json("code", "verify", code=1)] == [
        "verified",
        "other_page",
        "close",
        "not_found",
        "no_fulltext",
    ]
    cmo("report", "--format", "md", "-o", str(tmp_path / "report.md"), code=1)  # no question in review.yaml: said
    cmo("report", "-o", str(tmp_path / "report.html"), code=1)
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    rows = {line.split(" | ")[0].strip("| "): line for line in md.splitlines() if line.startswith("| S")}
    assert "(verified in the full text)" in rows["S1"]
    assert "(found on " in rows["S2"] and ", stated p. 5)" in rows["S2"] and "verified" not in rows["S2"]
    assert "not word for word)" in rows["S3"] and "verified" not in rows["S3"]
    assert "(not found in the full text)" in rows["S4"]
    assert "(not checked: no full text to check against)" in rows["S5"]
    sentence = (
        "(of 4 quotes checked against the attached full texts, 1 was found there word for word on the page stated; "
        "found on another page: S2; close, not word for word: S3; not found: S4)"
    )
    assert sentence in md and sentence in html
    assert 'data-check="not_found">(not found in the full text)</small>' in html
    assert "an invented &lt;b&gt;sentence&lt;/b&gt; nobody wrote" in html and "<b>sentence" not in html
    assert "No full text is attached" not in md


def test_the_appendix_gives_the_page_of_the_pdf_a_quote_was_found_on(cmo, chromium, tmp_path):
    """With the checks' results (not their status alone), the appendix says where the quote really is."""
    from cmo.commands.fulltext import quote_checks
    from cmo.commands.report import report_data
    from cmo.commands.review import open_review
    from cmo.outputs.report import render_report

    review_with_every_result(cmo, chromium, tmp_path)
    review = open_review(cmo.folder)
    try:
        data = replace(report_data(review), quote_checks=quote_checks(review))
    finally:
        review.close()
    for fmt in ("md", "html"):
        text = render_report(data, fmt)
        assert "(found on page 2 of the PDF, stated p. 5)" in text
        assert "(close to page 3 of the PDF, not word for word)" in text


def test_a_review_with_no_full_text_says_its_quotes_were_not_checked(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(REPO / "sources" / "example.bib"))
    add(cmo, "cooper2024peer", "peer workers were trusted", "4")
    cmo("report", "--format", "md", "-o", str(tmp_path / "report.md"), code=1)  # no question in review.yaml: said
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "No full text is attached to the review, so no quote below was checked against its source." in md
    assert "checked against the attached full texts" not in md


def test_the_statements_export_keeps_own_columns_and_each_quote_check_all_guarded(cmo, chromium, tmp_path):
    from openpyxl import load_workbook

    from cmo.commands.export import strength_rule
    from cmo.commands.fulltext import quote_checks
    from cmo.commands.review import open_review
    from cmo.outputs.export import STATEMENT_COLUMNS, export

    review_with_every_result(cmo, chromium, tmp_path)
    sheet = tmp_path / "sheet.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "context", "mechanism", "outcome", "quote", "page", "Confidence", "=HYPERLINK(1)"])
        writer.writerow(["schlief2022telemental", "At home", "fear", "less said", "", "", "=1+1", "@cmd"])
    cmo("code", "import", str(sheet), code=None)
    cmo("export", "--format", "csv", "-o", str(tmp_path / "t.csv"))
    with (tmp_path / "t-statements.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [*STATEMENT_COLUMNS, "Confidence", "'=HYPERLINK(1)"]  # own columns after the standard ones
    assert rows[-1][-2:] == ["'=1+1", "'@cmd"]  # formulas neutralised in own cells too
    said = {row[STATEMENT_COLUMNS.index("id")]: row[STATEMENT_COLUMNS.index("quote_check")] for row in rows[1:]}
    assert said[rows[-1][STATEMENT_COLUMNS.index("id")]] == "" and "verified in the full text" in said.values()

    review = open_review(cmo.folder)
    try:
        statements = review.store.statements(include_deleted=True)
        sources = review.store.sources()
        common = dict(
            sources=sources,
            statements=statements,
            configurations=review.store.configurations(include_retired=True),
            domains=[d.model_dump() for d in review.domains],
            groups=[g.model_dump() for g in review.groups],
            strength=strength_rule(review, statements, sources),
            quote_checks=lambda: quote_checks(review),
        )
        export("csv", tmp_path / "c.csv", **common)
        export("xlsx", tmp_path / "c.xlsx", **common)
    finally:
        review.close()
    with (tmp_path / "c-statements.csv").open(encoding="utf-8", newline="") as handle:
        checked = {row["id"]: row for row in csv.DictReader(handle)}
    assert [checked[sid]["quote_check"] for sid in ("S1", "S2", "S3", "S4", "S5", "S6")] == [
        "verified in the full text",
        "found on page 2 of the PDF, stated p. 5",
        "close to page 3 of the PDF, not word for word",
        "not found in the full text",
        "not checked: no full text to check against",
        "",  # no quote
    ]
    book = load_workbook(tmp_path / "c.xlsx")["Statements"]
    header = [cell.value for cell in book[1]]
    assert header[-3:] == ["quote_check", "Confidence", "=HYPERLINK(1)"]
    assert book.cell(1, len(header)).data_type == "s" and book.cell(book.max_row, len(header) - 1).data_type == "s"
    assert book.cell(3, header.index("quote_check") + 1).value == "found on page 2 of the PDF, stated p. 5"


def test_unhyphenated_joins_a_word_a_line_end_broke_however_the_pdf_gives_it():
    from cmo.fulltext.quotes import readable, unhyphenated

    for broken in ("rejec\ufffetion", "rejec\u00ad\ntion", "rejec\u2010\r\ntion", "rejec-\n  tion", "rejec\u2011\ntion"):
        assert unhyphenated(f"histories of {broken} and loss") == "histories of rejection and loss", broken
    assert unhyphenated("staff were wel\ufffe10") == "staff were wel-\n10"  # the footer stays a line of its own
    assert unhyphenated("co\u00adoperate") == "cooperate"  # a soft hyphen inside a line is invisible
    assert unhyphenated("ages 10-\n12 and well - being") == "ages 10-\n12 and well - being"  # no letters either side
    assert readable("rejec\ufffetion") == "rejection" and "\ufffe" not in readable("a\ufffe\nb")


def test_a_compound_a_line_end_broke_matches_a_quote_written_either_way():
    from cmo.fulltext.quotes import check_quote

    page = "The clinic staff were described as non\ufffejudgemental and welcoming by most participants here."
    for quote in ("described as non-judgemental and welcoming", "described as nonjudgemental and welcoming"):
        found = check_quote(quote, "1", [page])
        assert found.status == "verified", quote
        assert "\ufffe" not in found.passage and "nonjudgemental" in found.passage
    assert check_quote("described as judgemental and welcoming", "1", [page]).status != "verified"


def test_a_hyphenated_word_over_a_page_break_is_found_without_the_page_number():
    from cmo.fulltext.quotes import check_quote

    pages = ["First page text ends with the clinic staff were wel\ufffe10", "coming by most participants here.\r\n11"]
    found = check_quote("the clinic staff were welcoming by most participants here", "10", pages)
    assert (found.status, found.found_page) == ("verified", 1)
    assert "welcoming" in found.passage and "10" not in found.passage


def test_words_hyphenated_at_line_ends_of_a_printed_pdf_are_verified_shown_and_searched_whole(cmo, chromium, tmp_path):
    pages = [
        "doi:10.2196/38239. The clinic staff were described as non-<br>judgemental by most. Men described "
        "histories of rejec-<br>tion and loss.<p>First page ends with the clinic staff were wel-</p><footer>10</footer>",
        "coming by most participants here.<footer>11</footer>",
    ]
    printed_pdf(chromium, tmp_path, "hyphens", pages)
    cmo("init", str(cmo.folder))
    cmo("ingest", str(REPO / "sources" / "example.bib"))
    cmo("fulltext", "attach", str(tmp_path / "hyphens.pdf"))
    add(cmo, "schlief2022telemental", "histories of rejection and loss", "10")
    add(cmo, "schlief2022telemental", "described as non-judgemental by most", "10")
    add(cmo, "schlief2022telemental", "described as nonjudgemental by most", "10")
    add(cmo, "schlief2022telemental", "the clinic staff were welcoming by most participants here", "10")
    checked = cmo.json("code", "verify")
    assert [(c["statement"], c["status"], c["found_page"]) for c in checked] == [
        ("S1", "verified", 1),
        ("S2", "verified", 1),
        ("S3", "verified", 1),
        ("S4", "verified", 1),
    ]
    assert all("\ufffe" not in c["passage"] for c in checked) and "rejection and loss" in checked[0]["passage"]
    assert "rejection" in cmo.json("trace", "S1")["statements"][0]["in_context"]
    hits = cmo.json("search", "rejection")
    assert [(h["source"], h["page"]) for h in hits] == [("schlief2022telemental", 1)] and "[rejection]" in hits[0]["snippet"]
