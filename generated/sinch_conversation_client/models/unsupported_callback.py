from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_channel import ConversationChannel
from ..models.processing_mode import ProcessingMode
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.channel_identity import ChannelIdentity


T = TypeVar("T", bound="UnsupportedCallback")


@_attrs_define(repr=False)
class UnsupportedCallback:
    channel: ConversationChannel | Unset = UNSET
    """ Channel Identifier """
    payload: str | Unset = UNSET
    processing_mode: ProcessingMode | Unset = UNSET
    """ Whether the API stores contacts and conversations for the app (CONVERSATION) or not (DISPATCH, the default).
    """
    id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    conversation_id: str | Unset = UNSET
    channel_identity: ChannelIdentity | Unset = UNSET
    """ A unique identity of message recipient on a particular channel. For example, the channel identity on SMS,
    WHATSAPP or VIBERBM is a MSISDN phone number.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("channel", False),
                ("payload", False),
                ("processing_mode", False),
                ("id", False),
                ("contact_id", False),
                ("conversation_id", False),
                ("channel_identity", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        payload = self.payload

        processing_mode: str | Unset = UNSET
        if not isinstance(self.processing_mode, Unset):
            processing_mode = self.processing_mode.value

        id = self.id

        contact_id = self.contact_id

        conversation_id = self.conversation_id

        channel_identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_identity, Unset):
            channel_identity = self.channel_identity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if payload is not UNSET:
            field_dict["payload"] = payload
        if processing_mode is not UNSET:
            field_dict["processing_mode"] = processing_mode
        if id is not UNSET:
            field_dict["id"] = id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if channel_identity is not UNSET:
            field_dict["channel_identity"] = channel_identity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.channel_identity import ChannelIdentity

        d = dict(src_dict)
        _channel = d.pop("channel", UNSET)
        channel: ConversationChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = ConversationChannel(_channel)

        payload = d.pop("payload", UNSET)

        _processing_mode = d.pop("processing_mode", UNSET)
        processing_mode: ProcessingMode | Unset
        if isinstance(_processing_mode, Unset):
            processing_mode = UNSET
        else:
            processing_mode = ProcessingMode(_processing_mode)

        id = d.pop("id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        conversation_id = d.pop("conversation_id", UNSET)

        _channel_identity = d.pop("channel_identity", UNSET)
        channel_identity: ChannelIdentity | Unset
        if isinstance(_channel_identity, Unset):
            channel_identity = UNSET
        else:
            channel_identity = ChannelIdentity.from_dict(_channel_identity)

        unsupported_callback = cls(
            channel=channel,
            payload=payload,
            processing_mode=processing_mode,
            id=id,
            contact_id=contact_id,
            conversation_id=conversation_id,
            channel_identity=channel_identity,
        )
        unsupported_callback.additional_properties = d
        return unsupported_callback

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
