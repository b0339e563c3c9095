from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.conversation_channel import ConversationChannel
from ..models.message_queue import MessageQueue
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.app_event import AppEvent
    from ..models.contact_recipient import ContactRecipient
    from ..models.identified_recipient import IdentifiedRecipient


T = TypeVar("T", bound="SendEventRequest")


@_attrs_define(repr=False)
class SendEventRequest:
    app_id: str
    """ Required. The ID of the app sending the event. """
    event: AppEvent
    recipient: ContactRecipient | IdentifiedRecipient
    """ The recipient, by contact ID or by channel identities (DISPATCH mode requires identified_by). """
    callback_url: str | Unset = UNSET
    """ Overwrites the default callback url for delivery reports for this message The REST URL should be of the
    form: http://host[:port]/path
     """
    channel_priority_order: list[ConversationChannel] = _attrs_field(factory=AbsentList)
    """ Optional. Channel priority order that dictates on which channels the Conversation API should try to send the
    message on. The order provided here overrides any default.
     """
    event_metadata: str | Unset = UNSET
    """ Optional. Eventual metadata that should be associated to the event. """
    queue: MessageQueue | Unset = UNSET
    """ Message queue priority. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("app_id", False),
                ("event", False),
                ("recipient", False),
                ("callback_url", False),
                ("channel_priority_order", False),
                ("event_metadata", False),
                ("queue", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_recipient import ContactRecipient

        app_id = self.app_id

        event = self.event.to_dict()

        recipient: dict[str, Any]
        if isinstance(self.recipient, ContactRecipient):
            recipient = self.recipient.to_dict()
        else:
            recipient = self.recipient.to_dict()

        callback_url = self.callback_url

        channel_priority_order: list[str] | Unset = UNSET
        if not isinstance(self.channel_priority_order, Unset):
            channel_priority_order = []
            for channel_priority_order_item_data in self.channel_priority_order:
                channel_priority_order_item = channel_priority_order_item_data.value
                channel_priority_order.append(channel_priority_order_item)

        event_metadata = self.event_metadata

        queue: str | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "event": event,
                "recipient": recipient,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if channel_priority_order is not UNSET and not is_absent(self.channel_priority_order):
            field_dict["channel_priority_order"] = channel_priority_order
        if event_metadata is not UNSET:
            field_dict["event_metadata"] = event_metadata
        if queue is not UNSET:
            field_dict["queue"] = queue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_event import AppEvent
        from ..models.contact_recipient import ContactRecipient
        from ..models.identified_recipient import IdentifiedRecipient

        d = dict(src_dict)
        try:
            app_id = d.pop("app_id")

            event = AppEvent.from_dict(d.pop("event"))

            def _parse_recipient(data: object) -> ContactRecipient | IdentifiedRecipient:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_recipient_type_0 = ContactRecipient.from_dict(data)

                    return componentsschemas_recipient_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_recipient_type_1 = IdentifiedRecipient.from_dict(data)

                return componentsschemas_recipient_type_1

            recipient = _parse_recipient(d.pop("recipient"))

            callback_url = d.pop("callback_url", UNSET)

            _channel_priority_order = d.pop("channel_priority_order", UNSET)
            channel_priority_order: list[ConversationChannel] | Unset = UNSET
            if _channel_priority_order is not UNSET:
                channel_priority_order = []
                for channel_priority_order_item_data in _channel_priority_order:
                    channel_priority_order_item = ConversationChannel(
                        channel_priority_order_item_data
                    )

                    channel_priority_order.append(channel_priority_order_item)

            event_metadata = d.pop("event_metadata", UNSET)

            _queue = d.pop("queue", UNSET)
            queue: MessageQueue | Unset
            if isinstance(_queue, Unset):
                queue = UNSET
            else:
                queue = MessageQueue(_queue)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        send_event_request = cls(
            app_id=app_id,
            event=event,
            recipient=recipient,
            callback_url=callback_url,
            channel_priority_order=AbsentList()
            if isinstance(channel_priority_order, Unset)
            else channel_priority_order,
            event_metadata=event_metadata,
            queue=queue,
        )
        send_event_request.additional_properties = d
        return send_event_request

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
