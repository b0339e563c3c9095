"""Per-operation tests are built when they first run, not when they are collected.

Building one of schemathesis' per-operation tests computes its whole coverage phase (every
boundary case of every body, several thousand for the largest request bodies) and draws the
spec's examples. At collection that work is done for all 116 tests in every xdist worker,
though each worker runs only its share. Here collection gets a stand-in with the built
test's signature; the first call builds the real test (same config, seed and cases) and
runs it. The built test's attributes (schemathesis' marks, hypothesis' handle) are copied
onto the stand-in, where the plugins read them after the run.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from schemathesis.pytest import _test_builder

_build_now = _test_builder.build_operation_test


def build_when_run(**kwargs: Any) -> Callable[..., Any]:
    built: Callable[..., Any] | None = None

    def operation_test(*args: Any, **call_kwargs: Any) -> Any:
        nonlocal built
        if built is None:
            built = _build_now(**kwargs)
            operation_test.__dict__.update(built.__dict__)
        return built(*args, **call_kwargs)

    test_func = kwargs["test_func"]
    given = {"case", *kwargs["given_kwargs"]}  # schemathesis draws `case`, hypothesis the rest
    signature = inspect.signature(test_func)
    # what pytest reads to find the fixtures: the test's own parameters minus the drawn ones
    operation_test.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[p for p in signature.parameters.values() if p.name not in given]
    )
    operation_test.__name__ = test_func.__name__
    operation_test.__qualname__ = test_func.__qualname__
    operation_test.__module__ = test_func.__module__
    return operation_test


def install() -> None:
    """Make schemathesis' pytest plugin build per-operation tests on first run."""
    _test_builder.build_operation_test = build_when_run
