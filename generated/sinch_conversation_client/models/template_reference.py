from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.template_reference_parameters import TemplateReferenceParameters


T = TypeVar("T", bound="TemplateReference")


@_attrs_define(repr=False)
class TemplateReference:
    """The referenced template can be an omnichannel template stored in Conversation API Template Store as AppMessage or it
    can reference external channel-specific template such as WhatsApp Business Template.

    """

    template_id: str
    """ Required. The ID of the template. """
    language_code: str | Unset = UNSET
    """ Optional. The BCP-47 language code, such as "en-US" or "sr-Latn". For more information, see
    http://www.unicode.org/reports/tr35/#Unicode_locale_identifier. English is the default language_code.
     """
    parameters: TemplateReferenceParameters | Unset = UNSET
    """ Optional. Required if the template has parameters. Concrete values must be present for all defined
    parameters in the template. Parameters can be different for different versions and/or languages of the template.
     """
    version: str | Unset = UNSET
    """ Required. Used to specify what version of a template to use. This will be used in conjunction with
    language_code.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("template_id", False),
                ("language_code", False),
                ("parameters", False),
                ("version", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        language_code = self.language_code

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_id": template_id,
            }
        )
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_reference_parameters import TemplateReferenceParameters

        d = dict(src_dict)
        try:
            template_id = d.pop("template_id")

            language_code = d.pop("language_code", UNSET)

            _parameters = d.pop("parameters", UNSET)
            parameters: TemplateReferenceParameters | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = TemplateReferenceParameters.from_dict(_parameters)

            version = d.pop("version", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        template_reference = cls(
            template_id=template_id,
            language_code=language_code,
            parameters=parameters,
            version=version,
        )
        template_reference.additional_properties = d
        return template_reference

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
