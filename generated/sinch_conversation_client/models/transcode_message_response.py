from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.transcode_message_response_transcoded_message import (
        TranscodeMessageResponseTranscodedMessage,
    )


T = TypeVar("T", bound="TranscodeMessageResponse")


@_attrs_define(repr=False)
class TranscodeMessageResponse:
    transcoded_message: TranscodeMessageResponseTranscodedMessage | Unset = UNSET
    """ Output only. The transcoded message for the different channels. The keys in the map correspond to channel
    names, as defined by the type ConversationChannel.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, (("transcoded_message", False),))

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        transcoded_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcoded_message, Unset):
            transcoded_message = self.transcoded_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transcoded_message is not UNSET:
            field_dict["transcoded_message"] = transcoded_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transcode_message_response_transcoded_message import (
            TranscodeMessageResponseTranscodedMessage,
        )

        d = dict(src_dict)
        _transcoded_message = d.pop("transcoded_message", UNSET)
        transcoded_message: TranscodeMessageResponseTranscodedMessage | Unset
        if isinstance(_transcoded_message, Unset):
            transcoded_message = UNSET
        else:
            transcoded_message = TranscodeMessageResponseTranscodedMessage.from_dict(
                _transcoded_message
            )

        transcode_message_response = cls(
            transcoded_message=transcoded_message,
        )
        transcode_message_response.additional_properties = d
        return transcode_message_response

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
