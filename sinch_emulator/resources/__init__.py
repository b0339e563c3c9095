"""Handlers per resource, keyed by route (method and path with parameters written ``{}``).

Keying by route rather than operationId keeps handlers attached when an overlay renames an
operation; a route of the spec with no handler answers 501, which every operation documents.
"""

from __future__ import annotations

from . import apps, contacts, conversations, extras, messages, webhooks

HANDLERS = {}
for _module in (apps, contacts, conversations, messages, webhooks, extras):
    HANDLERS.update(_module.ROUTES)
