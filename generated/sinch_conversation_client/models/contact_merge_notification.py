from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="ContactMergeNotification")


@_attrs_define(repr=False)
class ContactMergeNotification:
    preserved_contact: Contact | Unset = UNSET
    """ A participant in a conversation typically representing a person. It is associated with a collection of
    channel identities.
     """
    deleted_contact: Contact | Unset = UNSET
    """ A participant in a conversation typically representing a person. It is associated with a collection of
    channel identities.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("preserved_contact", False),
                ("deleted_contact", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        preserved_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preserved_contact, Unset):
            preserved_contact = self.preserved_contact.to_dict()

        deleted_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deleted_contact, Unset):
            deleted_contact = self.deleted_contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preserved_contact is not UNSET:
            field_dict["preserved_contact"] = preserved_contact
        if deleted_contact is not UNSET:
            field_dict["deleted_contact"] = deleted_contact

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact import Contact

        d = dict(src_dict)
        _preserved_contact = d.pop("preserved_contact", UNSET)
        preserved_contact: Contact | Unset
        if isinstance(_preserved_contact, Unset):
            preserved_contact = UNSET
        else:
            preserved_contact = Contact.from_dict(_preserved_contact)

        _deleted_contact = d.pop("deleted_contact", UNSET)
        deleted_contact: Contact | Unset
        if isinstance(_deleted_contact, Unset):
            deleted_contact = UNSET
        else:
            deleted_contact = Contact.from_dict(_deleted_contact)

        contact_merge_notification = cls(
            preserved_contact=preserved_contact,
            deleted_contact=deleted_contact,
        )
        contact_merge_notification.additional_properties = d
        return contact_merge_notification

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
