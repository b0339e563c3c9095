from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.conversation_channel import ConversationChannel
from ..models.processing_strategy import ProcessingStrategy
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.contact_recipient import ContactRecipient
    from ..models.identified_recipient import IdentifiedRecipient


T = TypeVar("T", bound="OptIn")


@_attrs_define(repr=False)
class OptIn:
    """An Opt-In contains the identity of the recipient which gave its consent to receive messages from Conversation API
    apps on a given channel.

    """

    app_id: str
    """ Required. The app for which the Opt-In is being registered. """
    channels: list[ConversationChannel]
    """ Required. The channels covered by this Opt-In. The default are all the channels for a contact if recipient
    is contact_id or the channels in the channel_identities list.
     """
    recipient: ContactRecipient | IdentifiedRecipient
    """ The recipient, by contact ID or by channel identities (DISPATCH mode requires identified_by). """
    processing_strategy: ProcessingStrategy | Unset = UNSET
    """ DEFAULT inherits the app's processing mode; DISPATCH_ONLY forces DISPATCH mode for this request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("app_id", False),
                ("channels", False),
                ("recipient", False),
                ("processing_strategy", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_recipient import ContactRecipient

        app_id = self.app_id

        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.value
            channels.append(channels_item)

        recipient: dict[str, Any]
        if isinstance(self.recipient, ContactRecipient):
            recipient = self.recipient.to_dict()
        else:
            recipient = self.recipient.to_dict()

        processing_strategy: str | Unset = UNSET
        if not isinstance(self.processing_strategy, Unset):
            processing_strategy = self.processing_strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "channels": channels,
                "recipient": recipient,
            }
        )
        if processing_strategy is not UNSET:
            field_dict["processing_strategy"] = processing_strategy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_recipient import ContactRecipient
        from ..models.identified_recipient import IdentifiedRecipient

        d = dict(src_dict)
        try:
            app_id = d.pop("app_id")

            channels = []
            _channels = d.pop("channels")
            for channels_item_data in _channels:
                channels_item = ConversationChannel(channels_item_data)

                channels.append(channels_item)

            def _parse_recipient(data: object) -> ContactRecipient | IdentifiedRecipient:
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

            recipient = _parse_recipient(d.pop("recipient"))

            _processing_strategy = d.pop("processing_strategy", UNSET)
            processing_strategy: ProcessingStrategy | Unset
            if isinstance(_processing_strategy, Unset):
                processing_strategy = UNSET
            else:
                processing_strategy = ProcessingStrategy(_processing_strategy)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        opt_in = cls(
            app_id=app_id,
            channels=channels,
            recipient=recipient,
            processing_strategy=processing_strategy,
        )
        opt_in.additional_properties = d
        return opt_in

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
