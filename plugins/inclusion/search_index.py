"""Build the Pagefind search index of a built site, with the binary from `pagefind[bin]`."""

from __future__ import annotations

import subprocess
from pathlib import Path


class SearchIndexError(Exception):
    """The Pagefind binary is missing, or it failed to index the site."""


def pagefind_executable() -> Path:
    """Return the path of the Pagefind binary that the `pagefind_bin` package ships.

    Raises:
        SearchIndexError: `pagefind[bin]` is not installed.
    """
    try:
        from pagefind_bin import get_executable
    except ImportError as error:
        raise SearchIndexError(
            "the Pagefind binary is not installed; run: pip install 'pagefind[bin]'"
        ) from error
    try:
        return get_executable()
    except FileNotFoundError as error:
        raise SearchIndexError(f"the Pagefind binary is missing: {error}") from error


def build_search_index(site_dir: Path, timeout: float = 600) -> str:
    """Index every page of the built site into `<site_dir>/pagefind/`.

    Pagefind reads only the HTML files in `site_dir` and never uses the network.

    Returns:
        What Pagefind printed, for the build log.

    Raises:
        SearchIndexError: The binary is missing, failed or took longer than `timeout` seconds.
    """
    command = [str(pagefind_executable()), "--site", str(site_dir), "--quiet"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as error:
        raise SearchIndexError(f"Pagefind timed out after {timeout} seconds") from error
    if result.returncode != 0:
        raise SearchIndexError(
            f"Pagefind failed with exit code {result.returncode}: "
            f"{(result.stderr or result.stdout).strip()}"
        )
    return (result.stdout + result.stderr).strip()
