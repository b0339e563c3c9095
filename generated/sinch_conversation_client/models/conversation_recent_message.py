from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.conversation import Conversation
    from ..models.conversation_message import ConversationMessage


T = TypeVar("T", bound="ConversationRecentMessage")


@_attrs_define(repr=False)
class ConversationRecentMessage:
    """A conversation with its latest message."""

    conversation: Conversation | Unset = UNSET
    """ A collection of messages exchanged between a contact and an app. Conversations are normally created on the
    fly by Conversation API once a message is sent and there is no active conversation already. There can be only
    one active conversation at any given time between a particular contact and an app.
     """
    last_message: ConversationMessage | Unset = UNSET
    """ A message on a particular channel. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("conversation", False),
                ("last_message", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        conversation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation, Unset):
            conversation = self.conversation.to_dict()

        last_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_message, Unset):
            last_message = self.last_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if last_message is not UNSET:
            field_dict["last_message"] = last_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversation import Conversation
        from ..models.conversation_message import ConversationMessage

        d = dict(src_dict)
        _conversation = d.pop("conversation", UNSET)
        conversation: Conversation | Unset
        if isinstance(_conversation, Unset):
            conversation = UNSET
        else:
            conversation = Conversation.from_dict(_conversation)

        _last_message = d.pop("last_message", UNSET)
        last_message: ConversationMessage | Unset
        if isinstance(_last_message, Unset):
            last_message = UNSET
        else:
            last_message = ConversationMessage.from_dict(_last_message)

        conversation_recent_message = cls(
            conversation=conversation,
            last_message=last_message,
        )
        conversation_recent_message.additional_properties = d
        return conversation_recent_message

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
