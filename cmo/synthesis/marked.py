"""A CMO written as one sentence with its parts marked, as published realist reviews print them.

"When staff have protected time (C), they feel valued (M), leading to better retention (O)": tables of overarching
CMOs mark each part inline, and teams that code in Word or one spreadsheet column write their statements so. The
writer (`marked_sentence`, the tables' "overarching CMO") and the reader (`marked_parts`, a coding sheet's CMOC
column) live together so that what cmo writes reads back as it was.
"""

from __future__ import annotations

import re

PARTS = ("context", "mechanism", "outcome")


def marked_sentence(context: str, mechanism: str, outcome: str) -> str:
    """ "… (context) … (mechanism) … (outcome)", with the parts that exist."""
    return " ".join(f"{text} ({label})" for text, label in zip((context, mechanism, outcome), PARTS) if text)


_FIELDS = {"resource": "mechanism_resource", "response": "mechanism_response"}
"""A split mechanism's parts as `Statement` names them."""
_LETTER = {"c": "context", "m": "mechanism", "o": "outcome"}
_SPLIT = {"res": "resource", "rea": "response", "resp": "response"}
"""The realist split of a mechanism: its resource, and people's reasoning or response to it (Dalkin et al. 2015)."""
_LABEL = (
    r"(?P<label>context|contexts|mechanisms?|outcomes?|resource|reasoning|response|"
    r"(?:mechanism|m)[\s:_-]*+(?:resource|res|reasoning|rea|response|resp)|c|m|o)"
)
_BRACKETED = rf"[(\[]\s*+{_LABEL}[\s_-]*+(?P<number>\d{{0,2}})\s*+[)\]]"
"""A part's mark in brackets: (C), [M], (O2), (outcome 1), (Mres), (M reasoning), (mechanism: resource). The spaces
are taken possessively (`*+`): a bracket followed by thousands of spaces is read in one pass, not one per space."""
_SHORTENED = r"cont(?:e(?:xt?)?)?|mech(?:a(?:n(?:i(?:sm?)?)?)?)?|outc(?:o(?:me?)?)?"
"""A part's name cut short to its first four letters or more, as coders shorten it before a colon ("Mech: …", "Cont: …",
"Outc: …"): read in the colon form only, where the colon says it is a label (trial BR: "Mech: a reminder…" was read as
words of the context, the statement left with no mechanism)."""
_COLON_LABEL = _LABEL.replace("|c|m|o)", f"|{_SHORTENED}|c|m|o)")
_COLON = (
    rf"(?:^|(?<=[\s;,.]))(?:{_COLON_LABEL})(?:[\s_-]*+(?P<number>\d{{0,2}})(?:\s*+[(\[][a-z0-9 ]{{1,12}}[)\]])?\s*+[:=]\s"
    r"|[ \t]++[-–—][ \t])"
)
"""A part's label before a colon or a spaced dash, "C: … M: … O: …", "Context: …; Mechanism: …", "Context (C): …",
"C – …": read only where a cell opens with one."""
_TAG = r"^\s*+[(\[](?P<tag>[^()\[\]\n]{1,40})[)\]][\s:.-]*"
"""A coder's note in brackets opening a marked sentence, before its first mark ("[inferred] C: … M: … O: …", "(from the
focus groups) (C) …"): about the whole statement, so no part of it; 'inferred' says the statement was inferred (trial
BW: an ATLAS.ti comment so opened was left out as marking no part)."""
_IF_THEN_BECAUSE = r"^\s*if\b(?P<context>.+?)[\s,;]+then\b(?P<outcome>.+?)[\s,;]+because\b(?P<mechanism>.+)$"
"""The realist "if–then–because" statement: if the context (and what is done), then the outcome, because the
mechanism. Read only whole, each word once and in that order."""
IF_THEN_BECAUSE = "if-then-because"
FRAMED = "framed"
"""The form of a sentence read as a framed statement without marks (`_framed`)."""
_FRAMED_OPENING = r"^\s*(?:(?:in|for|among|amongst)\s+|(?=(?:when|whenever|where|wherever|once|if)\s))"
"""The word a realist sentence without marks opens its context with: "In deprived areas, …", "When staff are busy, …".
A preposition is the sentence's frame, left out as before a first mark (`_FRAME`); "When", "Where" or "If" stays with
the context, as it does before a first mark, for `sentence_parts` to judge."""
_ANOTHER_FRAMED = r"[.;!?]\s+(?:(?:in|for|among|amongst)\s+|(?:when|whenever|where|wherever|once|if)\s)"
"""A second sentence opened as a framed one is ("…, leading to better attendance. In schools with no breakfast club,
…"): two configurations in one cell, which read as one garbled them (re-check of trial AZ)."""
_STILL_CONTEXT = r"^\s*(?:where|who|whom|whose|which|with|without|and|or|including|such as|e\.g\.|i\.e\.)\b"
"""Words opening a clause that goes on describing the context after its comma ("In rural areas, where the nearest practice
is far away, …"): the context runs to the next comma."""
_OUTCOME_JOINER = (
    r"(?:[\s,;]+(?:(?:which|this|that|and)\s+)?(?:(?:in\s+turn|then|so|therefore|thus)\s+)?"
    r"(?:leads?|leading|results?|resulting)\s+(?:to|in)"
    r"|,\s*(?:and\s+)?(?:so|therefore|thus|hence|consequently|as\s+a\s+result)(?:\s+that)?,?)\s+"
)
"""The words before a sentence's outcome: "…, leading to …", "… which results in …", "…, so …"."""
_NUMBERED = (
    r"^\s*(?:(?:CMOCs?|CMOs?|CMO configuration|configuration|programme theory|program theory|IPT|PT)\s*"
    r"\d+(?:[.-]\d+)*[a-z]?\s*[:.)–—-]|\d+(?:\.\d+)*[.)])\s+"
)
"""The number a published table or a team's document writes before a CMOC: "CMOC 3:", "CMO 2.1.", "IPT 4 –", "3."."""
_JOINER = (
    r"^(?:(?:which|this|that|and|then|in turn)\s+)*"
    r"(?:(?:leads?|leading|lead|results?|resulting|triggers?|triggering|activates?|activating|generates?|generating)"
    r"\s+(?:to|in)?|and so|so that|and then|as a result|consequently|therefore|thus|hence|because|so|then|and|whereby)"
    r"(?=[\s,:;]|$)(?!\s+of\b)[\s,:;]*"
)
"""The words that join one part to the next ("leading to", "because", "then", "which results in"): the sentence's, not
the part's, since every output joins the parts in its own words."""
_FRAME = r"\s*(?:in|for|where|when|among|amongst)[\s,:]*"
"""The word a sentence may open with before its first mark, framing it ("In (C) older people …, (M) …"): the
sentence's, as the joining words are, so it is left out, and the marks are read as going before their parts."""
_TRAILING_JOINER = (
    r"(?:[\s,;:]+(?:(?:which|this|that)\s+)?(?:leads?|leading|results?|resulting|triggers?|triggering|activates?|"
    r"activating|generates?|generating)(?:\s+(?:to|in))?|[\s,;:]+(?:and so|so that|and then|as a result|consequently|"
    r"therefore|thus|hence|because|so|then|and|whereby))[\s,;:]*$"
)
"""The joining words where marks go before their parts: at the end of the part before the next mark ("(M) a sense of
control leads to (O) …")."""
_EDGES = " \t\n,;:→⇒>=–—-+"
"""What stands between marked parts, not in them: punctuation, and the arrows and plus signs of "C + M → O"."""
_STILL_JOINED = r"^(?:and|or|but|nor|as well as|plus)\b"
_I = re.IGNORECASE
"""The patterns above are compiled at their first use (`re`'s cache), not on import: the tables import the writer."""


