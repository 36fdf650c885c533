"""What the tagged formats share (MEDLINE, Web of Science, Ovid, EndNote, RefWorks): a raw record as tag lines
with their wrapped continuations, and its values looked up by tag.

Each format's module says how lines become tags (its syntax) and which tag means what (its vocabulary);
this module holds the rest once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cmo.bib.readers import Problem, ReadResult
from cmo.bib.readers.ris import compact_extra
from cmo.normalise import clean_text


@dataclass
class TaggedRecord:
    """A record's tag lines in file order; the last tag's wrapped lines are kept apart and joined once, so a
    50 MB abstract over a million lines is not copied a million times."""

    line: int
    tags: list[tuple[str, str]] = field(default_factory=list)
    continued: list[str] = field(default_factory=list)

    def add(self, tag: str, value: str) -> None:
        self.finish()
        self.tags.append((tag, value.strip()))

    def continue_last(self, text: str) -> None:
        self.continued.append(text)

    def finish(self, joiner: str = " ") -> None:
        if self.continued:
            tag, value = self.tags[-1]
            self.tags[-1] = (tag, joiner.join([value, *self.continued]) if value else joiner.join(self.continued))
            self.continued = []

    def has_any(self, *tags: str) -> bool:
        return any(tag in tags for tag, _ in self.tags)


class TagValues:
    """A record's non-empty values by tag, in file order."""

    def __init__(self, tags: list[tuple[str, str]]):
        self.by_tag: dict[str, list[str]] = {}
        for tag, value in tags:
            if value.strip():
                self.by_tag.setdefault(tag, []).append(value.strip())

    def first(self, *tags: str) -> str:
        """The first value of the first of `tags` the record has, cleaned; "" when it has none."""
        for tag in tags:
            values = self.by_tag.get(tag)
            if values:
                return clean_text(values[0])
        return ""

    def every(self, *tags: str) -> list[str]:
        return [value for tag in tags for value in self.by_tag.get(tag, [])]

    def extra(self, used: set[str], names: dict[str, str] | None = None, prefix: str = "") -> dict[str, str]:
        """The tags no field took, each kept as one value (items joined by '; '), under its name in `names`, else
        as `prefix` + tag (EndNote's one-character tags read better as "%Y")."""
        names = names or {}
        kept = {tag: items for tag, items in self.by_tag.items() if tag not in used}
        return {names.get(tag, prefix + tag): compact_extra("; ".join(items)) for tag, items in kept.items()}


def split_blocks(
    lines: list[str],
    file: str,
    result: ReadResult,
    first_line: int,
    *,
    tag_of: Callable[[str], tuple[str, str] | None],
    opens: str,
    stray_message: str,
    any_tag_opens: bool = True,
    record: type[TaggedRecord] = TaggedRecord,
) -> list[TaggedRecord]:
    """Records of a format whose records are blocks of tag lines (EndNote, RefWorks): the `opens` tag starts a
    record, a blank line ends one, a line `tag_of` finds no tag in continues the value above. After a blank
    line, any tag line starts a record when `any_tag_opens` (Refer files may lack the opening tag). Text
    outside every record is a Problem at its first line, never silence."""
    records: list[TaggedRecord] = []
    current: TaggedRecord | None = None
    stray: int | None = None
    for number, line in enumerate(lines, start=first_line):
        line = line.rstrip("\r")
        if not line.strip():
            if current is not None:
                current.finish()
            current = None
            continue
        tagged = tag_of(line)
        if tagged and ((tagged[0] == opens and (current is None or current.tags)) or (current is None and any_tag_opens)):
            current = record(number)
            records.append(current)
        if current is None:
            stray = stray or number
        elif tagged:
            current.add(*tagged)
        else:
            current.continue_last(line.strip())
    if stray is not None:
        result.problems.append(Problem(file, stray, stray_message))
    return records
