"""What every engine shares: the tiers of a plan, and what engines may depend on."""

from pathlib import Path

import pytest

from tests.helpers import imported_modules

ENGINES = Path(__file__).resolve().parents[2] / "search" / "engines"


@pytest.mark.parametrize("module", sorted(path.name for path in ENGINES.glob("*.py")))
def test_engines_run_the_plan_without_planning_or_analysing_again(module):
    imported = imported_modules(ENGINES / module)
    assert not {name for name in imported if name.startswith(("search.query", "search.analysis"))}, module
