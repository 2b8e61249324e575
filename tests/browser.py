"""Browser test support: a loopback web server and headless Debian Chromium via Playwright."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

# Flags that let Chromium start as root in a container with no network: without the
# background-networking flags it keeps trying to reach Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require_chromium() -> str:
    """Return Chromium's path, or skip the test (fail it under CI) when it is not installed."""
    if Path(CHROMIUM).exists():
        return CHROMIUM
    message = "Debian's chromium is not installed; install it with: apt-get install chromium"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (browser tests must run in CI)")
    pytest.skip(message)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature fixed by the base class
        pass


@contextmanager
def serve_directory(directory: Path) -> Iterator[str]:
    """Serve a folder over HTTP on 127.0.0.1 and yield its base URL, ending in '/'."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


class RequestLog:
    """Every request a page makes, so a test can check none leaves the local server."""

    def __init__(self, base_url: str) -> None:
        self.local_host = urlsplit(base_url).netloc
        self.urls: list[str] = []

    def record(self, request) -> None:
        self.urls.append(request.url)

    @property
    def external(self) -> list[str]:
        return [
            url
            for url in self.urls
            if urlsplit(url).scheme in ("http", "https", "ws", "wss")
            and urlsplit(url).netloc != self.local_host
        ]
