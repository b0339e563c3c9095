from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.channel_specific_message_message_type import (
    ChannelSpecificMessageMessageType,
)
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.kakao_talk_carousel_commerce import KakaoTalkCarouselCommerce
    from ..models.kakao_talk_commerce import KakaoTalkCommerce
    from ..models.line_notification_template import LineNotificationTemplate
    from ..models.whats_app_flow import WhatsAppFlow
    from ..models.whats_app_payment_order_details import WhatsAppPaymentOrderDetails
    from ..models.whats_app_payment_order_status import WhatsAppPaymentOrderStatus


T = TypeVar("T", bound="ChannelSpecificMessage")


@_attrs_define(repr=False)
class ChannelSpecificMessage:
    """A channel-native message type (e.g. WhatsApp flows) with its payload."""

    message_type: ChannelSpecificMessageMessageType
    message: (
        KakaoTalkCarouselCommerce
        | KakaoTalkCommerce
        | LineNotificationTemplate
        | WhatsAppFlow
        | WhatsAppPaymentOrderDetails
        | WhatsAppPaymentOrderStatus
    )
    """ The body of a channel-specific message; its kind follows message_type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("message_type", False),
                ("message", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        from ..models.kakao_talk_carousel_commerce import KakaoTalkCarouselCommerce
        from ..models.kakao_talk_commerce import KakaoTalkCommerce
        from ..models.whats_app_flow import WhatsAppFlow
        from ..models.whats_app_payment_order_details import WhatsAppPaymentOrderDetails
        from ..models.whats_app_payment_order_status import WhatsAppPaymentOrderStatus

        message_type = self.message_type.value

        message: dict[str, Any]
        if (
            isinstance(self.message, WhatsAppFlow)
            or isinstance(self.message, WhatsAppPaymentOrderDetails)
            or isinstance(self.message, WhatsAppPaymentOrderStatus)
            or isinstance(self.message, KakaoTalkCommerce)
            or isinstance(self.message, KakaoTalkCarouselCommerce)
        ):
            message = self.message.to_dict()
        else:
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_type": message_type,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kakao_talk_carousel_commerce import KakaoTalkCarouselCommerce
        from ..models.kakao_talk_commerce import KakaoTalkCommerce
        from ..models.line_notification_template import LineNotificationTemplate
        from ..models.whats_app_flow import WhatsAppFlow
        from ..models.whats_app_payment_order_details import WhatsAppPaymentOrderDetails
        from ..models.whats_app_payment_order_status import WhatsAppPaymentOrderStatus

        d = dict(src_dict)
        try:
            message_type = ChannelSpecificMessageMessageType(d.pop("message_type"))

            def _parse_message(
                data: object,
            ) -> (
                KakaoTalkCarouselCommerce
                | KakaoTalkCommerce
                | LineNotificationTemplate
                | WhatsAppFlow
                | WhatsAppPaymentOrderDetails
                | WhatsAppPaymentOrderStatus
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_channel_specific_message_body_type_0 = WhatsAppFlow.from_dict(
                        data
                    )

                    return componentsschemas_channel_specific_message_body_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_channel_specific_message_body_type_1 = (
                        WhatsAppPaymentOrderDetails.from_dict(data)
                    )

                    return componentsschemas_channel_specific_message_body_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_channel_specific_message_body_type_2 = (
                        WhatsAppPaymentOrderStatus.from_dict(data)
                    )

                    return componentsschemas_channel_specific_message_body_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_channel_specific_message_body_type_3 = (
                        KakaoTalkCommerce.from_dict(data)
                    )

                    return componentsschemas_channel_specific_message_body_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_channel_specific_message_body_type_4 = (
                        KakaoTalkCarouselCommerce.from_dict(data)
                    )

                    return componentsschemas_channel_specific_message_body_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_channel_specific_message_body_type_5 = (
                    LineNotificationTemplate.from_dict(data)
                )

                return componentsschemas_channel_specific_message_body_type_5

            message = _parse_message(d.pop("message"))

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        channel_specific_message = cls(
            message_type=message_type,
            message=message,
        )
        channel_specific_message.additional_properties = d
        return channel_specific_message

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
