from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability_notification_capability_status import (
    CapabilityNotificationCapabilityStatus,
)
from ..models.conversation_channel import ConversationChannel
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.reason import Reason


T = TypeVar("T", bound="CapabilityNotification")


@_attrs_define(repr=False)
class CapabilityNotification:
    """The result of a capability query for one channel (trigger CAPABILITY)."""

    request_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    channel: ConversationChannel | Unset = UNSET
    """ Channel Identifier """
    identity: str | Unset = UNSET
    capability_status: CapabilityNotificationCapabilityStatus | Unset = UNSET
    channel_capabilities: list[str] = _attrs_field(factory=AbsentList)
    reason: Reason | Unset = UNSET
    """ Reason """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("request_id", False),
                ("contact_id", False),
                ("channel", False),
                ("identity", False),
                ("capability_status", False),
                ("channel_capabilities", False),
                ("reason", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        contact_id = self.contact_id

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        identity = self.identity

        capability_status: str | Unset = UNSET
        if not isinstance(self.capability_status, Unset):
            capability_status = self.capability_status.value

        channel_capabilities: list[str] | Unset = UNSET
        if not isinstance(self.channel_capabilities, Unset):
            channel_capabilities = self.channel_capabilities

        reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if channel is not UNSET:
            field_dict["channel"] = channel
        if identity is not UNSET:
            field_dict["identity"] = identity
        if capability_status is not UNSET:
            field_dict["capability_status"] = capability_status
        if channel_capabilities is not UNSET and not is_absent(self.channel_capabilities):
            field_dict["channel_capabilities"] = channel_capabilities
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reason import Reason

        d = dict(src_dict)
        request_id = d.pop("request_id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        _channel = d.pop("channel", UNSET)
        channel: ConversationChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = ConversationChannel(_channel)

        identity = d.pop("identity", UNSET)

        _capability_status = d.pop("capability_status", UNSET)
        capability_status: CapabilityNotificationCapabilityStatus | Unset
        if isinstance(_capability_status, Unset):
            capability_status = UNSET
        else:
            capability_status = CapabilityNotificationCapabilityStatus(_capability_status)

        channel_capabilities = cast(list[str], d.pop("channel_capabilities", UNSET))

        _reason = d.pop("reason", UNSET)
        reason: Reason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = Reason.from_dict(_reason)

        capability_notification = cls(
            request_id=request_id,
            contact_id=contact_id,
            channel=channel,
            identity=identity,
            capability_status=capability_status,
            channel_capabilities=AbsentList()
            if isinstance(channel_capabilities, Unset)
            else channel_capabilities,
            reason=reason,
        )
        capability_notification.additional_properties = d
        return capability_notification

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
