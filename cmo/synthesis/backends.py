"""The one place that chooses a similarity backend, so `similarity` never imports `embeddings`.

`similarity` is the lexical backend; `embeddings` adds "semantic" and "hybrid" on top of it.
Imports run one way: backends -> embeddings -> similarity.
"""

from __future__ import annotations

from collections.abc import Sequence

from cmo.errors import CmoError
from cmo.synthesis.similarity import HasElements, build_lexical_index

BACKENDS: tuple[str, ...] = ("lexical", "semantic", "hybrid")
"""lexical runs anywhere; semantic and hybrid need the optional extra (see `cmo.synthesis.embeddings`)."""


def build_index(
    statements: Sequence[HasElements],
    weights: dict[str, float] | None = None,
    backend: str = "lexical",
    model: str = "minilm-int8",
):
    """The similarity index of the statements with the named backend (one of BACKENDS) and embedding model.

    Every index offers `size`, `pair`, `pairs`, `neighbours` and `backend`.
    """
    if backend == "lexical":
        return build_lexical_index(statements, weights)
    if backend in ("semantic", "hybrid"):
        from cmo.synthesis import embeddings

        build = embeddings.build_semantic_index if backend == "semantic" else embeddings.build_hybrid_index
        return build(statements, weights, model)
    raise CmoError(f"unknown similarity backend {backend!r}: choose one of {', '.join(BACKENDS)}")
