from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.channel_specific_message import ChannelSpecificMessage


T = TypeVar("T", bound="AppMessageChannelSpecificMessage")


@_attrs_define(repr=False)
class AppMessageChannelSpecificMessage:
    """Channel specific messages overriding any transcoding; keys are ConversationChannel values."""

    additional_properties: dict[str, ChannelSpecificMessage] = _attrs_field(
        init=False, factory=dict
    )

    def __repr__(self) -> str:
        return model_repr(self, ())

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()
        field_dict.update({})

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.channel_specific_message import ChannelSpecificMessage

        d = dict(src_dict)
        app_message_channel_specific_message = cls()
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ChannelSpecificMessage.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property
        app_message_channel_specific_message.additional_properties = additional_properties
        return app_message_channel_specific_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ChannelSpecificMessage:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ChannelSpecificMessage) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
