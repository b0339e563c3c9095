from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.batch_recipient_identified_by import BatchRecipientIdentifiedBy


T = TypeVar("T", bound="BatchRecipient")


@_attrs_define(repr=False)
class BatchRecipient:
    """Who gets one message of the batch, by contact ID or by channel identities."""

    contact_id: str | Unset = UNSET
    """ A contact of the project. """
    identified_by: BatchRecipientIdentifiedBy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("contact_id", False),
                ("identified_by", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        identified_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identified_by, Unset):
            identified_by = self.identified_by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if identified_by is not UNSET:
            field_dict["identified_by"] = identified_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_recipient_identified_by import BatchRecipientIdentifiedBy

        d = dict(src_dict)
        contact_id = d.pop("contact_id", UNSET)

        _identified_by = d.pop("identified_by", UNSET)
        identified_by: BatchRecipientIdentifiedBy | Unset
        if isinstance(_identified_by, Unset):
            identified_by = UNSET
        else:
            identified_by = BatchRecipientIdentifiedBy.from_dict(_identified_by)

        batch_recipient = cls(
            contact_id=contact_id,
            identified_by=identified_by,
        )
        batch_recipient.additional_properties = d
        return batch_recipient

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
