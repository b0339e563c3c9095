from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_target_type import WebhookTargetType
from ..models.webhook_trigger import WebhookTrigger
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.client_credentials import ClientCredentials


T = TypeVar("T", bound="WebhookUpdateRequest")


@_attrs_define(repr=False)
class WebhookUpdateRequest:
    """Fields of the webhook to update (see update_mask)."""

    app_id: str | Unset = UNSET
    """ The app that this webhook belongs to. """
    target: str | Unset = UNSET
    """ The target url where events are sent. """
    target_type: WebhookTargetType | Unset = UNSET
    """ Webhook target-type """
    secret: str | Unset = UNSET
    """ Signs the callbacks sent to this webhook. """
    triggers: list[WebhookTrigger] = _attrs_field(factory=AbsentList)
    """ The triggers that send a callback to the target. """
    client_credentials: ClientCredentials | Unset = UNSET
    """ Client credentials """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("app_id", False),
                ("target", False),
                ("target_type", False),
                ("secret", True),
                ("triggers", False),
                ("client_credentials", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        target = self.target

        target_type: str | Unset = UNSET
        if not isinstance(self.target_type, Unset):
            target_type = self.target_type.value

        secret = self.secret

        triggers: list[str] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.value
                triggers.append(triggers_item)

        client_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_credentials, Unset):
            client_credentials = self.client_credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if target is not UNSET:
            field_dict["target"] = target
        if target_type is not UNSET:
            field_dict["target_type"] = target_type
        if secret is not UNSET:
            field_dict["secret"] = secret
        if triggers is not UNSET and not is_absent(self.triggers):
            field_dict["triggers"] = triggers
        if client_credentials is not UNSET:
            field_dict["client_credentials"] = client_credentials

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_credentials import ClientCredentials

        d = dict(src_dict)
        app_id = d.pop("app_id", UNSET)

        target = d.pop("target", UNSET)

        _target_type = d.pop("target_type", UNSET)
        target_type: WebhookTargetType | Unset
        if isinstance(_target_type, Unset):
            target_type = UNSET
        else:
            target_type = WebhookTargetType(_target_type)

        secret = d.pop("secret", UNSET)

        _triggers = d.pop("triggers", UNSET)
        triggers: list[WebhookTrigger] | Unset = UNSET
        if _triggers is not UNSET:
            triggers = []
            for triggers_item_data in _triggers:
                triggers_item = WebhookTrigger(triggers_item_data)

                triggers.append(triggers_item)

        _client_credentials = d.pop("client_credentials", UNSET)
        client_credentials: ClientCredentials | Unset
        if isinstance(_client_credentials, Unset):
            client_credentials = UNSET
        else:
            client_credentials = ClientCredentials.from_dict(_client_credentials)

        webhook_update_request = cls(
            app_id=app_id,
            target=target,
            target_type=target_type,
            secret=secret,
            triggers=AbsentList() if isinstance(triggers, Unset) else triggers,
            client_credentials=client_credentials,
        )
        webhook_update_request.additional_properties = d
        return webhook_update_request

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
