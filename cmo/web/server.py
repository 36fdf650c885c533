"""Start the web app: check the review, choose the secrets, and run uvicorn on the chosen address."""

from __future__ import annotations

import errno
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from cmo.commands.review import release_write_lock_note
from cmo.errors import CmoError
from cmo.web.app import Settings, create_app
from cmo.web.workers import Workers


@dataclass
class Server:
    settings: Settings

    @property
    def url(self) -> str:
        host = self.settings.host if ":" not in self.settings.host else f"[{self.settings.host}]"
        address = f"http://{host}:{self.settings.port}/"
        return address + (f"?key={self.settings.key}" if self.settings.key else "")


def prepare(review_dir: str | None, host: str = "127.0.0.1", port: int = 8765) -> Server:
    """The server for the review found from `review_dir` (as every command finds it); beyond loopback, with a key."""
    from cmo.commands.review import open_review

    review = open_review(review_dir)
    folder = review.folder
    review.close()
    if not 0 < port < 65536:
        raise CmoError(f"--port {port} is not a port number (1-65535).")
    settings = Settings(folder=folder, host=host, port=port, name_required=True)
    _check_free(host, port)
    if not settings.loopback:
        settings.key = secrets.token_urlsafe(24)
    return Server(settings)


def _check_free(host: str, port: int) -> None:
    """Say in one sentence that the address is taken (uvicorn would log its own error and exit 3)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host.strip("[]"), port))
        except OSError as error:
            reason = "in use by another program" if error.errno == errno.EADDRINUSE else error.strerror
            raise CmoError(f"cannot listen on {host}:{port} ({reason}); choose another --port or --host.") from None


STOPPING = 3.0
"""Seconds a stopped server waits for its requests to end (each is interrupted at once: `Workers.stop`) before it
exits without them; a write cut off then is rolled back by SQLite, as a killed command's is."""


def run(server: Server) -> None:
    """Serve until interrupted (Ctrl-C) or terminated (SIGTERM), then stop within moments: requests still running are
    interrupted (a write in progress rolled back, never half-saved) and no holder note is left behind. uvicorn's own
    access log is off, its errors go to stderr."""
    import uvicorn

    settings = server.settings
    app = create_app(settings)
    config = uvicorn.Config(app, host=settings.host, port=settings.port, log_level="warning", timeout_graceful_shutdown=STOPPING)
    try:
        _Stopping(config, app.state.workers, settings.folder).run()
    except OSError as error:
        raise CmoError(f"cannot listen on {settings.host}:{settings.port} ({error.strerror}).") from None


class _Stopping(uvicorn.Server):
    """uvicorn's server, which on Ctrl-C or SIGTERM also interrupts the requests still running (uvicorn alone waits
    for them, however long a refine takes) and, once they end, removes any holder note this process left."""

    def __init__(self, config, workers: Workers, folder: Path):
        super().__init__(config)
        self.workers, self.folder = workers, folder

    def handle_exit(self, sig, frame) -> None:
        self.workers.stop()
        super().handle_exit(sig, frame)

    async def shutdown(self, sockets=None) -> None:
        await super().shutdown(sockets)
        release_write_lock_note(self.folder)  # a write cut off past `STOPPING`, or interrupted before it could remove its own
