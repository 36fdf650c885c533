"""A review on disk: a folder with `review.yaml` (people edit it) and `review.db` (cmo keeps it).

This module reads and checks review.yaml (`ReviewConfig`) and names the domains and groups in it;
`cmo.commands.review` finds, opens and starts reviews, since only commands open the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from cmo.errors import BadInput, CmoError, NotFound
from cmo.models import Domain, Group, ReviewConfig, Settings
from cmo.store import Store

if TYPE_CHECKING:
    import yaml

CONFIG_NAME = "review.yaml"
DB_NAME = "review.db"
SEARCHES = "searches"
"""The review's folder of search strategies, one text file a search, for the report's RAMESES item 8: those an export
carries (Ovid's search history, kept there by `cmo ingest`) and those the team puts there (an EBSCO search string, a
PubMed query with its date)."""


@dataclass
class Review:
    folder: Path
    config: ReviewConfig
    store: Store = field(repr=False)

    @property
    def title(self) -> str:
        return self.config.title or "Untitled review"

    @property
    def untitled(self) -> bool:
        """review.yaml gives no title: a pack would go to the group headed "Untitled review" (trials CH, CI), which
        `cmo pack` and `round close` say."""
        return not str(self.config.title or "").strip()

    @property
    def domains(self) -> list[Domain]:
        return list(self.config.domains)

    @property
    def groups(self) -> list[Group]:
        return list(self.config.groups)

    @property
    def settings(self) -> Settings:
        return self.config.settings

    def domain_slugs(self) -> set[str]:
        return {d.slug for d in self.domains}

    def group_slugs(self) -> set[str]:
        return {g.slug for g in self.groups}

    def domain_labels(self) -> dict[str, str]:
        """Each label a team may write for a domain (slug, name, aliases: `Domain.labels`) to its slug."""
        return {label: d.slug for d in self.domains for label in d.labels()}

    def group_labels(self) -> dict[str, str]:
        """As `domain_labels`, for the stakeholder groups."""
        return {label: g.slug for g in self.groups for label in g.labels()}

    def resolve_domain(self, text: str) -> str:
        """`--domain` takes a slug, a domain's name or an alias, as a sheet's domain cell does (`normalise.labelled`):
        its start, its words, or after its number ("Domain 3: Safety")."""
        from cmo.normalise import labelled

        if not text.strip():
            raise CmoError("--domain is empty; give a domain slug or name.")
        matches = labelled(text, self.domain_labels())
        if len(matches) == 1:
            return matches[0]
        known = ", ".join(d.slug for d in self.domains) or "none"
        if matches:
            raise CmoError(f"domain '{text}' is ambiguous: it could be {', '.join(matches)}.")
        raise NotFound(
            f"domain '{text}' is not in {self.folder / CONFIG_NAME} (domains: {known}); if it is the team's own label for "
            f'one, declare it: cmo domains alias SLUG "{text.strip()}".'
        )

    def resolve_group(self, text: str) -> str:
        from cmo.normalise import labelled

        matches = labelled(text, self.group_labels())
        if len(matches) == 1:
            return matches[0]
        known = ", ".join(g.slug for g in self.groups) or "none"
        raise NotFound(
            f"stakeholder group '{text}' is not in {self.folder / CONFIG_NAME} (groups: {known}); if it is the team's own "
            f'label for one, declare it: cmo domains alias --group SLUG "{text.strip()}".'
        )

    def close(self) -> None:
        self.store.close()


def load_config(path: Path, store: Store | None = None) -> ReviewConfig:
    """review.yaml checked whole; a bad value is named by file and line, in one sentence.

    With the review's `store`, a text read before is not parsed again (`Store.parsed_file`): importing PyYAML
    alone is 15–25 ms of every command's 0.2 s."""
    text = read_text(path)
    data = store.parsed_file(path.name, text) if store is not None else None
    if data is None:
        data = parse_yaml(path, text)
        if store is not None:
            store.keep_parsed_file(path.name, text, data)
    if not isinstance(data, dict):
        raise BadInput(f"{path}: expected a YAML mapping with title, question and domains.")
    try:
        return ReviewConfig.model_validate(data)
    except ValidationError as error:
        raise BadInput(config_problem(path, text, error.errors()[0])) from None


def read_yaml(path: Path) -> tuple[str, object]:
    """A YAML file people edit (review.yaml, a synonym file): its text and data, or one sentence naming the file
    and line (not UTF-8, not YAML, aliases that would expand without bound)."""
    text = read_text(path)
    return text, parse_yaml(path, text)


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        raise BadInput(f"{path}, line {line}: not UTF-8 text; save {path.name} as UTF-8 in your editor.") from None
    except OSError as error:
        raise CmoError(f"{path} cannot be read ({error.strerror}).") from None


