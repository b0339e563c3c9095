from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.conversation_channel import ConversationChannel
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.app_message import AppMessage


T = TypeVar("T", bound="TranscodeMessageRequest")


@_attrs_define(repr=False)
class TranscodeMessageRequest:
    app_id: str
    """ Required. The ID of the app used to transcode the message. """
    app_message: AppMessage
    """ A message originating from a Conversation API app: exactly one of card_message, carousel_message,
    choice_message, location_message, media_message, template_message, text_message, list_message or
    contact_info_message, plus optional channel overrides.
     """
    channels: list[ConversationChannel]
    """ Required. The list of channels for which the message shall be transcoded to. """
    from_: str | Unset = UNSET
    """ Optional. """
    to: str | Unset = UNSET
    """ Optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("app_id", False),
                ("app_message", False),
                ("channels", False),
                ("from_", False),
                ("to", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_message = self.app_message.to_dict()

        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.value
            channels.append(channels_item)

        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "app_message": app_message,
                "channels": channels,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_message import AppMessage

        d = dict(src_dict)
        try:
            app_id = d.pop("app_id")

            app_message = AppMessage.from_dict(d.pop("app_message"))

            channels = []
            _channels = d.pop("channels")
            for channels_item_data in _channels:
                channels_item = ConversationChannel(channels_item_data)

                channels.append(channels_item)

            from_ = d.pop("from", UNSET)

            to = d.pop("to", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        transcode_message_request = cls(
            app_id=app_id,
            app_message=app_message,
            channels=channels,
            from_=from_,
            to=to,
        )
        transcode_message_request.additional_properties = d
        return transcode_message_request

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
