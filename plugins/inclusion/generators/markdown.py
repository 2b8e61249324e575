"""Writing front-matter values safely into generated Markdown pages."""

from __future__ import annotations

import html
import posixpath
import re

# Characters Python-Markdown treats as markup and lets a backslash escape.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")


def escape_text(text: str) -> str:
    """Escape text so Markdown shows it as written: HTML characters and Markdown markup."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def link(text: str, src_uri: str, from_src_uri: str) -> str:
    """Return a Markdown link to a page's source file, relative to the page it appears on.

    MkDocs turns a link to a `.md` file into the page's URL and warns when the file is missing.
    """
    target = posixpath.relpath(src_uri, posixpath.dirname(from_src_uri) or ".")
    return f"[{escape_text(text)}]({target})"
