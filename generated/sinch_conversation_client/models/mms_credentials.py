from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.basic_auth_credential import BasicAuthCredential


T = TypeVar("T", bound="MMSCredentials")


@_attrs_define(repr=False)
class MMSCredentials:
    """MMS channel credential"""

    account_id: str
    """ Required. MMS Account ID. """
    api_key: str
    """ Required. MMS API Key. """
    basic_auth: BasicAuthCredential
    """ It consists of a username and a password. """
    default_sender: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("account_id", False),
                ("api_key", True),
                ("basic_auth", False),
                ("default_sender", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        api_key = self.api_key

        basic_auth = self.basic_auth.to_dict()

        default_sender = self.default_sender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "api_key": api_key,
                "basic_auth": basic_auth,
            }
        )
        if default_sender is not UNSET:
            field_dict["default_sender"] = default_sender

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.basic_auth_credential import BasicAuthCredential

        d = dict(src_dict)
        try:
            account_id = d.pop("account_id")

            api_key = d.pop("api_key")

            basic_auth = BasicAuthCredential.from_dict(d.pop("basic_auth"))

            default_sender = d.pop("default_sender", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        mms_credentials = cls(
            account_id=account_id,
            api_key=api_key,
            basic_auth=basic_auth,
            default_sender=default_sender,
        )
        mms_credentials.additional_properties = d
        return mms_credentials

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
