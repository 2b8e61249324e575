"""Run the JavaScript unit tests in tests/js/ with Node's built-in test runner."""

import os
import shutil
import subprocess

import pytest

from .helpers import ROOT


def test_node_unit_tests_pass():
    node = shutil.which("node")
    if node is None:
        message = "Node.js is not installed; install it with: apt-get install nodejs"
        if os.environ.get("CI"):
            pytest.fail(f"{message} (the unit tests must run in CI)")
        pytest.skip(message)
    result = subprocess.run(
        [node, "--test", "tests/js/"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
