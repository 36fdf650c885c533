"""Start the web app: check the review, choose the secrets, and run uvicorn on the chosen address."""

from __future__ import annotations

import errno
import secrets
import socket
from dataclasses import dataclass

from cmo.errors import CmoError
from cmo.web.app import Settings, create_app


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


def run(server: Server) -> None:
    """Serve until interrupted (Ctrl-C); uvicorn's own access log is off, its errors go to stderr."""
    import uvicorn

    try:
        uvicorn.run(create_app(server.settings), host=server.settings.host, port=server.settings.port, log_level="warning")
    except OSError as error:
        raise CmoError(f"cannot listen on {server.settings.host}:{server.settings.port} ({error.strerror}).") from None
