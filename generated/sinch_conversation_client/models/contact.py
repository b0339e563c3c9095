from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.contact_language import ContactLanguage
from ..models.conversation_channel import ConversationChannel
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.channel_identity import ChannelIdentity


T = TypeVar("T", bound="Contact")


@_attrs_define(repr=False)
class Contact:
    """A participant in a conversation typically representing a person. It is associated with a collection of channel
    identities.

    """

    id: str
    """ The ID of the contact. """
    channel_identities: list[ChannelIdentity] = _attrs_field(factory=AbsentList)
    """ List of channel identities. """
    channel_priority: list[ConversationChannel] = _attrs_field(factory=AbsentList)
    """ List of channels defining the channel priority. """
    display_name: str | Unset = UNSET
    """ Optional. The display name. A default 'Unknown' will be assigned if left empty. """
    email: str | Unset = UNSET
    """ Optional. Email of the contact. """
    external_id: str | Unset = UNSET
    """ Optional. Contact identifier in an external system. """
    language: ContactLanguage | Unset = UNSET
    """ Contact language """
    metadata: str | Unset = UNSET
    """ Optional. Metadata associated with the contact. Up to 1024 characters long.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("id", False),
                ("channel_identities", False),
                ("channel_priority", False),
                ("display_name", False),
                ("email", False),
                ("external_id", False),
                ("language", False),
                ("metadata", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        channel_identities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channel_identities, Unset):
            channel_identities = []
            for channel_identities_item_data in self.channel_identities:
                channel_identities_item = channel_identities_item_data.to_dict()
                channel_identities.append(channel_identities_item)

        channel_priority: list[str] | Unset = UNSET
        if not isinstance(self.channel_priority, Unset):
            channel_priority = []
            for channel_priority_item_data in self.channel_priority:
                channel_priority_item = channel_priority_item_data.value
                channel_priority.append(channel_priority_item)

        display_name = self.display_name

        email = self.email

        external_id = self.external_id

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if channel_identities is not UNSET and not is_absent(self.channel_identities):
            field_dict["channel_identities"] = channel_identities
        if channel_priority is not UNSET and not is_absent(self.channel_priority):
            field_dict["channel_priority"] = channel_priority
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if language is not UNSET:
            field_dict["language"] = language
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.channel_identity import ChannelIdentity

        d = dict(src_dict)
        try:
            id = d.pop("id")

            _channel_identities = d.pop("channel_identities", UNSET)
            channel_identities: list[ChannelIdentity] | Unset = UNSET
            if _channel_identities is not UNSET:
                channel_identities = []
                for channel_identities_item_data in _channel_identities:
                    channel_identities_item = ChannelIdentity.from_dict(
                        channel_identities_item_data
                    )

                    channel_identities.append(channel_identities_item)

            _channel_priority = d.pop("channel_priority", UNSET)
            channel_priority: list[ConversationChannel] | Unset = UNSET
            if _channel_priority is not UNSET:
                channel_priority = []
                for channel_priority_item_data in _channel_priority:
                    channel_priority_item = ConversationChannel(channel_priority_item_data)

                    channel_priority.append(channel_priority_item)

            display_name = d.pop("display_name", UNSET)

            email = d.pop("email", UNSET)

            external_id = d.pop("external_id", UNSET)

            _language = d.pop("language", UNSET)
            language: ContactLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = ContactLanguage(_language)

            metadata = d.pop("metadata", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        contact = cls(
            id=id,
            channel_identities=AbsentList()
            if isinstance(channel_identities, Unset)
            else channel_identities,
            channel_priority=AbsentList()
            if isinstance(channel_priority, Unset)
            else channel_priority,
            display_name=display_name,
            email=email,
            external_id=external_id,
            language=language,
            metadata=metadata,
        )
        contact.additional_properties = d
        return contact

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
