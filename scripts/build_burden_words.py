"""Build cmo/synthesis/english/burden_words.txt: nouns of what patients and services spend or bear while they are kept
waiting or held in care, or pay: "delay", "wait", "waiting", "stay", "hospitalisation", "cost", "expense".

Why. A rise of such a thing is a burden that grew ("length of stay increased", "waiting times increased", "costs rose"),
as a rise of a harm is (`harm_words.txt`), and its fall a gain; neither VADER nor WordNet rates these nouns bad, so the
harm list never held them and cmo read "length of stay increased" as things going well. The ground is WordNet 3.0's
own senses (Princeton; Debian's `wordnet-base`): a noun is kept where its most frequent sense is one of these synsets
or, for the first three, a kind of one (`ROOTS`):

- delay.n.01 (noun.time) "time during which some action is awaited" (delay, hold, time lag, postponement, wait);
- delay.n.02 (noun.act) "the act of delaying; inactivity resulting in something being put off" (delay, holdup;
  postponement, slowdown, lag, procrastination);
- wait.n.02 (noun.act) "the act of waiting (remaining inactive in one place while expecting something)" (wait, waiting);
- stay.n.01 (noun.act) "continuing or remaining in a place or state" (stay: a stay in hospital, "length of stay");
- hospitalization.n.01 (noun.time) "a period of time when you are confined to a hospital";
- outgo.n.01, cost.n.01 and expense.n.01 (noun.possession) "money paid out; an amount spent", "the total spent for
  goods or services including money and time and labor", "amounts paid for goods and services" (outgo, expenditure,
  outlay, cost, expense).

Only the words of those synsets (and kinds of the first three) whose most frequent sense is there are kept, so
"break" and "gap" (first a sense of their own) are not; kinds of a stay ("visit",
"sojourn") and of a cost ("payment", "price", "charge") are not taken, as a longer visit or a higher payment to carers is
no burden. cmo reads the list only where such a noun is the thing said to rise, or the thing a measure of time or amount
measures ("length of stay", "waiting time"), never "time" alone: "time spent with patients" and "length of engagement"
name nothing kept waiting.

Run it after changing the rule, and commit the file it writes:
    apt-get install wordnet-base && .venv/bin/python scripts/build_burden_words.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_lists import build_list, plural, senses, synsets

OUTPUT = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "burden_words.txt"
ROOTS = {
    "15272029": True,  # delay.n.01, noun.time: delay, hold, time lag, postponement, wait
    "01066163": True,  # delay.n.02, noun.act: delay, holdup
    "01063939": True,  # wait.n.02, noun.act: wait, waiting
    "01053617": False,  # stay.n.01, noun.act: stay
    "15119185": False,  # hospitalization.n.01, noun.time
    "13275288": False,  # outgo.n.01, noun.possession: outgo, spending, expenditure, outlay
    "13275847": False,  # cost.n.01, noun.possession: cost
    "13275495": False,  # expense.n.01, noun.possession: expense, disbursal, disbursement
}
"""The synsets of a burden borne, each with whether its kinds (WordNet's hyponyms, all the way down) are taken too."""
WORD = re.compile(r"[a-z]+")


def burden_nouns() -> list[str]:
    """Each noun of `ROOTS` (one word, its most frequent sense there), with its plural and its British spelling in
    -isation ("hospitalisation"), sorted."""
    nouns, data = senses("noun"), synsets("noun")
    offsets: set[str] = set()
    for root, with_kinds in ROOTS.items():
        todo = [root]
        while todo:
            offset = todo.pop()
            if offset in offsets:
                continue
            offsets.add(offset)
            if with_kinds:
                todo += [target for symbol, target, kind, _ in data[offset][2] if symbol in ("~", "~i") and kind == "n"]
    found = {
        word for offset in offsets for word in data[offset][1] if WORD.fullmatch(word) and nouns.get(word, [None])[0] == offset
    }
    found |= {re.sub(r"ization$", "isation", word) for word in found}
    return [f"{noun} {plural(noun)}" for noun in sorted(found)]


if __name__ == "__main__":
    about = "Nouns of a burden borne: a wait, a delay, a stay in care, a cost; each with its plural. See the script."
    sys.exit(build_list(OUTPUT, "build_burden_words.py", about, burden_nouns, needs="data.noun", counted="nouns"))
