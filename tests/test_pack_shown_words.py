"""Trial U: a pack's "What changed since round N" compared the configuration's stored parts, but the group reads the
sentence today's wording rules make of them. The frame rule moved "For older people offered…" to "Where older people
offered…" between rounds, and pack 2 showed other words than the group had rated and said "No change". A closing round
now keeps the title and sentence its pack showed, and the next pack compares those with what the group will read."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from contextlib import closing
from datetime import date
from html import unescape

from cmo.models import Configuration, Domain, SentConfiguration, Source, Statement
from cmo.outputs.packs import build_pack, shown_words
from cmo.synthesis.wording import cmo_sentence


def _text(html: str) -> str:
    """What a reader sees of some HTML, roughly: tags out, entities read, spaces collapsed."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _article(html: str, config_id: str) -> str:
    return _text(html.split(f'<article class="cmo" id="cfg-{config_id}"', 1)[1].split("</article>", 1)[0])


def _changed(html: str, config_id: str) -> str:
    """The configuration's "What changed since round N" section, as read."""
    return re.split(r"What changed since round \d+ ", _article(html, config_id), maxsplit=1)[1].split(" Your view on", 1)[0]


def _round(folder, number: int) -> dict:
    with closing(sqlite3.connect(folder / "review.db")) as db:
        (data,) = db.execute("SELECT data FROM rounds WHERE number = ?", (number,)).fetchone()
    return json.loads(data)


def _rewrite_round(folder, number: int, change) -> None:
    """What an older cmo, or one with other wording rules, stored for a round: `change` edits each configuration."""
    data = _round(folder, number)
    for config in data["configurations"]:
        change(config)
    with closing(sqlite3.connect(folder / "review.db")) as db, db:
        db.execute("UPDATE rounds SET data = ? WHERE number = ?", (json.dumps(data), number))


def _in_frame(sentence: str) -> str:
    """The sentence another frame rule made of the same parts: "In …" where today's says "For …" or "Where …", and
    "For …" where it says "In …"."""
    first, rest = sentence.split(" ", 1)
    other = "For " if first == "In" else "In "
    assert other.strip() != first
    return other + rest


# --- A closed round keeps the words its pack showed -------------------------------------------------------------


def test_a_closed_round_keeps_the_title_and_sentence_its_pack_showed(demo):
    sent = _text((demo.folder / "packs" / "pack-round-1.html").read_text(encoding="utf-8"))
    configurations = [c for c in _round(demo.folder, 1)["configurations"] if not c["retired"]]
    assert configurations
    for config in configurations:
        assert config["shown_sentence"] and config["shown_sentence"] in sent, config["id"]
        assert config["shown_title"] and config["shown_title"] in sent, config["id"]


# --- The next pack tells what the group read, whatever changed it -----------------------------------------------


def test_words_changed_by_the_wording_rules_are_told_with_the_sentence_the_group_rated(demo):
    first = {c["id"]: c for c in _round(demo.folder, 1)["configurations"]}
    rated = _in_frame(first["C7"]["shown_sentence"])

    def older_rules(config: dict) -> None:
        if config["id"] == "C7":  # nobody edited C7: only the rules that word it changed
            config["shown_sentence"] = rated
        if config["id"] == "C9":
            config["shown_title"] = config["shown_title"].rsplit(" ", 2)[0]  # a title an older rule cut short

    _rewrite_round(demo.folder, 1, older_rules)
    demo("configs", "edit", "C3", "--mechanism", "Clear safeguarding and supervision reassure colleagues", "--note", "n")
    demo("round", "close")
    demo("pack")
    html = (demo.folder / "packs" / "pack-round-2.html").read_text(encoding="utf-8")
    assert first["C7"]["shown_sentence"] in _article(html, "C7")  # what the group reads now
    assert _changed(html, "C7") == f"Reworded. It used to say: {rated}"
    assert f"Renamed; it was called “{first['C9']['shown_title'].rsplit(' ', 2)[0]}”." in _changed(html, "C9")
    assert "Reworded" not in _changed(html, "C9")
    assert _changed(html, "C1") == "No change."


def test_a_persons_edit_is_told_with_the_sentence_the_group_rated_not_todays_rendering_of_the_old_parts(demo):
    first = {c["id"]: c for c in _round(demo.folder, 1)["configurations"]}
    rated = _in_frame(first["C3"]["shown_sentence"])
    _rewrite_round(demo.folder, 1, lambda c: c.update(shown_sentence=rated) if c["id"] == "C3" else None)
    demo("configs", "edit", "C3", "--context", "Where mental health teams take on paid peer support workers", "--note", "n")
    demo("round", "close")
    demo("pack")
    html = (demo.folder / "packs" / "pack-round-2.html").read_text(encoding="utf-8")
    assert _changed(html, "C3") == f"Reworded. It used to say: {rated}"
    assert "Where mental health teams take on paid peer support workers, " in _article(html, "C3")
    assert _changed(html, "C1") == "No change."


