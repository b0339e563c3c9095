from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.conversation_recent_message import ConversationRecentMessage


T = TypeVar("T", bound="ListRecentConversationsResponse")


@_attrs_define(repr=False)
class ListRecentConversationsResponse:
    conversations: list[ConversationRecentMessage] = _attrs_field(factory=AbsentList)
    next_page_token: str | Unset = UNSET
    total_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("conversations", False),
                ("next_page_token", False),
                ("total_size", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        conversations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conversations, Unset):
            conversations = []
            for conversations_item_data in self.conversations:
                conversations_item = conversations_item_data.to_dict()
                conversations.append(conversations_item)

        next_page_token = self.next_page_token

        total_size = self.total_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversations is not UNSET and not is_absent(self.conversations):
            field_dict["conversations"] = conversations
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if total_size is not UNSET:
            field_dict["total_size"] = total_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversation_recent_message import ConversationRecentMessage

        d = dict(src_dict)
        _conversations = d.pop("conversations", UNSET)
        conversations: list[ConversationRecentMessage] | Unset = UNSET
        if _conversations is not UNSET:
            conversations = []
            for conversations_item_data in _conversations:
                conversations_item = ConversationRecentMessage.from_dict(conversations_item_data)

                conversations.append(conversations_item)

        next_page_token = d.pop("next_page_token", UNSET)

        total_size = d.pop("total_size", UNSET)

        list_recent_conversations_response = cls(
            conversations=AbsentList() if isinstance(conversations, Unset) else conversations,
            next_page_token=next_page_token,
            total_size=total_size,
        )
        list_recent_conversations_response.additional_properties = d
        return list_recent_conversations_response

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
