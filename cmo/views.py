"""What `--json` prints: one pydantic model per command output, the fields scripts rely on.

Field names are a contract (DESIGN.md): add fields, never rename them. `cli.py` prints
`view.model_dump()`; the engine builds these from `cmo.models` objects.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class View(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Started(View):
    """`cmo init`."""

    folder: str
    domains: list[str]
