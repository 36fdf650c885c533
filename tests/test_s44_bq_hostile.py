"""Probe 44 BQ: hostile files nobody had tried on the recent readers. Each is refused in one sentence naming the file
and its line, in bounded time and memory, and nothing is written; the same kind of file written as exports write it
still reads. Tested on a review of school breakfast clubs."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv
from test_hostile_files import run_cmo

RECORD = (
    '<record><ref-type name="Journal Article">17</ref-type><contributors><authors><author><style face="normal" '
    'font="default" size="100%">Okafor, Ngozi</style></author></authors></contributors><titles><title><style face="normal" '
    'font="default" size="100%">{title}</style></title></titles><dates><year><style face="normal" font="default" '
    'size="100%">2019</style></year></dates>{more}</record>'
)


def _endnote_xml(path, *records: str):
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><xml><records>' + "".join(records) + "</records></xml>", "utf-8")
    return path


def _pubmed_xml(path, title: str):
    path.write_text(
        '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2024//EN" '
        '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd">\n<PubmedArticleSet>\n<PubmedArticle>\n'
        '<MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">31000001</PMID><Article><Journal><Title>Public '
        "Health Nutrition</Title><JournalIssue><PubDate><Year>2019</Year></PubDate></JournalIssue></Journal>\n"
        f"<ArticleTitle>{title}</ArticleTitle>\n<AuthorList><Author><LastName>Okafor</LastName><ForeName>Ngozi</ForeName>"
        "</Author></AuthorList></Article></MedlineCitation></PubmedArticle>\n</PubmedArticleSet>\n",
        "utf-8",
    )
    return path


def _started(cmo):
    cmo("init", str(cmo.folder))
    return cmo.folder


def test_an_endnote_xml_nested_beyond_any_export_is_refused_at_once_in_bounded_memory(cmo, tmp_path):
    """Each element open inside a record kept its whole path: 200,000 nested elements, a 1.4 MB file, took over 10 GB
    (memory grows with the square of the depth). Nested 20,000 deep (140 KB) it took 600 MB and was ingested."""
    review = _started(cmo)
    deep = "<notes>" + "<a>" * 20_000 + "x" + "</a>" * 20_000 + "</notes>"
    export = _endnote_xml(
        tmp_path / "breakfast.xml",
        RECORD.format(title="Breakfast clubs and school attendance", more=""),
        RECORD.format(title="Free school meals and learning", more=deep),
    )
    done, seconds, peak = run_cmo(review, "ingest", str(export))
    assert done.returncode == 2, done.stderr
    said = done.stderr.strip()
    assert said.startswith("Error: breakfast.xml line 1:") and "nest more than" in said and len(said.splitlines()) == 1, said
    assert seconds < 10 and peak < 300, (seconds, peak)
    assert cmo.json("sources", "list") == []


def test_a_pubmed_xml_title_nested_beyond_any_export_is_one_sentence_not_an_unexpected_failure(cmo, tmp_path):
    review = _started(cmo)
    export = _pubmed_xml(tmp_path / "pubmed-set.xml", "<i>" * 5_000 + "Breakfast" + "</i>" * 5_000)
    done, _, _ = run_cmo(review, "ingest", str(export))
    assert done.returncode == 2, done.stderr
    assert "pubmed-set.xml line 6:" in done.stderr and "unexpected" not in done.stderr, done.stderr
    assert cmo.json("sources", "list") == []


def test_markup_nested_as_deep_as_an_export_nests_it_still_reads(cmo, tmp_path):
    """The rule must not fire on what exports write: MathML and inline markup a few dozen deep, EndNote's own layout."""
    _started(cmo)
    title = "Breakfast clubs and " + "<i>" * 40 + "attendance" + "</i>" * 40
    cmo("ingest", str(_pubmed_xml(tmp_path / "pubmed-set.xml", title)))
    export = _endnote_xml(tmp_path / "library.xml", RECORD.format(title="Free school meals and learning", more=""))
    cmo("ingest", str(export))
    titles = sorted(source["title"] for source in cmo.json("sources", "list"))
    assert titles == ["Breakfast clubs and attendance", "Free school meals and learning"]


CSL = (
    '[{"id": "okafor2019", "type": "article-journal", "title": "Breakfast clubs and school attendance", '
    '"author": [{"family": "Okafor", "given": "Ngozi"}], "issued": {"date-parts": [[2019]]}}'
)


