from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="AppleBcCredentials")


@_attrs_define(repr=False)
class AppleBcCredentials:
    business_chat_account_id: str
    merchant_id: str | Unset = UNSET
    apple_pay_certificate_reference: str | Unset = UNSET
    apple_pay_certificate_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("business_chat_account_id", False),
                ("merchant_id", False),
                ("apple_pay_certificate_reference", False),
                ("apple_pay_certificate_password", True),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        business_chat_account_id = self.business_chat_account_id

        merchant_id = self.merchant_id

        apple_pay_certificate_reference = self.apple_pay_certificate_reference

        apple_pay_certificate_password = self.apple_pay_certificate_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "business_chat_account_id": business_chat_account_id,
            }
        )
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if apple_pay_certificate_reference is not UNSET:
            field_dict["apple_pay_certificate_reference"] = apple_pay_certificate_reference
        if apple_pay_certificate_password is not UNSET:
            field_dict["apple_pay_certificate_password"] = apple_pay_certificate_password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            business_chat_account_id = d.pop("business_chat_account_id")

            merchant_id = d.pop("merchant_id", UNSET)

            apple_pay_certificate_reference = d.pop("apple_pay_certificate_reference", UNSET)

            apple_pay_certificate_password = d.pop("apple_pay_certificate_password", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        apple_bc_credentials = cls(
            business_chat_account_id=business_chat_account_id,
            merchant_id=merchant_id,
            apple_pay_certificate_reference=apple_pay_certificate_reference,
            apple_pay_certificate_password=apple_pay_certificate_password,
        )
        apple_bc_credentials.additional_properties = d
        return apple_bc_credentials

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
