from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_channel import ConversationChannel
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.channel_event_additional_data import ChannelEventAdditionalData


T = TypeVar("T", bound="ChannelEvent")


@_attrs_define(repr=False)
class ChannelEvent:
    channel: ConversationChannel | Unset = UNSET
    """ Channel Identifier """
    event_type: str | Unset = UNSET
    additional_data: ChannelEventAdditionalData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("channel", False),
                ("event_type", False),
                ("additional_data", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        event_type = self.event_type

        additional_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_data, Unset):
            additional_data = self.additional_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if additional_data is not UNSET:
            field_dict["additional_data"] = additional_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.channel_event_additional_data import ChannelEventAdditionalData

        d = dict(src_dict)
        _channel = d.pop("channel", UNSET)
        channel: ConversationChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = ConversationChannel(_channel)

        event_type = d.pop("event_type", UNSET)

        _additional_data = d.pop("additional_data", UNSET)
        additional_data: ChannelEventAdditionalData | Unset
        if isinstance(_additional_data, Unset):
            additional_data = UNSET
        else:
            additional_data = ChannelEventAdditionalData.from_dict(_additional_data)

        channel_event = cls(
            channel=channel,
            event_type=event_type,
            additional_data=additional_data,
        )
        channel_event.additional_properties = d
        return channel_event

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
