from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.channel_template_reference import ChannelTemplateReference


T = TypeVar("T", bound="ChannelTemplateOverride")


@_attrs_define(repr=False)
class ChannelTemplateOverride:
    """Channel-specific templates by channel."""

    whatsapp: ChannelTemplateReference | Unset = UNSET
    """ A channel-specific template that replaces the omnichannel one on its channel. """
    kakaotalk: ChannelTemplateReference | Unset = UNSET
    """ A channel-specific template that replaces the omnichannel one on its channel. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("whatsapp", False),
                ("kakaotalk", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        whatsapp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whatsapp, Unset):
            whatsapp = self.whatsapp.to_dict()

        kakaotalk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kakaotalk, Unset):
            kakaotalk = self.kakaotalk.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if whatsapp is not UNSET:
            field_dict["WHATSAPP"] = whatsapp
        if kakaotalk is not UNSET:
            field_dict["KAKAOTALK"] = kakaotalk

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.channel_template_reference import ChannelTemplateReference

        d = dict(src_dict)
        _whatsapp = d.pop("WHATSAPP", UNSET)
        whatsapp: ChannelTemplateReference | Unset
        if isinstance(_whatsapp, Unset):
            whatsapp = UNSET
        else:
            whatsapp = ChannelTemplateReference.from_dict(_whatsapp)

        _kakaotalk = d.pop("KAKAOTALK", UNSET)
        kakaotalk: ChannelTemplateReference | Unset
        if isinstance(_kakaotalk, Unset):
            kakaotalk = UNSET
        else:
            kakaotalk = ChannelTemplateReference.from_dict(_kakaotalk)

        channel_template_override = cls(
            whatsapp=whatsapp,
            kakaotalk=kakaotalk,
        )
        channel_template_override.additional_properties = d
        return channel_template_override

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
