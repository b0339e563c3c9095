from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.address_info import AddressInfo
    from ..models.contact_info_message_name import ContactInfoMessageName
    from ..models.contact_info_message_organization import (
        ContactInfoMessageOrganization,
    )
    from ..models.contact_info_message_phone_numbers_item import (
        ContactInfoMessagePhoneNumbersItem,
    )
    from ..models.contact_info_message_urls_item import ContactInfoMessageUrlsItem
    from ..models.email_info import EmailInfo


T = TypeVar("T", bound="ContactInfoMessage")


@_attrs_define(repr=False)
class ContactInfoMessage:
    """A contact card."""

    name: ContactInfoMessageName
    phone_numbers: list[ContactInfoMessagePhoneNumbersItem]
    addresses: list[AddressInfo] = _attrs_field(factory=AbsentList)
    email_addresses: list[EmailInfo] = _attrs_field(factory=AbsentList)
    organization: ContactInfoMessageOrganization | Unset = UNSET
    urls: list[ContactInfoMessageUrlsItem] = _attrs_field(factory=AbsentList)
    birthday: str | Unset = UNSET
    """ YYYY-MM-DD """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("name", False),
                ("phone_numbers", False),
                ("addresses", False),
                ("email_addresses", False),
                ("organization", False),
                ("urls", False),
                ("birthday", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.to_dict()

        phone_numbers = []
        for phone_numbers_item_data in self.phone_numbers:
            phone_numbers_item = phone_numbers_item_data.to_dict()
            phone_numbers.append(phone_numbers_item)

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        email_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_addresses, Unset):
            email_addresses = []
            for email_addresses_item_data in self.email_addresses:
                email_addresses_item = email_addresses_item_data.to_dict()
                email_addresses.append(email_addresses_item)

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = []
            for urls_item_data in self.urls:
                urls_item = urls_item_data.to_dict()
                urls.append(urls_item)

        birthday = self.birthday

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "phone_numbers": phone_numbers,
            }
        )
        if addresses is not UNSET and not is_absent(self.addresses):
            field_dict["addresses"] = addresses
        if email_addresses is not UNSET and not is_absent(self.email_addresses):
            field_dict["email_addresses"] = email_addresses
        if organization is not UNSET:
            field_dict["organization"] = organization
        if urls is not UNSET and not is_absent(self.urls):
            field_dict["urls"] = urls
        if birthday is not UNSET:
            field_dict["birthday"] = birthday

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address_info import AddressInfo
        from ..models.contact_info_message_name import ContactInfoMessageName
        from ..models.contact_info_message_organization import (
            ContactInfoMessageOrganization,
        )
        from ..models.contact_info_message_phone_numbers_item import (
            ContactInfoMessagePhoneNumbersItem,
        )
        from ..models.contact_info_message_urls_item import ContactInfoMessageUrlsItem
        from ..models.email_info import EmailInfo

        d = dict(src_dict)
        try:
            name = ContactInfoMessageName.from_dict(d.pop("name"))

            phone_numbers = []
            _phone_numbers = d.pop("phone_numbers")
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = ContactInfoMessagePhoneNumbersItem.from_dict(
                    phone_numbers_item_data
                )

                phone_numbers.append(phone_numbers_item)

            _addresses = d.pop("addresses", UNSET)
            addresses: list[AddressInfo] | Unset = UNSET
            if _addresses is not UNSET:
                addresses = []
                for addresses_item_data in _addresses:
                    addresses_item = AddressInfo.from_dict(addresses_item_data)

                    addresses.append(addresses_item)

            _email_addresses = d.pop("email_addresses", UNSET)
            email_addresses: list[EmailInfo] | Unset = UNSET
            if _email_addresses is not UNSET:
                email_addresses = []
                for email_addresses_item_data in _email_addresses:
                    email_addresses_item = EmailInfo.from_dict(email_addresses_item_data)

                    email_addresses.append(email_addresses_item)

            _organization = d.pop("organization", UNSET)
            organization: ContactInfoMessageOrganization | Unset
            if isinstance(_organization, Unset):
                organization = UNSET
            else:
                organization = ContactInfoMessageOrganization.from_dict(_organization)

            _urls = d.pop("urls", UNSET)
            urls: list[ContactInfoMessageUrlsItem] | Unset = UNSET
            if _urls is not UNSET:
                urls = []
                for urls_item_data in _urls:
                    urls_item = ContactInfoMessageUrlsItem.from_dict(urls_item_data)

                    urls.append(urls_item)

            birthday = d.pop("birthday", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        contact_info_message = cls(
            name=name,
            phone_numbers=phone_numbers,
            addresses=AbsentList() if isinstance(addresses, Unset) else addresses,
            email_addresses=AbsentList() if isinstance(email_addresses, Unset) else email_addresses,
            organization=organization,
            urls=AbsentList() if isinstance(urls, Unset) else urls,
            birthday=birthday,
        )
        contact_info_message.additional_properties = d
        return contact_info_message

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