def parse_yaml(path: Path, text: str) -> object:
    import yaml

    try:
        refuse_alias_bombs(path, text)
        refuse_repeated_keys(path, text)
        return yaml.load(text, Loader=safe_loader()) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark else ""
        problem = str(getattr(error, "problem", error))
        hint = next((said for words, said in _YAML_HINTS if words in problem), "")
        line = text.splitlines()[mark.line] if mark and mark.line < len(text.splitlines()) else ""
        if "\t" in line[: len(line) - len(line.lstrip())]:
            hint = ": indent with spaces, not tabs"
        raise BadInput(f"{path}{where}: this is not valid YAML ({problem}){hint}.") from None


_YAML_HINTS = (
    ("mapping values are not allowed", ": a colon and a space inside a value end it; put the value in quotes"),
    ("could not find expected ':'", ": each setting is a name, a colon and a space, then its value"),
)
"""What a person can do about the parser's most common complaints."""


def refuse_repeated_keys(path: Path, text: str) -> None:
    """A key given twice in one mapping (a second `domains:` pasted at the end): YAML keeps the last silently, so a
    review loses its domains or title without a word. Named with the line of the second."""
    import yaml

    seen: set[int] = set()
    stack = [yaml.compose(text, Loader=safe_loader())]
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[str, int] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value in first:
                    raise BadInput(
                        f"{path}, line {key.start_mark.line + 1}: '{key.value}' is given twice (first on line "
                        f"{first[key.value]}); keep one, or YAML would silently keep only the last."
                    )
                if isinstance(key, yaml.ScalarNode):
                    first[key.value] = key.start_mark.line + 1
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


@cache
def safe_loader() -> type:
    """PyYAML's safe loader, in C (libyaml) where PyYAML was built with it: the pure-Python loader took 4 ms of a
    command's 0.2 s. A key is a name, never a yes or no: YAML 1.1 reads a plain 'NO', 'ON', 'Yes' or 'off' as a truth
    value wherever it stands, so a short form the team said as 'NO: Norway' (helper RH1: the country codes a context
    lists, 'homes in NO, PL, SE and NL') was read as the short form 'False' and never told; a key is read as written."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    truth = "tag:yaml.org,2002:bool"

    class ReviewLoader(base):  # type: ignore[misc, valid-type]
        def construct_mapping(self, node, deep=False):  # noqa: ANN001, ANN202 - PyYAML's own signature
            for key, _ in node.value:
                if isinstance(key, yaml.ScalarNode) and key.tag == truth and not key.style:  # plain, not quoted
                    key.tag = "tag:yaml.org,2002:str"
            return super().construct_mapping(node, deep=deep)

    return ReviewLoader


MAX_YAML_NODES = 200_000
"""review.yaml as read: a few hundred values. An anchor may be reused (`*name`), but aliases of
aliases expand exponentially ("billion laughs": 3 KB checked as gigabytes)."""


def refuse_alias_bombs(path: Path, text: str) -> None:
    """Count what the file expands to, on the composed graph (aliases still shared), before loading."""
    if "*" not in text:
        return
    import yaml

    root = yaml.compose(text, Loader=safe_loader())
    sizes: dict[int, int] = {}

    def expanded(node: yaml.Node) -> int:
        known = sizes.get(id(node))
        if known is not None:
            return known
        sizes[id(node)] = 1  # a node that contains itself counts once
        if isinstance(node, yaml.MappingNode):
            total = 1 + sum(expanded(k) + expanded(v) for k, v in node.value)
        elif isinstance(node, yaml.SequenceNode):
            total = 1 + sum(expanded(item) for item in node.value)
        else:
            total = 1
        sizes[id(node)] = min(total, MAX_YAML_NODES + 1)
        return sizes[id(node)]

    if root is not None and expanded(root) > MAX_YAML_NODES:
        raise BadInput(
            f"{path}, line {root.start_mark.line + 1}: its aliases (*name) expand to more than {MAX_YAML_NODES:,} "
            "values, far more than a review's settings; write the values out instead."
        )


def config_problem(path: Path, text: str, problem: dict) -> str:
    """One pydantic error as a sentence: `review.yaml, line 12: settings.merge_threshold must be ..., not 'high'.`"""
    loc = list(problem["loc"])
    context = problem.get("ctx") or {}
    if "index" in context:
        loc.append(context["index"])
    where = ".".join(str(part) if isinstance(part, str) else f"item {part + 1}" for part in loc)
    where = where.replace(".item", " item")
    message = problem["msg"].removeprefix("Value error, ").removeprefix("Input ")
    if message[:1].isupper():
        message = message[0].lower() + message[1:]
    value = problem.get("input")
    named = "index" in context or "slug '" in message
    shown = f", not {value!r}" if isinstance(value, (str, int, float)) and not named else ""
    line = yaml_line(text, loc)
    between = ": " if loc and isinstance(loc[-1], int) else " "
    return f"{path}{f', line {line}' if line else ''}: {where}{between}{message}{shown}."


def yaml_line(text: str, loc: list) -> int | None:
    """The line of the value at `loc` (keys and list indexes), or of the nearest enclosing one found."""
    import yaml

    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return None
    line = None
    for part in loc:
        if node is None:
            break
        line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if key.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            node = None
    return node.start_mark.line + 1 if node is not None else line
