"""What the scripts that build cmo's word lists share: where Debian's wordnet-base puts WordNet and its wbritish puts
SCOWL's British English dictionary, and how a list is written (a header naming the script that wrote it, which
tests/test_short_forms.py checks, then its lines)."""

from __future__ import annotations

from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
DICTIONARY = Path("/usr/share/dict/british-english")


def write_list(output: Path, script: str, about: str, lines: list[str], also: str = "") -> None:
    """`output` as `script` builds it: the header, a line saying what the list is (`about`), then `lines`; `also`
    names another source it was built from."""
    sources = "WordNet 3.0 (Debian wordnet-base)" + (f" and {also}" if also else "")
    header = [f"# Built by scripts/{script} from {sources}; do not edit.", f"# {about}"]
    output.write_text("\n".join([*header, *lines]) + "\n", encoding="utf-8")
