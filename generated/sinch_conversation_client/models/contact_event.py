from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.comment_event import CommentEvent
    from ..models.composing_event import ComposingEvent
    from ..models.contact_event_composing_end_event import ContactEventComposingEndEvent
    from ..models.contact_event_conversation_deleted_event import (
        ContactEventConversationDeletedEvent,
    )
    from ..models.generic_event import GenericEvent


T = TypeVar("T", bound="ContactEvent")


@_attrs_define(repr=False)
class ContactEvent:
    """An event originating from a contact (one kind set)."""

    composing_event: ComposingEvent | Unset = UNSET
    composing_end_event: ContactEventComposingEndEvent | Unset = UNSET
    """ The contact stopped composing. """
    conversation_deleted_event: ContactEventConversationDeletedEvent | Unset = UNSET
    """ The contact deleted the conversation. """
    comment_event: CommentEvent | Unset = UNSET
    """ A comment a user made outside the conversation (Instagram). """
    generic_event: GenericEvent | Unset = UNSET
    """ An event with a free JSON payload. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("composing_event", False),
                ("composing_end_event", False),
                ("conversation_deleted_event", False),
                ("comment_event", False),
                ("generic_event", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        composing_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.composing_event, Unset):
            composing_event = self.composing_event.to_dict()

        composing_end_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.composing_end_event, Unset):
            composing_end_event = self.composing_end_event.to_dict()

        conversation_deleted_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_deleted_event, Unset):
            conversation_deleted_event = self.conversation_deleted_event.to_dict()

        comment_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment_event, Unset):
            comment_event = self.comment_event.to_dict()

        generic_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generic_event, Unset):
            generic_event = self.generic_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if composing_event is not UNSET:
            field_dict["composing_event"] = composing_event
        if composing_end_event is not UNSET:
            field_dict["composing_end_event"] = composing_end_event
        if conversation_deleted_event is not UNSET:
            field_dict["conversation_deleted_event"] = conversation_deleted_event
        if comment_event is not UNSET:
            field_dict["comment_event"] = comment_event
        if generic_event is not UNSET:
            field_dict["generic_event"] = generic_event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.comment_event import CommentEvent
        from ..models.composing_event import ComposingEvent
        from ..models.contact_event_composing_end_event import (
            ContactEventComposingEndEvent,
        )
        from ..models.contact_event_conversation_deleted_event import (
            ContactEventConversationDeletedEvent,
        )
        from ..models.generic_event import GenericEvent

        d = dict(src_dict)
        _composing_event = d.pop("composing_event", UNSET)
        composing_event: ComposingEvent | Unset
        if isinstance(_composing_event, Unset):
            composing_event = UNSET
        else:
            composing_event = ComposingEvent.from_dict(_composing_event)

        _composing_end_event = d.pop("composing_end_event", UNSET)
        composing_end_event: ContactEventComposingEndEvent | Unset
        if isinstance(_composing_end_event, Unset):
            composing_end_event = UNSET
        else:
            composing_end_event = ContactEventComposingEndEvent.from_dict(_composing_end_event)

        _conversation_deleted_event = d.pop("conversation_deleted_event", UNSET)
        conversation_deleted_event: ContactEventConversationDeletedEvent | Unset
        if isinstance(_conversation_deleted_event, Unset):
            conversation_deleted_event = UNSET
        else:
            conversation_deleted_event = ContactEventConversationDeletedEvent.from_dict(
                _conversation_deleted_event
            )

        _comment_event = d.pop("comment_event", UNSET)
        comment_event: CommentEvent | Unset
        if isinstance(_comment_event, Unset):
            comment_event = UNSET
        else:
            comment_event = CommentEvent.from_dict(_comment_event)

        _generic_event = d.pop("generic_event", UNSET)
        generic_event: GenericEvent | Unset
        if isinstance(_generic_event, Unset):
            generic_event = UNSET
        else:
            generic_event = GenericEvent.from_dict(_generic_event)

        contact_event = cls(
            composing_event=composing_event,
            composing_end_event=composing_end_event,
            conversation_deleted_event=conversation_deleted_event,
            comment_event=comment_event,
            generic_event=generic_event,
        )
        contact_event.additional_properties = d
        return contact_event

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
