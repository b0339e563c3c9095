from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.client_credentials_token_request_type import (
    ClientCredentialsTokenRequestType,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ClientCredentials")


@_attrs_define(repr=False)
class ClientCredentials:
    """Client credentials"""

    client_id: str
    """ The Client ID that will be used in the Client Credentials flow. """
    client_secret: str
    """ The Client Secret that will be used in the Client Credentials flow. """
    endpoint: str
    """ The endpoint that will be used in the Client Credentials flow. """
    scope: str | Unset = UNSET
    response_type: str | Unset = UNSET
    token_request_type: ClientCredentialsTokenRequestType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("client_id", False),
                ("client_secret", True),
                ("endpoint", False),
                ("scope", False),
                ("response_type", False),
                ("token_request_type", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        endpoint = self.endpoint

        scope = self.scope

        response_type = self.response_type

        token_request_type: str | Unset = UNSET
        if not isinstance(self.token_request_type, Unset):
            token_request_type = self.token_request_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "endpoint": endpoint,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if response_type is not UNSET:
            field_dict["response_type"] = response_type
        if token_request_type is not UNSET:
            field_dict["token_request_type"] = token_request_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            client_id = d.pop("client_id")

            client_secret = d.pop("client_secret")

            endpoint = d.pop("endpoint")

            scope = d.pop("scope", UNSET)

            response_type = d.pop("response_type", UNSET)

            _token_request_type = d.pop("token_request_type", UNSET)
            token_request_type: ClientCredentialsTokenRequestType | Unset
            if isinstance(_token_request_type, Unset):
                token_request_type = UNSET
            else:
                token_request_type = ClientCredentialsTokenRequestType(_token_request_type)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        client_credentials = cls(
            client_id=client_id,
            client_secret=client_secret,
            endpoint=endpoint,
            scope=scope,
            response_type=response_type,
            token_request_type=token_request_type,
        )
        client_credentials.additional_properties = d
        return client_credentials

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
