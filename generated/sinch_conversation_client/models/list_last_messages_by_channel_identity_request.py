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
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ListLastMessagesByChannelIdentityRequest")


@_attrs_define(repr=False)
class ListLastMessagesByChannelIdentityRequest:
    """Whose latest messages to fetch, by channel identities or by contact IDs (not both)."""

    channel_identities: list[str] | None | Unset = UNSET
    """ Channel identities (for example phone numbers); not combined with contact_ids. """
    contact_ids: list[str] | None | Unset = UNSET
    """ Contact IDs; not combined with channel_identities. """
    app_id: None | str | Unset = UNSET
    messages_source: MessagesSource | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    page_token: None | str | Unset = UNSET
    view: ConversationMessagesView | None | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    channel: ConversationChannel | None | Unset = UNSET
    direction: ConversationDirection | None | Unset = UNSET
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
        channel_identities: list[str] | None | Unset
        if isinstance(self.channel_identities, Unset):
            channel_identities = UNSET
        elif isinstance(self.channel_identities, list):
            channel_identities = self.channel_identities

        else:
            channel_identities = self.channel_identities

        contact_ids: list[str] | None | Unset
        if isinstance(self.contact_ids, Unset):
            contact_ids = UNSET
        elif isinstance(self.contact_ids, list):
            contact_ids = self.contact_ids

        else:
            contact_ids = self.contact_ids

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        messages_source: None | str | Unset
        if isinstance(self.messages_source, Unset):
            messages_source = UNSET
        elif isinstance(self.messages_source, MessagesSource):
            messages_source = self.messages_source.value
        else:
            messages_source = self.messages_source

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        page_token: None | str | Unset
        if isinstance(self.page_token, Unset):
            page_token = UNSET
        else:
            page_token = self.page_token

        view: None | str | Unset
        if isinstance(self.view, Unset):
            view = UNSET
        elif isinstance(self.view, ConversationMessagesView):
            view = self.view.value
        else:
            view = self.view

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat().replace("+00:00", "Z")
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat().replace("+00:00", "Z")
        else:
            end_time = self.end_time

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, ConversationChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, ConversationDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_identities is not UNSET:
            field_dict["channel_identities"] = channel_identities
        if contact_ids is not UNSET:
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

        def _parse_channel_identities(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                channel_identities_type_0 = cast(list[str], data)

                return channel_identities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        channel_identities = _parse_channel_identities(d.pop("channel_identities", UNSET))

        def _parse_contact_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contact_ids_type_0 = cast(list[str], data)

                return contact_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        contact_ids = _parse_contact_ids(d.pop("contact_ids", UNSET))

        def _parse_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_id = _parse_app_id(d.pop("app_id", UNSET))

        def _parse_messages_source(data: object) -> MessagesSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                messages_source_type_1 = MessagesSource(data)

                return messages_source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessagesSource | None | Unset, data)

        messages_source = _parse_messages_source(d.pop("messages_source", UNSET))

        def _parse_page_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page_size = _parse_page_size(d.pop("page_size", UNSET))

        def _parse_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        page_token = _parse_page_token(d.pop("page_token", UNSET))

        def _parse_view(data: object) -> ConversationMessagesView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                view_type_1 = ConversationMessagesView(data)

                return view_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationMessagesView | None | Unset, data)

        view = _parse_view(d.pop("view", UNSET))

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_channel(data: object) -> ConversationChannel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_1 = ConversationChannel(data)

                return channel_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationChannel | None | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_direction(data: object) -> ConversationDirection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_1 = ConversationDirection(data)

                return direction_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationDirection | None | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        list_last_messages_by_channel_identity_request = cls(
            channel_identities=channel_identities,
            contact_ids=contact_ids,
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
