from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.whats_app_interactive_nfm_reply_name import (
    WhatsAppInteractiveNfmReplyName,
)
from ..types import model_repr

T = TypeVar("T", bound="WhatsAppInteractiveNfmReply")


@_attrs_define(repr=False)
class WhatsAppInteractiveNfmReply:
    name: WhatsAppInteractiveNfmReplyName
    response_json: str
    body: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("name", False),
                ("response_json", False),
                ("body", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.value

        response_json = self.response_json

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "response_json": response_json,
                "body": body,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            name = WhatsAppInteractiveNfmReplyName(d.pop("name"))

            response_json = d.pop("response_json")

            body = d.pop("body")

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        whats_app_interactive_nfm_reply = cls(
            name=name,
            response_json=response_json,
            body=body,
        )
        whats_app_interactive_nfm_reply.additional_properties = d
        return whats_app_interactive_nfm_reply

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
