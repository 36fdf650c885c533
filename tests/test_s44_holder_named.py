"""Helper SL: a command waiting on another is told which one holds the review, from the holder's note, which took the
first three words not starting with '-': `cmo serve --port 59125` was named 'cmo serve 59125' and `cmo refine --backend
lexical` 'cmo refine lexical', an option's value as if a command's word. The note names the words before the first
option."""

from cmo.store import command_typed


def test_the_holder_is_named_by_its_words_before_its_options():
    assert command_typed(["serve", "--port", "59125"]) == "cmo serve"
    assert command_typed(["refine", "--backend", "lexical"]) == "cmo refine"
    assert command_typed(["--review", "rev", "configs", "accept", "C4", "--note", "agreed"]) == "cmo configs accept C4"
    assert command_typed(["--debug", "code", "import", "sheet.xlsx"]) == "cmo code import sheet.xlsx"
    assert command_typed(["configs", "merge", "C1", "C2", "C3"]) == "cmo configs merge C1"  # three words at most
