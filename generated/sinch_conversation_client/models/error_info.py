from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="ErrorInfo")


@_attrs_define(repr=False)
class ErrorInfo:
    code: int
    """ The HTTP status code. """
    message: str
    """ A developer-facing error message. """
    status: str
    """ The status name, e.g. INVALID_ARGUMENT or UNAUTHENTICATED. """
    details: list[ErrorDetail] = _attrs_field(factory=AbsentList)
    """ Detailed error descriptions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("code", False),
                ("message", False),
                ("status", False),
                ("details", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        status = self.status

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "status": status,
            }
        )
        if details is not UNSET and not is_absent(self.details):
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_detail import ErrorDetail

        d = dict(src_dict)
        try:
            code = d.pop("code")

            message = d.pop("message")

            status = d.pop("status")

            _details = d.pop("details", UNSET)
            details: list[ErrorDetail] | Unset = UNSET
            if _details is not UNSET:
                details = []
                for details_item_data in _details:
                    details_item = ErrorDetail.from_dict(details_item_data)

                    details.append(details_item)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        error_info = cls(
            code=code,
            message=message,
            status=status,
            details=AbsentList() if isinstance(details, Unset) else details,
        )
        error_info.additional_properties = d
        return error_info

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
