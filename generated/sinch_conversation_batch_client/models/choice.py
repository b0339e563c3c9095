from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.call_message import CallMessage
    from ..models.choice_calendar_message import ChoiceCalendarMessage
    from ..models.choice_share_location_message import ChoiceShareLocationMessage
    from ..models.location_message import LocationMessage
    from ..models.text_message import TextMessage
    from ..models.url_message import UrlMessage


T = TypeVar("T", bound="Choice")


@_attrs_define(repr=False)
class Choice:
    """A choice is an action the user can take such as buttons for quick replies, call actions etc."""

    call_message: CallMessage | Unset = UNSET
    """ Message for triggering a call. """
    location_message: LocationMessage | Unset = UNSET
    """ Message with geo location """
    postback_data: str | Unset = UNSET
    """ Optional. This data will be returned in the ChoiceResponseMessage. The default is message_id_{text, title}.
     """
    text_message: TextMessage | Unset = UNSET
    """ Message containing only text """
    url_message: UrlMessage | Unset = UNSET
    """ A generic URL message. """
    calendar_message: ChoiceCalendarMessage | Unset = UNSET
    """ Adds an event to the recipient's calendar. """
    share_location_message: ChoiceShareLocationMessage | Unset = UNSET
    """ Asks the recipient to share their location. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("call_message", False),
                ("location_message", False),
                ("postback_data", False),
                ("text_message", False),
                ("url_message", False),
                ("calendar_message", False),
                ("share_location_message", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        call_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_message, Unset):
            call_message = self.call_message.to_dict()

        location_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_message, Unset):
            location_message = self.location_message.to_dict()

        postback_data = self.postback_data

        text_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_message, Unset):
            text_message = self.text_message.to_dict()

        url_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.url_message, Unset):
            url_message = self.url_message.to_dict()

        calendar_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.calendar_message, Unset):
            calendar_message = self.calendar_message.to_dict()

        share_location_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.share_location_message, Unset):
            share_location_message = self.share_location_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_message is not UNSET:
            field_dict["call_message"] = call_message
        if location_message is not UNSET:
            field_dict["location_message"] = location_message
        if postback_data is not UNSET:
            field_dict["postback_data"] = postback_data
        if text_message is not UNSET:
            field_dict["text_message"] = text_message
        if url_message is not UNSET:
            field_dict["url_message"] = url_message
        if calendar_message is not UNSET:
            field_dict["calendar_message"] = calendar_message
        if share_location_message is not UNSET:
            field_dict["share_location_message"] = share_location_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.call_message import CallMessage
        from ..models.choice_calendar_message import ChoiceCalendarMessage
        from ..models.choice_share_location_message import ChoiceShareLocationMessage
        from ..models.location_message import LocationMessage
        from ..models.text_message import TextMessage
        from ..models.url_message import UrlMessage

        d = dict(src_dict)
        _call_message = d.pop("call_message", UNSET)
        call_message: CallMessage | Unset
        if isinstance(_call_message, Unset):
            call_message = UNSET
        else:
            call_message = CallMessage.from_dict(_call_message)

        _location_message = d.pop("location_message", UNSET)
        location_message: LocationMessage | Unset
        if isinstance(_location_message, Unset):
            location_message = UNSET
        else:
            location_message = LocationMessage.from_dict(_location_message)

        postback_data = d.pop("postback_data", UNSET)

        _text_message = d.pop("text_message", UNSET)
        text_message: TextMessage | Unset
        if isinstance(_text_message, Unset):
            text_message = UNSET
        else:
            text_message = TextMessage.from_dict(_text_message)

        _url_message = d.pop("url_message", UNSET)
        url_message: UrlMessage | Unset
        if isinstance(_url_message, Unset):
            url_message = UNSET
        else:
            url_message = UrlMessage.from_dict(_url_message)

        _calendar_message = d.pop("calendar_message", UNSET)
        calendar_message: ChoiceCalendarMessage | Unset
        if isinstance(_calendar_message, Unset):
            calendar_message = UNSET
        else:
            calendar_message = ChoiceCalendarMessage.from_dict(_calendar_message)

        _share_location_message = d.pop("share_location_message", UNSET)
        share_location_message: ChoiceShareLocationMessage | Unset
        if isinstance(_share_location_message, Unset):
            share_location_message = UNSET
        else:
            share_location_message = ChoiceShareLocationMessage.from_dict(_share_location_message)

        choice = cls(
            call_message=call_message,
            location_message=location_message,
            postback_data=postback_data,
            text_message=text_message,
            url_message=url_message,
            calendar_message=calendar_message,
            share_location_message=share_location_message,
        )
        choice.additional_properties = d
        return choice

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
