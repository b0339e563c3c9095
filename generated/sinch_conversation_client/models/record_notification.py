from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.processing_mode import ProcessingMode
from ..models.record_notification_record_status import RecordNotificationRecordStatus
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.channel_identity import ChannelIdentity
    from ..models.reason import Reason


T = TypeVar("T", bound="RecordNotification")


@_attrs_define(repr=False)
class RecordNotification:
    """An entity was stored (trigger RECORD_NOTIFICATION)."""

    entity_id: str | Unset = UNSET
    record_status: RecordNotificationRecordStatus | Unset = UNSET
    processing_mode: ProcessingMode | Unset = UNSET
    """ Whether the API stores contacts and conversations for the app (CONVERSATION) or not (DISPATCH, the default).
    """
    channel_identity: ChannelIdentity | Unset = UNSET
    """ A unique identity of message recipient on a particular channel. For example, the channel identity on SMS,
    WHATSAPP or VIBERBM is a MSISDN phone number.
     """
    contact_id: str | Unset = UNSET
    conversation_id: str | Unset = UNSET
    reason: Reason | Unset = UNSET
    """ Reason """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("entity_id", False),
                ("record_status", False),
                ("processing_mode", False),
                ("channel_identity", False),
                ("contact_id", False),
                ("conversation_id", False),
                ("reason", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        record_status: str | Unset = UNSET
        if not isinstance(self.record_status, Unset):
            record_status = self.record_status.value

        processing_mode: str | Unset = UNSET
        if not isinstance(self.processing_mode, Unset):
            processing_mode = self.processing_mode.value

        channel_identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_identity, Unset):
            channel_identity = self.channel_identity.to_dict()

        contact_id = self.contact_id

        conversation_id = self.conversation_id

        reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if record_status is not UNSET:
            field_dict["record_status"] = record_status
        if processing_mode is not UNSET:
            field_dict["processing_mode"] = processing_mode
        if channel_identity is not UNSET:
            field_dict["channel_identity"] = channel_identity
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.channel_identity import ChannelIdentity
        from ..models.reason import Reason

        d = dict(src_dict)
        entity_id = d.pop("entity_id", UNSET)

        _record_status = d.pop("record_status", UNSET)
        record_status: RecordNotificationRecordStatus | Unset
        if isinstance(_record_status, Unset):
            record_status = UNSET
        else:
            record_status = RecordNotificationRecordStatus(_record_status)

        _processing_mode = d.pop("processing_mode", UNSET)
        processing_mode: ProcessingMode | Unset
        if isinstance(_processing_mode, Unset):
            processing_mode = UNSET
        else:
            processing_mode = ProcessingMode(_processing_mode)

        _channel_identity = d.pop("channel_identity", UNSET)
        channel_identity: ChannelIdentity | Unset
        if isinstance(_channel_identity, Unset):
            channel_identity = UNSET
        else:
            channel_identity = ChannelIdentity.from_dict(_channel_identity)

        contact_id = d.pop("contact_id", UNSET)

        conversation_id = d.pop("conversation_id", UNSET)

        _reason = d.pop("reason", UNSET)
        reason: Reason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = Reason.from_dict(_reason)

        record_notification = cls(
            entity_id=entity_id,
            record_status=record_status,
            processing_mode=processing_mode,
            channel_identity=channel_identity,
            contact_id=contact_id,
            conversation_id=conversation_id,
            reason=reason,
        )
        record_notification.additional_properties = d
        return record_notification

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
