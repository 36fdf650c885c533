"""`cmo domains`: list the review's domains, rename a slug everywhere it is used, and declare a team's own labels.

A slug lives in two places: review.yaml (people edit it) and the statements, configurations and
frozen rounds in review.db. Renaming it in review.yaml by hand leaves the others behind; this
module says so (`domain_warnings`) and `cmo domains rename` brings both sides together.
"""

from __future__ import annotations

from pydantic import ValidationError

from cmo.commands import writes
from cmo.errors import BadInput, CmoError, NotFound
from cmo.files import atomic_write_text
from cmo.models import SLUG, Decision, Domain, ReviewConfig, RoundSnapshot
from cmo.normalise import fold
from cmo.review import CONFIG_NAME, Review, config_problem, safe_loader
from cmo.views import DomainListed, DomainRenamed


def list_domains(review: Review) -> list[DomainListed]:
    """`cmo domains list`: review.yaml's domains with what uses them, then any slug in use it no longer lists."""
    users = _users(review)
    listed = [
        DomainListed(
            slug=d.slug,
            name=d.name,
            description=d.description,
            aliases=list(d.aliases),
            listed=True,
            configurations=users.get(d.slug, ([], []))[0],
            statements=len(users.get(d.slug, ([], []))[1]),
        )
        for d in review.domains
    ]
    orphans = [
        DomainListed(slug=slug, name="", description="", listed=False, configurations=configs, statements=len(stmts))
        for slug, (configs, stmts) in sorted(users.items())
        if slug not in review.domain_slugs()
    ]
    return listed + orphans


def _users(review: Review) -> dict[str, tuple[list[str], list[str]]]:
    """Slug -> (active configurations, live statements) coded to it."""
    return review.store.domain_users()


def domain_warnings(review: Review) -> list[str]:
    """One sentence per slug that statements or configurations use and review.yaml no longer lists."""
    known, in_use = review.domain_slugs(), review.store.domains_in_use()
    if in_use <= known:
        return []
    unused = sorted(known - in_use)
    users = review.store.domain_users(in_use - known)
    return [_orphan_sentence(review, slug, configs, statements, unused) for slug, (configs, statements) in sorted(users.items())]


def _orphan_sentence(review: Review, slug: str, configs: list[str], statements: list[str], unused: list[str]) -> str:
    from rapidfuzz import process  # only when a slug is not found

    found = process.extractOne(slug, unused) if unused else None
    target = found[0] if found else "NEW-SLUG"
    shown = ", ".join(configs[:6]) + ("…" if len(configs) > 6 else "")
    who = " and ".join(
        part
        for part in (shown, f"{len(statements)} statement{'s' if len(statements) != 1 else ''}" if statements else "")
        if part
    )
    verb = "uses" if not configs and len(statements) == 1 or len(configs) == 1 and not statements else "use"
    return (
        f"{who} {verb} domain '{slug}', which {CONFIG_NAME} no longer lists; rename it back in {CONFIG_NAME} "
        f"or run 'cmo domains rename {slug} {target}'"
    )


def check_domains(review: Review, *, refuse: bool = False) -> list[str]:
    """The warnings a command that reads domains prints; `refuse` (refine) stops instead of orphaning configurations."""
    warnings = domain_warnings(review)
    if warnings and refuse:
        raise CmoError(f"{warnings[0]}; nothing was changed.")
    return warnings


