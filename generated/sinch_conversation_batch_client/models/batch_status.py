from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.batch_status_value import BatchStatusValue
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.string_map import StringMap


T = TypeVar("T", bound="BatchStatus")


@_attrs_define(repr=False)
class BatchStatus:
    batch_id: str
    status: BatchStatusValue
    """ READY: accepted, being processed. SCHEDULED: waiting for `send_after`. PROCESSED: every message was handed
    to the Conversation API. CANCELLED: cancelled before `send_after`; nothing was sent.
     """
    meta_data: StringMap | Unset = UNSET
    """ String keys to string values. """
    send_after: datetime.datetime | Unset = UNSET
    """ When the batch is or was scheduled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("batch_id", False),
                ("status", False),
                ("meta_data", False),
                ("send_after", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        status = self.status.value

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        send_after: str | Unset = UNSET
        if not isinstance(self.send_after, Unset):
            send_after = self.send_after.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "status": status,
            }
        )
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data
        if send_after is not UNSET:
            field_dict["send_after"] = send_after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.string_map import StringMap

        d = dict(src_dict)
        try:
            batch_id = d.pop("batch_id")

            status = BatchStatusValue(d.pop("status"))

            _meta_data = d.pop("meta_data", UNSET)
            meta_data: StringMap | Unset
            if isinstance(_meta_data, Unset):
                meta_data = UNSET
            else:
                meta_data = StringMap.from_dict(_meta_data)

            _send_after = d.pop("send_after", UNSET)
            send_after: datetime.datetime | Unset
            if isinstance(_send_after, Unset):
                send_after = UNSET
            else:
                send_after = datetime.datetime.fromisoformat(_send_after)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        batch_status = cls(
            batch_id=batch_id,
            status=status,
            meta_data=meta_data,
            send_after=send_after,
        )
        batch_status.additional_properties = d
        return batch_status

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
