"""The built site embeds nothing from another host: no frames, players, fonts or scripts.

The browser walk in test_privacy_browser.py records the requests a page makes as it loads. This
scan also catches what a browser would fetch later, such as a lazy image below the fold or a
video that starts when played.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

# Elements that embed another page or a player, which call their host as soon as they load.
EMBEDS = {"iframe", "frame", "video", "audio", "embed", "object", "portal"}
# Attributes whose URL a browser fetches without a click.
FETCHED_ATTRIBUTES = {"src", "srcset", "poster", "data", "background"}
# <link rel> values that make the browser fetch or connect to the linked address.
FETCHED_LINK_RELS = {
    "stylesheet",
    "preload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "modulepreload",
    "icon",
    "apple-touch-icon",
    "manifest",
}
EXTERNAL = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
CSS_EXTERNAL = re.compile(r"(url\(\s*['\"]?|@import\s+['\"])\s*(https?:)?//", re.IGNORECASE)


class _EmbedFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in EMBEDS:
            self.problems.append(f"<{tag}> at line {self.getpos()[0]}")
        for name in FETCHED_ATTRIBUTES & values.keys():
            if any(EXTERNAL.match(part) for part in values[name].split(",")):
                self.problems.append(f"<{tag} {name}={values[name]!r}>")
        rels = set(values.get("rel", "").lower().split())
        if tag == "link" and rels & FETCHED_LINK_RELS and EXTERNAL.match(values.get("href", "")):
            self.problems.append(f"<link rel={values['rel']!r} href={values['href']!r}>")


def embeds_in(html: str) -> list[str]:
    """Return each element of the page that would fetch from another host without a click."""
    finder = _EmbedFinder()
    finder.feed(html)
    return finder.problems


def test_finder_catches_embeds():
    html = (
        '<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>'
        '<img loading="lazy" src="//cdn.example.org/a.png">'
        '<link rel="preconnect" href="https://fonts.gstatic.com">'
        '<a href="https://www.gov.uk/">a link is fine</a><img src="../a.png">'
    )
    assert embeds_in(html) == [
        "<iframe> at line 1",
        "<iframe src='https://www.youtube-nocookie.com/embed/x'>",
        "<img src='//cdn.example.org/a.png'>",
        "<link rel='preconnect' href='https://fonts.gstatic.com'>",
    ]


def test_no_page_embeds_another_host(built_site: Path):
    problems = {
        str(path.relative_to(built_site)): embeds_in(path.read_text(encoding="utf-8"))
        for path in sorted(built_site.rglob("*.html"))
    }
    assert {page: found for page, found in problems.items() if found} == {}


def test_no_stylesheet_imports_another_host(built_site: Path):
    found = [
        str(path.relative_to(built_site))
        for path in sorted(built_site.rglob("*.css"))
        if CSS_EXTERNAL.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
