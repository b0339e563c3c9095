from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.channel_template_reference_parameter_mappings import (
        ChannelTemplateReferenceParameterMappings,
    )
    from ..models.template_reference import TemplateReference


T = TypeVar("T", bound="ChannelTemplateReference")


@_attrs_define(repr=False)
class ChannelTemplateReference:
    """A channel-specific template that replaces the omnichannel one on its channel."""

    template_reference: TemplateReference | Unset = UNSET
    """ The referenced template can be an omnichannel template stored in Conversation API Template Store as
    AppMessage or it can reference external channel-specific template such as WhatsApp Business Template.
     """
    parameter_mappings: ChannelTemplateReferenceParameterMappings | Unset = UNSET
    """ Channel template parameter -> omnichannel template variable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("template_reference", False),
                ("parameter_mappings", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        template_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_reference, Unset):
            template_reference = self.template_reference.to_dict()

        parameter_mappings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameter_mappings, Unset):
            parameter_mappings = self.parameter_mappings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_reference is not UNSET:
            field_dict["template_reference"] = template_reference
        if parameter_mappings is not UNSET:
            field_dict["parameter_mappings"] = parameter_mappings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.channel_template_reference_parameter_mappings import (
            ChannelTemplateReferenceParameterMappings,
        )
        from ..models.template_reference import TemplateReference

        d = dict(src_dict)
        _template_reference = d.pop("template_reference", UNSET)
        template_reference: TemplateReference | Unset
        if isinstance(_template_reference, Unset):
            template_reference = UNSET
        else:
            template_reference = TemplateReference.from_dict(_template_reference)

        _parameter_mappings = d.pop("parameter_mappings", UNSET)
        parameter_mappings: ChannelTemplateReferenceParameterMappings | Unset
        if isinstance(_parameter_mappings, Unset):
            parameter_mappings = UNSET
        else:
            parameter_mappings = ChannelTemplateReferenceParameterMappings.from_dict(
                _parameter_mappings
            )

        channel_template_reference = cls(
            template_reference=template_reference,
            parameter_mappings=parameter_mappings,
        )
        channel_template_reference.additional_properties = d
        return channel_template_reference

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
