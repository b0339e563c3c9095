from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.contact_recipient import ContactRecipient
    from ..models.identified_recipient import IdentifiedRecipient


T = TypeVar("T", bound="QueryCapabilityResponse")


@_attrs_define(repr=False)
class QueryCapabilityResponse:
    """An CapabilityResponse contains the identity of the recipient for which will be perform a capability lookup."""

    app_id: str | Unset = UNSET
    """ Required. The ID of the app to use for capability lookup. """
    recipient: ContactRecipient | IdentifiedRecipient | Unset = UNSET
    """ The recipient, by contact ID or by channel identities (DISPATCH mode requires identified_by). """
    request_id: str | Unset = UNSET
    """ ID for the asynchronous request, will be generated id if not set in request """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("app_id", False),
                ("recipient", False),
                ("request_id", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_recipient import ContactRecipient

        app_id = self.app_id

        recipient: dict[str, Any] | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        elif isinstance(self.recipient, ContactRecipient):
            recipient = self.recipient.to_dict()
        else:
            recipient = self.recipient.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_recipient import ContactRecipient
        from ..models.identified_recipient import IdentifiedRecipient

        d = dict(src_dict)
        app_id = d.pop("app_id", UNSET)

        def _parse_recipient(data: object) -> ContactRecipient | IdentifiedRecipient | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_recipient_type_0 = ContactRecipient.from_dict(data)

                return componentsschemas_recipient_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_recipient_type_1 = IdentifiedRecipient.from_dict(data)

            return componentsschemas_recipient_type_1

        recipient = _parse_recipient(d.pop("recipient", UNSET))

        request_id = d.pop("request_id", UNSET)

        query_capability_response = cls(
            app_id=app_id,
            recipient=recipient,
            request_id=request_id,
        )
        query_capability_response.additional_properties = d
        return query_capability_response

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
