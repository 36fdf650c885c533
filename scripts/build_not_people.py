"""Build cmo/synthesis/english/not_people.txt (plural nouns with the ending of a noun for people that name things) and
cmo/synthesis/english/peoples.txt (plurals of capitalised nouns for people: members of a nation, faith or people).

Why. A title says "they" and a context opens "For …" when its words name people, and cmo reads a plural ending in
-ers, -ors, -ists, -ians, -ants, -ents, -ees as a noun for people ("caregivers", "pharmacists", "participants":
`cmo.synthesis.wording._is_person`). Many such words name things: "vouchers", "reminders", "posters", "folders",
"stickers", "lists", "grants", "plants", "ingredients". A hand-written list of them grows with every trial and never
covers the next topic, so this script asks WordNet which of them name something other than a person.

The rule, one sentence: a noun with a person's ending names people unless WordNet gives it no sense that is a person
("waiver", "folder", "sticker", "checklist"), or most of its uses in WordNet's tagged corpus (SemCor's sense counts) are
senses that are no person ("reminder", "poster", "flyer", "grant", "plant"). A noun SemCor never tagged keeps the
ending's reading when one of its senses is a person: WordNet orders and counts "smoker" (a person, a party, a railway
car) as it does "voucher" (a person who vouches, two documents), so it cannot tell which a review means. A word WordNet
lacks ("prescribers") keeps the ending's reading too.

The second file. A people named by a capitalised noun ("Muslims", "Sikhs", "Bangladeshis", "Catholics") has no
ending that says so, and a context opening with it read "In British Bangladeshi Muslims, …" as if it were a place. The
rule: the plural of a noun WordNet writes with a capital in a person's sense (noun.person) that is a kind of person,
not one named person (no instance pointer: "Muslim", not "Lincoln"), and whose senses are people at least as often as
not, by the same counts ("Pole" and "Black" name other things more often, and are left out).

WordNet 3.0 (Princeton; a BSD-like licence) ships in Debian's `wordnet-base` package as plain files; cmo does not
depend on it at run time: the script writes one line of words, read only when a sentence asks whether a word is people.

The third and fourth files. A noun of the first file that has a person's sense too ("agents", "cleaners", "commuters":
SemCor tags "agent" most as a cause or a substance, "cleaner" as a cleaning agent, "commuter" as a train) is people in
a statement that shows it: the statement's mechanism says it of them with a verb of the mind ("cleaners feel
invisible", "commuters perceive cycling as affordable"), as a reminder or a voucher neither feels nor believes. The third
file lists those nouns; the fourth the forms of the verbs most of whose uses SemCor tags (every sense, where it tagged
none) are senses of cognition, emotion or perception ("feel", "believe", "trust", "fear", "prefer", "perceive"; not
"seem", whose sense of perception has WordNet's frame "Something ----s Adjective/Noun", how a thing looks, nor "prompt"
or "help", which things do).

A noun without such an ending that has a person's sense but is mostly something else ("principals": the head of a
school, or a sum of money lent; "heads", "guides") is in the third file too, people where a statement shows it (helper
G1: "In principals and teachers in Irish post-primary schools, principals feel…").

The fifth file. A noun for people without such an ending ("surgeons", "paramedics", "registrars", "locums", "babies",
"victims") read as a place: trial LH's pack read "In new graduates in community podiatry, …", trial LB's "In ambulance
crews"-like contexts too. The rule: the plural of a noun whose uses SemCor tagged are people (noun.person) more often
than not, or, where SemCor tagged none, every one of whose senses is a person. A group of people ("crews", "teams",
"households": noun.group) is no person, and a place or service ("wards", "practices") is mostly something else.

Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_not_people.py
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from wordnet_lists import WORDNET, plural, write_list

ENGLISH = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english"
OUTPUT = ENGLISH / "not_people.txt"
PEOPLES = ENGLISH / "peoples.txt"
EITHER = ENGLISH / "people_or_things.txt"
MIND = ENGLISH / "verbs_of_the_mind.txt"
PERSONS = ENGLISH / "people.txt"
PERSON = 18  # noun.person, WordNet's lexicographer file for nouns that name people
COGNITION, EMOTION, PERCEPTION = 31, 37, 39  # WordNet's lexicographer files for verbs of what a mind does
LOOKS = 6  # the verb frame "Something ----s Adjective/Noun": how a thing looks or seems, not what someone perceives
WORD = re.compile(r"[a-z]+")
PERSON_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "iaries", "lords")


def sense_files() -> tuple[dict[str, int], set[str]]:
    """Each noun synset's offset and its lexicographer file, and the words WordNet capitalises in a synset of people
    that is a kind of person, not one named person (no instance pointer "@i"), lower-cased."""
    files, capitalised = {}, set()
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" ")
        offset, file_number, count = fields[0], int(fields[1]), int(fields[3], 16)
        files[offset] = file_number
        words = fields[4 : 4 + 2 * count : 2]
        pointers = fields[4 + 2 * count + 1 :: 4][: int(fields[4 + 2 * count])]
        if file_number == PERSON and "@i" not in pointers:
            capitalised.update(word.lower() for word in words if word[:1].isupper())
    return files, capitalised


def tag_counts(part: str = "1") -> dict[tuple[str, int], int]:
    """How often SemCor tagged each (lemma, sense number) of a noun (`part` "1"; a verb: "2")."""
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for line in (WORDNET / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, sense, count = line.split()
        lemma, _, kind = key.partition("%")
        if kind.startswith(f"{part}:"):
            counts[lemma, int(sense)] += int(count)
    return counts


def weights_of(lemma: str, senses: list[int], counts: dict[tuple[str, int], int]) -> tuple[int, int]:
    """How much of a noun's use is people, and all of it: SemCor's tagged uses where it has any, else one per sense."""
    weights = [counts.get((lemma, number), 0) for number in range(1, len(senses) + 1)]
    weights = weights if any(weights) else [1] * len(senses)
    return sum(weight for weight, file in zip(weights, senses, strict=True) if file == PERSON), sum(weights)


def names_things(lemma: str, senses: list[int], counts: dict[tuple[str, int], int]) -> bool:
    """No sense of the noun is a person, or most of the uses SemCor tagged are senses that are none."""
    if PERSON not in senses:
        return True
    if not any(counts.get((lemma, number), 0) for number in range(1, len(senses) + 1)):
        return False
    people, uses = weights_of(lemma, senses, counts)
    return people * 2 < uses


def names_people(lemma: str, senses: list[int], counts: dict[tuple[str, int], int]) -> bool:
    """A noun without a person's ending whose uses SemCor tagged are people more often than not, or, untagged, every
    one of whose senses is a person ("surgeon", "paramedic", "registrar", "locum", "victim")."""
    if PERSON not in senses:
        return False
    tagged = any(counts.get((lemma, number), 0) for number in range(1, len(senses) + 1))
    people, uses = weights_of(lemma, senses, counts)
    return people * 2 > uses if tagged else people == uses


def names_a_people(lemma: str, senses: list[int], counts: dict[tuple[str, int], int]) -> bool:
    """A noun WordNet capitalises for a kind of person whose senses are people at least as often as not."""
    people, uses = weights_of(lemma, senses, counts)
    return people * 2 >= uses


def verb_forms(lemma: str, irregular: dict[str, set[str]]) -> set[str]:
    """A verb's present and past forms: its own, WordNet's irregular ones (verb.exc), and the regular endings."""
    forms = {lemma, *irregular.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    else:
        forms |= {lemma + ("es" if lemma.endswith(("s", "x", "ch", "sh", "o")) else "s"), lemma + "ed"}
    return {form for form in forms if not form.endswith("ing")}


def verbs_of_the_mind(counts: dict[tuple[str, int], int]) -> set[str]:
    """The forms of the verbs most of whose uses are senses of the mind (cognition, emotion, or a perception that is not
    how a thing looks: `LOOKS`), by SemCor's tagged uses where it has any, else one per sense."""
    files, minds = {}, set()
    for line in (WORDNET / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.partition(" | ")[0].split()
        offset, file_number, count = fields[0], int(fields[1]), int(fields[3], 16)
        at = 4 + 2 * count
        at += 1 + 4 * int(fields[at])
        frames = {int(fields[at + 2 + 3 * k]) for k in range(int(fields[at]))} if at < len(fields) else set()
        files[offset] = file_number
        if file_number in (COGNITION, EMOTION) or file_number == PERCEPTION and LOOKS not in frames:
            minds.add(offset)
    irregular: dict[str, set[str]] = defaultdict(set)
    for line in (WORDNET / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, lemma = line.split()[:2]
        irregular[lemma].add(form)
    forms = set()
    for lemma, count, fields in index_entries("verb"):
        weights = [counts.get((lemma, number), 0) for number in range(1, count + 1)]
        weights = weights if any(weights) else [1] * count
        mind = sum(weight for weight, offset in zip(weights, fields[-count:], strict=True) if offset in minds)
        if mind * 2 > sum(weights):
            forms |= verb_forms(lemma, irregular)
    return forms


def index_entries(part_of_speech: str):
    """Each lemma of one word (`WORD`) in WordNet's index of a part of speech, with its number of senses and the index
    line's fields (its senses' offsets last)."""
    for line in (WORDNET / f"index.{part_of_speech}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        if WORD.fullmatch(fields[0]):
            yield fields[0], int(fields[2]), fields


def write(path: Path, about: str, words: set[str]) -> None:
    write_list(path, "build_not_people.py", about, [" ".join(sorted(words))])
    print(f"wrote {len(words)} words to {path}")


def main() -> int:
    if not (WORDNET / "index.noun").exists():
        print("needs WordNet: apt-get install wordnet-base", file=sys.stderr)
        return 1
    (files, capitalised), counts = sense_files(), tag_counts()
    things, peoples, either, persons = set(), set(), set(), set()
    for lemma, count, fields in index_entries("noun"):
        word, senses = plural(lemma), [files[offset] for offset in fields[-count:]]
        if word.endswith(PERSON_ENDINGS) and not word.endswith("ments") and names_things(lemma, senses, counts):
            things.add(word)
            if PERSON in senses:
                either.add(word)
        if lemma in capitalised and names_a_people(lemma, senses, counts):
            peoples.add(word)
        elif not word.endswith(PERSON_ENDINGS) and names_people(lemma, senses, counts):
            persons.add(word)
        elif not word.endswith(PERSON_ENDINGS) and PERSON in senses and lemma not in capitalised:
            either.add(word)  # "principals": a school's head, or a sum lent
    write(OUTPUT, "Plural nouns with the ending of a noun for people that mostly name something else. See the script.", things)
    write(PEOPLES, "Plurals of capitalised nouns for a kind of person (a nation, faith or people). See the script.", peoples)
    write(EITHER, "Nouns of not_people.txt with a person's sense too: people where a statement shows it. See the script.", either)
    write(PERSONS, "Plural nouns for people without a person's ending (surgeons, paramedics). See the script.", persons)
    write(MIND, "Forms of verbs whose uses are mostly senses of the mind. See the script.", verbs_of_the_mind(tag_counts("2")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
