"""Regional hosts.

An app lives in one region and must be addressed on that region's servers, so the region is
validated up front instead of surfacing later as a confusing 404.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .errors import ConfigurationError

__all__ = [
    "AUTH_URL",
    "REGIONS",
    "TEMPLATE_PATH",
    "HostRouter",
    "RegionURLs",
    "region_urls",
    "resolve_base_url",
    "resolve_batch_base_url",
    "resolve_template_base_url",
]

REGIONS: tuple[str, ...] = ("us", "eu", "br")

AUTH_URL = "https://auth.sinch.com/oauth2/token"

REGION_PLACEHOLDER = "{region}"

# The Template Management API's paths (v1 and v2): /v2/projects/{project_id}/templates[/...]
TEMPLATE_PATH = re.compile(r"/v[0-9]+/projects/[^/]+/templates(?:[/?]|$)")


@dataclass(frozen=True)
class RegionURLs:
    """The production hosts of one region."""

    region: str
    conversation: str
    template: str
    batch: str


def normalize_region(region: str) -> str:
    """Return the canonical region name, or raise a ``ValueError`` listing the valid ones."""
    name = region.strip().lower() if isinstance(region, str) else region
    if name not in REGIONS:
        raise ConfigurationError(
            f"unknown region {region!r}; valid regions are: {', '.join(REGIONS)}"
        )
    return name


def region_urls(region: str) -> RegionURLs:
    """Conversation, Template Management and Conversation Batch hosts for ``region``."""
    name = normalize_region(region)
    return RegionURLs(
        region=name,
        conversation=f"https://{name}.conversation.api.sinch.com",
        template=f"https://{name}.template.api.sinch.com",
        batch=f"https://{name}.conversationbatch.api.sinch.com",
    )


def resolve_base_url(region: str, base_url: str | None = None) -> str:
    """The Conversation API base URL: ``base_url`` (``{region}`` filled in) or the region's host."""
    name = normalize_region(region)
    if base_url:
        return base_url.replace(REGION_PLACEHOLDER, name).rstrip("/")
    return region_urls(name).conversation


def resolve_template_base_url(
    region: str, template_base_url: str | None = None, base_url: str | None = None
) -> str:
    """The Template Management API base URL.

    ``template_base_url`` (``{region}`` filled in) wins; else a ``base_url`` given for the
    Conversation API also takes the templates (one server answering both, such as the
    emulator or a proxy); else the region's template host.
    """
    name = normalize_region(region)
    if template_base_url:
        return template_base_url.replace(REGION_PLACEHOLDER, name).rstrip("/")
    if base_url:
        return resolve_base_url(name, base_url)
    return region_urls(name).template


#: where a server given only as ``base_url`` (the emulator, a proxy) serves the Batch API
BATCH_PREFIX = "/batch"


def resolve_batch_base_url(
    region: str, batch_base_url: str | None = None, base_url: str | None = None
) -> str:
    """The Conversation Batch API base URL.

    ``batch_base_url`` (``{region}`` filled in) wins; else a ``base_url`` given for the
    Conversation API also serves the Batch API, under ``/batch`` (its paths collide with the
    Conversation API's, so one server tells them apart by the prefix, as the emulator does);
    else the region's batch host.
    """
    name = normalize_region(region)
    if batch_base_url:
        return batch_base_url.replace(REGION_PLACEHOLDER, name).rstrip("/")
    if base_url:
        return resolve_base_url(name, base_url) + BATCH_PREFIX
    return region_urls(name).batch


@dataclass(frozen=True, slots=True)
class HostRouter:
    """Picks the host of a request path: the Template Management API's paths go to the
    template host, everything else to the Conversation API host; the router of the Batch
    API's group (:meth:`for_batch`) sends every path to the batch host, because the Batch
    API's paths are the Conversation API's (``/v1/projects/{project_id}/messages``). The one
    place that knows the API spans three hosts, so every operation group follows it."""

    conversation: str
    template: str
    batch: str = ""
    batch_only: bool = False

    def for_batch(self) -> HostRouter:
        """The router of the Batch API's generated client: everything to the batch host."""
        return replace(self, batch_only=True)

    def url(self, path: str) -> str:
        if self.batch_only:
            return self.batch + path
        if "/templates" in path and TEMPLATE_PATH.match(path):
            return self.template + path
        return self.conversation + path
