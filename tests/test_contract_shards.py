"""``CONTRACT_SHARD=i/n`` splits the contract suite: each test in exactly one shard, the
same split on every machine, and the shards together are the whole suite."""

from __future__ import annotations

import os

import pytest

from contract_tests.plugin import shard_of
from tests.contract_run import collected


def test_the_shards_partition_the_suite():
    env = {k: v for k, v in os.environ.items() if k != "CONTRACT_SHARD"}
    everything = collected(env)
    shards = [collected({**env, "CONTRACT_SHARD": f"{i}/3"}) for i in (1, 2, 3)]
    assert len(everything) > 300
    assert all(shards), [len(shard) for shard in shards]
    union = [node for shard in shards for node in shard]
    # every test once: no loss, no duplicate (as multisets: pytest prints schemathesis'
    # per-operation tests under one node ID)
    assert sorted(union) == sorted(everything)
    positive = [len([n for n in shard if n.endswith("::test_positive")]) for shard in shards]
    assert all(positive), f"the per-operation tests all landed in one shard: {positive}"


def test_a_test_lands_in_the_same_shard_everywhere():
    node = "contract_tests/test_operations.py::test_positive[GET /v1/projects/{project_id}/apps]"
    assert shard_of(node, 4) == shard_of(node, 4)
    assert {shard_of(f"t{i}", 4) for i in range(100)} == {1, 2, 3, 4}


def test_a_malformed_shard_is_refused():
    env = {**os.environ, "CONTRACT_SHARD": "4/3"}
    with pytest.raises(AssertionError, match="CONTRACT_SHARD must be i/n"):
        collected(env)
