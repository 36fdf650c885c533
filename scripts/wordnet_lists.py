"""What the scripts that build cmo's word lists share: where Debian's wordnet-base puts WordNet and its wbritish puts
SCOWL's British English dictionary, and how a list is written (a header naming the script that wrote it, which
tests/test_short_forms.py checks, then its lines)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

Pointer = tuple[str, str, str, str]
"""A WordNet pointer: its symbol ("!" antonym, "+" derived form, "@" hypernym…), the target synset's offset, the
target's part of speech, and the source and target word numbers ("0000" for a pointer between whole synsets)."""

WORDNET = Path("/usr/share/wordnet")
DICTIONARY = Path("/usr/share/dict/british-english")


def senses(part: str) -> dict[str, list[str]]:
    """Each word of a part of speech ("noun", "verb", "adj", "adv") and its synsets' offsets, most frequent sense first."""
    found = {}
    for line in (WORDNET / f"index.{part}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        pointers = int(fields[3])
        found[fields[0]] = fields[4 + pointers + 2 :]
    return found


def synsets(part: str) -> dict[str, tuple[str, list[str], list[Pointer]]]:
    """Each synset of a part of speech by its offset: its lexicographer file ("26": noun.state), its words, lower-cased,
    and its pointers (`Pointer`)."""
    found = {}
    for line in (WORDNET / f"data.{part}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" ")
        count = int(fields[3], 16)
        words = [word.split("(")[0].lower() for word in fields[4 : 4 + 2 * count : 2]]
        at = 4 + 2 * count
        pointers = [tuple(fields[at + 1 + 4 * k : at + 5 + 4 * k]) for k in range(int(fields[at]))]
        found[fields[0]] = (fields[1], words, [(symbol, target, kind, numbers) for symbol, target, kind, numbers in pointers])
    return found


def verbs_with_frame(frame: str) -> list[str]:
    """The one-word verbs WordNet 3.0 gives a sentence frame ("01" "Something ----s", "33" "Somebody ----s VERB-ing"),
    whether the frame is given to a synset as a whole or to one of its words."""
    found = set()
    for line in (WORDNET / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" ")
        count = int(fields[3], 16)
        words = [word.split("(")[0].lower() for word in fields[4 : 4 + 2 * count : 2]]
        at = 4 + 2 * count
        at += 1 + 4 * int(fields[at])
        if at >= len(fields) or not fields[at].isdigit():
            continue
        for k in range(int(fields[at])):
            given, number = fields[at + 2 + 3 * k], int(fields[at + 3 + 3 * k], 16)
            if given == frame:
                found |= set(words) if number == 0 else {words[number - 1]}
    return sorted(word for word in found if re.fullmatch(r"[a-z]+", word))


def plural(noun: str) -> str:
    """A noun's regular plural ("wait" → "waits", "delay" → "delays", "fee" → "fees", "loss" → "losses", "injury" →
    "injuries"): the lists hold both forms, as findings write either."""
    if re.search(r"(?:s|x|z|ch|sh)$", noun):
        return noun + "es"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + "s"


def write_list(output: Path, script: str, about: str, lines: list[str], also: str = "") -> None:
    """`output` as `script` builds it: the header, a line saying what the list is (`about`), then `lines`; `also`
    names another source it was built from."""
    sources = "WordNet 3.0 (Debian wordnet-base)" + (f" and {also}" if also else "")
    header = [f"# Built by scripts/{script} from {sources}; do not edit.", f"# {about}"]
    output.write_text("\n".join([*header, *lines]) + "\n", encoding="utf-8")


def build_list(
    output: Path,
    script: str,
    about: str,
    build: Callable[[], list[str]],
    *,
    needs: str = "data.verb",
    also: str = "",
    counted: str = "verbs",
) -> int:
    """A list script's whole run: WordNet's file `needs` there or said missing (1), the list built and written
    (`write_list`) and its length said (0)."""
    if not (WORDNET / needs).exists():
        print("needs WordNet: apt-get install wordnet-base", file=sys.stderr)
        return 1
    lines = build()
    write_list(output, script, about, lines, also=also)
    print(f"wrote {len(lines)} {counted} to {output}")
    return 0
