from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_channel import ConversationChannel
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.conversation_update_request_metadata_json import (
        ConversationUpdateRequestMetadataJson,
    )


T = TypeVar("T", bound="ConversationUpdateRequest")


@_attrs_define(repr=False)
class ConversationUpdateRequest:
    """Fields of the conversation to update (see update_mask)."""

    active: bool | Unset = UNSET
    active_channel: ConversationChannel | Unset = UNSET
    """ Channel Identifier """
    metadata: str | Unset = UNSET
    metadata_json: ConversationUpdateRequestMetadataJson | Unset = UNSET
    correlation_id: str | Unset = UNSET
    id: str | Unset = UNSET
    app_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("active", False),
                ("active_channel", False),
                ("metadata", False),
                ("metadata_json", False),
                ("correlation_id", False),
                ("id", False),
                ("app_id", False),
                ("contact_id", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        active_channel: str | Unset = UNSET
        if not isinstance(self.active_channel, Unset):
            active_channel = self.active_channel.value

        metadata = self.metadata

        metadata_json: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_json, Unset):
            metadata_json = self.metadata_json.to_dict()

        correlation_id = self.correlation_id

        id = self.id

        app_id = self.app_id

        contact_id = self.contact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if active_channel is not UNSET:
            field_dict["active_channel"] = active_channel
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if metadata_json is not UNSET:
            field_dict["metadata_json"] = metadata_json
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if id is not UNSET:
            field_dict["id"] = id
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversation_update_request_metadata_json import (
            ConversationUpdateRequestMetadataJson,
        )

        d = dict(src_dict)
        active = d.pop("active", UNSET)

        _active_channel = d.pop("active_channel", UNSET)
        active_channel: ConversationChannel | Unset
        if isinstance(_active_channel, Unset):
            active_channel = UNSET
        else:
            active_channel = ConversationChannel(_active_channel)

        metadata = d.pop("metadata", UNSET)

        _metadata_json = d.pop("metadata_json", UNSET)
        metadata_json: ConversationUpdateRequestMetadataJson | Unset
        if isinstance(_metadata_json, Unset):
            metadata_json = UNSET
        else:
            metadata_json = ConversationUpdateRequestMetadataJson.from_dict(_metadata_json)

        correlation_id = d.pop("correlation_id", UNSET)

        id = d.pop("id", UNSET)

        app_id = d.pop("app_id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        conversation_update_request = cls(
            active=active,
            active_channel=active_channel,
            metadata=metadata,
            metadata_json=metadata_json,
            correlation_id=correlation_id,
            id=id,
            app_id=app_id,
            contact_id=contact_id,
        )
        conversation_update_request.additional_properties = d
        return conversation_update_request

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