class MarkedParts:
    """The parts of a marked sentence (`marked_parts`): context, mechanism, outcome, resource, response, those the
    sentence marks; or why it could not be read (`problem`). A plain class: a dataclass's making costs every command
    that imports the tables."""

    __slots__ = ("parts", "problem", "form", "inferred")

    def __init__(self, parts: dict[str, str] | None = None, problem: str = "", form: str = "", inferred: bool = False):
        self.parts, self.problem, self.form, self.inferred = parts or {}, problem, form, inferred
        """`form`: how a sentence without marks was read (`IF_THEN_BECAUSE`), for the import to say; `inferred`: the
        sentence opens saying the whole statement was inferred ('[inferred] C: …', `_TAG`)."""

    def statement_fields(self) -> dict[str, str]:
        """The parts as a statement's fields, every one the sentence does not mark empty (as an empty cell is)."""
        return {_FIELDS.get(part, part): self.parts.get(part, "") for part in (*PARTS, "resource", "response")}

    def __repr__(self) -> str:
        return f"MarkedParts(parts={self.parts!r}, problem={self.problem!r})"


def marked_parts(sentence: str) -> MarkedParts:
    """Split a sentence at its marks into its parts. Marks follow their text ("… (C), … (M), … (O)") or, where the
    sentence opens with one, go before it ("(C) … (M) …", "C: … M: … O: …"); a part marked twice ("(C1) … and …
    (C2)", "(outcome 1)… (outcome 2)") is joined in order. The words that join parts ("leading to", "because",
    "then") are left out of each part. A sentence with no mark, or with text outside every mark, is not read:
    guessing where a part begins would put words in the reviewers' mouths."""
    text = re.sub(_NUMBERED, "", sentence.strip(), count=1, flags=_I)
    tag = re.match(_TAG, text, _I)
    if tag and not re.fullmatch(_BRACKETED, tag[0].strip(), _I) and has_marks(rest := text[tag.end() :]):
        marked = marked_parts(rest)  # "[inferred] C: …": the coder's note on the whole statement, then its parts
        marked.inferred = marked.inferred or bool(re.search(r"\binferr|\binference", tag["tag"], _I))
        return marked
    marks = list(re.finditer(_BRACKETED, text, _I))
    if marks and re.fullmatch(_FRAME, text[: marks[0].start()], _I):  # "In (C) older people …": the frame is no part
        text = text[marks[0].start() :]
        marks = list(re.finditer(_BRACKETED, text, _I))
    before = bool(marks) and not text[: marks[0].start()].strip(" \t\n,;:.-")
    if re.match(_COLON, text, _I) and not (marks and marks[0].start() == 0):  # "C: …", read only where the cell opens so
        marks, before = list(re.finditer(_COLON, text, _I)), True
    if not marks:
        return _if_then_because(text)
    pieces = _pieces(text, marks, before)
    outside = pieces.pop(None, "")
    if re.search(r"\w", outside):
        return MarkedParts(problem=f"'{_shown(outside)}' is outside every marked part: mark it, or leave it out")
    empty = [kind for kind, piece in pieces.items() if not piece]
    if empty:
        return MarkedParts(problem=f"its {empty[0]} mark has no text {'after' if before else 'before'} it")
    return MarkedParts(parts=pieces)