def test_a_round_an_older_cmo_closed_is_compared_by_its_parts_rendered_today(demo):
    before = {c["id"]: c for c in _round(demo.folder, 1)["configurations"]}
    _rewrite_round(demo.folder, 1, lambda c: [c.pop("shown_title"), c.pop("shown_sentence")])
    demo("configs", "edit", "C3", "--context", "Where mental health teams take on paid peer support workers", "--note", "n")
    demo("round", "close")
    assert _round(demo.folder, 2)["configurations"][0]["shown_sentence"]  # a round this cmo closes keeps its words
    demo("pack")
    html = (demo.folder / "packs" / "pack-round-2.html").read_text(encoding="utf-8")
    assert _changed(html, "C3") == f"Reworded. It used to say: {before['C3']['shown_sentence']}"
    assert _changed(html, "C1") == "No change."
    assert _changed(html, "C7") == "No change."


def test_every_pack_of_a_round_reads_the_words_the_round_froze(demo, tmp_path):
    """A pack written after the rules changed (a domain's, a group's, written later) reads as the round's others."""
    first = {c["id"]: c for c in _round(demo.folder, 1)["configurations"]}
    frozen = _in_frame(first["C7"]["shown_sentence"])
    _rewrite_round(demo.folder, 1, lambda c: c.update(shown_sentence=frozen) if c["id"] == "C7" else None)
    demo("pack", "--domain", "connecting", "-o", str(tmp_path / "connecting.html"))
    read = _article((tmp_path / "connecting.html").read_text(encoding="utf-8"), "C7")
    assert frozen in read and first["C7"]["shown_sentence"] not in read


# --- The rule alone, on another topic ---------------------------------------------------------------------------

STATEMENTS = {
    "S1": Statement(
        id="S1",
        source="okafor2019",
        context="pupils who arrive at school hungry",
        mechanism="a free breakfast lets them settle before lessons",
        outcome="they concentrate in the morning",
    ),
    "S2": Statement(
        id="S2",
        source="okafor2019",
        context="parents working early shifts",
        mechanism="a breakfast club opening at 7.30 means they can get to work on time",
        outcome="they keep their children at the school",
    ),
}
PARTS = {sid: {"context": s.context, "mechanism": s.mechanism, "outcome": s.outcome} for sid, s in STATEMENTS.items()}


def _pack(previous: list[Configuration], current: list[Configuration]) -> str:
    return build_pack(
        {"title": "Breakfast clubs in primary schools"},
        [Domain(slug="school", name="School day")],
        [],
        2,
        current,
        previous,
        STATEMENTS,
        {"okafor2019": Source(key="okafor2019", title="Breakfast clubs", authors=["Okafor, Ada"], year=2019)},
        [],
        [],
        lambda config: ("Moderate", "One study."),
        today=date(2025, 6, 1),
    )


def _configuration(cid: str, sid: str, title: str) -> Configuration:
    return Configuration(id=cid, title=title, domain="school", statements=[sid], **PARTS[sid])


def _as_sent(config: Configuration, title: str | None = None, sentence: str | None = None) -> SentConfiguration:
    words = shown_words([config], list(STATEMENTS.values()))[config.id]
    return SentConfiguration(**config.model_dump(), shown_title=title or words[0], shown_sentence=sentence or words[1])


def test_the_pack_compares_the_words_a_round_kept_with_those_the_group_will_read():
    hungry = _configuration("K1", "S1", "A free breakfast lets pupils settle")
    shifts = _configuration("K2", "S2", "Early opening")
    today = cmo_sentence(hungry.context, hungry.mechanism, hungry.outcome)
    rated = "In pupils who arrive at school hungry, a free breakfast lets them settle before lessons, so they concentrate."
    assert rated != today
    html = _pack([_as_sent(hungry, sentence=rated), _as_sent(shifts, title="Early")], [_as_sent(hungry), _as_sent(shifts)])
    assert _changed(html, "K1") == f"Reworded. It used to say: {rated}"
    assert today in _article(html, "K1")
    assert _changed(html, "K2") == "Renamed; it was called “Early”."


def test_configurations_as_they_are_now_are_compared_by_their_rendered_parts():
    """A round an older cmo closed (no words kept), or a caller's own configurations: rendered as today on both sides."""
    hungry, shifts = _configuration("K1", "S1", "A free breakfast"), _configuration("K2", "S2", "Early opening")
    moved = hungry.model_copy(update={"context": "pupils who often miss breakfast at home"})
    html = _pack([hungry, shifts], [_as_sent(moved), shifts])
    assert _changed(html, "K1") == f"Reworded. It used to say: {cmo_sentence(hungry.context, hungry.mechanism, hungry.outcome)}"
    assert _changed(html, "K2") == "No change."


# --- The answer sheet of a closed round gives the words its pack showed ------------------------------------------


def test_a_closed_round_s_answer_sheet_gives_the_sentence_its_pack_showed_and_its_answers_import(demo, tmp_path):
    rated = {}

    def older_rules(config: dict) -> None:
        if config["id"] == "C7":
            config["shown_sentence"] = rated["C7"] = _in_frame(config["shown_sentence"])

    _rewrite_round(demo.folder, 1, older_rules)
    sheet = tmp_path / "answers.csv"
    demo("feedback", "template", "--round", "1", "-o", str(sheet))
    text = sheet.read_text(encoding="utf-8")
    assert rated["C7"] in text
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    for row in rows[1:]:
        if row[3] == "C7":  # a respondent answers C7, leaving the sheet's words as they were
            row[0], row[6] = "Kite", "agree"
    with sheet.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    result = demo("feedback", "import", str(sheet), code=None)
    assert "Imported 1 answer for round 1" in result.stdout, result.stdout + result.stderr
