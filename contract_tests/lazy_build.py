"""Per-operation tests are built when they first run, not when they are collected.

Building one of schemathesis' per-operation tests computes its whole coverage phase (every
boundary case of every body, several thousand for the largest request bodies) and draws the
spec's examples. At collection that work is done for all 116 tests in every xdist worker,
though each worker runs only its share. Here collection gets a stand-in with the built
test's signature; the first call builds the real test (same config, seed and cases) and
runs it. The built test's attributes (schemathesis' marks, hypothesis' handle) are copied
onto the stand-in, where the plugins read them after the run.

Schemathesis' public lazy loader (``schemathesis.pytest.from_fixture``, from upstream issue
schemathesis/schemathesis#58) does build at run time, but it runs every operation as a
subtest of one pytest item (upstream issue schemathesis/schemathesis#636, open: "reports an
incorrect # of test cases"). This suite needs one item per operation: ``CONTRACT_SHARD``
assigns items to CI machines, the JUnit report and the per-operation table have a row each,
``-k`` selects operations (the mutation harness), and fail-fast stops at the failing one.
So the one private function replaced here is imported under a guard that names the pinned
version and both issues; without the replacement the suite still runs, collecting in about
a minute instead of seconds (measured on this project's 116 per-operation tests).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

try:  # private: see the module docstring (schemathesis/schemathesis#58, #636)
    from schemathesis.pytest import _test_builder

    _build_now = _test_builder.build_operation_test
except (ImportError, AttributeError) as missing:  # pragma: no cover - another schemathesis
    raise ImportError(
        "contract_tests.lazy_build replaces schemathesis.pytest._test_builder."
        "build_operation_test, which this schemathesis version lacks (pinned: 4.32.5; "
        "upstream issues schemathesis/schemathesis#58 and #636). Pin schemathesis==4.32.5, or drop "
        "lazy_build.install() from contract_tests/plugin.py (collection then takes ~1 min)."
    ) from missing


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