def test_json_nested_beyond_what_can_be_read_is_one_sentence_naming_file_and_line(cmo, tmp_path):
    """A coding sheet's JSON Lines and CSL JSON records nested 100,000 deep were 'unexpected failure: maximum recursion
    depth exceeded'; a feedback file already said so in one sentence, and every JSON a person gives cmo now does."""
    _started(cmo)
    deep = "[" * 100_000 + "]" * 100_000
    records = tmp_path / "library.json"
    records.write_text(CSL + ',\n{"type": "article-journal", "title": ' + deep + "}]", "utf-8")
    said = cmo("ingest", str(records), code=2).stderr
    expected = "library.json line 2: the JSON is nested too deeply to be CSL JSON records; nothing was ingested."
    assert said.strip() == f"Error: {expected}"
    assert cmo.json("sources", "list") == []
    cmo("ingest", str(_endnote_xml(tmp_path / "one.xml", RECORD.format(title="Breakfast clubs and attendance", more=""))))
    (key,) = [source["key"] for source in cmo.json("sources", "list")]
    sheet = tmp_path / "second-coder.jsonl"
    row = f'{{"source": "{key}", "context": "Pupils arriving hungry", "mechanism": "Fed", "outcome": "Attend more"}}'
    sheet.write_text(row + '\n{"source": "' + key + '", "context": ' + deep + "}\n", "utf-8")
    said = cmo("code", "import", str(sheet), code=2).stderr
    assert said.strip().endswith("second-coder.jsonl line 2: the JSON is nested too deeply to be a sheet's row.")
    assert cmo.json("code", "list") == []


def test_json_nested_as_exports_nest_it_still_reads(cmo, tmp_path):
    _started(cmo)
    records = tmp_path / "library.json"
    records.write_text(CSL + "]", "utf-8")
    cmo("ingest", str(records))
    (key,) = [source["key"] for source in cmo.json("sources", "list")]
    sheet = tmp_path / "second-coder.jsonl"
    sheet.write_text(
        f'{{"source": "{key}", "context": "Pupils arriving hungry", "mechanism": "Fed", "outcome": "Attend more", '
        '"extra": {"Site": "Leeds"}}\n',
        "utf-8",
    )
    cmo("code", "import", str(sheet))
    assert [(s["context"], s["extra"]) for s in cmo.json("code", "list")] == [("Pupils arriving hungry", {"Site": "Leeds"})]


BREAKFAST_RIS = """TY  - JOUR
TI  - Breakfast clubs and school attendance in deprived areas
AU  - Okafor, Ngozi
PY  - 2019
JO  - Public Health Nutrition
ER  -
"""
BREAKFAST_DOMAINS = """domains:
  - slug: attendance
    name: Getting to school
    description: What brings pupils in on time.
"""


def test_a_csv_cell_longer_than_pythons_csv_limit_is_read_as_the_same_workbook_cell_is(cmo, tmp_path):
    """A passage of 200,000 characters pasted into a CSV's quote cell refused the sheet ('field larger than field limit
    (131072)') whose workbook imported; a header of 20,000 columns, split by each delimiter in turn to find the one it
    uses, was 'unexpected failure'. Both read now, as a workbook of the same rows reads."""
    keys = review_of(cmo, tmp_path, BREAKFAST_DOMAINS, BREAKFAST_RIS)
    passage = "The club opened at eight and children came in early. " * 4_000
    header = ["source", "context", "mechanism", "outcome", "quote"]
    row = [keys["breakfast"], "Pupils from homes without breakfast", "They are fed and settled", "They arrive on time", passage]
    cmo("code", "import", str(write_csv(tmp_path / "coding.csv", header, row)))
    assert [len(s["quote"]) for s in cmo.json("code", "list")] == [len(passage.strip())]
    questions = [f"Q{n}" for n in range(20_000)]
    wide = write_csv(
        tmp_path / "wide.csv", ["key", "decision", "reason", *questions], [keys["breakfast"], "exclude", "not a club"]
    )
    said = cmo("select", "import", str(wide), code=1).stderr
    assert "unexpected" not in said
    assert [s["status"] for s in cmo.json("sources", "list")] == ["excluded"]


def test_a_csv_whose_cells_are_as_long_as_usual_reads_as_before(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, BREAKFAST_DOMAINS, BREAKFAST_RIS)
    header = ["source", "context", "mechanism", "outcome", "quote"]
    row = [keys["breakfast"], "Pupils from homes without breakfast", "They are fed and settled", "They arrive on time", "on time"]
    cmo("code", "import", str(write_csv(tmp_path / "coding.csv", header, row)))
    assert [s["quote"] for s in cmo.json("code", "list")] == ["on time"]
