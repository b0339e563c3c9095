from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CancelBatchRequest")


@_attrs_define(repr=False)
class CancelBatchRequest:
    """Exactly one selector, `batch_id` or `metadata_key` with `metadata_value`."""

    batch_id: str | Unset = UNSET
    """ The batch to cancel. """
    metadata_key: str | Unset = UNSET
    """ Cancel every scheduled batch whose `batch_metadata` has this key... """
    metadata_value: str | Unset = UNSET
    """ ...with this value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("batch_id", False),
                ("metadata_key", False),
                ("metadata_value", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        metadata_key = self.metadata_key

        metadata_value = self.metadata_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if metadata_key is not UNSET:
            field_dict["metadata_key"] = metadata_key
        if metadata_value is not UNSET:
            field_dict["metadata_value"] = metadata_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_id = d.pop("batch_id", UNSET)

        metadata_key = d.pop("metadata_key", UNSET)

        metadata_value = d.pop("metadata_value", UNSET)

        cancel_batch_request = cls(
            batch_id=batch_id,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
        )
        cancel_batch_request.additional_properties = d
        return cancel_batch_request

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