def has_marks(sentence: str) -> bool:
    """Whether a cell marks any part, '(C)' or 'C: …': a cell without one beside a row's C, M and O cells is a label or
    a note, not a sentence of the row's parts. A coder's note in brackets may open it ('[inferred] C: …', `_TAG`)."""
    opened = re.sub(_TAG, "", sentence.strip(), count=1, flags=_I) if not re.match(_BRACKETED, sentence.strip(), _I) else ""
    return bool(re.search(_BRACKETED, sentence, _I) or re.match(_COLON, sentence.strip(), _I) or re.match(_COLON, opened, _I))


def _if_then_because(text: str) -> MarkedParts:
    """A sentence without marks, read as "if … then … because …" where it is one (`_IF_THEN_BECAUSE`), else as a
    framed statement (`_framed`)."""
    found = re.match(_IF_THEN_BECAUSE, text, _I | re.DOTALL)
    if found is None or any(re.search(rf"\b{word}\b", found[part], _I) for part, word in _ONCE):
        return _framed(text) or MarkedParts(
            problem="it marks no part: write '(C)', '(M)' and '(O)' after each, 'if … then … because …', 'In/When …, … "
            "leading to …', or put the parts in columns"
        )
    parts = {part: found[part].strip(_EDGES + ".") for part in PARTS}
    empty = next((part for part in PARTS if not parts[part]), None)
    if empty:
        return MarkedParts(problem=f"its {empty} has no text")
    return MarkedParts(parts=parts, form=IF_THEN_BECAUSE)


def _framed(text: str) -> MarkedParts | None:
    """A sentence without marks written the way realist reviews write a CMOC in words: its context opened by "In",
    "When", "Where", "For" or "Among" and closed by a comma, then its mechanism, then its outcome after the last "leading
    to", "results in" or ", so" ("In deprived areas, outreach brings checks to people who avoid clinics, leading to more
    raised readings found"); or, with no such words, its outcome then its mechanism after a single "because" ("When
    staff are busy, checks are not offered because there is no time"). None where the sentence is not so written:
    the frame word and the comma closing the context are the sentence's, as a mark would be; nothing is guessed."""
    opening = re.match(_FRAMED_OPENING, text, _I)
    if opening is None:
        return None
    if re.search(_ANOTHER_FRAMED, text[opening.end() :], _I):
        return MarkedParts(problem="it holds two or more configurations, each opened 'In/When …': write each on a row of its own")
    rest, context = text[opening.end() :], ""
    while "," in rest:
        piece, rest = rest.split(",", 1)
        context = f"{context},{piece}" if context else piece
        if not re.match(_STILL_CONTEXT, rest, _I):
            break
    else:
        return None
    joiners = list(re.finditer(_OUTCOME_JOINER, rest, _I))
    if joiners:
        mechanism, outcome = rest[: joiners[-1].start()], rest[joiners[-1].end() :]
    elif len(re.findall(r"\bbecause\b", rest, _I)) == 1:
        outcome, mechanism = re.split(r"\bbecause\b", rest, maxsplit=1, flags=_I)
    else:
        return None
    parts = {"context": context, "mechanism": mechanism, "outcome": outcome}
    parts = {part: text.strip(_EDGES + ".") for part, text in parts.items()}
    if not all(parts.values()):
        return None
    return MarkedParts(parts=parts, form=FRAMED)