@writes
def rename_domain(review: Review, old: str, new: str, note: str = "") -> DomainRenamed:
    """`cmo domains rename OLD NEW`: in review.yaml (only the slug's text, comments kept), every statement,
    configuration and frozen round, and the history, in one go."""
    old, new = old.strip(), new.strip()
    _check_rename(review, old, new)
    store = review.store
    statements = [s.model_copy(update={"domain": new}) for s in store.statements(include_deleted=True) if s.domain == old]
    configs = [c.model_copy(update={"domain": new}) for c in store.configurations(include_retired=True) if c.domain == old]
    rounds = [_renamed_round(r, old, new) for r in store.rounds() if any(c.domain == old for c in r.configurations)]
    text = _renamed_yaml(review, old, new) if old in review.domain_slugs() else None
    with store.transaction():
        store.put_statements(statements)
        store.put_configurations(configs)
        for snapshot in rounds:
            store.replace_round(snapshot)
        store.record_decision(
            Decision(
                action="domain-rename",
                targets=[old, new, *[c.id for c in configs], *[s.id for s in statements]],
                note=note,
                before={"domain": old},
                after={"domain": new},
                round=store.current_round(),
            )
        )
        if text is not None:
            atomic_write_text(review.folder / CONFIG_NAME, text)
    return DomainRenamed(
        old=old,
        new=new,
        review_yaml=text is not None,
        configurations=[c.id for c in configs],
        statements=[s.id for s in statements],
        rounds=[r.number for r in rounds],
    )


def _check_rename(review: Review, old: str, new: str) -> None:
    known = review.domain_slugs()
    if not SLUG.match(new):
        raise BadInput(f"'{new}' cannot be a slug: use lower-case letters, digits and hyphens, e.g. 'safety'.")
    if old == new:
        raise CmoError(f"'{old}' and '{new}' are the same slug; nothing to rename.")
    if old in known and new in known:
        raise CmoError(
            f"both '{old}' and '{new}' are domains in {CONFIG_NAME}; renaming would merge them. "
            f"Move the configurations instead ('cmo configs move C1 --domain {new}')."
        )
    if old not in known and old not in _users(review):
        raise NotFound(
            f"domain '{old}' is neither in {CONFIG_NAME} nor used by any statement or configuration "
            f"(domains: {', '.join(sorted(known)) or 'none'})."
        )


def _renamed_round(snapshot: RoundSnapshot, old: str, new: str) -> RoundSnapshot:
    configs = [c.model_copy(update={"domain": new}) if c.domain == old else c for c in snapshot.configurations]
    return snapshot.model_copy(update={"configurations": configs})


def _renamed_yaml(review: Review, old: str, new: str) -> str:
    """review.yaml with only the slug's own text replaced, so comments and layout stay as people wrote them."""
    import yaml  # here: every command checks its domains with this module, and only a rename reads YAML

    path = review.folder / CONFIG_NAME
    text = path.read_text(encoding="utf-8-sig")
    node = _slug_node(yaml.compose(text), old)
    if node is None:
        raise CmoError(
            f"{path}: domain '{old}' could not be found in the file's text; rename it there by hand, "
            f"then run 'cmo domains rename {old} {new}'."
        )
    start, end = node.start_mark.index, node.end_mark.index
    renamed = text[:start] + (new if node.style is None else f'"{new}"') + text[end:]
    try:
        ReviewConfig.model_validate(yaml.load(renamed, Loader=safe_loader()))
    except ValidationError as error:
        raise BadInput(config_problem(path, renamed, error.errors()[0])) from None
    return renamed


def _slug_node(root, slug: str):
    """The scalar node of `slug:` in review.yaml's `domains:` list, or None."""
    item = _item_node(root, "domains", slug)
    return None if item is None else next((value for key, value in item.value if key.value == "slug"), None)


