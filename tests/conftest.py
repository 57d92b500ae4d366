from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "report_2023.xlsx"
TEST_CATALOGUE = Path(__file__).resolve().parent / "catalogue"
SHIPPED_CATALOGUE = ROOT / "indicators"

# Every test runs on the frozen test catalogue (CLI subprocesses inherit it); tests of the
# shipped catalogue pass SHIPPED_CATALOGUE explicitly.
os.environ["CHECKER_CATALOGUE"] = str(TEST_CATALOGUE)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite the reporters' golden files")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
