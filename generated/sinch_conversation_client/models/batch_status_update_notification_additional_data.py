from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.batch_status_update_notification_additional_data_message_batch_data import (
        BatchStatusUpdateNotificationAdditionalDataMessageBatchData,
    )


T = TypeVar("T", bound="BatchStatusUpdateNotificationAdditionalData")


@_attrs_define(repr=False)
class BatchStatusUpdateNotificationAdditionalData:
    message_batch_data: BatchStatusUpdateNotificationAdditionalDataMessageBatchData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, (("message_batch_data", False),))

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        message_batch_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_batch_data, Unset):
            message_batch_data = self.message_batch_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_batch_data is not UNSET:
            field_dict["message_batch_data"] = message_batch_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_status_update_notification_additional_data_message_batch_data import (
            BatchStatusUpdateNotificationAdditionalDataMessageBatchData,
        )

        d = dict(src_dict)
        _message_batch_data = d.pop("message_batch_data", UNSET)
        message_batch_data: BatchStatusUpdateNotificationAdditionalDataMessageBatchData | Unset
        if isinstance(_message_batch_data, Unset):
            message_batch_data = UNSET
        else:
            message_batch_data = (
                BatchStatusUpdateNotificationAdditionalDataMessageBatchData.from_dict(
                    _message_batch_data
                )
            )

        batch_status_update_notification_additional_data = cls(
            message_batch_data=message_batch_data,
        )
        batch_status_update_notification_additional_data.additional_properties = d
        return batch_status_update_notification_additional_data

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
