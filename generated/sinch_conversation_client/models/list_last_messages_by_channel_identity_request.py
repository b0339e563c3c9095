from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_channel import ConversationChannel
from ..models.conversation_direction import ConversationDirection
from ..models.conversation_messages_view import ConversationMessagesView
from ..models.messages_source import MessagesSource
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

T = TypeVar("T", bound="ListLastMessagesByChannelIdentityRequest")


@_attrs_define(repr=False)
class ListLastMessagesByChannelIdentityRequest:
    """Whose latest messages to fetch, by channel identities or by contact IDs (not both)."""

    channel_identities: list[str] = _attrs_field(factory=AbsentList)
    """ Channel identities (for example phone numbers); not combined with contact_ids. """
    contact_ids: list[str] = _attrs_field(factory=AbsentList)
    """ Contact IDs; not combined with channel_identities. """
    app_id: str | Unset = UNSET
    messages_source: MessagesSource | Unset = UNSET
    """ Which store the operation reads or writes; DISPATCH_SOURCE for messages sent in DISPATCH mode. """
    page_size: int | Unset = UNSET
    page_token: str | Unset = UNSET
    view: ConversationMessagesView | Unset = UNSET
    """ Conversation message view. """
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    channel: ConversationChannel | Unset = UNSET
    """ Channel Identifier """
    direction: ConversationDirection | Unset = UNSET
    """ Conversation direction """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("channel_identities", False),
                ("contact_ids", False),
                ("app_id", False),
                ("messages_source", False),
                ("page_size", False),
                ("page_token", False),
                ("view", False),
                ("start_time", False),
                ("end_time", False),
                ("channel", False),
                ("direction", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        channel_identities: list[str] | Unset = UNSET
        if not isinstance(self.channel_identities, Unset):
            channel_identities = self.channel_identities

        contact_ids: list[str] | Unset = UNSET
        if not isinstance(self.contact_ids, Unset):
            contact_ids = self.contact_ids

        app_id = self.app_id

        messages_source: str | Unset = UNSET
        if not isinstance(self.messages_source, Unset):
            messages_source = self.messages_source.value

        page_size = self.page_size

        page_token = self.page_token

        view: str | Unset = UNSET
        if not isinstance(self.view, Unset):
            view = self.view.value

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat().replace("+00:00", "Z")

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat().replace("+00:00", "Z")

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_identities is not UNSET and not is_absent(self.channel_identities):
            field_dict["channel_identities"] = channel_identities
        if contact_ids is not UNSET and not is_absent(self.contact_ids):
            field_dict["contact_ids"] = contact_ids
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if messages_source is not UNSET:
            field_dict["messages_source"] = messages_source
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if page_token is not UNSET:
            field_dict["page_token"] = page_token
        if view is not UNSET:
            field_dict["view"] = view
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if channel is not UNSET:
            field_dict["channel"] = channel
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel_identities = cast(list[str], d.pop("channel_identities", UNSET))

        contact_ids = cast(list[str], d.pop("contact_ids", UNSET))

        app_id = d.pop("app_id", UNSET)

        _messages_source = d.pop("messages_source", UNSET)
        messages_source: MessagesSource | Unset
        if isinstance(_messages_source, Unset):
            messages_source = UNSET
        else:
            messages_source = MessagesSource(_messages_source)

        page_size = d.pop("page_size", UNSET)

        page_token = d.pop("page_token", UNSET)

        _view = d.pop("view", UNSET)
        view: ConversationMessagesView | Unset
        if isinstance(_view, Unset):
            view = UNSET
        else:
            view = ConversationMessagesView(_view)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _channel = d.pop("channel", UNSET)
        channel: ConversationChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = ConversationChannel(_channel)

        _direction = d.pop("direction", UNSET)
        direction: ConversationDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = ConversationDirection(_direction)

        list_last_messages_by_channel_identity_request = cls(
            channel_identities=AbsentList()
            if isinstance(channel_identities, Unset)
            else channel_identities,
            contact_ids=AbsentList() if isinstance(contact_ids, Unset) else contact_ids,
            app_id=app_id,
            messages_source=messages_source,
            page_size=page_size,
            page_token=page_token,
            view=view,
            start_time=start_time,
            end_time=end_time,
            channel=channel,
            direction=direction,
        )
        list_last_messages_by_channel_identity_request.additional_properties = d
        return list_last_messages_by_channel_identity_request

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
