"""Files shipped with cmo: the default review configuration and the example review.

Installed, they live in the package (`cmo/bundled`, copied from `configs/` and `sources/` at
build time, see setup.py); in a checkout they are read from those folders directly.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent

DEFAULT_CONFIG = "telemental-health.yaml"


def _folder(name: str) -> Path:
    bundled = _PACKAGE / "bundled" / name
    return bundled if bundled.is_dir() else _CHECKOUT / name


def configs_dir() -> Path:
    return _folder("configs")


def example_dir() -> Path:
    return _folder("sources")


def default_config() -> Path:
    return configs_dir() / DEFAULT_CONFIG
