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


T = TypeVar("T", bound="WebhookCreateRequest")


@_attrs_define(repr=False)
class WebhookCreateRequest:
    """The webhook to create; the server assigns the ID."""

    app_id: str
    """ The app that this webhook belongs to. """
    target: str
    """ The target url where events are sent. """
    triggers: list[WebhookTrigger]
    """ The triggers that send a callback to the target. """
    target_type: WebhookTargetType | Unset = UNSET
    """ Webhook target-type """
    secret: str | Unset = UNSET
    """ Signs the callbacks sent to this webhook. """
    client_credentials: ClientCredentials | Unset = UNSET
    """ Client credentials """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("app_id", False),
                ("target", False),
                ("triggers", False),
                ("target_type", False),
                ("secret", True),
                ("client_credentials", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        target = self.target

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item = triggers_item_data.value
            triggers.append(triggers_item)

        target_type: str | Unset = UNSET
        if not isinstance(self.target_type, Unset):
            target_type = self.target_type.value

        secret = self.secret

        client_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_credentials, Unset):
            client_credentials = self.client_credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "target": target,
                "triggers": triggers,
            }
        )
        if target_type is not UNSET:
            field_dict["target_type"] = target_type
        if secret is not UNSET:
            field_dict["secret"] = secret
        if client_credentials is not UNSET:
            field_dict["client_credentials"] = client_credentials

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_credentials import ClientCredentials

        d = dict(src_dict)
        try:
            app_id = d.pop("app_id")

            target = d.pop("target")

            triggers = []
            _triggers = d.pop("triggers")
            for triggers_item_data in _triggers:
                triggers_item = WebhookTrigger(triggers_item_data)

                triggers.append(triggers_item)

            _target_type = d.pop("target_type", UNSET)
            target_type: WebhookTargetType | Unset
            if isinstance(_target_type, Unset):
                target_type = UNSET
            else:
                target_type = WebhookTargetType(_target_type)

            secret = d.pop("secret", UNSET)

            _client_credentials = d.pop("client_credentials", UNSET)
            client_credentials: ClientCredentials | Unset
            if isinstance(_client_credentials, Unset):
                client_credentials = UNSET
            else:
                client_credentials = ClientCredentials.from_dict(_client_credentials)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        webhook_create_request = cls(
            app_id=app_id,
            target=target,
            triggers=triggers,
            target_type=target_type,
            secret=secret,
            client_credentials=client_credentials,
        )
        webhook_create_request.additional_properties = d
        return webhook_create_request

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
