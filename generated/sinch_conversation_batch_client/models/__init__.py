"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use (``models.App`` or ``from .models import App``):
importing the client does not load all of them. Type checkers see every import.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address_info import AddressInfo
    from .agent import Agent
    from .agent_type import AgentType
    from .app_message import AppMessage
    from .app_message_channel_specific_message import AppMessageChannelSpecificMessage
    from .app_message_explicit_channel_message import AppMessageExplicitChannelMessage
    from .app_message_explicit_channel_omni_message import (
        AppMessageExplicitChannelOmniMessage,
    )
    from .batch_channel_identity import BatchChannelIdentity
    from .batch_contact import BatchContact
    from .batch_contact_channel import BatchContactChannel
    from .batch_contact_language import BatchContactLanguage
    from .batch_recipient import BatchRecipient
    from .batch_recipient_identified_by import BatchRecipientIdentifiedBy
    from .batch_status import BatchStatus
    from .batch_status_value import BatchStatusValue
    from .boleto import Boleto
    from .boleto_type import BoletoType
    from .call_message import CallMessage
    from .cancel_batch_request import CancelBatchRequest
    from .cancel_batch_response import CancelBatchResponse
    from .card_height import CardHeight
    from .card_message import CardMessage
    from .card_message_message_properties import CardMessageMessageProperties
    from .carousel_message import CarouselMessage
    from .channel_identity import ChannelIdentity
    from .channel_specific_message import ChannelSpecificMessage
    from .channel_specific_message_message_type import ChannelSpecificMessageMessageType
    from .choice import Choice
    from .choice_calendar_message import ChoiceCalendarMessage
    from .choice_item import ChoiceItem
    from .choice_message import ChoiceMessage
    from .choice_message_message_properties import ChoiceMessageMessageProperties
    from .choice_share_location_message import ChoiceShareLocationMessage
    from .consent_record import ConsentRecord
    from .consent_type import ConsentType
    from .contact_info_message import ContactInfoMessage
    from .contact_info_message_name import ContactInfoMessageName
    from .contact_info_message_organization import ContactInfoMessageOrganization
    from .contact_info_message_phone_numbers_item import (
        ContactInfoMessagePhoneNumbersItem,
    )
    from .contact_info_message_urls_item import ContactInfoMessageUrlsItem
    from .conversation_channel import ConversationChannel
    from .coordinates import Coordinates
    from .create_contacts_request import CreateContactsRequest
    from .delete_contacts_request import DeleteContactsRequest
    from .dynamic_pix import DynamicPix
    from .dynamic_pix_key_type import DynamicPixKeyType
    from .dynamic_pix_type import DynamicPixType
    from .email_info import EmailInfo
    from .empty_response import EmptyResponse
    from .error_detail import ErrorDetail
    from .error_info import ErrorInfo
    from .error_response import ErrorResponse
    from .insert_consents_request import InsertConsentsRequest
    from .insert_consents_response import InsertConsentsResponse
    from .kakao_talk_app_link_button import KakaoTalkAppLinkButton
    from .kakao_talk_app_link_button_type import KakaoTalkAppLinkButtonType
    from .kakao_talk_bot_keyword_button import KakaoTalkBotKeywordButton
    from .kakao_talk_bot_keyword_button_type import KakaoTalkBotKeywordButtonType
    from .kakao_talk_carousel import KakaoTalkCarousel
    from .kakao_talk_carousel_commerce import KakaoTalkCarouselCommerce
    from .kakao_talk_carousel_head import KakaoTalkCarouselHead
    from .kakao_talk_carousel_tail import KakaoTalkCarouselTail
    from .kakao_talk_commerce import KakaoTalkCommerce
    from .kakao_talk_discount_fixed_commerce import KakaoTalkDiscountFixedCommerce
    from .kakao_talk_discount_fixed_commerce_type import (
        KakaoTalkDiscountFixedCommerceType,
    )
    from .kakao_talk_discount_rate_commerce import KakaoTalkDiscountRateCommerce
    from .kakao_talk_discount_rate_commerce_type import (
        KakaoTalkDiscountRateCommerceType,
    )
    from .kakao_talk_discount_rate_coupon import KakaoTalkDiscountRateCoupon
    from .kakao_talk_discount_rate_coupon_type import KakaoTalkDiscountRateCouponType
    from .kakao_talk_fixed_discount_coupon import KakaoTalkFixedDiscountCoupon
    from .kakao_talk_fixed_discount_coupon_type import KakaoTalkFixedDiscountCouponType
    from .kakao_talk_free_coupon import KakaoTalkFreeCoupon
    from .kakao_talk_free_coupon_type import KakaoTalkFreeCouponType
    from .kakao_talk_image import KakaoTalkImage
    from .kakao_talk_message import KakaoTalkMessage
    from .kakao_talk_regular_price_commerce import KakaoTalkRegularPriceCommerce
    from .kakao_talk_regular_price_commerce_type import (
        KakaoTalkRegularPriceCommerceType,
    )
    from .kakao_talk_shipping_discount_coupon import KakaoTalkShippingDiscountCoupon
    from .kakao_talk_shipping_discount_coupon_type import (
        KakaoTalkShippingDiscountCouponType,
    )
    from .kakao_talk_up_coupon import KakaoTalkUpCoupon
    from .kakao_talk_up_coupon_type import KakaoTalkUpCouponType
    from .kakao_talk_web_link_button import KakaoTalkWebLinkButton
    from .kakao_talk_web_link_button_type import KakaoTalkWebLinkButtonType
    from .line_notification_template import LineNotificationTemplate
    from .line_notification_template_body import LineNotificationTemplateBody
    from .line_notification_template_button import LineNotificationTemplateButton
    from .line_notification_template_item import LineNotificationTemplateItem
    from .list_item import ListItem
    from .list_message import ListMessage
    from .list_message_message_properties import ListMessageMessageProperties
    from .list_message_sections_item import ListMessageSectionsItem
    from .location_message import LocationMessage
    from .media_message import MediaMessage
    from .omni_message_override import OmniMessageOverride
    from .order_details_payment import OrderDetailsPayment
    from .order_details_payment_order import OrderDetailsPaymentOrder
    from .order_details_payment_order_item import OrderDetailsPaymentOrderItem
    from .order_details_payment_settings import OrderDetailsPaymentSettings
    from .order_details_payment_settings_boleto import OrderDetailsPaymentSettingsBoleto
    from .order_details_payment_settings_dynamic_pix import (
        OrderDetailsPaymentSettingsDynamicPix,
    )
    from .order_details_payment_settings_dynamic_pix_key_type import (
        OrderDetailsPaymentSettingsDynamicPixKeyType,
    )
    from .order_details_payment_settings_dynamic_pix_type import (
        OrderDetailsPaymentSettingsDynamicPixType,
    )
    from .order_details_payment_settings_payment_link import (
        OrderDetailsPaymentSettingsPaymentLink,
    )
    from .order_details_payment_type import OrderDetailsPaymentType
    from .order_details_payment_type_of_goods import OrderDetailsPaymentTypeOfGoods
    from .order_status_payment import OrderStatusPayment
    from .order_status_payment_details import OrderStatusPaymentDetails
    from .order_status_payment_details_status import OrderStatusPaymentDetailsStatus
    from .payment_link import PaymentLink
    from .payment_link_type import PaymentLinkType
    from .product_item import ProductItem
    from .recipient_and_params import RecipientAndParams
    from .send_batch_request import SendBatchRequest
    from .send_batch_request_processing_strategy import (
        SendBatchRequestProcessingStrategy,
    )
    from .send_batch_response import SendBatchResponse
    from .string_map import StringMap
    from .template_message import TemplateMessage
    from .template_message_channel_template import TemplateMessageChannelTemplate
    from .template_reference import TemplateReference
    from .template_reference_parameters import TemplateReferenceParameters
    from .text_message import TextMessage
    from .url_message import UrlMessage
    from .whats_app_flow import WhatsAppFlow
    from .whats_app_flow_action_payload import WhatsAppFlowActionPayload
    from .whats_app_flow_action_payload_data import WhatsAppFlowActionPayloadData
    from .whats_app_flow_flow_action import WhatsAppFlowFlowAction
    from .whats_app_flow_flow_mode import WhatsAppFlowFlowMode
    from .whats_app_interactive_body import WhatsAppInteractiveBody
    from .whats_app_interactive_document_header import WhatsAppInteractiveDocumentHeader
    from .whats_app_interactive_document_header_type import (
        WhatsAppInteractiveDocumentHeaderType,
    )
    from .whats_app_interactive_footer import WhatsAppInteractiveFooter
    from .whats_app_interactive_header_media import WhatsAppInteractiveHeaderMedia
    from .whats_app_interactive_image_header import WhatsAppInteractiveImageHeader
    from .whats_app_interactive_image_header_type import (
        WhatsAppInteractiveImageHeaderType,
    )
    from .whats_app_interactive_text_header import WhatsAppInteractiveTextHeader
    from .whats_app_interactive_text_header_type import (
        WhatsAppInteractiveTextHeaderType,
    )
    from .whats_app_interactive_video_header import WhatsAppInteractiveVideoHeader
    from .whats_app_interactive_video_header_type import (
        WhatsAppInteractiveVideoHeaderType,
    )
    from .whats_app_payment_order_details import WhatsAppPaymentOrderDetails
    from .whats_app_payment_order_status import WhatsAppPaymentOrderStatus

