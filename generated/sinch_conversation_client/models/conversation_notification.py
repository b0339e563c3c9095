from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.conversation import Conversation


T = TypeVar("T", bound="ConversationNotification")


@_attrs_define(repr=False)
class ConversationNotification:
    conversation: Conversation | Unset = UNSET
    """ A collection of messages exchanged between a contact and an app. Conversations are normally created on the
    fly by Conversation API once a message is sent and there is no active conversation already. There can be only
    one active conversation at any given time between a particular contact and an app.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, (("conversation", False),))

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        conversation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation, Unset):
            conversation = self.conversation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation is not UNSET:
            field_dict["conversation"] = conversation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversation import Conversation

        d = dict(src_dict)
        _conversation = d.pop("conversation", UNSET)
        conversation: Conversation | Unset
        if isinstance(_conversation, Unset):
            conversation = UNSET
        else:
            conversation = Conversation.from_dict(_conversation)

        conversation_notification = cls(
            conversation=conversation,
        )
        conversation_notification.additional_properties = d
        return conversation_notification

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
