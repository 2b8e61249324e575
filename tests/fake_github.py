"""A fake GitHub REST API on 127.0.0.1: the issue and label calls the reminder script makes."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

TOKEN = "test-token"
REPOSITORY = "council/inclusion-resources"


@dataclass
class FakeGitHub:
    """In-memory issues, labels and comments of one repository, and every request received."""

    page_size: int = 100
    issues: list[dict] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    comments: dict[int, list[str]] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)
    fail_with: int | None = None
    url: str = ""

    def add_issue(self, title: str, body: str, labels=(), state="open", pull_request=False):
        issue = {
            "number": len(self.issues) + 1,
            "title": title,
            "body": body,
            "state": state,
            "labels": [{"name": name} for name in labels],
        }
        if pull_request:
            issue["pull_request"] = {"url": "pr"}
        self.issues.append(issue)
        return issue

    def issue(self, number: int) -> dict:
        return self.issues[number - 1]


def _handler(fake: FakeGitHub):
    prefix = f"/repos/{REPOSITORY}"

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format, *args):  # noqa: A002 - signature fixed by the base class
            pass

        def reply(self, status: int, data=None, headers=None) -> None:
            raw = json.dumps(data).encode() if data is not None else b""
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(raw)

        def body(self) -> dict:
            length = int(self.headers.get("Content-Length", 0))
            return json.loads(self.rfile.read(length)) if length else {}

        def handle_any(self, method: str) -> None:
            url = urlsplit(self.path)
            fake.requests.append((method, self.path))
            if self.headers.get("Authorization") != f"Bearer {TOKEN}":
                return self.reply(401, {"message": "Bad credentials"})
            if fake.fail_with:
                return self.reply(fake.fail_with, {"message": "Resource not accessible"})
            if not url.path.startswith(prefix):
                return self.reply(404, {"message": "Not Found"})
            route = url.path.removeprefix(prefix)
            query = parse_qs(url.query)
            match = re.fullmatch(r"/issues/(\d+)(/comments)?", route)
            if method == "GET" and route.startswith("/labels/"):
                name = route.removeprefix("/labels/")
                if name in fake.labels:
                    return self.reply(200, {"name": name})
                return self.reply(404, {"message": "Not Found"})
            if method == "POST" and route == "/labels":
                fake.labels.append(self.body()["name"])
                return self.reply(201, {})
            if method == "GET" and route == "/issues":
                return self.list_issues(query)
            if method == "POST" and route == "/issues":
                data = self.body()
                issue = fake.add_issue(data["title"], data["body"], data.get("labels", ()))
                return self.reply(201, issue)
            if match and match[2] and method == "POST":
                fake.comments.setdefault(int(match[1]), []).append(self.body()["body"])
                return self.reply(201, {})
            if match and method == "PATCH":
                issue = fake.issue(int(match[1]))
                issue.update(self.body())
                return self.reply(200, issue)
            return self.reply(404, {"message": "Not Found"})

        def list_issues(self, query: dict) -> None:
            label = query.get("labels", [""])[0]
            state = query.get("state", ["open"])[0]
            matching = [
                issue
                for issue in fake.issues
                if issue["state"] == state
                and (not label or label in [item["name"] for item in issue["labels"]])
            ]
            page = int(query.get("page", ["1"])[0])
            start = (page - 1) * fake.page_size
            headers = {}
            if start + fake.page_size < len(matching):
                next_url = f"{fake.url}{prefix}/issues?state={state}&labels={label}&page={page + 1}"
                headers["Link"] = f'<{next_url}>; rel="next"'
            self.reply(200, matching[start : start + fake.page_size], headers)

        def do_GET(self):  # noqa: N802 - name fixed by BaseHTTPRequestHandler
            self.handle_any("GET")

        def do_POST(self):  # noqa: N802
            self.handle_any("POST")

        def do_PATCH(self):  # noqa: N802
            self.handle_any("PATCH")

    return Handler


@contextmanager
def serve_fake_github(fake: FakeGitHub) -> Iterator[FakeGitHub]:
    """Serve the fake API on 127.0.0.1 and set `fake.url` to its root."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    fake.url = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
