from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.batch_status_update_notification_additional_data_message_batch_data_batch_metadata import (
        BatchStatusUpdateNotificationAdditionalDataMessageBatchDataBatchMetadata,
    )


T = TypeVar("T", bound="BatchStatusUpdateNotificationAdditionalDataMessageBatchData")


@_attrs_define(repr=False)
class BatchStatusUpdateNotificationAdditionalDataMessageBatchData:
    send_after: datetime.datetime | Unset = UNSET
    batch_metadata: (
        BatchStatusUpdateNotificationAdditionalDataMessageBatchDataBatchMetadata | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("send_after", False),
                ("batch_metadata", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        send_after: str | Unset = UNSET
        if not isinstance(self.send_after, Unset):
            send_after = self.send_after.isoformat().replace("+00:00", "Z")

        batch_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.batch_metadata, Unset):
            batch_metadata = self.batch_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if send_after is not UNSET:
            field_dict["send_after"] = send_after
        if batch_metadata is not UNSET:
            field_dict["batch_metadata"] = batch_metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_status_update_notification_additional_data_message_batch_data_batch_metadata import (
            BatchStatusUpdateNotificationAdditionalDataMessageBatchDataBatchMetadata,
        )

        d = dict(src_dict)
        _send_after = d.pop("send_after", UNSET)
        send_after: datetime.datetime | Unset
        if isinstance(_send_after, Unset):
            send_after = UNSET
        else:
            send_after = datetime.datetime.fromisoformat(_send_after)

        _batch_metadata = d.pop("batch_metadata", UNSET)
        batch_metadata: (
            BatchStatusUpdateNotificationAdditionalDataMessageBatchDataBatchMetadata | Unset
        )
        if isinstance(_batch_metadata, Unset):
            batch_metadata = UNSET
        else:
            batch_metadata = (
                BatchStatusUpdateNotificationAdditionalDataMessageBatchDataBatchMetadata.from_dict(
                    _batch_metadata
                )
            )

        batch_status_update_notification_additional_data_message_batch_data = cls(
            send_after=send_after,
            batch_metadata=batch_metadata,
        )
        batch_status_update_notification_additional_data_message_batch_data.additional_properties = d
        return batch_status_update_notification_additional_data_message_batch_data

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
