from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.contact_message_event_payment_status_update_event import (
        ContactMessageEventPaymentStatusUpdateEvent,
    )
    from ..models.contact_message_event_shortlink_activated_event import (
        ContactMessageEventShortlinkActivatedEvent,
    )
    from ..models.reaction_event import ReactionEvent


T = TypeVar("T", bound="ContactMessageEvent")


@_attrs_define(repr=False)
class ContactMessageEvent:
    """An event about a contact's message when contact_event is not set (one kind set)."""

    payment_status_update_event: ContactMessageEventPaymentStatusUpdateEvent | Unset = UNSET
    shortlink_activated_event: ContactMessageEventShortlinkActivatedEvent | Unset = UNSET
    reaction_event: ReactionEvent | Unset = UNSET
    """ A contact reacted (or stopped reacting) to a message with an emoji. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("payment_status_update_event", False),
                ("shortlink_activated_event", False),
                ("reaction_event", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        payment_status_update_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_status_update_event, Unset):
            payment_status_update_event = self.payment_status_update_event.to_dict()

        shortlink_activated_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shortlink_activated_event, Unset):
            shortlink_activated_event = self.shortlink_activated_event.to_dict()

        reaction_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reaction_event, Unset):
            reaction_event = self.reaction_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_status_update_event is not UNSET:
            field_dict["payment_status_update_event"] = payment_status_update_event
        if shortlink_activated_event is not UNSET:
            field_dict["shortlink_activated_event"] = shortlink_activated_event
        if reaction_event is not UNSET:
            field_dict["reaction_event"] = reaction_event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_message_event_payment_status_update_event import (
            ContactMessageEventPaymentStatusUpdateEvent,
        )
        from ..models.contact_message_event_shortlink_activated_event import (
            ContactMessageEventShortlinkActivatedEvent,
        )
        from ..models.reaction_event import ReactionEvent

        d = dict(src_dict)
        _payment_status_update_event = d.pop("payment_status_update_event", UNSET)
        payment_status_update_event: ContactMessageEventPaymentStatusUpdateEvent | Unset
        if isinstance(_payment_status_update_event, Unset):
            payment_status_update_event = UNSET
        else:
            payment_status_update_event = ContactMessageEventPaymentStatusUpdateEvent.from_dict(
                _payment_status_update_event
            )

        _shortlink_activated_event = d.pop("shortlink_activated_event", UNSET)
        shortlink_activated_event: ContactMessageEventShortlinkActivatedEvent | Unset
        if isinstance(_shortlink_activated_event, Unset):
            shortlink_activated_event = UNSET
        else:
            shortlink_activated_event = ContactMessageEventShortlinkActivatedEvent.from_dict(
                _shortlink_activated_event
            )

        _reaction_event = d.pop("reaction_event", UNSET)
        reaction_event: ReactionEvent | Unset
        if isinstance(_reaction_event, Unset):
            reaction_event = UNSET
        else:
            reaction_event = ReactionEvent.from_dict(_reaction_event)

        contact_message_event = cls(
            payment_status_update_event=payment_status_update_event,
            shortlink_activated_event=shortlink_activated_event,
            reaction_event=reaction_event,
        )
        contact_message_event.additional_properties = d
        return contact_message_event

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
