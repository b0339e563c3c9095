from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SendEventResponse")


@_attrs_define(repr=False)
class SendEventResponse:
    event_id: str
    """ Output only. Event id. """
    accepted_time: datetime.datetime | Unset = UNSET
    """ Output only. Accepted timestamp. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("event_id", False),
                ("accepted_time", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        accepted_time: str | Unset = UNSET
        if not isinstance(self.accepted_time, Unset):
            accepted_time = self.accepted_time.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
            }
        )
        if accepted_time is not UNSET:
            field_dict["accepted_time"] = accepted_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            event_id = d.pop("event_id")

            _accepted_time = d.pop("accepted_time", UNSET)
            accepted_time: datetime.datetime | Unset
            if isinstance(_accepted_time, Unset):
                accepted_time = UNSET
            else:
                accepted_time = datetime.datetime.fromisoformat(_accepted_time)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        send_event_response = cls(
            event_id=event_id,
            accepted_time=accepted_time,
        )
        send_event_response.additional_properties = d
        return send_event_response

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
