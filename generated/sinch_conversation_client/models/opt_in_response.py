from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.opt_in import OptIn


T = TypeVar("T", bound="OptInResponse")


@_attrs_define(repr=False)
class OptInResponse:
    """The response received for an Opt-In request."""

    opt_in: OptIn | Unset = UNSET
    """ An Opt-In contains the identity of the recipient which gave its consent to receive messages from
    Conversation API apps on a given channel.
     """
    request_id: str | Unset = UNSET
    """ ID for the asynchronous request, will be generated id if not set in request """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("opt_in", False),
                ("request_id", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        opt_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opt_in, Unset):
            opt_in = self.opt_in.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opt_in is not UNSET:
            field_dict["opt_in"] = opt_in
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.opt_in import OptIn

        d = dict(src_dict)
        _opt_in = d.pop("opt_in", UNSET)
        opt_in: OptIn | Unset
        if isinstance(_opt_in, Unset):
            opt_in = UNSET
        else:
            opt_in = OptIn.from_dict(_opt_in)

        request_id = d.pop("request_id", UNSET)

        opt_in_response = cls(
            opt_in=opt_in,
            request_id=request_id,
        )
        opt_in_response.additional_properties = d
        return opt_in_response

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
