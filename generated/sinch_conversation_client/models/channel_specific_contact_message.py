from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.channel_specific_contact_message_message_type import (
    ChannelSpecificContactMessageMessageType,
)
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.whats_app_interactive_nfm_reply_message import (
        WhatsAppInteractiveNfmReplyMessage,
    )


T = TypeVar("T", bound="ChannelSpecificContactMessage")


@_attrs_define(repr=False)
class ChannelSpecificContactMessage:
    """A channel-specific message sent by a contact (WhatsApp nfm_reply)."""

    message_type: ChannelSpecificContactMessageMessageType
    message: WhatsAppInteractiveNfmReplyMessage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("message_type", False),
                ("message", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type.value

        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_type": message_type,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.whats_app_interactive_nfm_reply_message import (
            WhatsAppInteractiveNfmReplyMessage,
        )

        d = dict(src_dict)
        try:
            message_type = ChannelSpecificContactMessageMessageType(d.pop("message_type"))

            message = WhatsAppInteractiveNfmReplyMessage.from_dict(d.pop("message"))

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        channel_specific_contact_message = cls(
            message_type=message_type,
            message=message,
        )
        channel_specific_contact_message.additional_properties = d
        return channel_specific_contact_message

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
