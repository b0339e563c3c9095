"""Regional hosts.

An app lives in one region and must be addressed on that region's servers, so the region is
validated up front instead of surfacing later as a confusing 404.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ConfigurationError

__all__ = ["AUTH_URL", "REGIONS", "RegionURLs", "region_urls", "resolve_base_url"]

REGIONS: tuple[str, ...] = ("us", "eu", "br")

AUTH_URL = "https://auth.sinch.com/oauth2/token"

REGION_PLACEHOLDER = "{region}"


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
