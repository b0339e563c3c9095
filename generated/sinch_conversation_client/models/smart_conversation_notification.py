from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_channel import ConversationChannel
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.analysis_result import AnalysisResult


T = TypeVar("T", bound="SmartConversationNotification")


@_attrs_define(repr=False)
class SmartConversationNotification:
    """Smart Conversations analysis of a message (trigger SMART_CONVERSATION)."""

    contact_id: str | Unset = UNSET
    channel_identity: str | Unset = UNSET
    channel: ConversationChannel | Unset = UNSET
    """ Channel Identifier """
    message_id: str | Unset = UNSET
    conversation_id: str | Unset = UNSET
    analysis_results: AnalysisResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("contact_id", False),
                ("channel_identity", False),
                ("channel", False),
                ("message_id", False),
                ("conversation_id", False),
                ("analysis_results", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        channel_identity = self.channel_identity

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        message_id = self.message_id

        conversation_id = self.conversation_id

        analysis_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis_results, Unset):
            analysis_results = self.analysis_results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if channel_identity is not UNSET:
            field_dict["channel_identity"] = channel_identity
        if channel is not UNSET:
            field_dict["channel"] = channel
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if analysis_results is not UNSET:
            field_dict["analysis_results"] = analysis_results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analysis_result import AnalysisResult

        d = dict(src_dict)
        contact_id = d.pop("contact_id", UNSET)

        channel_identity = d.pop("channel_identity", UNSET)

        _channel = d.pop("channel", UNSET)
        channel: ConversationChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = ConversationChannel(_channel)

        message_id = d.pop("message_id", UNSET)

        conversation_id = d.pop("conversation_id", UNSET)

        _analysis_results = d.pop("analysis_results", UNSET)
        analysis_results: AnalysisResult | Unset
        if isinstance(_analysis_results, Unset):
            analysis_results = UNSET
        else:
            analysis_results = AnalysisResult.from_dict(_analysis_results)

        smart_conversation_notification = cls(
            contact_id=contact_id,
            channel_identity=channel_identity,
            channel=channel,
            message_id=message_id,
            conversation_id=conversation_id,
            analysis_results=analysis_results,
        )
        smart_conversation_notification.additional_properties = d
        return smart_conversation_notification

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
