"""Where sentence vectors are kept between commands: the review's database, lent to the engine by the command
that opened it. Light on purpose (no numpy): opening a review registers it, and most commands never embed."""

from __future__ import annotations

from typing import Protocol


class VectorVault(Protocol):
    def load(self, model: str, texts: list[str]) -> dict:
        """Vectors already kept for these texts (text to float32 array); the others are missing."""

    def save(self, model: str, vectors: dict) -> None:
        """Keep newly encoded vectors (text to float32 array), if the command may write."""


_vault: VectorVault | None = None


def keep_vectors_in(vault: VectorVault | None) -> None:
    global _vault
    _vault = vault


def current_vault() -> VectorVault | None:
    return _vault
