from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.audit_record_operation import AuditRecordOperation
from ..models.audit_record_origin import AuditRecordOrigin
from ..models.consents_list_type import ConsentsListType
from ..types import model_repr

T = TypeVar("T", bound="AuditRecord")


@_attrs_define(repr=False)
class AuditRecord:
    """One change of an identity's consent."""

    origin: AuditRecordOrigin
    """ Whether the change came through the API or from the contact. """
    operation: AuditRecordOperation
    list_type: ConsentsListType
    """ A consent list. """
    project_id: str
    app_id: str
    datetime_: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("origin", False),
                ("operation", False),
                ("list_type", False),
                ("project_id", False),
                ("app_id", False),
                ("datetime_", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        origin = self.origin.value

        operation = self.operation.value

        list_type = self.list_type.value

        project_id = self.project_id

        app_id = self.app_id

        datetime_ = self.datetime_.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "origin": origin,
                "operation": operation,
                "list_type": list_type,
                "project_id": project_id,
                "app_id": app_id,
                "datetime": datetime_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            origin = AuditRecordOrigin(d.pop("origin"))

            operation = AuditRecordOperation(d.pop("operation"))

            list_type = ConsentsListType(d.pop("list_type"))

            project_id = d.pop("project_id")

            app_id = d.pop("app_id")

            datetime_ = datetime.datetime.fromisoformat(d.pop("datetime"))

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        audit_record = cls(
            origin=origin,
            operation=operation,
            list_type=list_type,
            project_id=project_id,
            app_id=app_id,
            datetime_=datetime_,
        )
        audit_record.additional_properties = d
        return audit_record

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
