"""Where sentence vectors are kept between commands: the review's database, lent to the engine by the command
that opened it. Light on purpose (no numpy): opening a review registers it, and most commands never embed."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Protocol


class VectorVault(Protocol):
    def load(self, model: str, texts: list[str]) -> dict:
        """Vectors already kept for these texts (text to float32 array); the others are missing."""

    def save(self, model: str, vectors: dict) -> None:
        """Keep newly encoded vectors (text to float32 array), if the command may write."""


_vault: ContextVar[VectorVault | None] = ContextVar("vault", default=None)
"""The vault of the review this command, or this request of `cmo serve` (each in a thread of its own, with its own
connection), opened: never another request's, whose connection belongs to its thread."""


def keep_vectors_in(vault: VectorVault | None) -> None:
    _vault.set(vault)


def current_vault() -> VectorVault | None:
    return _vault.get()
