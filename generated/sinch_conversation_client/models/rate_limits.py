from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RateLimits")


@_attrs_define(repr=False)
class RateLimits:
    """Rate limits"""

    inbound: int | Unset = UNSET
    """ Output only. The number of inbound messages/events we process per second, from underlying channels to the
    app.  The default rate limit is 25.
     """
    outbound: int | Unset = UNSET
    """ Output only. The number of messages/events we process per second, from the app to the underlying channels.
    Note that underlying channels may have other rate limits.  The default rate limit is 25.
     """
    webhooks: int | Unset = UNSET
    """ Output only. The rate limit of callbacks sent to the webhooks registered for the app. Note that if you have
    multiple webhooks with shared triggers, multiple callbacks will be sent out for each triggering event. The
    default rate limit is 25.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("inbound", False),
                ("outbound", False),
                ("webhooks", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        inbound = self.inbound

        outbound = self.outbound

        webhooks = self.webhooks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if outbound is not UNSET:
            field_dict["outbound"] = outbound
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        inbound = d.pop("inbound", UNSET)

        outbound = d.pop("outbound", UNSET)

        webhooks = d.pop("webhooks", UNSET)

        rate_limits = cls(
            inbound=inbound,
            outbound=outbound,
            webhooks=webhooks,
        )
        rate_limits.additional_properties = d
        return rate_limits

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
