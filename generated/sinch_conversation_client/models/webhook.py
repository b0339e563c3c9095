from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.webhook_target_type import WebhookTargetType
from ..models.webhook_trigger import WebhookTrigger
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.client_credentials import ClientCredentials


T = TypeVar("T", bound="Webhook")


@_attrs_define(repr=False)
class Webhook:
    """Represents a destination for receiving callbacks from the Conversation API."""

    app_id: str
    """ The app that this webhook belongs to. """
    id: str
    """ Output only. The ID of the webhook. """
    target: str
    """ The target url where events should be sent to. Maximum URL length is 742.
     """
    triggers: list[WebhookTrigger]
    """ An array of triggers that should trigger the webhook and result in a event being sent to the target url. -
    `UNSPECIFIED_TRIGGER`: Using this value will cause errors. - `MESSAGE_DELIVERY`: Subscribe to delivery receipts
    for a message sent. - `EVENT_DELIVERY`: Subscribe to delivery receipts for a event sent. - `MESSAGE_INBOUND`:
    Subscribe to inbound messages from end users on the underlying channels. - `EVENT_INBOUND`: Subscribe to inbound
    events from end users on the underlying channels. - `CONVERSATION_START`: Subscribe to an event that is
    triggered when a new conversation has been started. - `CONVERSATION_STOP`: Subscribe to an event that is
    triggered when a active conversation has been stopped. - `CONTACT_CREATE`: Subscribe to an event that is
    triggered when a new contact has been created. - `CONTACT_DELETE`: Subscribe to an event that is triggered when
    a contact has been deleted. - `CONTACT_MERGE`: Subscribe to an event that is triggered when a two contacts are
    merged. - `UNSUPPORTED`: Subscribe to callbacks that are not natively supported by the Conversation API. -
    `OPT_IN`: Subscribe to opt_ins. - `OPT_OUT`: Subscribe to opt_outs. - `CAPABILITY`: Subscribe to see get
    capability results. - `CONVERSATION_DELETE`: Subscribe to get an event when a conversation is deleted.
     """
    client_credentials: ClientCredentials | Unset = UNSET
    """ Client credentials """
    secret: str | Unset = UNSET
    """ Optional secret be used to sign contents of webhooks sent by the Conversation API. You can then use the
    secret to verify the signature.
     """
    target_type: WebhookTargetType | Unset = UNSET
    """ Webhook target-type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("app_id", False),
                ("id", False),
                ("target", False),
                ("triggers", False),
                ("client_credentials", False),
                ("secret", True),
                ("target_type", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        id = self.id

        target = self.target

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item = triggers_item_data.value
            triggers.append(triggers_item)

        client_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_credentials, Unset):
            client_credentials = self.client_credentials.to_dict()

        secret = self.secret

        target_type: str | Unset = UNSET
        if not isinstance(self.target_type, Unset):
            target_type = self.target_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "id": id,
                "target": target,
                "triggers": triggers,
            }
        )
        if client_credentials is not UNSET:
            field_dict["client_credentials"] = client_credentials
        if secret is not UNSET:
            field_dict["secret"] = secret
        if target_type is not UNSET:
            field_dict["target_type"] = target_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_credentials import ClientCredentials

        d = dict(src_dict)
        try:
            app_id = d.pop("app_id")

            id = d.pop("id")

            target = d.pop("target")

            triggers = []
            _triggers = d.pop("triggers")
            for triggers_item_data in _triggers:
                triggers_item = WebhookTrigger(triggers_item_data)

                triggers.append(triggers_item)

            _client_credentials = d.pop("client_credentials", UNSET)
            client_credentials: ClientCredentials | Unset
            if isinstance(_client_credentials, Unset):
                client_credentials = UNSET
            else:
                client_credentials = ClientCredentials.from_dict(_client_credentials)

            secret = d.pop("secret", UNSET)

            _target_type = d.pop("target_type", UNSET)
            target_type: WebhookTargetType | Unset
            if isinstance(_target_type, Unset):
                target_type = UNSET
            else:
                target_type = WebhookTargetType(_target_type)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        webhook = cls(
            app_id=app_id,
            id=id,
            target=target,
            triggers=triggers,
            client_credentials=client_credentials,
            secret=secret,
            target_type=target_type,
        )
        webhook.additional_properties = d
        return webhook

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
