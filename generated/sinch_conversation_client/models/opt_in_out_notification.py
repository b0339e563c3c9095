from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_channel import ConversationChannel
from ..models.opt_in_out_notification_status import OptInOutNotificationStatus
from ..models.processing_mode import ProcessingMode
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.opt_in_out_notification_error_details import (
        OptInOutNotificationErrorDetails,
    )


T = TypeVar("T", bound="OptInOutNotification")


@_attrs_define(repr=False)
class OptInOutNotification:
    """The outcome of an opt-in or opt-out registration (triggers OPT_IN, OPT_OUT)."""

    request_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    channel: ConversationChannel | Unset = UNSET
    """ Channel Identifier """
    identity: str | Unset = UNSET
    status: OptInOutNotificationStatus | Unset = UNSET
    error_details: OptInOutNotificationErrorDetails | Unset = UNSET
    processing_mode: ProcessingMode | Unset = UNSET
    """ Whether the API stores contacts and conversations for the app (CONVERSATION) or not (DISPATCH, the default).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("request_id", False),
                ("contact_id", False),
                ("channel", False),
                ("identity", False),
                ("status", False),
                ("error_details", False),
                ("processing_mode", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        contact_id = self.contact_id

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        identity = self.identity

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        error_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error_details, Unset):
            error_details = self.error_details.to_dict()

        processing_mode: str | Unset = UNSET
        if not isinstance(self.processing_mode, Unset):
            processing_mode = self.processing_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if channel is not UNSET:
            field_dict["channel"] = channel
        if identity is not UNSET:
            field_dict["identity"] = identity
        if status is not UNSET:
            field_dict["status"] = status
        if error_details is not UNSET:
            field_dict["error_details"] = error_details
        if processing_mode is not UNSET:
            field_dict["processing_mode"] = processing_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.opt_in_out_notification_error_details import (
            OptInOutNotificationErrorDetails,
        )

        d = dict(src_dict)
        request_id = d.pop("request_id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        _channel = d.pop("channel", UNSET)
        channel: ConversationChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = ConversationChannel(_channel)

        identity = d.pop("identity", UNSET)

        _status = d.pop("status", UNSET)
        status: OptInOutNotificationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OptInOutNotificationStatus(_status)

        _error_details = d.pop("error_details", UNSET)
        error_details: OptInOutNotificationErrorDetails | Unset
        if isinstance(_error_details, Unset):
            error_details = UNSET
        else:
            error_details = OptInOutNotificationErrorDetails.from_dict(_error_details)

        _processing_mode = d.pop("processing_mode", UNSET)
        processing_mode: ProcessingMode | Unset
        if isinstance(_processing_mode, Unset):
            processing_mode = UNSET
        else:
            processing_mode = ProcessingMode(_processing_mode)

        opt_in_out_notification = cls(
            request_id=request_id,
            contact_id=contact_id,
            channel=channel,
            identity=identity,
            status=status,
            error_details=error_details,
            processing_mode=processing_mode,
        )
        opt_in_out_notification.additional_properties = d
        return opt_in_out_notification

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
