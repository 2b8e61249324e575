"""Unit tests of the browser code's pure logic, run with Node's built-in test runner."""

import shutil
import subprocess

import pytest

from .helpers import ROOT


def test_node_unit_tests_pass():
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed; install it with: apt-get install nodejs")
    result = subprocess.run(
        [node, "--test", "tests/js/"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
