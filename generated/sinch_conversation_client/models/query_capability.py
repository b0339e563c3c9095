from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient import Recipient


T = TypeVar("T", bound="QueryCapability")


@_attrs_define
class QueryCapability:
    app_id: str | Unset = UNSET
    """ Required. The ID of the app to use for capability lookup. """
    project_id: str | Unset = UNSET
    """ Required. The project ID. """
    recipient: Recipient | Unset = UNSET
    """ Recipient information """
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        project_id = self.project_id

        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipient import Recipient

        d = dict(src_dict)
        app_id = d.pop("app_id", UNSET)

        project_id = d.pop("project_id", UNSET)

        _recipient = d.pop("recipient", UNSET)
        recipient: Recipient | Unset
        if isinstance(_recipient, Unset):
            recipient = UNSET
        else:
            recipient = Recipient.from_dict(_recipient)

        request_id = d.pop("request_id", UNSET)

        query_capability = cls(
            app_id=app_id,
            project_id=project_id,
            recipient=recipient,
            request_id=request_id,
        )

        query_capability.additional_properties = d
        return query_capability

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