_MODULES = {
    "AddressInfo": ".address_info",
    "Agent": ".agent",
    "AgentType": ".agent_type",
    "AppMessage": ".app_message",
    "AppMessageChannelSpecificMessage": ".app_message_channel_specific_message",
    "AppMessageExplicitChannelMessage": ".app_message_explicit_channel_message",
    "AppMessageExplicitChannelOmniMessage": ".app_message_explicit_channel_omni_message",
    "BatchChannelIdentity": ".batch_channel_identity",
    "BatchContact": ".batch_contact",
    "BatchContactChannel": ".batch_contact_channel",
    "BatchContactLanguage": ".batch_contact_language",
    "BatchRecipient": ".batch_recipient",
    "BatchRecipientIdentifiedBy": ".batch_recipient_identified_by",
    "BatchStatus": ".batch_status",
    "BatchStatusValue": ".batch_status_value",
    "Boleto": ".boleto",
    "BoletoType": ".boleto_type",
    "CallMessage": ".call_message",
    "CancelBatchRequest": ".cancel_batch_request",
    "CancelBatchResponse": ".cancel_batch_response",
    "CardHeight": ".card_height",
    "CardMessage": ".card_message",
    "CardMessageMessageProperties": ".card_message_message_properties",
    "CarouselMessage": ".carousel_message",
    "ChannelIdentity": ".channel_identity",
    "ChannelSpecificMessage": ".channel_specific_message",
    "ChannelSpecificMessageMessageType": ".channel_specific_message_message_type",
    "Choice": ".choice",
    "ChoiceCalendarMessage": ".choice_calendar_message",
    "ChoiceItem": ".choice_item",
    "ChoiceMessage": ".choice_message",
    "ChoiceMessageMessageProperties": ".choice_message_message_properties",
    "ChoiceShareLocationMessage": ".choice_share_location_message",
    "ConsentRecord": ".consent_record",
    "ConsentType": ".consent_type",
    "ContactInfoMessage": ".contact_info_message",
    "ContactInfoMessageName": ".contact_info_message_name",
    "ContactInfoMessageOrganization": ".contact_info_message_organization",
    "ContactInfoMessagePhoneNumbersItem": ".contact_info_message_phone_numbers_item",
    "ContactInfoMessageUrlsItem": ".contact_info_message_urls_item",
    "ConversationChannel": ".conversation_channel",
    "Coordinates": ".coordinates",
    "CreateContactsRequest": ".create_contacts_request",
    "DeleteContactsRequest": ".delete_contacts_request",
    "DynamicPix": ".dynamic_pix",
    "DynamicPixKeyType": ".dynamic_pix_key_type",
    "DynamicPixType": ".dynamic_pix_type",
    "EmailInfo": ".email_info",
    "EmptyResponse": ".empty_response",
    "ErrorDetail": ".error_detail",
    "ErrorInfo": ".error_info",
    "ErrorResponse": ".error_response",
    "InsertConsentsRequest": ".insert_consents_request",
    "InsertConsentsResponse": ".insert_consents_response",
    "KakaoTalkAppLinkButton": ".kakao_talk_app_link_button",
    "KakaoTalkAppLinkButtonType": ".kakao_talk_app_link_button_type",
    "KakaoTalkBotKeywordButton": ".kakao_talk_bot_keyword_button",
    "KakaoTalkBotKeywordButtonType": ".kakao_talk_bot_keyword_button_type",
    "KakaoTalkCarousel": ".kakao_talk_carousel",
    "KakaoTalkCarouselCommerce": ".kakao_talk_carousel_commerce",
    "KakaoTalkCarouselHead": ".kakao_talk_carousel_head",
    "KakaoTalkCarouselTail": ".kakao_talk_carousel_tail",
    "KakaoTalkCommerce": ".kakao_talk_commerce",
    "KakaoTalkDiscountFixedCommerce": ".kakao_talk_discount_fixed_commerce",
    "KakaoTalkDiscountFixedCommerceType": ".kakao_talk_discount_fixed_commerce_type",
    "KakaoTalkDiscountRateCommerce": ".kakao_talk_discount_rate_commerce",
    "KakaoTalkDiscountRateCommerceType": ".kakao_talk_discount_rate_commerce_type",
    "KakaoTalkDiscountRateCoupon": ".kakao_talk_discount_rate_coupon",
    "KakaoTalkDiscountRateCouponType": ".kakao_talk_discount_rate_coupon_type",
    "KakaoTalkFixedDiscountCoupon": ".kakao_talk_fixed_discount_coupon",
    "KakaoTalkFixedDiscountCouponType": ".kakao_talk_fixed_discount_coupon_type",
    "KakaoTalkFreeCoupon": ".kakao_talk_free_coupon",
    "KakaoTalkFreeCouponType": ".kakao_talk_free_coupon_type",
    "KakaoTalkImage": ".kakao_talk_image",
    "KakaoTalkMessage": ".kakao_talk_message",
    "KakaoTalkRegularPriceCommerce": ".kakao_talk_regular_price_commerce",
    "KakaoTalkRegularPriceCommerceType": ".kakao_talk_regular_price_commerce_type",
    "KakaoTalkShippingDiscountCoupon": ".kakao_talk_shipping_discount_coupon",
    "KakaoTalkShippingDiscountCouponType": ".kakao_talk_shipping_discount_coupon_type",
    "KakaoTalkUpCoupon": ".kakao_talk_up_coupon",
    "KakaoTalkUpCouponType": ".kakao_talk_up_coupon_type",
    "KakaoTalkWebLinkButton": ".kakao_talk_web_link_button",
    "KakaoTalkWebLinkButtonType": ".kakao_talk_web_link_button_type",
    "LineNotificationTemplate": ".line_notification_template",
    "LineNotificationTemplateBody": ".line_notification_template_body",
    "LineNotificationTemplateButton": ".line_notification_template_button",
    "LineNotificationTemplateItem": ".line_notification_template_item",
    "ListItem": ".list_item",
    "ListMessage": ".list_message",
    "ListMessageMessageProperties": ".list_message_message_properties",
    "ListMessageSectionsItem": ".list_message_sections_item",
    "LocationMessage": ".location_message",
    "MediaMessage": ".media_message",
    "OmniMessageOverride": ".omni_message_override",
    "OrderDetailsPayment": ".order_details_payment",
    "OrderDetailsPaymentOrder": ".order_details_payment_order",
    "OrderDetailsPaymentOrderItem": ".order_details_payment_order_item",
    "OrderDetailsPaymentSettings": ".order_details_payment_settings",
    "OrderDetailsPaymentSettingsBoleto": ".order_details_payment_settings_boleto",
    "OrderDetailsPaymentSettingsDynamicPix": ".order_details_payment_settings_dynamic_pix",
    "OrderDetailsPaymentSettingsDynamicPixKeyType": ".order_details_payment_settings_dynamic_pix_key_type",
    "OrderDetailsPaymentSettingsDynamicPixType": ".order_details_payment_settings_dynamic_pix_type",
    "OrderDetailsPaymentSettingsPaymentLink": ".order_details_payment_settings_payment_link",
    "OrderDetailsPaymentType": ".order_details_payment_type",
    "OrderDetailsPaymentTypeOfGoods": ".order_details_payment_type_of_goods",
    "OrderStatusPayment": ".order_status_payment",
    "OrderStatusPaymentDetails": ".order_status_payment_details",
    "OrderStatusPaymentDetailsStatus": ".order_status_payment_details_status",
    "PaymentLink": ".payment_link",
    "PaymentLinkType": ".payment_link_type",
    "ProductItem": ".product_item",
    "RecipientAndParams": ".recipient_and_params",
    "SendBatchRequest": ".send_batch_request",
    "SendBatchRequestProcessingStrategy": ".send_batch_request_processing_strategy",
    "SendBatchResponse": ".send_batch_response",
    "StringMap": ".string_map",
    "TemplateMessage": ".template_message",
    "TemplateMessageChannelTemplate": ".template_message_channel_template",
    "TemplateReference": ".template_reference",
    "TemplateReferenceParameters": ".template_reference_parameters",
    "TextMessage": ".text_message",
    "UrlMessage": ".url_message",
    "WhatsAppFlow": ".whats_app_flow",
    "WhatsAppFlowActionPayload": ".whats_app_flow_action_payload",
    "WhatsAppFlowActionPayloadData": ".whats_app_flow_action_payload_data",
    "WhatsAppFlowFlowAction": ".whats_app_flow_flow_action",
    "WhatsAppFlowFlowMode": ".whats_app_flow_flow_mode",
    "WhatsAppInteractiveBody": ".whats_app_interactive_body",
    "WhatsAppInteractiveDocumentHeader": ".whats_app_interactive_document_header",
    "WhatsAppInteractiveDocumentHeaderType": ".whats_app_interactive_document_header_type",
    "WhatsAppInteractiveFooter": ".whats_app_interactive_footer",
    "WhatsAppInteractiveHeaderMedia": ".whats_app_interactive_header_media",
    "WhatsAppInteractiveImageHeader": ".whats_app_interactive_image_header",
    "WhatsAppInteractiveImageHeaderType": ".whats_app_interactive_image_header_type",
    "WhatsAppInteractiveTextHeader": ".whats_app_interactive_text_header",
    "WhatsAppInteractiveTextHeaderType": ".whats_app_interactive_text_header_type",
    "WhatsAppInteractiveVideoHeader": ".whats_app_interactive_video_header",
    "WhatsAppInteractiveVideoHeaderType": ".whats_app_interactive_video_header_type",
    "WhatsAppPaymentOrderDetails": ".whats_app_payment_order_details",
    "WhatsAppPaymentOrderStatus": ".whats_app_payment_order_status",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "AddressInfo",
    "Agent",
    "AgentType",
    "AppMessage",
    "AppMessageChannelSpecificMessage",
    "AppMessageExplicitChannelMessage",
    "AppMessageExplicitChannelOmniMessage",
    "BatchChannelIdentity",
    "BatchContact",
    "BatchContactChannel",
    "BatchContactLanguage",
    "BatchRecipient",
    "BatchRecipientIdentifiedBy",
    "BatchStatus",
    "BatchStatusValue",
    "Boleto",
    "BoletoType",
    "CallMessage",
    "CancelBatchRequest",
    "CancelBatchResponse",
    "CardHeight",
    "CardMessage",
    "CardMessageMessageProperties",
    "CarouselMessage",
    "ChannelIdentity",
    "ChannelSpecificMessage",
    "ChannelSpecificMessageMessageType",
    "Choice",
    "ChoiceCalendarMessage",
    "ChoiceItem",
    "ChoiceMessage",
    "ChoiceMessageMessageProperties",
    "ChoiceShareLocationMessage",
    "ConsentRecord",
    "ConsentType",
    "ContactInfoMessage",
    "ContactInfoMessageName",
    "ContactInfoMessageOrganization",
    "ContactInfoMessagePhoneNumbersItem",
    "ContactInfoMessageUrlsItem",
    "ConversationChannel",
    "Coordinates",
    "CreateContactsRequest",
    "DeleteContactsRequest",
    "DynamicPix",
    "DynamicPixKeyType",
    "DynamicPixType",
    "EmailInfo",
    "EmptyResponse",
    "ErrorDetail",
    "ErrorInfo",
    "ErrorResponse",
    "InsertConsentsRequest",
    "InsertConsentsResponse",
    "KakaoTalkAppLinkButton",
    "KakaoTalkAppLinkButtonType",
    "KakaoTalkBotKeywordButton",
    "KakaoTalkBotKeywordButtonType",
    "KakaoTalkCarousel",
    "KakaoTalkCarouselCommerce",
    "KakaoTalkCarouselHead",
    "KakaoTalkCarouselTail",
    "KakaoTalkCommerce",
    "KakaoTalkDiscountFixedCommerce",
    "KakaoTalkDiscountFixedCommerceType",
    "KakaoTalkDiscountRateCommerce",
    "KakaoTalkDiscountRateCommerceType",
    "KakaoTalkDiscountRateCoupon",
    "KakaoTalkDiscountRateCouponType",
    "KakaoTalkFixedDiscountCoupon",
    "KakaoTalkFixedDiscountCouponType",
    "KakaoTalkFreeCoupon",
    "KakaoTalkFreeCouponType",
    "KakaoTalkImage",
    "KakaoTalkMessage",
    "KakaoTalkRegularPriceCommerce",
    "KakaoTalkRegularPriceCommerceType",
    "KakaoTalkShippingDiscountCoupon",
    "KakaoTalkShippingDiscountCouponType",
    "KakaoTalkUpCoupon",
    "KakaoTalkUpCouponType",
    "KakaoTalkWebLinkButton",
    "KakaoTalkWebLinkButtonType",
    "LineNotificationTemplate",
    "LineNotificationTemplateBody",
    "LineNotificationTemplateButton",
    "LineNotificationTemplateItem",
    "ListItem",
    "ListMessage",
    "ListMessageMessageProperties",
    "ListMessageSectionsItem",
    "LocationMessage",
    "MediaMessage",
    "OmniMessageOverride",
    "OrderDetailsPayment",
    "OrderDetailsPaymentOrder",
    "OrderDetailsPaymentOrderItem",
    "OrderDetailsPaymentSettings",
    "OrderDetailsPaymentSettingsBoleto",
    "OrderDetailsPaymentSettingsDynamicPix",
    "OrderDetailsPaymentSettingsDynamicPixKeyType",
    "OrderDetailsPaymentSettingsDynamicPixType",
    "OrderDetailsPaymentSettingsPaymentLink",
    "OrderDetailsPaymentType",
    "OrderDetailsPaymentTypeOfGoods",
    "OrderStatusPayment",
    "OrderStatusPaymentDetails",
    "OrderStatusPaymentDetailsStatus",
    "PaymentLink",
    "PaymentLinkType",
    "ProductItem",
    "RecipientAndParams",
    "SendBatchRequest",
    "SendBatchRequestProcessingStrategy",
    "SendBatchResponse",
    "StringMap",
    "TemplateMessage",
    "TemplateMessageChannelTemplate",
    "TemplateReference",
    "TemplateReferenceParameters",
    "TextMessage",
    "UrlMessage",
    "WhatsAppFlow",
    "WhatsAppFlowActionPayload",
    "WhatsAppFlowActionPayloadData",
    "WhatsAppFlowFlowAction",
    "WhatsAppFlowFlowMode",
    "WhatsAppInteractiveBody",
    "WhatsAppInteractiveDocumentHeader",
    "WhatsAppInteractiveDocumentHeaderType",
    "WhatsAppInteractiveFooter",
    "WhatsAppInteractiveHeaderMedia",
    "WhatsAppInteractiveImageHeader",
    "WhatsAppInteractiveImageHeaderType",
    "WhatsAppInteractiveTextHeader",
    "WhatsAppInteractiveTextHeaderType",
    "WhatsAppInteractiveVideoHeader",
    "WhatsAppInteractiveVideoHeaderType",
    "WhatsAppPaymentOrderDetails",
    "WhatsAppPaymentOrderStatus",
)
