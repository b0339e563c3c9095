from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.processing_mode import ProcessingMode
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.app_message import AppMessage
    from ..models.channel_identity import ChannelIdentity


T = TypeVar("T", bound="MessageSubmitNotification")


@_attrs_define(repr=False)
class MessageSubmitNotification:
    """An app message was handed to the channel (trigger MESSAGE_SUBMIT)."""

    message_id: str | Unset = UNSET
    conversation_id: str | Unset = UNSET
    channel_identity: ChannelIdentity | Unset = UNSET
    """ A unique identity of message recipient on a particular channel. For example, the channel identity on SMS,
    WHATSAPP or VIBERBM is a MSISDN phone number.
     """
    contact_id: str | Unset = UNSET
    submitted_message: AppMessage | Unset = UNSET
    """ A message originating from a Conversation API app: exactly one of card_message, carousel_message,
    choice_message, location_message, media_message, template_message, text_message, list_message or
    contact_info_message, plus optional channel overrides.
     """
    metadata: str | Unset = UNSET
    processing_mode: ProcessingMode | Unset = UNSET
    """ Whether the API stores contacts and conversations for the app (CONVERSATION) or not (DISPATCH, the default).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("message_id", False),
                ("conversation_id", False),
                ("channel_identity", False),
                ("contact_id", False),
                ("submitted_message", False),
                ("metadata", False),
                ("processing_mode", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        conversation_id = self.conversation_id

        channel_identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_identity, Unset):
            channel_identity = self.channel_identity.to_dict()

        contact_id = self.contact_id

        submitted_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submitted_message, Unset):
            submitted_message = self.submitted_message.to_dict()

        metadata = self.metadata

        processing_mode: str | Unset = UNSET
        if not isinstance(self.processing_mode, Unset):
            processing_mode = self.processing_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if channel_identity is not UNSET:
            field_dict["channel_identity"] = channel_identity
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if submitted_message is not UNSET:
            field_dict["submitted_message"] = submitted_message
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if processing_mode is not UNSET:
            field_dict["processing_mode"] = processing_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_message import AppMessage
        from ..models.channel_identity import ChannelIdentity

        d = dict(src_dict)
        message_id = d.pop("message_id", UNSET)

        conversation_id = d.pop("conversation_id", UNSET)

        _channel_identity = d.pop("channel_identity", UNSET)
        channel_identity: ChannelIdentity | Unset
        if isinstance(_channel_identity, Unset):
            channel_identity = UNSET
        else:
            channel_identity = ChannelIdentity.from_dict(_channel_identity)

        contact_id = d.pop("contact_id", UNSET)

        _submitted_message = d.pop("submitted_message", UNSET)
        submitted_message: AppMessage | Unset
        if isinstance(_submitted_message, Unset):
            submitted_message = UNSET
        else:
            submitted_message = AppMessage.from_dict(_submitted_message)

        metadata = d.pop("metadata", UNSET)

        _processing_mode = d.pop("processing_mode", UNSET)
        processing_mode: ProcessingMode | Unset
        if isinstance(_processing_mode, Unset):
            processing_mode = UNSET
        else:
            processing_mode = ProcessingMode(_processing_mode)

        message_submit_notification = cls(
            message_id=message_id,
            conversation_id=conversation_id,
            channel_identity=channel_identity,
            contact_id=contact_id,
            submitted_message=submitted_message,
            metadata=metadata,
            processing_mode=processing_mode,
        )
        message_submit_notification.additional_properties = d
        return message_submit_notification

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
