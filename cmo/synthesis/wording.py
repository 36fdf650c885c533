"""How a CMO configuration is put into words for readers: one sentence, its parts, a short title.

Packs, feedback sheets, the report and `cmo code show` all word configurations the same way, so the
rule lives here, once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cmo.normalise import clean_text


@dataclass
class Segment:
    """A piece of a configuration sentence; `part` is context/mechanism/outcome or empty."""

    text: str
    part: str = ""


def cmo_segments(context: str, mechanism: str, outcome: str) -> list[Segment]:
    """ "In [context], [mechanism], which leads to [outcome]." with whatever parts exist."""
    c, m, o = (_clause(context), _clause(mechanism), _clause(outcome))
    pieces: list[Segment] = []
    if c:
        pieces += [Segment("In "), Segment(_lower_first(c), "context"), Segment(", ")]
    if m:
        pieces.append(Segment(_lower_first(m) if c else _upper_first(m), "mechanism"))
        if o:
            pieces += [Segment(", which leads to "), Segment(_lower_first(o), "outcome")]
    elif o:
        pieces += [Segment("this leads to " if c else "This leads to "), Segment(_lower_first(o), "outcome")]
    elif pieces:
        pieces.pop()
    if pieces:
        pieces.append(Segment("."))
    return pieces


def cmo_sentence(context: str, mechanism: str, outcome: str) -> str:
    return "".join(s.text for s in cmo_segments(context, mechanism, outcome))


def _clause(text: str) -> str:
    return clean_text(text).rstrip(" .;,")


def _lower_first(text: str) -> str:
    """Lower-case a leading capital unless the word looks like an acronym (NHS, GP) or `I`."""
    word = text.split(" ", 1)[0]
    if not text or len(word) == 1 and word == "I" or len(word) > 1 and not word[1:].islower():
        return text
    return text[0].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


TITLE_WORDS = 9


_CLAUSE_END = re.compile(r"[,;:.(]|\s(?:so|which|because|and so|leading to|so that)\s", re.I)


def short_title(text: str) -> str:
    """A title a reader can scan: the first clause of the text, at most TITLE_WORDS words."""
    text = text.strip()
    clause = _CLAUSE_END.split(text, maxsplit=1)[0].strip() or text
    words = clause.split() if len(clause.split()) >= 4 else text.split()
    title = " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")
    return title[:1].upper() + title[1:]
