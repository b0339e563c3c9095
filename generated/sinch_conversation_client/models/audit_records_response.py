from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.audit_record import AuditRecord
    from ..models.consent_identity import ConsentIdentity


T = TypeVar("T", bound="AuditRecordsResponse")


@_attrs_define(repr=False)
class AuditRecordsResponse:
    identity: ConsentIdentity | Unset = UNSET
    audit_records: list[AuditRecord] = _attrs_field(factory=AbsentList)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("identity", False),
                ("audit_records", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        audit_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audit_records, Unset):
            audit_records = []
            for audit_records_item_data in self.audit_records:
                audit_records_item = audit_records_item_data.to_dict()
                audit_records.append(audit_records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identity is not UNSET:
            field_dict["identity"] = identity
        if audit_records is not UNSET and not is_absent(self.audit_records):
            field_dict["audit_records"] = audit_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audit_record import AuditRecord
        from ..models.consent_identity import ConsentIdentity

        d = dict(src_dict)
        _identity = d.pop("identity", UNSET)
        identity: ConsentIdentity | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = ConsentIdentity.from_dict(_identity)

        _audit_records = d.pop("audit_records", UNSET)
        audit_records: list[AuditRecord] | Unset = UNSET
        if _audit_records is not UNSET:
            audit_records = []
            for audit_records_item_data in _audit_records:
                audit_records_item = AuditRecord.from_dict(audit_records_item_data)

                audit_records.append(audit_records_item)

        audit_records_response = cls(
            identity=identity,
            audit_records=AbsentList() if isinstance(audit_records, Unset) else audit_records,
        )
        audit_records_response.additional_properties = d
        return audit_records_response

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
