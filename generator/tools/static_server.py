"""A plain static file server on 127.0.0.1, as a static host serves the site: files as they are,
and the site's own 404 page (with status 404) for any path that has no file. The browser tests
and `briefings bench --compare-search` read the site through it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class _StaticHandler(SimpleHTTPRequestHandler):
    not_found: Path | None = None

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != HTTPStatus.NOT_FOUND or self.not_found is None or not self.not_found.is_file():
            super().send_error(code, message, explain)
            return
        body = self.not_found.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(root: Path, not_found: str = "404.html") -> Iterator[str]:
    """Serve ``root`` on a free port; yields the base URL. ``not_found`` is relative to ``root``."""
    handler = type("Handler", (_StaticHandler,), {"not_found": root / not_found})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
