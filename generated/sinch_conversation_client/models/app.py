from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_metadata_report_view import ConversationMetadataReportView
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_channel_credential import ConversationChannelCredential
    from ..models.rate_limits import RateLimits
    from ..models.retention_policy import RetentionPolicy


T = TypeVar("T", bound="App")


@_attrs_define
class App:
    """The app corresponds to the API user and is a collection of channel credentials allowing access to the underlying
    messaging channels. The app is tied to a set of webhooks which define the destination for various events coming from
    the Conversation API.

    """

    channel_credentials: list[ConversationChannelCredential]
    """ Channel credentials. The order of the credentials defines the app channel priority. """
    id: str
    """ The ID of the app you can find this on the [Sinch Dashboard](https://dashboard.sinch.com/convapi/apps). """
    conversation_metadata_report_view: ConversationMetadataReportView | Unset = UNSET
    """ Conversation metadata report view. """
    display_name: str | Unset = UNSET
    """ Human readable identifier of the app. """
    rate_limits: RateLimits | Unset = UNSET
    """ Rate limits """
    retention_policy: RetentionPolicy | Unset = UNSET
    """ Retention policy for messages and conversations """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_credentials = []
        for channel_credentials_item_data in self.channel_credentials:
            channel_credentials_item = channel_credentials_item_data.to_dict()
            channel_credentials.append(channel_credentials_item)

        id = self.id

        conversation_metadata_report_view: str | Unset = UNSET
        if not isinstance(self.conversation_metadata_report_view, Unset):
            conversation_metadata_report_view = self.conversation_metadata_report_view.value

        display_name = self.display_name

        rate_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_limits, Unset):
            rate_limits = self.rate_limits.to_dict()

        retention_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retention_policy, Unset):
            retention_policy = self.retention_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_credentials": channel_credentials,
                "id": id,
            }
        )
        if conversation_metadata_report_view is not UNSET:
            field_dict["conversation_metadata_report_view"] = conversation_metadata_report_view
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if rate_limits is not UNSET:
            field_dict["rate_limits"] = rate_limits
        if retention_policy is not UNSET:
            field_dict["retention_policy"] = retention_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversation_channel_credential import (
            ConversationChannelCredential,
        )
        from ..models.rate_limits import RateLimits
        from ..models.retention_policy import RetentionPolicy

        d = dict(src_dict)
        channel_credentials = []
        _channel_credentials = d.pop("channel_credentials")
        for channel_credentials_item_data in _channel_credentials:
            channel_credentials_item = ConversationChannelCredential.from_dict(
                channel_credentials_item_data
            )

            channel_credentials.append(channel_credentials_item)

        id = d.pop("id")

        _conversation_metadata_report_view = d.pop("conversation_metadata_report_view", UNSET)
        conversation_metadata_report_view: ConversationMetadataReportView | Unset
        if isinstance(_conversation_metadata_report_view, Unset):
            conversation_metadata_report_view = UNSET
        else:
            conversation_metadata_report_view = ConversationMetadataReportView(
                _conversation_metadata_report_view
            )

        display_name = d.pop("display_name", UNSET)

        _rate_limits = d.pop("rate_limits", UNSET)
        rate_limits: RateLimits | Unset
        if isinstance(_rate_limits, Unset):
            rate_limits = UNSET
        else:
            rate_limits = RateLimits.from_dict(_rate_limits)

        _retention_policy = d.pop("retention_policy", UNSET)
        retention_policy: RetentionPolicy | Unset
        if isinstance(_retention_policy, Unset):
            retention_policy = UNSET
        else:
            retention_policy = RetentionPolicy.from_dict(_retention_policy)

        app = cls(
            channel_credentials=channel_credentials,
            id=id,
            conversation_metadata_report_view=conversation_metadata_report_view,
            display_name=display_name,
            rate_limits=rate_limits,
            retention_policy=retention_policy,
        )

        app.additional_properties = d
        return app

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
