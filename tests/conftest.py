"""Fixtures: the real schema and throwaway content repos."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from inclusion.schema import Schema, load_schema

from .helpers import MKDOCS_YML, ROOT


@pytest.fixture(scope="session")
def schema() -> Schema:
    return load_schema(ROOT / "schema")


@pytest.fixture
def content_repo(tmp_path: Path):
    """Return a function that writes a small content repo that uses the real schema."""

    def make(pages: dict[str, str | bytes], mkdocs_yml: str = MKDOCS_YML) -> Path:
        shutil.copytree(ROOT / "schema", tmp_path / "schema")
        (tmp_path / "mkdocs.yml").write_text(mkdocs_yml, encoding="utf-8")
        all_pages = {"index.md": "---\ntitle: Home\n---\n\nHello.\n", **pages}
        for src_uri, text in all_pages.items():
            path = tmp_path / "content" / src_uri
            path.parent.mkdir(parents=True, exist_ok=True)
            data = text.encode("utf-8") if isinstance(text, str) else text
            path.write_bytes(data)
        return tmp_path

    return make
