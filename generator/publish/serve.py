"""`briefings serve`: a local preview that rebuilds when the inputs change and reloads the browser.

Polls the inputs (no extra dependency, works on every file system), rebuilds with the same
staged pipeline as `build`, and serves site/ on 127.0.0.1. A failed rebuild prints its errors and
leaves the last good preview up, and one started while another build of the project runs (a
`briefings build` in another terminal, say) waits for it rather than failing. Pages are served
with a small same-origin script that reloads them when the build number changes; the built files
themselves are never modified.
"""

from __future__ import annotations

import functools
import gc
import http.server
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from generator.errors import BriefingsError
from generator.project import Project
from generator.publish.lock import BuildLockedError
from generator.publish.pipeline import Pipeline
from generator.publish.products import Result

RELOAD_SCRIPT = (b"<script>(function(){var v=null;setInterval(function(){fetch('/__build')"
                 b".then(function(r){return r.text()})\n"
                 b".then(function(t){if(v!==null&&t!==v){location.reload()}v=t}).catch(function(){})},1000)})();</script>")
WAIT = 300.0  # seconds a rebuild waits for another build of the project (a full build of a large site)


def watched(project: Project) -> list[Path]:
    generator = Path(__file__).parent.parent
    return [project.briefings, project.seeds, project.pages, project.config, project.root / "overrides",
            generator / "pages" / "templates", generator / "printing" / "templates"]


def signature(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """What changed is enough to know that something did: names, sizes and mtimes of every file."""
    entries = []
    for root in paths:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []
        for path in files:
            stat = path.stat()
            entries.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


class Preview:
    """The build number the browser polls, and the loop that moves it on."""

    def __init__(self, pipeline: Pipeline, say: Callable[[Result], None]):
        self.pipeline, self.project, self.say, self.number = pipeline, pipeline.project, say, 0

    def rebuild(self) -> bool:
        try:
            self.say(self._build())
        except BriefingsError as exc:
            print(exc, file=sys.stderr, flush=True)
            print("preview not updated: the last good site stays up", file=sys.stderr, flush=True)
            return False
        self.number += 1
        gc.collect()  # what the build left for the collector (`gc_pause.gc_frozen`), once the page can reload
        return True

    def _build(self) -> Result:
        """Build now, or once the other build of the project that holds the lock is done."""
        try:
            return self.pipeline.build()
        except BuildLockedError as exc:
            running = exc.holder or "another build"
            print(f"waiting for {running} to finish (up to {WAIT:.0f} s)", file=sys.stderr, flush=True)
            return self.pipeline.build(wait=WAIT)

    def watch(self, interval: float, stop: threading.Event) -> None:
        last = signature(watched(self.project))
        while not stop.wait(interval):
            current = signature(watched(self.project))
            if current != last:
                last = current
                self.rebuild()


def handler(preview: Preview) -> type[http.server.SimpleHTTPRequestHandler]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def translate_path(self, path: str) -> str:  # site/ is swapped on rebuild: resolve it every time
            self.directory = str(preview.project.site)
            return super().translate_path(path)

        def do_GET(self) -> None:
            if self.path == "/__build":
                self._send(str(preview.number).encode(), "text/plain")
                return
            target = Path(self.translate_path(self.path))
            if target.is_dir():
                target = target / "index.html"
            if target.suffix == ".html" and target.is_file():
                body = target.read_bytes().replace(b"</body>", RELOAD_SCRIPT + b"</body>", 1)
                self._send(body, "text/html; charset=utf-8")
                return
            super().do_GET()

        def _send(self, body: bytes, kind: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


def serve(pipeline: Pipeline, port: int, say: Callable[[Result], None], interval: float = 0.5,
          ready: threading.Event | None = None, stop: threading.Event | None = None) -> None:
    """Build, serve site/ on 127.0.0.1:``port``, and rebuild on every change until ``stop``;
    ``say`` is given each build's result."""
    project = pipeline.project
    preview = Preview(pipeline, say)
    preview.rebuild()
    stop = stop or threading.Event()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port),
                                             functools.partial(handler(preview), directory=str(project.site)))
    threading.Thread(target=preview.watch, args=(interval, stop), daemon=True).start()
    print(f"serving http://127.0.0.1:{server.server_address[1]}/ (Ctrl+C to stop)", flush=True)
    if ready:
        ready.set()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.shutdown()
        server.server_close()
