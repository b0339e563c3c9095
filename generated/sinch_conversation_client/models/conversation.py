from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_channel import ConversationChannel
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.conversation_metadata_json import ConversationMetadataJson


T = TypeVar("T", bound="Conversation")


@_attrs_define(repr=False)
class Conversation:
    """A collection of messages exchanged between a contact and an app. Conversations are normally created on the fly by
    Conversation API once a message is sent and there is no active conversation already. There can be only one active
    conversation at any given time between a particular contact and an app.

    """

    active: bool | Unset = UNSET
    """ Flag for whether this conversation is active. """
    active_channel: ConversationChannel | Unset = UNSET
    """ Channel Identifier """
    app_id: str | Unset = UNSET
    """ The ID of the participating app. """
    contact_id: str | Unset = UNSET
    """ The ID of the participating contact. """
    id: str | Unset = UNSET
    """ The ID of the conversation. """
    last_received: datetime.datetime | Unset = UNSET
    """ Output only. The timestamp of the latest message in the conversation. The timestamp will be Thursday January
    01, 1970 00:00:00 UTC if the conversation contains no messages.
     """
    metadata: str | Unset = UNSET
    """ An arbitrary data set by the Conversation API clients. Up to 1024 characters long.
     """
    metadata_json: ConversationMetadataJson | Unset = UNSET
    """ Arbitrary JSON object set by clients (conversation_metadata on send). """
    correlation_id: str | Unset = UNSET
    """ The last correlation_id of the conversation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("active", False),
                ("active_channel", False),
                ("app_id", False),
                ("contact_id", False),
                ("id", False),
                ("last_received", False),
                ("metadata", False),
                ("metadata_json", False),
                ("correlation_id", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        active_channel: str | Unset = UNSET
        if not isinstance(self.active_channel, Unset):
            active_channel = self.active_channel.value

        app_id = self.app_id

        contact_id = self.contact_id

        id = self.id

        last_received: str | Unset = UNSET
        if not isinstance(self.last_received, Unset):
            last_received = self.last_received.isoformat().replace("+00:00", "Z")

        metadata = self.metadata

        metadata_json: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_json, Unset):
            metadata_json = self.metadata_json.to_dict()

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if active_channel is not UNSET:
            field_dict["active_channel"] = active_channel
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if id is not UNSET:
            field_dict["id"] = id
        if last_received is not UNSET:
            field_dict["last_received"] = last_received
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if metadata_json is not UNSET:
            field_dict["metadata_json"] = metadata_json
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversation_metadata_json import ConversationMetadataJson

        d = dict(src_dict)
        active = d.pop("active", UNSET)

        _active_channel = d.pop("active_channel", UNSET)
        active_channel: ConversationChannel | Unset
        if isinstance(_active_channel, Unset):
            active_channel = UNSET
        else:
            active_channel = ConversationChannel(_active_channel)

        app_id = d.pop("app_id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        id = d.pop("id", UNSET)

        _last_received = d.pop("last_received", UNSET)
        last_received: datetime.datetime | Unset
        if isinstance(_last_received, Unset):
            last_received = UNSET
        else:
            last_received = datetime.datetime.fromisoformat(_last_received)

        metadata = d.pop("metadata", UNSET)

        _metadata_json = d.pop("metadata_json", UNSET)
        metadata_json: ConversationMetadataJson | Unset
        if isinstance(_metadata_json, Unset):
            metadata_json = UNSET
        else:
            metadata_json = ConversationMetadataJson.from_dict(_metadata_json)

        correlation_id = d.pop("correlation_id", UNSET)

        conversation = cls(
            active=active,
            active_channel=active_channel,
            app_id=app_id,
            contact_id=contact_id,
            id=id,
            last_received=last_received,
            metadata=metadata,
            metadata_json=metadata_json,
            correlation_id=correlation_id,
        )
        conversation.additional_properties = d
        return conversation

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
