"""Run the browser code's unit tests (tests/js/*.test.mjs) with Node's built-in test runner."""

import shutil
import subprocess

import pytest

from .helpers import ROOT


def test_js_units_pass():
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed; install it with: apt-get install nodejs")
    result = subprocess.run(
        [node, "--test", "tests/js/"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
