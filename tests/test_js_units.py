"""Run the browser code's unit tests (tests/js/*.test.mjs) with Node's built-in test runner."""

import os
import shutil
import subprocess

import pytest

from .helpers import ROOT


def test_js_units_pass():
    node = shutil.which("node")
    if node is None:
        message = "node is not installed; install it with: apt-get install nodejs"
        if os.environ.get("CI"):
            pytest.fail(f"{message} (JavaScript unit tests must run in CI)")
        pytest.skip(message)
    result = subprocess.run(
        [node, "--test", "tests/js/"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
