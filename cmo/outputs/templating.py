"""The one jinja environment every template of cmo renders in: packs and the report, HTML and markdown.

Every value a template prints may be untrusted (titles, quotes, feedback), so escaping is the
environment's job, never a template's: HTML autoescapes (`autoescape=True`, not
`select_autoescape`, which leaves `*.html.j2` unescaped); markdown has no HTML escaping and instead
escapes every printed value through `finalize`, keeping the file's last newline. Undefined names
fail loudly in both, and both share the loader, whitespace rules and filters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from cmo.views import counted, noun_for, page_reference

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")


def markdown_escape(value) -> str:
    """Untrusted text made literal in markdown: no HTML, no links, no table breaks."""
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return _ENTITY.sub("&amp;", _MARKDOWN_SPECIAL.sub(r"\\\1", text))


class _RowsFirstEnvironment(Environment):
    """Rows handed to templates are dicts, and `row.title` in jinja first asks the dict for an attribute, which
    raises and is caught before the key is read: a third of the time of a 6,000-statement report. A dict's key is
    read first here, unless the name is one of a dict's own (`items`, `get`): those, and anything else, are looked
    up as jinja does."""

    def getattr(self, obj, attribute):
        if type(obj) is dict and attribute in obj and attribute not in _DICT_ATTRIBUTES:
            return obj[attribute]
        return super().getattr(obj, attribute)


_DICT_ATTRIBUTES = frozenset(dir(dict))
"""`row.items()` stays the method even when a row has a key "items" (a team's own column may be called that)."""


def address(name: str) -> str:
    """A name as one part of a page's address: every character that is not a letter, digit or "-._~" escaped, "/"
    too, so a key like DBLP's `journals/cacm/Knuth74` or a hostile `../../etc/passwd` stays one part the browser
    does not resolve (jinja's `urlencode` leaves "/" as it is)."""
    return quote(str(name), safe="")


@lru_cache(maxsize=2)
def environment(markdown: bool = False) -> Environment:
    """The environment for HTML templates, or with `markdown=True` for markdown ones; built once each."""
    env = _RowsFirstEnvironment(
        loader=PackageLoader("cmo.outputs", "templates"),
        autoescape=not markdown,
        undefined=StrictUndefined,
        finalize=markdown_escape if markdown else None,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=markdown,
    )
    env.filters["raw"] = Markup
    env.filters["counted"] = counted
    env.filters["page_reference"] = page_reference
    env.filters["address"] = address
    env.globals["noun_for"] = noun_for
    return env
