"""fazhi-checker: check rule-of-law government construction figures against plan targets.

    >>> import checker
    >>> run = checker.check("samples/report_2023.xlsx")
    >>> [(r.indicator.id, r.verdict.value) for r in run.results]

Heavy libraries are imported only when a check runs.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["check", "load_catalogue", "__version__"]


def check(path: Any, **kwargs: Any) -> Any:
    """Check a standard workbook; see checker.api.check."""
    from .api import check as _check

    return _check(path, **kwargs)


def load_catalogue(directory: Any = None) -> Any:
    """Load the indicator catalogue; see checker.catalogue.loader.load_catalogue."""
    from .catalogue.loader import load_catalogue as _load

    return _load(directory)[0]
