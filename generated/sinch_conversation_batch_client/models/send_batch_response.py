from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SendBatchResponse")


@_attrs_define(repr=False)
class SendBatchResponse:
    batch_id: str
    """ The batch's ID (status, cancel and callbacks name it). """
    send_after: datetime.datetime | Unset = UNSET
    """ The effective schedule (absent for a batch sent at once). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("batch_id", False),
                ("send_after", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        send_after: str | Unset = UNSET
        if not isinstance(self.send_after, Unset):
            send_after = self.send_after.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
            }
        )
        if send_after is not UNSET:
            field_dict["send_after"] = send_after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            batch_id = d.pop("batch_id")

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
        send_batch_response = cls(
            batch_id=batch_id,
            send_after=send_after,
        )
        send_batch_response.additional_properties = d
        return send_batch_response

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
