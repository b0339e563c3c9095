from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import model_repr

T = TypeVar("T", bound="WeChatCredentials")


@_attrs_define(repr=False)
class WeChatCredentials:
    app_id: str
    app_secret: str
    token: str
    aes_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("app_id", False),
                ("app_secret", True),
                ("token", True),
                ("aes_key", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_secret = self.app_secret

        token = self.token

        aes_key = self.aes_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "app_secret": app_secret,
                "token": token,
                "aes_key": aes_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            app_id = d.pop("app_id")

            app_secret = d.pop("app_secret")

            token = d.pop("token")

            aes_key = d.pop("aes_key")

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        we_chat_credentials = cls(
            app_id=app_id,
            app_secret=app_secret,
            token=token,
            aes_key=aes_key,
        )
        we_chat_credentials.additional_properties = d
        return we_chat_credentials

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
