from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retention_policy_type import RetentionPolicyType
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RetentionPolicy")


@_attrs_define(repr=False)
class RetentionPolicy:
    """Retention policy for messages and conversations"""

    retention_type: RetentionPolicyType | Unset = UNSET
    """  - MESSAGE_EXPIRE_POLICY: The default retention policy where messages older than
    ttl_days are automatically deleted from Conversation API database.
     - CONVERSATION_EXPIRE_POLICY: The conversation expire policy only considers the last message in a conversation.
    If the last message is older that ttl_days the entire conversation is deleted.
    The difference with MESSAGE_EXPIRE_POLICY is that messages with accept_time
    older than ttl_days are persisted as long as there is a newer message in the
    same conversation.
     - PERSIST_RETENTION_POLICY: Persist policy does not delete old messages or conversations.
    Please note that message storage might be subject to additional charges
    in the future. """
    ttl_days: int | Unset = UNSET
    """ Optional. The days before a message or conversation is eligible for deletion. Default value is 180. The
    ttl_days value has no effect when retention_type is PERSIST_RETENTION_POLICY. The valid values for this field
    are [1 - 3650]. Note that retention cleanup job runs once every twenty-four hours which can lead to delay i.e.,
    messages and conversations are not deleted on the minute they become eligible for deletion.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("retention_type", False),
                ("ttl_days", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        retention_type: str | Unset = UNSET
        if not isinstance(self.retention_type, Unset):
            retention_type = self.retention_type.value

        ttl_days = self.ttl_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retention_type is not UNSET:
            field_dict["retention_type"] = retention_type
        if ttl_days is not UNSET:
            field_dict["ttl_days"] = ttl_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _retention_type = d.pop("retention_type", UNSET)
        retention_type: RetentionPolicyType | Unset
        if isinstance(_retention_type, Unset):
            retention_type = UNSET
        else:
            retention_type = RetentionPolicyType(_retention_type)

        ttl_days = d.pop("ttl_days", UNSET)

        retention_policy = cls(
            retention_type=retention_type,
            ttl_days=ttl_days,
        )
        retention_policy.additional_properties = d
        return retention_policy

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
