from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ChoiceCalendarMessage")


@_attrs_define(repr=False)
class ChoiceCalendarMessage:
    """Adds an event to the recipient's calendar."""

    title: str
    event_start: datetime.datetime
    event_end: datetime.datetime
    event_title: str
    fallback_url: str
    event_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("title", False),
                ("event_start", False),
                ("event_end", False),
                ("event_title", False),
                ("fallback_url", False),
                ("event_description", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        event_start = self.event_start.isoformat().replace("+00:00", "Z")

        event_end = self.event_end.isoformat().replace("+00:00", "Z")

        event_title = self.event_title

        fallback_url = self.fallback_url

        event_description = self.event_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "event_start": event_start,
                "event_end": event_end,
                "event_title": event_title,
                "fallback_url": fallback_url,
            }
        )
        if event_description is not UNSET:
            field_dict["event_description"] = event_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            title = d.pop("title")

            event_start = datetime.datetime.fromisoformat(d.pop("event_start"))

            event_end = datetime.datetime.fromisoformat(d.pop("event_end"))

            event_title = d.pop("event_title")

            fallback_url = d.pop("fallback_url")

            event_description = d.pop("event_description", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        choice_calendar_message = cls(
            title=title,
            event_start=event_start,
            event_end=event_end,
            event_title=event_title,
            fallback_url=fallback_url,
            event_description=event_description,
        )
        choice_calendar_message.additional_properties = d
        return choice_calendar_message

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
