from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.opt_out import OptOut


T = TypeVar("T", bound="OptOutResponse")


@_attrs_define(repr=False)
class OptOutResponse:
    """The response received for an Opt-Out request."""

    opt_out: OptOut | Unset = UNSET
    """ An Opt-Out contains the identity of the recipient which retract its consent to receive messages from
    Conversation API apps on a given channel.
     """
    request_id: str | Unset = UNSET
    """ ID for the asynchronous request, will be generated id if not set in request """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("opt_out", False),
                ("request_id", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        opt_out: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opt_out, Unset):
            opt_out = self.opt_out.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opt_out is not UNSET:
            field_dict["opt_out"] = opt_out
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.opt_out import OptOut

        d = dict(src_dict)
        _opt_out = d.pop("opt_out", UNSET)
        opt_out: OptOut | Unset
        if isinstance(_opt_out, Unset):
            opt_out = UNSET
        else:
            opt_out = OptOut.from_dict(_opt_out)

        request_id = d.pop("request_id", UNSET)

        opt_out_response = cls(
            opt_out=opt_out,
            request_id=request_id,
        )
        opt_out_response.additional_properties = d
        return opt_out_response

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