@writes
def alias_domain(review: Review, target: str, labels: list[str], *, group: bool = False, remove: bool = False) -> Domain:
    """`cmo domains alias SLUG LABEL…`: the team's own labels for a domain (`--group`: a stakeholder group) added to its
    `aliases:` in review.yaml (`--remove`: taken out), so a sheet or form that writes one is read as it ("Staff", a
    second coder's label for `workforce`), with no cell edited. Only the item's text changes: comments stay."""
    import yaml

    slug = review.resolve_group(target) if group else review.resolve_domain(target)
    items = review.groups if group else review.domains
    item = next(i for i in items if i.slug == slug)
    wanted = [" ".join(label.split()) for label in labels if label.strip()]
    if not wanted:
        raise BadInput('give the label to declare, e.g. cmo domains alias workforce "Staff".')
    kind = "group" if group else "domain"
    if remove:
        missing = [label for label in wanted if fold(label) not in {fold(a) for a in item.aliases}]
        if missing:
            raise NotFound(
                f"'{missing[0]}' is not an alias of the {kind} {slug} (its aliases: {', '.join(item.aliases) or 'none'})."
            )
        aliases = [a for a in item.aliases if fold(a) not in {fold(label) for label in wanted}]
    else:
        own = {fold(item.slug), fold(item.name)}
        if all(fold(label) in own for label in wanted):
            its = "name" if fold(wanted[0]) == fold(item.name) else "slug"
            raise CmoError(
                f"'{wanted[0]}' is already the {its} of the {kind} {slug}, read as it on every sheet and form: nothing to add "
                f'(an alias is another label for it, e.g. cmo domains alias{" --group" if group else ""} {slug} "…").'
            )
        for label in wanted:
            other = next((i for i in items if i.slug != slug and fold(label) in {fold(x) for x in i.labels()}), None)
            if other is not None:
                raise CmoError(
                    f"'{label}' already names the {kind} {other.slug}; a label names one {kind}, so nothing was changed."
                )
        aliases = list(item.aliases)
        for label in wanted:
            if fold(label) not in {fold(x) for x in (*item.labels(), *aliases)}:
                aliases.append(label)
    path = review.folder / CONFIG_NAME
    text = path.read_text(encoding="utf-8-sig")
    changed = _aliased_yaml(path, text, "groups" if group else "domains", slug, aliases)
    if changed != text:
        atomic_write_text(path, changed)
    config = ReviewConfig.model_validate(yaml.load(changed, Loader=safe_loader()))
    return next(i for i in (config.groups if group else config.domains) if i.slug == slug)


def _aliased_yaml(path, text: str, key: str, slug: str, aliases: list[str]) -> str:
    """review.yaml with the item's `aliases:` written as a list on one line: replacing the value there is, else on a line
    of its own after the slug's (inside the braces of an item written `{slug: …}`)."""
    import yaml

    item = _item_node(yaml.compose(text), key, slug)
    if item is None:
        raise CmoError(f"{path}: '{slug}' could not be found in the file's text; add 'aliases: [...]' under it by hand.")
    flow = yaml.safe_dump(aliases, default_flow_style=True, allow_unicode=True, width=10**6).strip()
    given = next((value for k, value in item.value if k.value == "aliases"), None)
    if given is not None:
        changed = text[: given.start_mark.index] + flow + text[given.end_mark.index :]
    elif not aliases:
        changed = text
    elif item.flow_style:
        end = text.rindex("}", 0, item.end_mark.index)
        changed = text[:end].rstrip() + f", aliases: {flow}" + text[end:]
    else:
        slug_key, slug_value = next((k, v) for k, v in item.value if k.value == "slug")
        end = text.find("\n", slug_value.end_mark.index)
        end = len(text) if end < 0 else end
        changed = text[:end] + "\n" + " " * slug_key.start_mark.column + f"aliases: {flow}" + text[end:]
    try:
        ReviewConfig.model_validate(yaml.load(changed, Loader=safe_loader()))
    except ValidationError as error:
        raise BadInput(config_problem(path, changed, error.errors()[0])) from None
    return changed


def _item_node(root, key: str, slug: str):
    """The mapping node of the item with `slug` in review.yaml's `domains:` (or `groups:`) list, or None."""
    import yaml

    if not isinstance(root, yaml.MappingNode):
        return None
    listed = next((value for k, value in root.value if k.value == key), None)
    if not isinstance(listed, yaml.SequenceNode):
        return None
    for item in listed.value:
        if isinstance(item, yaml.MappingNode) and any(
            k.value == "slug" and isinstance(v, yaml.ScalarNode) and str(v.value) == slug for k, v in item.value
        ):
            return item
    return None
