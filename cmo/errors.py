"""The one family of user-facing errors.

Raised where a problem is found, deep in the engine; click prints the message as one
sentence on stderr and exits with its code (the exit codes in the README), so commands need no try/except.
"""

import click


class CmoError(click.ClickException):
    """Nothing was done (exit 2): bad input, a missing file, an unknown id."""

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message if hint is None else f"{message} {hint}")


class NotFound(CmoError):
    """An id, key or slug that the review does not have."""


class Busy(CmoError):
    """Another command held the review's write lock longer than a write waits (`store.LOCK_WAIT`); nothing was changed.
    `holder` names that command as its note gives it ("'cmo refine' (process 4242, since 22:01:26)"), `waited` the
    seconds this write waited for it."""

    def __init__(self, message: str, *, holder: str = "", waited: float = 0.0):
        super().__init__(message)
        self.holder, self.waited = holder, waited


class BadInput(CmoError):
    """A file whose content cannot be used; the message names the file and line."""


class LookAt(str):
    """A warning that part of an input was not taken as written (another sheet not read, a formula cell with no
    saved value, a page a spreadsheet turned into a date, a row for a deleted statement): the command does its
    work, and a command that reports one exits 1, "done, with problems to look at"."""
