"""Request types: what the keyword arguments of the operations take.

Written by ``make generate`` from the generated models: do not edit. One ``TypedDict`` per
request model (``AppMessageParam`` for ``AppMessage``; required keys marked ``Required``) and
one ``Literal`` per enum (``ConversationChannelLiteral``): a type checker reports an unknown
key, a missing required key, a wrong type or an unknown enum value where it is written. An
enum field also takes the generated enum's members (``ConversationChannel.SMS``).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required, TypedDict

from sinch_conversation_batch_client.models.batch_contact_channel import BatchContactChannel
from sinch_conversation_batch_client.models.batch_contact_language import BatchContactLanguage
from sinch_conversation_batch_client.models.consent_type import ConsentType
from sinch_conversation_batch_client.models.send_batch_request_processing_strategy import (
    SendBatchRequestProcessingStrategy,
)
from sinch_conversation_client.models.agent_type import AgentType
from sinch_conversation_client.models.boleto_type import BoletoType
from sinch_conversation_client.models.card_height import CardHeight
from sinch_conversation_client.models.channel_integration_state_status import (
    ChannelIntegrationStateStatus,
)
from sinch_conversation_client.models.channel_profile_channel import ChannelProfileChannel
from sinch_conversation_client.models.channel_specific_contact_message_message_type import (
    ChannelSpecificContactMessageMessageType,
)
from sinch_conversation_client.models.channel_specific_message_message_type import (
    ChannelSpecificMessageMessageType,
)
from sinch_conversation_client.models.client_credentials_token_request_type import (
    ClientCredentialsTokenRequestType,
)
from sinch_conversation_client.models.contact_language import ContactLanguage
from sinch_conversation_client.models.conversation_channel import ConversationChannel
from sinch_conversation_client.models.conversation_direction import ConversationDirection
from sinch_conversation_client.models.conversation_merge_strategy import ConversationMergeStrategy
from sinch_conversation_client.models.conversation_messages_view import ConversationMessagesView
from sinch_conversation_client.models.conversation_metadata_report_view import (
    ConversationMetadataReportView,
)
from sinch_conversation_client.models.dynamic_pix_key_type import DynamicPixKeyType
from sinch_conversation_client.models.dynamic_pix_type import DynamicPixType
from sinch_conversation_client.models.kakao_talk_app_link_button_type import (
    KakaoTalkAppLinkButtonType,
)
from sinch_conversation_client.models.kakao_talk_bot_keyword_button_type import (
    KakaoTalkBotKeywordButtonType,
)
from sinch_conversation_client.models.kakao_talk_discount_fixed_commerce_type import (
    KakaoTalkDiscountFixedCommerceType,
)
from sinch_conversation_client.models.kakao_talk_discount_rate_commerce_type import (
    KakaoTalkDiscountRateCommerceType,
)
from sinch_conversation_client.models.kakao_talk_discount_rate_coupon_type import (
    KakaoTalkDiscountRateCouponType,
)
from sinch_conversation_client.models.kakao_talk_fixed_discount_coupon_type import (
    KakaoTalkFixedDiscountCouponType,
)
from sinch_conversation_client.models.kakao_talk_free_coupon_type import KakaoTalkFreeCouponType
from sinch_conversation_client.models.kakao_talk_regular_price_commerce_type import (
    KakaoTalkRegularPriceCommerceType,
)
from sinch_conversation_client.models.kakao_talk_shipping_discount_coupon_type import (
    KakaoTalkShippingDiscountCouponType,
)
from sinch_conversation_client.models.kakao_talk_up_coupon_type import KakaoTalkUpCouponType
from sinch_conversation_client.models.kakao_talk_web_link_button_type import (
    KakaoTalkWebLinkButtonType,
)
from sinch_conversation_client.models.message_content_type import MessageContentType
from sinch_conversation_client.models.message_queue import MessageQueue
from sinch_conversation_client.models.messages_source import MessagesSource
from sinch_conversation_client.models.metadata_update_strategy import MetadataUpdateStrategy
from sinch_conversation_client.models.order_details_payment_settings_dynamic_pix_key_type import (
    OrderDetailsPaymentSettingsDynamicPixKeyType,
)
from sinch_conversation_client.models.order_details_payment_settings_dynamic_pix_type import (
    OrderDetailsPaymentSettingsDynamicPixType,
)
from sinch_conversation_client.models.order_details_payment_type import OrderDetailsPaymentType
from sinch_conversation_client.models.order_details_payment_type_of_goods import (
    OrderDetailsPaymentTypeOfGoods,
)
from sinch_conversation_client.models.order_status_payment_details_status import (
    OrderStatusPaymentDetailsStatus,
)
from sinch_conversation_client.models.payment_link_type import PaymentLinkType
from sinch_conversation_client.models.processing_mode import ProcessingMode
from sinch_conversation_client.models.processing_strategy import ProcessingStrategy
from sinch_conversation_client.models.reason_code import ReasonCode
from sinch_conversation_client.models.reason_sub_code import ReasonSubCode
from sinch_conversation_client.models.retention_policy_type import RetentionPolicyType
from sinch_conversation_client.models.template_channel import TemplateChannel
from sinch_conversation_client.models.webhook_target_type import WebhookTargetType
from sinch_conversation_client.models.webhook_trigger import WebhookTrigger
from sinch_conversation_client.models.whats_app_flow_flow_action import WhatsAppFlowFlowAction
from sinch_conversation_client.models.whats_app_flow_flow_mode import WhatsAppFlowFlowMode
from sinch_conversation_client.models.whats_app_interactive_document_header_type import (
    WhatsAppInteractiveDocumentHeaderType,
)
from sinch_conversation_client.models.whats_app_interactive_image_header_type import (
    WhatsAppInteractiveImageHeaderType,
)
from sinch_conversation_client.models.whats_app_interactive_nfm_reply_message_type import (
    WhatsAppInteractiveNfmReplyMessageType,
)
from sinch_conversation_client.models.whats_app_interactive_nfm_reply_name import (
    WhatsAppInteractiveNfmReplyName,
)
from sinch_conversation_client.models.whats_app_interactive_text_header_type import (
    WhatsAppInteractiveTextHeaderType,
)
from sinch_conversation_client.models.whats_app_interactive_video_header_type import (
    WhatsAppInteractiveVideoHeaderType,
)

__all__ = [
    "AddressInfoParam",
    "AgentParam",
    "AgentTypeLiteral",
    "AppCreateRequestParam",
    "AppEventAgentJoinedEventParam",
    "AppEventAgentLeftEventParam",
    "AppEventGenericEventParam",
    "AppEventParam",
    "AppMessageParam",
    "AppUpdateRequestParam",
    "AppleBcCredentialsParam",
    "BasicAuthCredentialParam",
    "BatchChannelIdentityParam",
    "BatchContactChannelLiteral",
    "BatchContactLanguageLiteral",
    "BatchContactParam",
    "BatchRecipientIdentifiedByParam",
    "BatchRecipientParam",
    "BoletoParam",
    "BoletoTypeLiteral",
    "CallMessageParam",
    "CallbackSettingsParam",
    "CancelBatchRequestParam",
    "CardHeightLiteral",
    "CardMessageMessagePropertiesParam",
    "CardMessageParam",
    "CarouselMessageParam",
    "ChannelIdentitiesParam",
    "ChannelIdentityParam",
    "ChannelIntegrationStateParam",
    "ChannelIntegrationStateStatusLiteral",
    "ChannelProfileChannelLiteral",
    "ChannelRecipientIdentityParam",
    "ChannelSpecificContactMessageMessageTypeLiteral",
    "ChannelSpecificContactMessageParam",
    "ChannelSpecificMessageMessageTypeLiteral",
    "ChannelSpecificMessageParam",
    "ChannelTemplateOverrideParam",
    "ChannelTemplateReferenceParam",
    "ChoiceCalendarMessageParam",
    "ChoiceItemParam",
    "ChoiceMessageMessagePropertiesParam",
    "ChoiceMessageParam",
    "ChoiceParam",
    "ChoiceResponseMessageParam",
    "ChoiceShareLocationMessageParam",
    "ClientCredentialsParam",
    "ClientCredentialsTokenRequestTypeLiteral",
    "CommentReplyEventParam",
    "ConsentRecordParam",
    "ConsentTypeLiteral",
    "ContactCreateRequestParam",
    "ContactInfoMessageNameParam",
    "ContactInfoMessageOrganizationParam",
    "ContactInfoMessageParam",
    "ContactInfoMessagePhoneNumbersItemParam",
    "ContactInfoMessageUrlsItemParam",
    "ContactLanguageLiteral",
    "ContactMessageParam",
    "ContactRecipientParam",
    "ContactSettingsParam",
    "ContactUpdateRequestParam",
    "ConversationChannelCredentialParam",
    "ConversationChannelLiteral",
    "ConversationCreateRequestParam",
    "ConversationDirectionLiteral",
    "ConversationListRecentConversationsOrderLiteral",
    "ConversationMergeStrategyLiteral",
    "ConversationMessagesViewLiteral",
    "ConversationMetadataReportViewLiteral",
    "ConversationUpdateRequestParam",
    "CoordinatesParam",
    "CreateContactsRequestParam",
    "DeleteContactsRequestParam",
    "DeliveryReportBasedFallbackParam",
    "DynamicPixKeyTypeLiteral",
    "DynamicPixParam",
    "DynamicPixTypeLiteral",
    "EmailInfoParam",
    "FallbackMessageParam",
    "GetChannelProfileRequestParam",
    "IdentifiedRecipientParam",
    "InjectEventRequestParam",
    "InjectMessageRequestParam",
    "InsertConsentsRequestParam",
    "InstagramCredentialsParam",
    "KakaoTalkAppLinkButtonParam",
    "KakaoTalkAppLinkButtonTypeLiteral",
    "KakaoTalkBotKeywordButtonParam",
    "KakaoTalkBotKeywordButtonTypeLiteral",
    "KakaoTalkCarouselCommerceParam",
    "KakaoTalkCarouselHeadParam",
    "KakaoTalkCarouselParam",
    "KakaoTalkCarouselTailParam",
    "KakaoTalkChatCredentialsParam",
    "KakaoTalkCommerceParam",
    "KakaoTalkCredentialsParam",
    "KakaoTalkDiscountFixedCommerceParam",
    "KakaoTalkDiscountFixedCommerceTypeLiteral",
    "KakaoTalkDiscountRateCommerceParam",
    "KakaoTalkDiscountRateCommerceTypeLiteral",
    "KakaoTalkDiscountRateCouponParam",
    "KakaoTalkDiscountRateCouponTypeLiteral",
    "KakaoTalkFixedDiscountCouponParam",
    "KakaoTalkFixedDiscountCouponTypeLiteral",
    "KakaoTalkFreeCouponParam",
    "KakaoTalkFreeCouponTypeLiteral",
    "KakaoTalkImageParam",
    "KakaoTalkMessageParam",
    "KakaoTalkRegularPriceCommerceParam",
    "KakaoTalkRegularPriceCommerceTypeLiteral",
    "KakaoTalkShippingDiscountCouponParam",
    "KakaoTalkShippingDiscountCouponTypeLiteral",
    "KakaoTalkUpCouponParam",
    "KakaoTalkUpCouponTypeLiteral",
    "KakaoTalkWebLinkButtonParam",
    "KakaoTalkWebLinkButtonTypeLiteral",
    "LineCredentialsParam",
    "LineEnterpriseCredentialsPairParam",
    "LineEnterpriseCredentialsParam",
    "LineNotificationTemplateBodyParam",
    "LineNotificationTemplateButtonParam",
    "LineNotificationTemplateItemParam",
    "LineNotificationTemplateParam",
    "ListItemParam",
    "ListLastMessagesByChannelIdentityRequestParam",
    "ListMessageMessagePropertiesParam",
    "ListMessageParam",
    "ListMessageSectionsItemParam",
    "LocationMessageParam",
    "MMSCredentialsParam",
    "MediaCardMessageParam",
    "MediaMessageParam",
    "MergeContactRequestParam",
    "MessageContentTypeLiteral",
    "MessageQueueLiteral",
    "MessageRetrySettingsParam",
    "MessagesSourceLiteral",
    "MetadataUpdateStrategyLiteral",
    "OmniMessageOverrideParam",
    "OptInParam",
    "OptOutParam",
    "OrderDetailsPaymentOrderItemParam",
    "OrderDetailsPaymentOrderParam",
    "OrderDetailsPaymentParam",
    "OrderDetailsPaymentSettingsBoletoParam",
    "OrderDetailsPaymentSettingsDynamicPixKeyTypeLiteral",
    "OrderDetailsPaymentSettingsDynamicPixParam",
    "OrderDetailsPaymentSettingsDynamicPixTypeLiteral",
    "OrderDetailsPaymentSettingsParam",
    "OrderDetailsPaymentSettingsPaymentLinkParam",
    "OrderDetailsPaymentTypeLiteral",
    "OrderDetailsPaymentTypeOfGoodsLiteral",
    "OrderStatusPaymentDetailsParam",
    "OrderStatusPaymentDetailsStatusLiteral",
    "OrderStatusPaymentParam",
    "PaymentLinkParam",
    "PaymentLinkTypeLiteral",
    "ProcessingModeLiteral",
    "ProcessingStrategyLiteral",
    "ProductItemParam",
    "ProductResponseMessageParam",
    "ProjectSettingsParam",
    "QueryCapabilityParam",
    "ReasonCodeLiteral",
    "ReasonParam",
    "ReasonSubCodeLiteral",
    "RecipientAndParamsParam",
    "ReplyToParam",
    "RetentionPolicyParam",
    "RetentionPolicyTypeLiteral",
    "SendBatchRequestParam",
    "SendBatchRequestProcessingStrategyLiteral",
    "SendEventRequestParam",
    "SendMessageRequestParam",
    "SmartConversationParam",
    "StaticBearerCredentialParam",
    "StaticTokenCredentialParam",
    "TelegramCredentialsParam",
    "TemplateChannelLiteral",
    "TemplateMessageParam",
    "TemplateReferenceParam",
    "TemplateVariableParam",
    "TextMessageParam",
    "TranscodeMessageRequestParam",
    "UpdateMessageMetadataRequestParam",
    "UrlMessageParam",
    "V1TemplateParam",
    "V1TemplateTranslationParam",
    "V2TemplateParam",
    "V2TemplateTranslationParam",
    "WeChatCredentialsParam",
    "WebhookCreateRequestParam",
    "WebhookTargetTypeLiteral",
    "WebhookTriggerLiteral",
    "WebhookUpdateRequestParam",
    "WhatsAppFlowActionPayloadParam",
    "WhatsAppFlowFlowActionLiteral",
    "WhatsAppFlowFlowModeLiteral",
    "WhatsAppFlowParam",
    "WhatsAppInteractiveBodyParam",
    "WhatsAppInteractiveDocumentHeaderParam",
    "WhatsAppInteractiveDocumentHeaderTypeLiteral",
    "WhatsAppInteractiveFooterParam",
    "WhatsAppInteractiveHeaderMediaParam",
    "WhatsAppInteractiveImageHeaderParam",
    "WhatsAppInteractiveImageHeaderTypeLiteral",
    "WhatsAppInteractiveNfmReplyMessageParam",
    "WhatsAppInteractiveNfmReplyMessageTypeLiteral",
    "WhatsAppInteractiveNfmReplyNameLiteral",
    "WhatsAppInteractiveNfmReplyParam",
    "WhatsAppInteractiveTextHeaderParam",
    "WhatsAppInteractiveTextHeaderTypeLiteral",
    "WhatsAppInteractiveVideoHeaderParam",
    "WhatsAppInteractiveVideoHeaderTypeLiteral",
    "WhatsAppPaymentOrderDetailsParam",
    "WhatsAppPaymentOrderStatusParam",
]

AgentTypeLiteral = Literal["BOT", "HUMAN", "UNKNOWN_AGENT_TYPE"]

BatchContactChannelLiteral = Literal[
    "APPLEBC",
    "INSTAGRAM",
    "KAKAOTALK",
    "KAKAOTALKCHAT",
    "LINE",
    "MESSENGER",
    "MMS",
    "RCS",
    "SMS",
    "TELEGRAM",
    "VIBERBM",
    "WECHAT",
    "WHATSAPP",
]

BatchContactLanguageLiteral = Literal[
    "AF",
    "AR",
    "AZ",
    "BG",
    "BN",
    "CA",
    "CS",
    "DA",
    "DE",
    "EL",
    "EN",
    "EN_GB",
    "EN_US",
    "ES",
    "ES_AR",
    "ES_ES",
    "ES_MX",
    "ET",
    "FA",
    "FI",
    "FIL",
    "FR",
    "GA",
    "GU",
    "HA",
    "HE",
    "HI",
    "HR",
    "HU",
    "ID",
    "IT",
    "JA",
    "KK",
    "KN",
    "KO",
    "LO",
    "LT",
    "LV",
    "MK",
    "ML",
    "MR",
    "MS",
    "NB",
    "NL",
    "PA",
    "PL",
    "PT",
    "PT_BR",
    "PT_PT",
    "RO",
    "RU",
    "SK",
    "SL",
    "SQ",
    "SR",
    "SV",
    "SW",
    "TA",
    "TE",
    "TH",
    "TR",
    "UK",
    "UR",
    "UZ",
    "VI",
    "ZH",
    "ZH_CN",
    "ZH_HK",
    "ZH_TW",
    "ZU",
]

BoletoTypeLiteral = Literal["boleto"]

CardHeightLiteral = Literal["MEDIUM", "SHORT", "TALL", "UNSPECIFIED_HEIGHT"]

ChannelIntegrationStateStatusLiteral = Literal["ACTIVE", "FAILING", "PENDING"]

ChannelProfileChannelLiteral = Literal["INSTAGRAM", "LINE", "MESSENGER", "VIBER"]

ChannelSpecificContactMessageMessageTypeLiteral = Literal["nfm_reply"]

ChannelSpecificMessageMessageTypeLiteral = Literal[
    "CAROUSEL_COMMERCE",
    "COMMERCE",
    "FLOWS",
    "NOTIFICATION_MESSAGE_TEMPLATE",
    "ORDER_DETAILS",
    "ORDER_STATUS",
]

ClientCredentialsTokenRequestTypeLiteral = Literal["BASIC", "FORM"]

ConsentTypeLiteral = Literal["OPT_OUT_ALL", "OPT_OUT_MARKETING", "OPT_OUT_NOTIFICATION"]

ContactLanguageLiteral = Literal[
    "AF",
    "AR",
    "AZ",
    "BG",
    "BN",
    "CA",
    "CS",
    "DA",
    "DE",
    "EL",
    "EN",
    "EN_GB",
    "EN_US",
    "ES",
    "ES_AR",
    "ES_ES",
    "ES_MX",
    "ET",
    "FA",
    "FI",
    "FIL",
    "FR",
    "GA",
    "GU",
    "HA",
    "HE",
    "HI",
    "HR",
    "HU",
    "ID",
    "IT",
    "JA",
    "KK",
    "KN",
    "KO",
    "LO",
    "LT",
    "LV",
    "MK",
    "ML",
    "MR",
    "MS",
    "NB",
    "NL",
    "PA",
    "PL",
    "PT",
    "PT_BR",
    "PT_PT",
    "RO",
    "RU",
    "SK",
    "SL",
    "SQ",
    "SR",
    "SV",
    "SW",
    "TA",
    "TE",
    "TH",
    "TR",
    "UK",
    "UNSPECIFIED",
    "UR",
    "UZ",
    "VI",
    "ZH",
    "ZH_CN",
    "ZH_HK",
    "ZH_TW",
    "ZU",
]

ConversationChannelLiteral = Literal[
    "APPLEBC",
    "CHANNEL_UNSPECIFIED",
    "INSTAGRAM",
    "KAKAOTALK",
    "KAKAOTALKCHAT",
    "LINE",
    "MESSENGER",
    "MMS",
    "RCS",
    "SMS",
    "TELEGRAM",
    "VIBER",
    "VIBERBM",
    "WECHAT",
    "WHATSAPP",
]

ConversationDirectionLiteral = Literal["TO_APP", "TO_CONTACT", "UNDEFINED_DIRECTION"]

ConversationListRecentConversationsOrderLiteral = Literal["ASC", "DESC"]

ConversationMergeStrategyLiteral = Literal["MERGE"]

ConversationMessagesViewLiteral = Literal["WITHOUT_METADATA", "WITH_METADATA"]

ConversationMetadataReportViewLiteral = Literal["FULL", "NONE"]

DynamicPixKeyTypeLiteral = Literal["CNPJ", "CPF", "EMAIL", "EVP", "PHONE"]

DynamicPixTypeLiteral = Literal["pix_dynamic_code"]

KakaoTalkAppLinkButtonTypeLiteral = Literal["AL"]

KakaoTalkBotKeywordButtonTypeLiteral = Literal["BK"]

KakaoTalkDiscountFixedCommerceTypeLiteral = Literal["FIXED_DISCOUNT_COMMERCE"]

KakaoTalkDiscountRateCommerceTypeLiteral = Literal["PERCENTAGE_DISCOUNT_COMMERCE"]

KakaoTalkDiscountRateCouponTypeLiteral = Literal["PERCENTAGE_DISCOUNT_COUPON"]

KakaoTalkFixedDiscountCouponTypeLiteral = Literal["FIXED_DISCOUNT_COUPON"]

KakaoTalkFreeCouponTypeLiteral = Literal["FREE_COUPON"]

KakaoTalkRegularPriceCommerceTypeLiteral = Literal["REGULAR_PRICE_COMMERCE"]

KakaoTalkShippingDiscountCouponTypeLiteral = Literal["SHIPPING_DISCOUNT_COUPON"]

KakaoTalkUpCouponTypeLiteral = Literal["UP_COUPON"]

KakaoTalkWebLinkButtonTypeLiteral = Literal["WL"]

MessageContentTypeLiteral = Literal["CONTENT_MARKETING", "CONTENT_NOTIFICATION", "CONTENT_UNKNOWN"]

MessageQueueLiteral = Literal["HIGH_PRIORITY", "NORMAL_PRIORITY"]

MessagesSourceLiteral = Literal["CONVERSATION_SOURCE", "DISPATCH_SOURCE"]

MetadataUpdateStrategyLiteral = Literal["MERGE_PATCH", "REPLACE"]

OrderDetailsPaymentSettingsDynamicPixKeyTypeLiteral = Literal[
    "CNPJ", "CPF", "EMAIL", "EVP", "PHONE"
]

OrderDetailsPaymentSettingsDynamicPixTypeLiteral = Literal["pix_dynamic_code"]

OrderDetailsPaymentTypeLiteral = Literal["br", "sg"]

OrderDetailsPaymentTypeOfGoodsLiteral = Literal["digital-goods", "physical-goods"]

OrderStatusPaymentDetailsStatusLiteral = Literal[
    "canceled", "completed", "partially-shipped", "pending", "processing", "shipped"
]

PaymentLinkTypeLiteral = Literal["payment_link"]

ProcessingModeLiteral = Literal["CONVERSATION", "DISPATCH"]

ProcessingStrategyLiteral = Literal["DEFAULT", "DISPATCH_ONLY"]

ReasonCodeLiteral = Literal[
    "BAD_REQUEST",
    "CHANNEL_BAD_CONFIGURATION",
    "CHANNEL_CONFIGURATION_MISSING",
    "CHANNEL_FAILURE",
    "CHANNEL_REJECT",
    "CONTACT_NOT_FOUND",
    "DELIVERY_REJECTED_DUE_TO_POLICY",
    "DELIVERY_REPORT_TIME_OUT",
    "DELIVERY_TIMED_OUT",
    "INACTIVE_CREDENTIAL",
    "INTERNAL_ERROR",
    "MEDIA_NOT_REACHABLE",
    "MEDIA_TOO_LARGE",
    "MEDIA_TYPE_UNSUPPORTED",
    "MESSAGE_EXPIRED",
    "MESSAGE_SPLIT_REQUIRED",
    "NO_CHANNELS_LEFT",
    "NO_CHANNEL_IDENTITY_FOR_CONTACT",
    "NO_PERMISSION",
    "NO_PROFILE_AVAILABLE",
    "OUTSIDE_ALLOWED_SENDING_WINDOW",
    "RATE_LIMITED",
    "RECIPIENT_INVALID_CHANNEL_IDENTITY",
    "RECIPIENT_NOT_OPTED_IN",
    "RECIPIENT_NOT_REACHABLE",
    "TEMPLATE_INSUFFICIENT_PARAMETERS",
    "TEMPLATE_NON_EXISTING_LANGUAGE_OR_VERSION",
    "TEMPLATE_NOT_FOUND",
    "UNKNOWN",
    "UNKNOWN_APP",
    "UNSUPPORTED_OPERATION",
]

ReasonSubCodeLiteral = Literal[
    "ATTACHMENT_REJECTED", "INACTIVE_SENDER", "MEDIA_TYPE_UNDETERMINED", "UNSPECIFIED_SUB_CODE"
]

RetentionPolicyTypeLiteral = Literal[
    "CONVERSATION_EXPIRE_POLICY", "MESSAGE_EXPIRE_POLICY", "PERSIST_RETENTION_POLICY"
]

SendBatchRequestProcessingStrategyLiteral = Literal["DEFAULT", "DISPATCH_ONLY"]

TemplateChannelLiteral = Literal[
    "APPLEBC",
    "CONVERSATION",
    "INSTAGRAM",
    "KAKAOTALK",
    "MESSENGER",
    "RCS",
    "SMS",
    "TELEGRAM",
    "UNSPECIFIED",
    "VIBERBM",
    "WHATSAPP",
]

WebhookTargetTypeLiteral = Literal["DISMISS", "HTTP"]

WebhookTriggerLiteral = Literal[
    "BATCH_STATUS_UPDATE",
    "CAPABILITY",
    "CHANNEL_EVENT",
    "CONTACT_CREATE",
    "CONTACT_DELETE",
    "CONTACT_IDENTITIES_DUPLICATION",
    "CONTACT_MERGE",
    "CONTACT_UPDATE",
    "CONVERSATION_DELETE",
    "CONVERSATION_START",
    "CONVERSATION_STOP",
    "EVENT_DELIVERY",
    "EVENT_INBOUND",
    "MESSAGE_DELIVERY",
    "MESSAGE_INBOUND",
    "MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION",
    "MESSAGE_SUBMIT",
    "OPT_IN",
    "OPT_OUT",
    "RECORD_NOTIFICATION",
    "SMART_CONVERSATION",
    "UNSPECIFIED_TRIGGER",
    "UNSUPPORTED",
]

WhatsAppFlowFlowActionLiteral = Literal["data_exchange", "navigate"]

WhatsAppFlowFlowModeLiteral = Literal["draft", "published"]

WhatsAppInteractiveDocumentHeaderTypeLiteral = Literal["document"]

WhatsAppInteractiveImageHeaderTypeLiteral = Literal["image"]

WhatsAppInteractiveNfmReplyMessageTypeLiteral = Literal["nfm_reply"]

WhatsAppInteractiveNfmReplyNameLiteral = Literal["address_message", "flow"]

WhatsAppInteractiveTextHeaderTypeLiteral = Literal["text"]

WhatsAppInteractiveVideoHeaderTypeLiteral = Literal["video"]


class AddressInfoParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.AddressInfo`."""

    city: str
    country: str
    state: str
    zip: str
    type: str
    country_code: str


class AgentParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.Agent`."""

    display_name: Required[str]
    type: Required[AgentType | AgentTypeLiteral]
    picture_url: str


class AppCreateRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.AppCreateRequest`."""

    display_name: Required[str]
    channel_credentials: Required[Sequence[ConversationChannelCredentialParam]]
    conversation_metadata_report_view: (
        ConversationMetadataReportView | ConversationMetadataReportViewLiteral
    )
    retention_policy: RetentionPolicyParam
    dispatch_retention_policy: RetentionPolicyParam
    processing_mode: ProcessingMode | ProcessingModeLiteral
    callback_settings: CallbackSettingsParam
    smart_conversation: SmartConversationParam
    delivery_report_based_fallback: DeliveryReportBasedFallbackParam
    message_retry_settings: MessageRetrySettingsParam


class AppEventParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.AppEvent`."""

    composing_event: Mapping[str, Any]
    comment_reply_event: CommentReplyEventParam
    composing_end_event: Mapping[str, Any]
    agent_joined_event: AppEventAgentJoinedEventParam
    agent_left_event: AppEventAgentLeftEventParam
    generic_event: AppEventGenericEventParam


class AppEventAgentJoinedEventParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.AppEventAgentJoinedEvent`."""

    agent: AgentParam


class AppEventAgentLeftEventParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.AppEventAgentLeftEvent`."""

    agent: AgentParam


class AppEventGenericEventParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.AppEventGenericEvent`."""

    payload: Required[Mapping[str, Any]]


class AppMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.AppMessage`."""

    card_message: CardMessageParam
    carousel_message: CarouselMessageParam
    choice_message: ChoiceMessageParam
    explicit_channel_message: Mapping[str, str]
    location_message: LocationMessageParam
    media_message: MediaMessageParam
    template_message: TemplateMessageParam
    text_message: TextMessageParam
    list_message: ListMessageParam
    contact_info_message: ContactInfoMessageParam
    explicit_channel_omni_message: Mapping[str, OmniMessageOverrideParam]
    channel_specific_message: Mapping[str, ChannelSpecificMessageParam]
    agent: AgentParam


class AppUpdateRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.AppUpdateRequest`."""

    display_name: str
    channel_credentials: Sequence[ConversationChannelCredentialParam]
    conversation_metadata_report_view: (
        ConversationMetadataReportView | ConversationMetadataReportViewLiteral
    )
    retention_policy: RetentionPolicyParam
    dispatch_retention_policy: RetentionPolicyParam
    processing_mode: ProcessingMode | ProcessingModeLiteral
    callback_settings: CallbackSettingsParam
    smart_conversation: SmartConversationParam
    delivery_report_based_fallback: DeliveryReportBasedFallbackParam
    message_retry_settings: MessageRetrySettingsParam


class AppleBcCredentialsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.AppleBcCredentials`."""

    business_chat_account_id: Required[str]
    merchant_id: str
    apple_pay_certificate_reference: str
    apple_pay_certificate_password: str


class BasicAuthCredentialParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.BasicAuthCredential`."""

    password: Required[str]
    username: Required[str]


class BatchChannelIdentityParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_batch_client.models.BatchChannelIdentity`."""

    channel: Required[BatchContactChannel | BatchContactChannelLiteral]
    identity: Required[str]
    app_id: str


class BatchContactParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_batch_client.models.BatchContact`."""

    channel_identities: Required[Sequence[BatchChannelIdentityParam]]
    language: Required[BatchContactLanguage | BatchContactLanguageLiteral]
    channel_priority: Sequence[BatchContactChannel | BatchContactChannelLiteral]
    display_name: str
    email: str


class BatchRecipientParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_batch_client.models.BatchRecipient`."""

    contact_id: str
    identified_by: BatchRecipientIdentifiedByParam


class BatchRecipientIdentifiedByParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_batch_client.models.BatchRecipientIdentifiedBy`."""

    channel_identities: Required[Sequence[ChannelIdentityParam]]


class BoletoParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.Boleto`."""

    type: Required[BoletoType | BoletoTypeLiteral]
    digitable_line: Required[str]


class CallMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.CallMessage`."""

    phone_number: Required[str]
    title: Required[str]


class CallbackSettingsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.CallbackSettings`."""

    secret_for_overridden_callback_urls: str


class CancelBatchRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_batch_client.models.CancelBatchRequest`."""

    batch_id: str
    metadata_key: str
    metadata_value: str


class CardMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.CardMessage`."""

    choices: Sequence[ChoiceParam]
    description: str
    height: CardHeight | CardHeightLiteral
    media_message: MediaMessageParam
    title: str
    message_properties: CardMessageMessagePropertiesParam


class CardMessageMessagePropertiesParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.CardMessageMessageProperties`."""

    whatsapp_header: str


class CarouselMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.CarouselMessage`."""

    cards: Required[Sequence[CardMessageParam]]
    choices: Sequence[ChoiceParam]


class ChannelIdentitiesParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ChannelIdentities`."""

    channel_identities: Required[Sequence[ChannelRecipientIdentityParam]]


class ChannelIdentityParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ChannelIdentity`."""

    channel: Required[ConversationChannel | ConversationChannelLiteral]
    identity: Required[str]
    app_id: str


class ChannelIntegrationStateParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ChannelIntegrationState`."""

    status: Required[ChannelIntegrationStateStatus | ChannelIntegrationStateStatusLiteral]
    description: str


class ChannelRecipientIdentityParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ChannelRecipientIdentity`."""

    channel: Required[ConversationChannel | ConversationChannelLiteral]
    identity: Required[str]


class ChannelSpecificContactMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ChannelSpecificContactMessage`."""

    message_type: Required[
        ChannelSpecificContactMessageMessageType | ChannelSpecificContactMessageMessageTypeLiteral
    ]
    message: Required[WhatsAppInteractiveNfmReplyMessageParam]


class ChannelSpecificMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ChannelSpecificMessage`."""

    message_type: Required[
        ChannelSpecificMessageMessageType | ChannelSpecificMessageMessageTypeLiteral
    ]
    message: Required[
        KakaoTalkCarouselCommerceParam
        | KakaoTalkCommerceParam
        | LineNotificationTemplateParam
        | WhatsAppFlowParam
        | WhatsAppPaymentOrderDetailsParam
        | WhatsAppPaymentOrderStatusParam
    ]


class ChannelTemplateOverrideParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ChannelTemplateOverride`."""

    WHATSAPP: ChannelTemplateReferenceParam
    KAKAOTALK: ChannelTemplateReferenceParam


class ChannelTemplateReferenceParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ChannelTemplateReference`."""

    template_reference: TemplateReferenceParam
    parameter_mappings: Mapping[str, str]


class ChoiceParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.Choice`."""

    call_message: CallMessageParam
    location_message: LocationMessageParam
    postback_data: str
    text_message: TextMessageParam
    url_message: UrlMessageParam
    calendar_message: ChoiceCalendarMessageParam
    share_location_message: ChoiceShareLocationMessageParam


class ChoiceCalendarMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ChoiceCalendarMessage`."""

    title: Required[str]
    event_start: Required[datetime.datetime | str]
    event_end: Required[datetime.datetime | str]
    event_title: Required[str]
    fallback_url: Required[str]
    event_description: str


class ChoiceItemParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ChoiceItem`."""

    title: Required[str]
    description: str
    media: MediaMessageParam
    postback_data: str


class ChoiceMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ChoiceMessage`."""

    choices: Required[Sequence[ChoiceParam]]
    text_message: TextMessageParam
    message_properties: ChoiceMessageMessagePropertiesParam


class ChoiceMessageMessagePropertiesParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ChoiceMessageMessageProperties`."""

    whatsapp_footer: str


class ChoiceResponseMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ChoiceResponseMessage`."""

    message_id: Required[str]
    postback_data: Required[str]


class ChoiceShareLocationMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ChoiceShareLocationMessage`."""

    title: Required[str]
    fallback_url: Required[str]


class ClientCredentialsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ClientCredentials`."""

    client_id: Required[str]
    client_secret: Required[str]
    endpoint: Required[str]
    scope: str
    response_type: str
    token_request_type: ClientCredentialsTokenRequestType | ClientCredentialsTokenRequestTypeLiteral


class CommentReplyEventParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.CommentReplyEvent`."""

    text: Required[str]


class ConsentRecordParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_batch_client.models.ConsentRecord`."""

    identification: Required[str]
    consent_type: ConsentType | ConsentTypeLiteral


class ContactCreateRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ContactCreateRequest`."""

    channel_identities: Required[Sequence[ChannelIdentityParam]]
    channel_priority: Sequence[ConversationChannel | ConversationChannelLiteral]
    display_name: str
    email: str
    external_id: str
    metadata: str
    language: ContactLanguage | ContactLanguageLiteral


class ContactInfoMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ContactInfoMessage`."""

    name: Required[ContactInfoMessageNameParam]
    phone_numbers: Required[Sequence[ContactInfoMessagePhoneNumbersItemParam]]
    addresses: Sequence[AddressInfoParam]
    email_addresses: Sequence[EmailInfoParam]
    organization: ContactInfoMessageOrganizationParam
    urls: Sequence[ContactInfoMessageUrlsItemParam]
    birthday: str


class ContactInfoMessageNameParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ContactInfoMessageName`."""

    full_name: Required[str]
    first_name: str
    last_name: str
    middle_name: str
    prefix: str
    suffix: str


class ContactInfoMessageOrganizationParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ContactInfoMessageOrganization`."""

    company: str
    department: str
    title: str


class ContactInfoMessagePhoneNumbersItemParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ContactInfoMessagePhoneNumbersItem`."""

    phone_number: Required[str]
    type: str


class ContactInfoMessageUrlsItemParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ContactInfoMessageUrlsItem`."""

    url: Required[str]
    type: str


class ContactMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ContactMessage`."""

    choice_response_message: ChoiceResponseMessageParam
    fallback_message: FallbackMessageParam
    location_message: LocationMessageParam
    media_card_message: MediaCardMessageParam
    media_message: MediaMessageParam
    reply_to: None | ReplyToParam
    text_message: TextMessageParam
    product_response_message: ProductResponseMessageParam
    channel_specific_message: ChannelSpecificContactMessageParam


class ContactRecipientParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ContactRecipient`."""

    contact_id: Required[str]


class ContactSettingsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ContactSettings`."""

    unified_contact_id_enabled: bool


class ContactUpdateRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ContactUpdateRequest`."""

    channel_identities: Sequence[ChannelIdentityParam]
    channel_priority: Sequence[ConversationChannel | ConversationChannelLiteral]
    display_name: str
    email: str
    external_id: str
    metadata: str
    language: ContactLanguage | ContactLanguageLiteral
    id: str


class ConversationChannelCredentialParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ConversationChannelCredential`."""

    channel: Required[ConversationChannel | ConversationChannelLiteral]
    callback_secret: str
    mms_credentials: MMSCredentialsParam
    static_bearer: StaticBearerCredentialParam
    static_token: StaticTokenCredentialParam
    instagram_credentials: InstagramCredentialsParam
    telegram_credentials: TelegramCredentialsParam
    kakaotalk_credentials: KakaoTalkCredentialsParam
    kakaotalkchat_credentials: KakaoTalkChatCredentialsParam
    line_credentials: LineCredentialsParam
    line_enterprise_credentials: LineEnterpriseCredentialsParam
    wechat_credentials: WeChatCredentialsParam
    applebc_credentials: AppleBcCredentialsParam
    credential_ordinal_number: int
    state: ChannelIntegrationStateParam
    channel_known_id: str


class ConversationCreateRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ConversationCreateRequest`."""

    app_id: Required[str]
    contact_id: Required[str]
    active: bool
    active_channel: ConversationChannel | ConversationChannelLiteral
    metadata: str
    metadata_json: Mapping[str, Any]
    correlation_id: str


class ConversationUpdateRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ConversationUpdateRequest`."""

    active: bool
    active_channel: ConversationChannel | ConversationChannelLiteral
    metadata: str
    metadata_json: Mapping[str, Any]
    correlation_id: str
    id: str
    app_id: str
    contact_id: str


class CoordinatesParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.Coordinates`."""

    latitude: Required[float]
    longitude: Required[float]


class CreateContactsRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_batch_client.models.CreateContactsRequest`."""

    contacts: Required[Sequence[BatchContactParam]]


class DeleteContactsRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_batch_client.models.DeleteContactsRequest`."""

    contact_ids: Required[Sequence[str]]


class DeliveryReportBasedFallbackParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.DeliveryReportBasedFallback`."""

    enabled: bool
    delivery_report_waiting_time: int


class DynamicPixParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.DynamicPix`."""

    type: Required[DynamicPixType | DynamicPixTypeLiteral]
    code: Required[str]
    merchant_name: Required[str]
    key: Required[str]
    key_type: Required[DynamicPixKeyType | DynamicPixKeyTypeLiteral]


class EmailInfoParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.EmailInfo`."""

    email_address: Required[str]
    type: str


class FallbackMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.FallbackMessage`."""

    raw_message: str
    reason: ReasonParam


class GetChannelProfileRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.GetChannelProfileRequest`."""

    app_id: Required[str]
    recipient: Required[ContactRecipientParam | IdentifiedRecipientParam]
    channel: Required[ChannelProfileChannel | ChannelProfileChannelLiteral]


class IdentifiedRecipientParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.IdentifiedRecipient`."""

    identified_by: Required[ChannelIdentitiesParam]


class InjectEventRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.InjectEventRequest`."""

    app_event: Required[AppEventParam]
    accept_time: Required[datetime.datetime | str]
    conversation_id: str
    contact_id: str
    channel_identity: ChannelIdentityParam
    processing_mode: ProcessingMode | ProcessingModeLiteral


class InjectMessageRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.InjectMessageRequest`."""

    accept_time: Required[datetime.datetime | str]
    channel_identity: Required[ChannelIdentityParam]
    contact_id: Required[str]
    direction: Required[ConversationDirection | ConversationDirectionLiteral]
    app_message: AppMessageParam
    contact_message: ContactMessageParam
    metadata: str
    sender_id: str
    processing_mode: ProcessingMode | ProcessingModeLiteral
    conversation_id: str


class InsertConsentsRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_batch_client.models.InsertConsentsRequest`."""

    app_id: Required[str]
    consent_records: Required[Sequence[ConsentRecordParam]]


class InstagramCredentialsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.InstagramCredentials`."""

    token: Required[str]
    business_account_id: str


class KakaoTalkAppLinkButtonParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkAppLinkButton`."""

    type: Required[KakaoTalkAppLinkButtonType | KakaoTalkAppLinkButtonTypeLiteral]
    name: Required[str]
    scheme_ios: Required[str]
    scheme_android: Required[str]


class KakaoTalkBotKeywordButtonParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkBotKeywordButton`."""

    type: Required[KakaoTalkBotKeywordButtonType | KakaoTalkBotKeywordButtonTypeLiteral]
    name: Required[str]


class KakaoTalkCarouselParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkCarousel`."""

    list: Required[Sequence[KakaoTalkMessageParam]]
    head: KakaoTalkCarouselHeadParam
    tail: KakaoTalkCarouselTailParam


class KakaoTalkCarouselCommerceParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkCarouselCommerce`."""

    carousel: Required[KakaoTalkCarouselParam]
    push_alarm: bool
    adult: bool


class KakaoTalkCarouselHeadParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkCarouselHead`."""

    header: Required[str]
    content: Required[str]
    image_url: Required[str]
    link_mo: str
    link_pc: str
    scheme_ios: str
    scheme_android: str


class KakaoTalkCarouselTailParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkCarouselTail`."""

    link_mo: Required[str]
    link_pc: str
    scheme_ios: str
    scheme_android: str


class KakaoTalkChatCredentialsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkChatCredentials`."""

    kakaotalk_plus_friend_id: Required[str]
    api_key: str


class KakaoTalkCommerceParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkCommerce`."""

    image: Required[KakaoTalkImageParam]
    buttons: Required[
        Sequence[
            KakaoTalkAppLinkButtonParam
            | KakaoTalkBotKeywordButtonParam
            | KakaoTalkWebLinkButtonParam
        ]
    ]
    push_alarm: bool
    adult: bool
    additional_content: str
    commerce: (
        KakaoTalkDiscountFixedCommerceParam
        | KakaoTalkDiscountRateCommerceParam
        | KakaoTalkRegularPriceCommerceParam
    )
    coupon: (
        KakaoTalkDiscountRateCouponParam
        | KakaoTalkFixedDiscountCouponParam
        | KakaoTalkFreeCouponParam
        | KakaoTalkShippingDiscountCouponParam
        | KakaoTalkUpCouponParam
    )


class KakaoTalkCredentialsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkCredentials`."""

    kakaotalk_plus_friend_id: Required[str]
    kakaotalk_sender_key: Required[str]


class KakaoTalkDiscountFixedCommerceParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkDiscountFixedCommerce`."""

    title: Required[str]
    regular_price: Required[float]
    discount_price: Required[float]
    discount_fixed: Required[float]
    type: KakaoTalkDiscountFixedCommerceType | KakaoTalkDiscountFixedCommerceTypeLiteral


class KakaoTalkDiscountRateCommerceParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkDiscountRateCommerce`."""

    title: Required[str]
    regular_price: Required[float]
    discount_price: Required[float]
    discount_rate: Required[float]
    type: KakaoTalkDiscountRateCommerceType | KakaoTalkDiscountRateCommerceTypeLiteral


class KakaoTalkDiscountRateCouponParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkDiscountRateCoupon`."""

    type: Required[KakaoTalkDiscountRateCouponType | KakaoTalkDiscountRateCouponTypeLiteral]
    discount_rate: Required[int]
    description: str
    link_mo: str
    link_pc: str
    scheme_ios: str
    scheme_android: str


class KakaoTalkFixedDiscountCouponParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkFixedDiscountCoupon`."""

    type: Required[KakaoTalkFixedDiscountCouponType | KakaoTalkFixedDiscountCouponTypeLiteral]
    discount_fixed: Required[float]
    description: str
    link_mo: str
    link_pc: str
    scheme_ios: str
    scheme_android: str


class KakaoTalkFreeCouponParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkFreeCoupon`."""

    type: Required[KakaoTalkFreeCouponType | KakaoTalkFreeCouponTypeLiteral]
    title: Required[str]
    description: str
    link_mo: str
    link_pc: str
    scheme_ios: str
    scheme_android: str


class KakaoTalkImageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkImage`."""

    image_url: Required[str]
    image_link: str


class KakaoTalkMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkMessage`."""

    image: Required[KakaoTalkImageParam]
    buttons: Required[
        Sequence[
            KakaoTalkAppLinkButtonParam
            | KakaoTalkBotKeywordButtonParam
            | KakaoTalkWebLinkButtonParam
        ]
    ]
    additional_content: str
    commerce: (
        KakaoTalkDiscountFixedCommerceParam
        | KakaoTalkDiscountRateCommerceParam
        | KakaoTalkRegularPriceCommerceParam
    )
    coupon: (
        KakaoTalkDiscountRateCouponParam
        | KakaoTalkFixedDiscountCouponParam
        | KakaoTalkFreeCouponParam
        | KakaoTalkShippingDiscountCouponParam
        | KakaoTalkUpCouponParam
    )


class KakaoTalkRegularPriceCommerceParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkRegularPriceCommerce`."""

    title: Required[str]
    regular_price: Required[float]
    type: KakaoTalkRegularPriceCommerceType | KakaoTalkRegularPriceCommerceTypeLiteral


class KakaoTalkShippingDiscountCouponParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkShippingDiscountCoupon`."""

    type: Required[KakaoTalkShippingDiscountCouponType | KakaoTalkShippingDiscountCouponTypeLiteral]
    description: str
    link_mo: str
    link_pc: str
    scheme_ios: str
    scheme_android: str


class KakaoTalkUpCouponParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkUpCoupon`."""

    type: Required[KakaoTalkUpCouponType | KakaoTalkUpCouponTypeLiteral]
    title: Required[str]
    description: str
    link_mo: str
    link_pc: str
    scheme_ios: str
    scheme_android: str


class KakaoTalkWebLinkButtonParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.KakaoTalkWebLinkButton`."""

    type: Required[KakaoTalkWebLinkButtonType | KakaoTalkWebLinkButtonTypeLiteral]
    name: Required[str]
    link_mo: Required[str]
    link_pc: str


class LineCredentialsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.LineCredentials`."""

    token: Required[str]
    secret: Required[str]
    is_default: bool


class LineEnterpriseCredentialsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.LineEnterpriseCredentials`."""

    is_default: bool
    line_japan: LineEnterpriseCredentialsPairParam
    line_thailand: LineEnterpriseCredentialsPairParam


class LineEnterpriseCredentialsPairParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.LineEnterpriseCredentialsPair`."""

    token: Required[str]
    secret: Required[str]


class LineNotificationTemplateParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.LineNotificationTemplate`."""

    template_key: Required[str]
    body: LineNotificationTemplateBodyParam


class LineNotificationTemplateBodyParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.LineNotificationTemplateBody`."""

    emphasized_item: LineNotificationTemplateItemParam
    items: Sequence[LineNotificationTemplateItemParam]
    buttons: Sequence[LineNotificationTemplateButtonParam]


class LineNotificationTemplateButtonParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.LineNotificationTemplateButton`."""

    button_key: Required[str]
    url: Required[str]


class LineNotificationTemplateItemParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.LineNotificationTemplateItem`."""

    item_key: Required[str]
    content: Required[str]


class ListItemParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ListItem`."""

    choice: ChoiceItemParam
    product: ProductItemParam


class ListLastMessagesByChannelIdentityRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ListLastMessagesByChannelIdentityRequest`."""

    channel_identities: Sequence[str] | None
    contact_ids: Sequence[str] | None
    app_id: None | str
    messages_source: MessagesSource | MessagesSourceLiteral | None
    page_size: int | None
    page_token: None | str
    view: ConversationMessagesView | ConversationMessagesViewLiteral | None
    start_time: datetime.datetime | str | None
    end_time: datetime.datetime | str | None
    channel: ConversationChannel | ConversationChannelLiteral | None
    direction: ConversationDirection | ConversationDirectionLiteral | None


class ListMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ListMessage`."""

    title: Required[str]
    sections: Required[Sequence[ListMessageSectionsItemParam]]
    description: str
    media: MediaMessageParam
    message_properties: ListMessageMessagePropertiesParam


class ListMessageMessagePropertiesParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ListMessageMessageProperties`."""

    catalog_id: str
    menu: str
    whatsapp_header: str


class ListMessageSectionsItemParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ListMessageSectionsItem`."""

    items: Required[Sequence[ListItemParam]]
    title: str


class LocationMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.LocationMessage`."""

    coordinates: Required[CoordinatesParam]
    title: Required[str]
    label: str


class MMSCredentialsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.MMSCredentials`."""

    account_id: Required[str]
    api_key: Required[str]
    basic_auth: Required[BasicAuthCredentialParam]
    default_sender: str


class MediaCardMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.MediaCardMessage`."""

    url: Required[str]
    caption: str


class MediaMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.MediaMessage`."""

    url: Required[str]
    thumbnail_url: str
    filename_override: str


class MergeContactRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.MergeContactRequest`."""

    source_id: Required[str]
    destination_id: str
    strategy: ConversationMergeStrategy | ConversationMergeStrategyLiteral


class MessageRetrySettingsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.MessageRetrySettings`."""

    retry_duration: int


class OmniMessageOverrideParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.OmniMessageOverride`."""

    text_message: TextMessageParam
    media_message: MediaMessageParam
    template_reference: TemplateReferenceParam
    choice_message: ChoiceMessageParam
    card_message: CardMessageParam
    carousel_message: CarouselMessageParam
    location_message: LocationMessageParam
    contact_info_message: ContactInfoMessageParam
    list_message: ListMessageParam


class OptInParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.OptIn`."""

    app_id: Required[str]
    channels: Required[Sequence[ConversationChannel | ConversationChannelLiteral]]
    recipient: Required[ContactRecipientParam | IdentifiedRecipientParam]
    processing_strategy: ProcessingStrategy | ProcessingStrategyLiteral


class OptOutParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.OptOut`."""

    app_id: Required[str]
    channels: Required[Sequence[ConversationChannel | ConversationChannelLiteral]]
    recipient: Required[ContactRecipientParam | IdentifiedRecipientParam]
    processing_strategy: ProcessingStrategy | ProcessingStrategyLiteral


class OrderDetailsPaymentParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.OrderDetailsPayment`."""

    type: Required[OrderDetailsPaymentType | OrderDetailsPaymentTypeLiteral]
    reference_id: Required[str]
    type_of_goods: Required[OrderDetailsPaymentTypeOfGoods | OrderDetailsPaymentTypeOfGoodsLiteral]
    total_amount_value: Required[float]
    order: Required[OrderDetailsPaymentOrderParam]
    payment_settings: OrderDetailsPaymentSettingsParam
    payment_buttons: Sequence[BoletoParam | DynamicPixParam | PaymentLinkParam]


class OrderDetailsPaymentOrderParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.OrderDetailsPaymentOrder`."""

    subtotal_value: Required[float]
    tax_value: Required[float]
    items: Required[Sequence[OrderDetailsPaymentOrderItemParam]]
    catalog_id: str
    expiration_time: str
    expiration_description: str
    tax_description: str
    shipping_value: float
    shipping_description: str
    discount_value: float
    discount_description: str
    discount_program_name: str


class OrderDetailsPaymentOrderItemParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.OrderDetailsPaymentOrderItem`."""

    retailer_id: Required[str]
    name: Required[str]
    amount_value: Required[float]
    quantity: Required[float]
    sale_amount_value: float


class OrderDetailsPaymentSettingsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.OrderDetailsPaymentSettings`."""

    dynamic_pix: OrderDetailsPaymentSettingsDynamicPixParam
    payment_link: OrderDetailsPaymentSettingsPaymentLinkParam
    boleto: OrderDetailsPaymentSettingsBoletoParam


class OrderDetailsPaymentSettingsBoletoParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.OrderDetailsPaymentSettingsBoleto`."""

    digitable_line: Required[str]


class OrderDetailsPaymentSettingsDynamicPixParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.OrderDetailsPaymentSettingsDynamicPix`."""

    code: Required[str]
    merchant_name: Required[str]
    key: Required[str]
    key_type: Required[
        OrderDetailsPaymentSettingsDynamicPixKeyType
        | OrderDetailsPaymentSettingsDynamicPixKeyTypeLiteral
    ]
    type: (
        OrderDetailsPaymentSettingsDynamicPixType | OrderDetailsPaymentSettingsDynamicPixTypeLiteral
    )


class OrderDetailsPaymentSettingsPaymentLinkParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.OrderDetailsPaymentSettingsPaymentLink`."""

    uri: Required[str]


class OrderStatusPaymentParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.OrderStatusPayment`."""

    reference_id: Required[str]
    order: Required[OrderStatusPaymentDetailsParam]


class OrderStatusPaymentDetailsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.OrderStatusPaymentDetails`."""

    status: Required[OrderStatusPaymentDetailsStatus | OrderStatusPaymentDetailsStatusLiteral]
    description: str


class PaymentLinkParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.PaymentLink`."""

    type: Required[PaymentLinkType | PaymentLinkTypeLiteral]
    uri: Required[str]


class ProductItemParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ProductItem`."""

    id: Required[str]
    marketplace: Required[str]
    quantity: int
    item_price: float
    currency: str


class ProductResponseMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ProductResponseMessage`."""

    products: Required[Sequence[ProductItemParam]]
    title: str
    catalog_id: str


class ProjectSettingsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ProjectSettings`."""

    contact_settings: ContactSettingsParam


class QueryCapabilityParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.QueryCapability`."""

    app_id: Required[str]
    recipient: Required[ContactRecipientParam | IdentifiedRecipientParam]
    request_id: str


class ReasonParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.Reason`."""

    code: ReasonCode | ReasonCodeLiteral
    description: str
    sub_code: ReasonSubCode | ReasonSubCodeLiteral
    channel_code: str


class RecipientAndParamsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_batch_client.models.RecipientAndParams`."""

    recipient: Required[BatchRecipientParam]
    parameters: Mapping[str, str]
    message_metadata: Mapping[str, str]
    conversation_metadata: Mapping[str, str]


class ReplyToParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.ReplyTo`."""

    message_id: Required[str]


class RetentionPolicyParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.RetentionPolicy`."""

    retention_type: RetentionPolicyType | RetentionPolicyTypeLiteral
    ttl_days: int


class SendBatchRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_batch_client.models.SendBatchRequest`."""

    app_id: Required[str]
    message: Required[AppMessageParam]
    recipient_and_params: Required[Sequence[RecipientAndParamsParam]]
    processing_strategy: (
        SendBatchRequestProcessingStrategy | SendBatchRequestProcessingStrategyLiteral
    )
    batch_metadata: Mapping[str, str]
    message_metadata: Mapping[str, str]
    conversation_metadata: Mapping[str, str]
    send_after: datetime.datetime | str
    callback_url: str
    channel_priority_order: Sequence[ConversationChannel | ConversationChannelLiteral]
    ttl: str
    channel_properties: Mapping[str, str]
    correlation_id: str


class SendEventRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.SendEventRequest`."""

    app_id: Required[str]
    event: Required[AppEventParam]
    recipient: Required[ContactRecipientParam | IdentifiedRecipientParam]
    callback_url: str
    channel_priority_order: Sequence[ConversationChannel | ConversationChannelLiteral]
    event_metadata: str
    queue: MessageQueue | MessageQueueLiteral


class SendMessageRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.SendMessageRequest`."""

    app_id: Required[str]
    message: Required[AppMessageParam]
    recipient: Required[ContactRecipientParam | IdentifiedRecipientParam]
    callback_url: str
    channel_priority_order: Sequence[ConversationChannel | ConversationChannelLiteral]
    channel_properties: Mapping[str, str]
    message_metadata: str
    queue: MessageQueue | MessageQueueLiteral
    ttl: str
    conversation_metadata: Mapping[str, Any]
    conversation_metadata_update_strategy: MetadataUpdateStrategy | MetadataUpdateStrategyLiteral
    correlation_id: str
    processing_strategy: ProcessingStrategy | ProcessingStrategyLiteral
    message_content_type: MessageContentType | MessageContentTypeLiteral


class SmartConversationParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.SmartConversation`."""

    enabled: bool


class StaticBearerCredentialParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.StaticBearerCredential`."""

    claimed_identity: Required[str]
    token: Required[str]


class StaticTokenCredentialParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.StaticTokenCredential`."""

    token: Required[str]


class TelegramCredentialsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.TelegramCredentials`."""

    token: Required[str]


class TemplateMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.TemplateMessage`."""

    channel_template: Mapping[str, TemplateReferenceParam]
    omni_template: TemplateReferenceParam


class TemplateReferenceParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.TemplateReference`."""

    template_id: Required[str]
    language_code: str
    parameters: Mapping[str, str]
    version: str


class TemplateVariableParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.TemplateVariable`."""

    key: str
    preview_value: str


class TextMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.TextMessage`."""

    text: Required[str]


TranscodeMessageRequestParam = TypedDict(
    "TranscodeMessageRequestParam",
    {
        "app_id": "Required[str]",
        "app_message": "Required[AppMessageParam]",
        "channels": "Required[Sequence[ConversationChannel | ConversationChannelLiteral]]",
        "from": "str",
        "to": "str",
    },
    total=False,
)


class UpdateMessageMetadataRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.UpdateMessageMetadataRequest`."""

    metadata: Required[str]


class UrlMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.UrlMessage`."""

    title: Required[str]
    url: Required[str]


class V1TemplateParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.V1Template`."""

    id: str
    description: str
    channel: TemplateChannel | TemplateChannelLiteral
    default_translation: str
    translations: Sequence[V1TemplateTranslationParam]
    create_time: datetime.datetime | str
    update_time: datetime.datetime | str


class V1TemplateTranslationParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.V1TemplateTranslation`."""

    language_code: str
    content: str
    version: str
    variables: Sequence[TemplateVariableParam]
    create_time: datetime.datetime | str
    update_time: datetime.datetime | str


class V2TemplateParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.V2Template`."""

    id: str
    description: str
    version: int
    default_translation: str
    translations: Sequence[V2TemplateTranslationParam]
    create_time: datetime.datetime | str
    update_time: datetime.datetime | str


class V2TemplateTranslationParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.V2TemplateTranslation`."""

    language_code: Required[str]
    version: str
    channel_template_overrides: ChannelTemplateOverrideParam
    variables: Sequence[TemplateVariableParam]
    create_time: datetime.datetime | str
    update_time: datetime.datetime | str
    card_message: CardMessageParam
    carousel_message: CarouselMessageParam
    choice_message: ChoiceMessageParam
    contact_info_message: ContactInfoMessageParam
    list_message: ListMessageParam
    location_message: LocationMessageParam
    media_message: MediaMessageParam
    template_message: TemplateMessageParam
    text_message: TextMessageParam


class WeChatCredentialsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WeChatCredentials`."""

    app_id: Required[str]
    app_secret: Required[str]
    token: Required[str]
    aes_key: Required[str]


class WebhookCreateRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WebhookCreateRequest`."""

    app_id: Required[str]
    target: Required[str]
    triggers: Required[Sequence[WebhookTrigger | WebhookTriggerLiteral]]
    target_type: WebhookTargetType | WebhookTargetTypeLiteral
    secret: str
    client_credentials: ClientCredentialsParam


class WebhookUpdateRequestParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WebhookUpdateRequest`."""

    app_id: str
    target: str
    target_type: WebhookTargetType | WebhookTargetTypeLiteral
    secret: str
    triggers: Sequence[WebhookTrigger | WebhookTriggerLiteral]
    client_credentials: ClientCredentialsParam


class WhatsAppFlowParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WhatsAppFlow`."""

    flow_id: Required[str]
    flow_cta: Required[str]
    header: (
        WhatsAppInteractiveDocumentHeaderParam
        | WhatsAppInteractiveImageHeaderParam
        | WhatsAppInteractiveTextHeaderParam
        | WhatsAppInteractiveVideoHeaderParam
    )
    body: WhatsAppInteractiveBodyParam
    footer: WhatsAppInteractiveFooterParam
    flow_token: str
    flow_mode: WhatsAppFlowFlowMode | WhatsAppFlowFlowModeLiteral
    flow_action: WhatsAppFlowFlowAction | WhatsAppFlowFlowActionLiteral
    flow_action_payload: WhatsAppFlowActionPayloadParam


class WhatsAppFlowActionPayloadParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WhatsAppFlowActionPayload`."""

    screen: str
    data: Mapping[str, Any]


class WhatsAppInteractiveBodyParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WhatsAppInteractiveBody`."""

    text: Required[str]


class WhatsAppInteractiveDocumentHeaderParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WhatsAppInteractiveDocumentHeader`."""

    type: Required[
        WhatsAppInteractiveDocumentHeaderType | WhatsAppInteractiveDocumentHeaderTypeLiteral
    ]
    document: Required[WhatsAppInteractiveHeaderMediaParam]


class WhatsAppInteractiveFooterParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WhatsAppInteractiveFooter`."""

    text: Required[str]


class WhatsAppInteractiveHeaderMediaParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WhatsAppInteractiveHeaderMedia`."""

    link: Required[str]


class WhatsAppInteractiveImageHeaderParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WhatsAppInteractiveImageHeader`."""

    type: Required[WhatsAppInteractiveImageHeaderType | WhatsAppInteractiveImageHeaderTypeLiteral]
    image: Required[WhatsAppInteractiveHeaderMediaParam]


class WhatsAppInteractiveNfmReplyParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WhatsAppInteractiveNfmReply`."""

    name: Required[WhatsAppInteractiveNfmReplyName | WhatsAppInteractiveNfmReplyNameLiteral]
    response_json: Required[str]
    body: Required[str]


class WhatsAppInteractiveNfmReplyMessageParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WhatsAppInteractiveNfmReplyMessage`."""

    type: Required[
        WhatsAppInteractiveNfmReplyMessageType | WhatsAppInteractiveNfmReplyMessageTypeLiteral
    ]
    nfm_reply: Required[WhatsAppInteractiveNfmReplyParam]


class WhatsAppInteractiveTextHeaderParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WhatsAppInteractiveTextHeader`."""

    type: Required[WhatsAppInteractiveTextHeaderType | WhatsAppInteractiveTextHeaderTypeLiteral]
    text: Required[str]


class WhatsAppInteractiveVideoHeaderParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WhatsAppInteractiveVideoHeader`."""

    type: Required[WhatsAppInteractiveVideoHeaderType | WhatsAppInteractiveVideoHeaderTypeLiteral]
    video: Required[WhatsAppInteractiveHeaderMediaParam]


class WhatsAppPaymentOrderDetailsParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WhatsAppPaymentOrderDetails`."""

    payment: Required[OrderDetailsPaymentParam]
    header: (
        WhatsAppInteractiveDocumentHeaderParam
        | WhatsAppInteractiveImageHeaderParam
        | WhatsAppInteractiveTextHeaderParam
        | WhatsAppInteractiveVideoHeaderParam
    )
    body: WhatsAppInteractiveBodyParam
    footer: WhatsAppInteractiveFooterParam


class WhatsAppPaymentOrderStatusParam(TypedDict, total=False):
    """The request form of :class:`~sinch_conversation_client.models.WhatsAppPaymentOrderStatus`."""

    payment: Required[OrderStatusPaymentParam]
    header: (
        WhatsAppInteractiveDocumentHeaderParam
        | WhatsAppInteractiveImageHeaderParam
        | WhatsAppInteractiveTextHeaderParam
        | WhatsAppInteractiveVideoHeaderParam
    )
    body: WhatsAppInteractiveBodyParam
    footer: WhatsAppInteractiveFooterParam
