"""Summaries of repeated runs: median and spread (min-max and interquartile range)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def summarize(values: Sequence[float]) -> dict[str, float | list[float]]:
    """``{"median", "min", "max", "q1", "q3", "runs"}`` of the values (at least one)."""
    if not values:
        raise ValueError("no values to summarize")
    ordered = sorted(values)
    if len(ordered) >= 2:
        q1, _, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
    else:
        q1 = q3 = ordered[0]
    return {
        "median": statistics.median(ordered),
        "min": ordered[0],
        "max": ordered[-1],
        "q1": q1,
        "q3": q3,
        "runs": [round(v, 6) for v in values],
    }


def percentile(ordered: Sequence[float], fraction: float) -> float:
    """The ``fraction`` (0..1) percentile of already sorted values (nearest rank)."""
    if not ordered:
        raise ValueError("no values")
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]
