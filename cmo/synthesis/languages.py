"""Statements written in another language than English: the function words of other common languages, and a rule that
tells a statement written in one.

cmo compares statements in English: its stemmer, its lexicon (`english/word_forms.txt`) and its sentence model are
English ones. A statement coded in French or Spanish shares with others only its function words ("la", "de", "que"),
which say nothing of its context, mechanism or outcome, and the sentence model reads it as a string of unknown words.
So these words are stop words too (`lexicon.STOPWORDS`: never a shared word, never evidence that two statements are
alike), and `written_in` names the language of a statement that is not written in English, for the commands to say
that it was placed by its words alone (trial AF: four statements coded in French or Spanish each stood alone, and
`cmo code suggest` offered a configuration for sharing "la" and "de").

The lists are the Snowball project's, and `written_in` is the base layer's (`cmo.language`, where their licence is
credited), so that bib may read a title's language too; it is imported here for the commands that read it from here.
"""

from __future__ import annotations

from functools import cache

from cmo.language import written_in


@cache
def _cached(texts: tuple[str, ...]) -> str | None:
    return written_in(*texts)


def not_in_english(statements) -> dict[str, list[str]]:
    """Per language, the ids of the statements written in it (`written_in` of context, mechanism and outcome), in the
    order given: what refine and `cmo code import` say once, with what to do about it."""
    found: dict[str, list[str]] = {}
    for statement in statements:
        language = _cached((statement.context or "", statement.mechanism or "", statement.outcome or ""))
        if language:
            found.setdefault(language, []).append(statement.id)
    return found


def not_in_english_ids(statements) -> frozenset[str]:
    """The ids of the statements written in another language than English (`not_in_english`, any language): two of them
    are never joined to one another, and neither is placed by the other (`merge.Opposites`, `explain.comparable`), as
    what they share is their language (its words, and an English sentence model reading them alike), not their meaning
    (trial AO 5: three French statements made a configuration of their own while the same mechanism in English sat in
    another, and each French singleton was pointed at another French one)."""
    return frozenset(sid for ids in not_in_english(statements).values() for sid in ids)


def placed_by_no_one(configurations, statements, placed=frozenset()) -> dict[str, tuple[str, list[str]]]:
    """Configuration id → (language, its members written in it): the statements in another language than English
    (`not_in_english`) that sit in a configuration no person has placed or kept, so where they sit rests on nothing cmo
    could compare (CP: 18 of 20 French statements stood alone, and neither `round close --check` nor the pack said why).
    `placed`: the configurations a person decided on or accepted (`refine.standing`: `configs attach`, `accept`, `edit`
    …), theirs, so not said; a round's pinning them as sent is no one's placing. `statements` maps ids to statements."""
    found: dict[str, tuple[str, list[str]]] = {}
    for config in configurations:
        if config.retired or config.accepted or config.id in placed:
            continue
        members = [statements[sid] for sid in config.statements if sid in statements]
        for language, ids in not_in_english(members).items():
            found.setdefault(config.id, (language, ids))
    return found
