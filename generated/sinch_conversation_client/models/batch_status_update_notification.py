from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.batch_status_update_notification_additional_data import (
        BatchStatusUpdateNotificationAdditionalData,
    )


T = TypeVar("T", bound="BatchStatusUpdateNotification")


@_attrs_define(repr=False)
class BatchStatusUpdateNotification:
    """A batch of the Batch API changed status (trigger BATCH_STATUS_UPDATE). The value sets of batch_status and batch_type
    are not published: seen are BATCH_STATUS_PROCESSED and BATCH_TYPE_MESSAGES; the emulator also sends
    BATCH_STATUS_CANCELLED.

    """

    batch_id: str
    batch_status: str
    batch_type: str | Unset = UNSET
    additional_data: BatchStatusUpdateNotificationAdditionalData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("batch_id", False),
                ("batch_status", False),
                ("batch_type", False),
                ("additional_data", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        batch_status = self.batch_status

        batch_type = self.batch_type

        additional_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_data, Unset):
            additional_data = self.additional_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "batch_status": batch_status,
            }
        )
        if batch_type is not UNSET:
            field_dict["batch_type"] = batch_type
        if additional_data is not UNSET:
            field_dict["additional_data"] = additional_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_status_update_notification_additional_data import (
            BatchStatusUpdateNotificationAdditionalData,
        )

        d = dict(src_dict)
        try:
            batch_id = d.pop("batch_id")

            batch_status = d.pop("batch_status")

            batch_type = d.pop("batch_type", UNSET)

            _additional_data = d.pop("additional_data", UNSET)
            additional_data: BatchStatusUpdateNotificationAdditionalData | Unset
            if isinstance(_additional_data, Unset):
                additional_data = UNSET
            else:
                additional_data = BatchStatusUpdateNotificationAdditionalData.from_dict(
                    _additional_data
                )

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        batch_status_update_notification = cls(
            batch_id=batch_id,
            batch_status=batch_status,
            batch_type=batch_type,
            additional_data=additional_data,
        )
        batch_status_update_notification.additional_properties = d
        return batch_status_update_notification

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
