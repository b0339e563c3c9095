"""The emulator's resources, one module per tag of the spec, gathered in one registry.

A new tag module is added to ``MODULES``; a new operation is one handler in its module.
The Batch API has a spec of its own (its paths are the Conversation API's), so its module
has a registry of its own, bound to that spec.
"""

from __future__ import annotations

from ..registry import Registry
from . import (
    apps,
    batch,
    capability,
    consents,
    contacts,
    conversations,
    events,
    messages,
    optins,
    project_settings,
    templates_v1,
    templates_v2,
    transcoding,
    webhooks,
)

MODULES = (
    apps,
    capability,
    consents,
    contacts,
    conversations,
    events,
    messages,
    optins,
    project_settings,
    templates_v1,
    templates_v2,
    transcoding,
    webhooks,
)
REGISTRY = Registry(module.routes for module in MODULES)
#: the Batch API's operations (served under /batch, bound to its own spec)
BATCH_REGISTRY = Registry([batch.routes])