UNMARKED_READ = {
    IF_THEN_BECAUSE: "read as 'if … then … because …' statements, with no marks: the context after 'if', the outcome "
    "after 'then', the mechanism after 'because'",
    FRAMED: "read as 'In/When …, … leading to …' statements, with no marks: the context from its opening word to its "
    "comma, the outcome after the last 'leading to', 'results in' or ', so' (else before 'because'), the mechanism "
    "between",
}
"""How each form of sentence without marks was read, for the import and `code add` to say."""

_ONCE = (("context", "then"), ("outcome", "because"), ("mechanism", "because"))
"""An if–then–because statement with a second "then" or "because" could be split more than one way: not read."""


def _kind(label: str) -> str:
    label = re.sub(r"[\s:_-]+", "", label.lower())
    if len(label) >= 4 and any(name.startswith(label) for name in PARTS):  # "mech", "cont", "outc": `_SHORTENED`
        return next(name for name in PARTS if name.startswith(label))
    if label in ("resource", "reasoning", "response"):
        return "resource" if label == "resource" else "response"
    if label.startswith(("mechanism", "m")) and label not in ("m", "mechanism", "mechanisms"):
        split = label.removeprefix("mechanism") if label.startswith("mechanism") else label[1:]
        return _SPLIT[split[:4] if split.startswith("resp") else split[:3]]
    return _LETTER[label[0]]


def _pieces(text: str, marks: list[re.Match[str]], before: bool) -> dict[str | None, str]:
    """Each kind's text, in the order the sentence gives it; None holds text outside every mark."""
    spans: list[tuple[str | None, str]] = []
    if before:
        ends = [mark.start() for mark in marks[1:]] + [len(text)]
        spans = [(_kind(mark["label"]), text[mark.end() : end]) for mark, end in zip(marks, ends)]
    else:
        starts = [0] + [mark.end() for mark in marks[:-1]]
        spans = [(_kind(mark["label"]), text[start : mark.start()]) for mark, start in zip(marks, starts)]
        spans.append((None, text[marks[-1].end() :]))
    pieces: dict[str | None, str] = {}
    for kind, raw in spans:
        piece = raw.strip(_EDGES)
        if kind is None:
            pieces[None] = piece.strip(".")
            continue
        if kind in pieces and re.match(_STILL_JOINED, piece, _I):
            pieces[kind] += " " + piece.rstrip(" .;,")
        else:
            piece = re.sub(_JOINER, "", piece, count=1, flags=_I).rstrip(" .;,")
            if before:
                piece = re.sub(_TRAILING_JOINER, "", piece, count=1, flags=_I)
            pieces[kind] = "; ".join(filter(None, (pieces.get(kind, ""), piece)))  # "M: Mech: …": one label twice
    return {kind: piece.strip() for kind, piece in pieces.items()}


def _shown(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"


_NO_JOIN = r"(?:many|much|few|little|far|long|often|well|badly|too|very|of)\b"
"""What follows a "so" that says how much ("so many women came", "so few stayed"), or "as a result" that names a cause
("as a result of the fees, fewer came"): words of the outcome, not ones that join it."""


def without_joining_words(outcome: str) -> str:
    """An outcome coded with the words that join a sentence's outcome to what leads to it (`_OUTCOME_JOINER`: "so they
    attended more visits", "leading to fewer falls", "therefore uptake rose") without them, as every output joins the parts
    in its own words: a pack read "…, so so they attended more visits" and "…, which leads to leading to fewer falls".
    Any other outcome as it is, a "so" that says how much too ("so many women came back": `_NO_JOIN`)."""
    found = re.match(_OUTCOME_JOINER, ", " + outcome, _I)
    rest = outcome[found.end() - 2 :] if found else ""
    if not found or not rest.strip() or re.match(_NO_JOIN, rest, _I):
        return outcome
    return rest
