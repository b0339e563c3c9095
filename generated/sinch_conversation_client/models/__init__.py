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
    from .analysis_result import AnalysisResult
    from .analysis_result_ml_image_recognition_result_item import (
        AnalysisResultMlImageRecognitionResultItem,
    )
    from .analysis_result_ml_image_recognition_result_item_document_field_classification import (
        AnalysisResultMlImageRecognitionResultItemDocumentFieldClassification,
    )
    from .analysis_result_ml_image_recognition_result_item_document_field_classification_result_item import (
        AnalysisResultMlImageRecognitionResultItemDocumentFieldClassificationResultItem,
    )
    from .analysis_result_ml_image_recognition_result_item_document_field_classification_result_item_additional_property import (
        AnalysisResultMlImageRecognitionResultItemDocumentFieldClassificationResultItemAdditionalProperty,
    )
    from .analysis_result_ml_image_recognition_result_item_document_image_classification import (
        AnalysisResultMlImageRecognitionResultItemDocumentImageClassification,
    )
    from .analysis_result_ml_image_recognition_result_item_optical_character_recognition import (
        AnalysisResultMlImageRecognitionResultItemOpticalCharacterRecognition,
    )
    from .analysis_result_ml_image_recognition_result_item_optical_character_recognition_result_item import (
        AnalysisResultMlImageRecognitionResultItemOpticalCharacterRecognitionResultItem,
    )
    from .analysis_result_ml_nlu_result_item import AnalysisResultMlNluResultItem
    from .analysis_result_ml_nlu_result_item_results_item import (
        AnalysisResultMlNluResultItemResultsItem,
    )
    from .analysis_result_ml_offensive_analysis_result_item import (
        AnalysisResultMlOffensiveAnalysisResultItem,
    )
    from .analysis_result_ml_offensive_analysis_result_item_evaluation import (
        AnalysisResultMlOffensiveAnalysisResultItemEvaluation,
    )
    from .analysis_result_ml_pii_result_item import AnalysisResultMlPiiResultItem
    from .analysis_result_ml_sentiment_result_item import (
        AnalysisResultMlSentimentResultItem,
    )
    from .analysis_result_ml_sentiment_result_item_results_item import (
        AnalysisResultMlSentimentResultItemResultsItem,
    )
    from .analysis_result_ml_sentiment_result_item_results_item_sentiment import (
        AnalysisResultMlSentimentResultItemResultsItemSentiment,
    )
    from .analysis_result_ml_sentiment_result_item_sentiment import (
        AnalysisResultMlSentimentResultItemSentiment,
    )
    from .app import App
    from .app_create_request import AppCreateRequest
    from .app_event import AppEvent
    from .app_event_agent_joined_event import AppEventAgentJoinedEvent
    from .app_event_agent_left_event import AppEventAgentLeftEvent
    from .app_event_composing_end_event import AppEventComposingEndEvent
    from .app_event_generic_event import AppEventGenericEvent
    from .app_event_generic_event_payload import AppEventGenericEventPayload
    from .app_message import AppMessage
    from .app_message_channel_specific_message import AppMessageChannelSpecificMessage
    from .app_message_explicit_channel_message import AppMessageExplicitChannelMessage
    from .app_message_explicit_channel_omni_message import (
        AppMessageExplicitChannelOmniMessage,
    )
    from .app_update_request import AppUpdateRequest
    from .apple_bc_credentials import AppleBcCredentials
    from .audit_record import AuditRecord
    from .audit_record_operation import AuditRecordOperation
    from .audit_record_origin import AuditRecordOrigin
    from .audit_records_response import AuditRecordsResponse
    from .basic_auth_credential import BasicAuthCredential
    from .batch_status_update_notification import BatchStatusUpdateNotification
    from .batch_status_update_notification_additional_data import (
        BatchStatusUpdateNotificationAdditionalData,
    )
    from .batch_status_update_notification_additional_data_message_batch_data import (
        BatchStatusUpdateNotificationAdditionalDataMessageBatchData,
    )
    from .batch_status_update_notification_additional_data_message_batch_data_batch_metadata import (
        BatchStatusUpdateNotificationAdditionalDataMessageBatchDataBatchMetadata,
    )
    from .boleto import Boleto
    from .boleto_type import BoletoType
    from .call_message import CallMessage
    from .callback_event import CallbackEvent
    from .callback_event_conversation_metadata import CallbackEventConversationMetadata
    from .callback_settings import CallbackSettings
    from .capability_notification import CapabilityNotification
    from .capability_notification_capability_status import (
        CapabilityNotificationCapabilityStatus,
    )
    from .card_height import CardHeight
    from .card_message import CardMessage
    from .card_message_message_properties import CardMessageMessageProperties
    from .carousel_message import CarouselMessage
    from .channel_event import ChannelEvent
    from .channel_event_additional_data import ChannelEventAdditionalData
    from .channel_event_notification import ChannelEventNotification
    from .channel_identities import ChannelIdentities
    from .channel_identity import ChannelIdentity
    from .channel_integration_state import ChannelIntegrationState
    from .channel_integration_state_status import ChannelIntegrationStateStatus
    from .channel_profile_channel import ChannelProfileChannel
    from .channel_recipient_identity import ChannelRecipientIdentity
    from .channel_specific_contact_message import ChannelSpecificContactMessage
    from .channel_specific_contact_message_message_type import (
        ChannelSpecificContactMessageMessageType,
    )
    from .channel_specific_message import ChannelSpecificMessage
    from .channel_specific_message_message_type import ChannelSpecificMessageMessageType
    from .channel_template_override import ChannelTemplateOverride
    from .channel_template_reference import ChannelTemplateReference
    from .channel_template_reference_parameter_mappings import (
        ChannelTemplateReferenceParameterMappings,
    )
    from .choice import Choice
    from .choice_calendar_message import ChoiceCalendarMessage
    from .choice_item import ChoiceItem
    from .choice_message import ChoiceMessage
    from .choice_message_message_properties import ChoiceMessageMessageProperties
    from .choice_response_message import ChoiceResponseMessage
    from .choice_share_location_message import ChoiceShareLocationMessage
    from .client_credentials import ClientCredentials
    from .client_credentials_token_request_type import ClientCredentialsTokenRequestType
    from .comment_event import CommentEvent
    from .comment_event_comment_type import CommentEventCommentType
    from .comment_reply_event import CommentReplyEvent
    from .composing_event import ComposingEvent
    from .consent_identity import ConsentIdentity
    from .consents_list_type import ConsentsListType
    from .contact import Contact
    from .contact_create_request import ContactCreateRequest
    from .contact_event import ContactEvent
    from .contact_event_composing_end_event import ContactEventComposingEndEvent
    from .contact_event_conversation_deleted_event import (
        ContactEventConversationDeletedEvent,
    )
    from .contact_info_message import ContactInfoMessage
    from .contact_info_message_name import ContactInfoMessageName
    from .contact_info_message_organization import ContactInfoMessageOrganization
    from .contact_info_message_phone_numbers_item import (
        ContactInfoMessagePhoneNumbersItem,
    )
    from .contact_info_message_urls_item import ContactInfoMessageUrlsItem
    from .contact_language import ContactLanguage
    from .contact_merge_notification import ContactMergeNotification
    from .contact_message import ContactMessage
    from .contact_message_event import ContactMessageEvent
    from .contact_message_event_payment_status_update_event import (
        ContactMessageEventPaymentStatusUpdateEvent,
    )
    from .contact_message_event_payment_status_update_event_payment_status import (
        ContactMessageEventPaymentStatusUpdateEventPaymentStatus,
    )
    from .contact_message_event_payment_status_update_event_payment_transaction_status import (
        ContactMessageEventPaymentStatusUpdateEventPaymentTransactionStatus,
    )
    from .contact_message_event_shortlink_activated_event import (
        ContactMessageEventShortlinkActivatedEvent,
    )
    from .contact_notification import ContactNotification
    from .contact_recipient import ContactRecipient
    from .contact_settings import ContactSettings
    from .contact_update_request import ContactUpdateRequest
    from .conversation import Conversation
    from .conversation_channel import ConversationChannel
    from .conversation_channel_credential import ConversationChannelCredential
    from .conversation_create_request import ConversationCreateRequest
    from .conversation_create_request_metadata_json import (
        ConversationCreateRequestMetadataJson,
    )
    from .conversation_direction import ConversationDirection
    from .conversation_event import ConversationEvent
    from .conversation_list_recent_conversations_order import (
        ConversationListRecentConversationsOrder,
    )
    from .conversation_merge_strategy import ConversationMergeStrategy
    from .conversation_message import ConversationMessage
    from .conversation_messages_view import ConversationMessagesView
    from .conversation_metadata_json import ConversationMetadataJson
    from .conversation_metadata_report_view import ConversationMetadataReportView
    from .conversation_notification import ConversationNotification
    from .conversation_recent_message import ConversationRecentMessage
    from .conversation_update_request import ConversationUpdateRequest
    from .conversation_update_request_metadata_json import (
        ConversationUpdateRequestMetadataJson,
    )
    from .coordinates import Coordinates
    from .delivery_report_based_fallback import DeliveryReportBasedFallback
    from .delivery_status import DeliveryStatus
    from .duplicated_contact_identities_notification import (
        DuplicatedContactIdentitiesNotification,
    )
    from .duplicated_identities import DuplicatedIdentities
    from .dynamic_pix import DynamicPix
    from .dynamic_pix_key_type import DynamicPixKeyType
    from .dynamic_pix_type import DynamicPixType
    from .email_info import EmailInfo
    from .error_detail import ErrorDetail
    from .error_info import ErrorInfo
    from .error_response import ErrorResponse
    from .event_delivery_report import EventDeliveryReport
    from .fallback_message import FallbackMessage
    from .generic_event import GenericEvent
    from .generic_event_payload import GenericEventPayload
    from .get_channel_profile_request import GetChannelProfileRequest
    from .get_channel_profile_response import GetChannelProfileResponse
    from .identified_recipient import IdentifiedRecipient
    from .identity_conflict import IdentityConflict
    from .inbound_event import InboundEvent
    from .inject_event_request import InjectEventRequest
    from .inject_event_response import InjectEventResponse
    from .inject_message_request import InjectMessageRequest
    from .instagram_credentials import InstagramCredentials
    from .kakao_talk_app_link_button import KakaoTalkAppLinkButton
    from .kakao_talk_app_link_button_type import KakaoTalkAppLinkButtonType
    from .kakao_talk_bot_keyword_button import KakaoTalkBotKeywordButton
    from .kakao_talk_bot_keyword_button_type import KakaoTalkBotKeywordButtonType
    from .kakao_talk_carousel import KakaoTalkCarousel
    from .kakao_talk_carousel_commerce import KakaoTalkCarouselCommerce
    from .kakao_talk_carousel_head import KakaoTalkCarouselHead
    from .kakao_talk_carousel_tail import KakaoTalkCarouselTail
    from .kakao_talk_chat_credentials import KakaoTalkChatCredentials
    from .kakao_talk_commerce import KakaoTalkCommerce
    from .kakao_talk_credentials import KakaoTalkCredentials
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
    from .line_credentials import LineCredentials
    from .line_enterprise_credentials import LineEnterpriseCredentials
    from .line_enterprise_credentials_pair import LineEnterpriseCredentialsPair
    from .line_notification_template import LineNotificationTemplate
    from .line_notification_template_body import LineNotificationTemplateBody
    from .line_notification_template_button import LineNotificationTemplateButton
    from .line_notification_template_item import LineNotificationTemplateItem
    from .list_apps_response import ListAppsResponse
    from .list_consent_identities_response import ListConsentIdentitiesResponse
    from .list_contacts_response import ListContactsResponse
    from .list_conversations_response import ListConversationsResponse
    from .list_events_response import ListEventsResponse
    from .list_identity_conflicts_response import ListIdentityConflictsResponse
    from .list_item import ListItem
    from .list_last_messages_by_channel_identity_request import (
        ListLastMessagesByChannelIdentityRequest,
    )
    from .list_message import ListMessage
    from .list_message_message_properties import ListMessageMessageProperties
    from .list_message_sections_item import ListMessageSectionsItem
    from .list_messages_response import ListMessagesResponse
    from .list_recent_conversations_response import ListRecentConversationsResponse
    from .list_webhooks_response import ListWebhooksResponse
    from .location_message import LocationMessage
    from .media_card_message import MediaCardMessage
    from .media_message import MediaMessage
    from .merge_contact_request import MergeContactRequest
    from .message_content_type import MessageContentType
    from .message_delivery_report import MessageDeliveryReport
    from .message_queue import MessageQueue
    from .message_retry_settings import MessageRetrySettings
    from .message_search import MessageSearch
    from .message_status import MessageStatus
    from .message_status_status import MessageStatusStatus
    from .message_submit_notification import MessageSubmitNotification
    from .messages_source import MessagesSource
    from .metadata_update_strategy import MetadataUpdateStrategy
    from .mms_credentials import MMSCredentials
    from .omni_message_override import OmniMessageOverride
    from .opt_in import OptIn
    from .opt_in_out_notification import OptInOutNotification
    from .opt_in_out_notification_error_details import OptInOutNotificationErrorDetails
    from .opt_in_out_notification_status import OptInOutNotificationStatus
    from .opt_in_response import OptInResponse
    from .opt_out import OptOut
    from .opt_out_response import OptOutResponse
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
    from .persist_message_status import PersistMessageStatus
    from .processing_mode import ProcessingMode
    from .processing_strategy import ProcessingStrategy
    from .product_item import ProductItem
    from .product_response_message import ProductResponseMessage
    from .project_settings import ProjectSettings
    from .project_settings_response import ProjectSettingsResponse
    from .query_capability import QueryCapability
    from .query_capability_response import QueryCapabilityResponse
    from .queue_stats import QueueStats
    from .rate_limits import RateLimits
    from .reaction_event import ReactionEvent
    from .reaction_event_action import ReactionEventAction
    from .reason import Reason
    from .reason_code import ReasonCode
    from .reason_sub_code import ReasonSubCode
    from .record_notification import RecordNotification
    from .record_notification_record_status import RecordNotificationRecordStatus
    from .reply_to import ReplyTo
    from .retention_policy import RetentionPolicy
    from .retention_policy_type import RetentionPolicyType
    from .send_event_request import SendEventRequest
    from .send_event_response import SendEventResponse
    from .send_message_request import SendMessageRequest
    from .send_message_request_channel_properties import (
        SendMessageRequestChannelProperties,
    )
    from .send_message_request_conversation_metadata import (
        SendMessageRequestConversationMetadata,
    )
    from .send_message_response import SendMessageResponse
    from .smart_conversation import SmartConversation
    from .smart_conversation_notification import SmartConversationNotification
    from .static_bearer_credential import StaticBearerCredential
    from .static_token_credential import StaticTokenCredential
    from .telegram_credentials import TelegramCredentials
    from .template_channel import TemplateChannel
    from .template_message import TemplateMessage
    from .template_message_channel_template import TemplateMessageChannelTemplate
    from .template_reference import TemplateReference
    from .template_reference_parameters import TemplateReferenceParameters
    from .template_variable import TemplateVariable
    from .text_message import TextMessage
    from .transcode_message_request import TranscodeMessageRequest
    from .transcode_message_response import TranscodeMessageResponse
    from .transcode_message_response_transcoded_message import (
        TranscodeMessageResponseTranscodedMessage,
    )
    from .unsupported_callback import UnsupportedCallback
    from .update_message_metadata_request import UpdateMessageMetadataRequest
    from .url_message import UrlMessage
    from .v1_list_templates_response import V1ListTemplatesResponse
    from .v1_template import V1Template
    from .v1_template_translation import V1TemplateTranslation
    from .v2_list_templates_response import V2ListTemplatesResponse
    from .v2_list_translations_response import V2ListTranslationsResponse
    from .v2_template import V2Template
    from .v2_template_translation import V2TemplateTranslation
    from .we_chat_credentials import WeChatCredentials
    from .webhook import Webhook
    from .webhook_create_request import WebhookCreateRequest
    from .webhook_target_type import WebhookTargetType
    from .webhook_trigger import WebhookTrigger
    from .webhook_update_request import WebhookUpdateRequest
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
    from .whats_app_interactive_nfm_reply import WhatsAppInteractiveNfmReply
    from .whats_app_interactive_nfm_reply_message import (
        WhatsAppInteractiveNfmReplyMessage,
    )
    from .whats_app_interactive_nfm_reply_message_type import (
        WhatsAppInteractiveNfmReplyMessageType,
    )
    from .whats_app_interactive_nfm_reply_name import WhatsAppInteractiveNfmReplyName
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
    "AnalysisResult": ".analysis_result",
    "AnalysisResultMlImageRecognitionResultItem": ".analysis_result_ml_image_recognition_result_item",
    "AnalysisResultMlImageRecognitionResultItemDocumentFieldClassification": ".analysis_result_ml_image_recognition_result_item_document_field_classification",
    "AnalysisResultMlImageRecognitionResultItemDocumentFieldClassificationResultItem": ".analysis_result_ml_image_recognition_result_item_document_field_classification_result_item",
    "AnalysisResultMlImageRecognitionResultItemDocumentFieldClassificationResultItemAdditionalProperty": ".analysis_result_ml_image_recognition_result_item_document_field_classification_result_item_additional_property",
    "AnalysisResultMlImageRecognitionResultItemDocumentImageClassification": ".analysis_result_ml_image_recognition_result_item_document_image_classification",
    "AnalysisResultMlImageRecognitionResultItemOpticalCharacterRecognition": ".analysis_result_ml_image_recognition_result_item_optical_character_recognition",
    "AnalysisResultMlImageRecognitionResultItemOpticalCharacterRecognitionResultItem": ".analysis_result_ml_image_recognition_result_item_optical_character_recognition_result_item",
    "AnalysisResultMlNluResultItem": ".analysis_result_ml_nlu_result_item",
    "AnalysisResultMlNluResultItemResultsItem": ".analysis_result_ml_nlu_result_item_results_item",
    "AnalysisResultMlOffensiveAnalysisResultItem": ".analysis_result_ml_offensive_analysis_result_item",
    "AnalysisResultMlOffensiveAnalysisResultItemEvaluation": ".analysis_result_ml_offensive_analysis_result_item_evaluation",
    "AnalysisResultMlPiiResultItem": ".analysis_result_ml_pii_result_item",
    "AnalysisResultMlSentimentResultItem": ".analysis_result_ml_sentiment_result_item",
    "AnalysisResultMlSentimentResultItemResultsItem": ".analysis_result_ml_sentiment_result_item_results_item",
    "AnalysisResultMlSentimentResultItemResultsItemSentiment": ".analysis_result_ml_sentiment_result_item_results_item_sentiment",
    "AnalysisResultMlSentimentResultItemSentiment": ".analysis_result_ml_sentiment_result_item_sentiment",
    "App": ".app",
    "AppCreateRequest": ".app_create_request",
    "AppEvent": ".app_event",
    "AppEventAgentJoinedEvent": ".app_event_agent_joined_event",
    "AppEventAgentLeftEvent": ".app_event_agent_left_event",
    "AppEventComposingEndEvent": ".app_event_composing_end_event",
    "AppEventGenericEvent": ".app_event_generic_event",
    "AppEventGenericEventPayload": ".app_event_generic_event_payload",
    "AppMessage": ".app_message",
    "AppMessageChannelSpecificMessage": ".app_message_channel_specific_message",
    "AppMessageExplicitChannelMessage": ".app_message_explicit_channel_message",
    "AppMessageExplicitChannelOmniMessage": ".app_message_explicit_channel_omni_message",
    "AppUpdateRequest": ".app_update_request",
    "AppleBcCredentials": ".apple_bc_credentials",
    "AuditRecord": ".audit_record",
    "AuditRecordOperation": ".audit_record_operation",
    "AuditRecordOrigin": ".audit_record_origin",
    "AuditRecordsResponse": ".audit_records_response",
    "BasicAuthCredential": ".basic_auth_credential",
    "BatchStatusUpdateNotification": ".batch_status_update_notification",
    "BatchStatusUpdateNotificationAdditionalData": ".batch_status_update_notification_additional_data",
    "BatchStatusUpdateNotificationAdditionalDataMessageBatchData": ".batch_status_update_notification_additional_data_message_batch_data",
    "BatchStatusUpdateNotificationAdditionalDataMessageBatchDataBatchMetadata": ".batch_status_update_notification_additional_data_message_batch_data_batch_metadata",
    "Boleto": ".boleto",
    "BoletoType": ".boleto_type",
    "CallMessage": ".call_message",
    "CallbackEvent": ".callback_event",
    "CallbackEventConversationMetadata": ".callback_event_conversation_metadata",
    "CallbackSettings": ".callback_settings",
    "CapabilityNotification": ".capability_notification",
    "CapabilityNotificationCapabilityStatus": ".capability_notification_capability_status",
    "CardHeight": ".card_height",
    "CardMessage": ".card_message",
    "CardMessageMessageProperties": ".card_message_message_properties",
    "CarouselMessage": ".carousel_message",
    "ChannelEvent": ".channel_event",
    "ChannelEventAdditionalData": ".channel_event_additional_data",
    "ChannelEventNotification": ".channel_event_notification",
    "ChannelIdentities": ".channel_identities",
    "ChannelIdentity": ".channel_identity",
    "ChannelIntegrationState": ".channel_integration_state",
    "ChannelIntegrationStateStatus": ".channel_integration_state_status",
    "ChannelProfileChannel": ".channel_profile_channel",
    "ChannelRecipientIdentity": ".channel_recipient_identity",
    "ChannelSpecificContactMessage": ".channel_specific_contact_message",
    "ChannelSpecificContactMessageMessageType": ".channel_specific_contact_message_message_type",
    "ChannelSpecificMessage": ".channel_specific_message",
    "ChannelSpecificMessageMessageType": ".channel_specific_message_message_type",
    "ChannelTemplateOverride": ".channel_template_override",
    "ChannelTemplateReference": ".channel_template_reference",
    "ChannelTemplateReferenceParameterMappings": ".channel_template_reference_parameter_mappings",
    "Choice": ".choice",
    "ChoiceCalendarMessage": ".choice_calendar_message",
    "ChoiceItem": ".choice_item",
    "ChoiceMessage": ".choice_message",
    "ChoiceMessageMessageProperties": ".choice_message_message_properties",
    "ChoiceResponseMessage": ".choice_response_message",
    "ChoiceShareLocationMessage": ".choice_share_location_message",
    "ClientCredentials": ".client_credentials",
    "ClientCredentialsTokenRequestType": ".client_credentials_token_request_type",
    "CommentEvent": ".comment_event",
    "CommentEventCommentType": ".comment_event_comment_type",
    "CommentReplyEvent": ".comment_reply_event",
    "ComposingEvent": ".composing_event",
    "ConsentIdentity": ".consent_identity",
    "ConsentsListType": ".consents_list_type",
    "Contact": ".contact",
    "ContactCreateRequest": ".contact_create_request",
    "ContactEvent": ".contact_event",
    "ContactEventComposingEndEvent": ".contact_event_composing_end_event",
    "ContactEventConversationDeletedEvent": ".contact_event_conversation_deleted_event",
    "ContactInfoMessage": ".contact_info_message",
    "ContactInfoMessageName": ".contact_info_message_name",
    "ContactInfoMessageOrganization": ".contact_info_message_organization",
    "ContactInfoMessagePhoneNumbersItem": ".contact_info_message_phone_numbers_item",
    "ContactInfoMessageUrlsItem": ".contact_info_message_urls_item",
    "ContactLanguage": ".contact_language",
    "ContactMergeNotification": ".contact_merge_notification",
    "ContactMessage": ".contact_message",
    "ContactMessageEvent": ".contact_message_event",
    "ContactMessageEventPaymentStatusUpdateEvent": ".contact_message_event_payment_status_update_event",
    "ContactMessageEventPaymentStatusUpdateEventPaymentStatus": ".contact_message_event_payment_status_update_event_payment_status",
    "ContactMessageEventPaymentStatusUpdateEventPaymentTransactionStatus": ".contact_message_event_payment_status_update_event_payment_transaction_status",
    "ContactMessageEventShortlinkActivatedEvent": ".contact_message_event_shortlink_activated_event",
    "ContactNotification": ".contact_notification",
    "ContactRecipient": ".contact_recipient",
    "ContactSettings": ".contact_settings",
    "ContactUpdateRequest": ".contact_update_request",
    "Conversation": ".conversation",
    "ConversationChannel": ".conversation_channel",
    "ConversationChannelCredential": ".conversation_channel_credential",
    "ConversationCreateRequest": ".conversation_create_request",
    "ConversationCreateRequestMetadataJson": ".conversation_create_request_metadata_json",
    "ConversationDirection": ".conversation_direction",
    "ConversationEvent": ".conversation_event",
    "ConversationListRecentConversationsOrder": ".conversation_list_recent_conversations_order",
    "ConversationMergeStrategy": ".conversation_merge_strategy",
    "ConversationMessage": ".conversation_message",
    "ConversationMessagesView": ".conversation_messages_view",
    "ConversationMetadataJson": ".conversation_metadata_json",
    "ConversationMetadataReportView": ".conversation_metadata_report_view",
    "ConversationNotification": ".conversation_notification",
    "ConversationRecentMessage": ".conversation_recent_message",
    "ConversationUpdateRequest": ".conversation_update_request",
    "ConversationUpdateRequestMetadataJson": ".conversation_update_request_metadata_json",
    "Coordinates": ".coordinates",
    "DeliveryReportBasedFallback": ".delivery_report_based_fallback",
    "DeliveryStatus": ".delivery_status",
    "DuplicatedContactIdentitiesNotification": ".duplicated_contact_identities_notification",
    "DuplicatedIdentities": ".duplicated_identities",
    "DynamicPix": ".dynamic_pix",
    "DynamicPixKeyType": ".dynamic_pix_key_type",
    "DynamicPixType": ".dynamic_pix_type",
    "EmailInfo": ".email_info",
    "ErrorDetail": ".error_detail",
    "ErrorInfo": ".error_info",
    "ErrorResponse": ".error_response",
    "EventDeliveryReport": ".event_delivery_report",
    "FallbackMessage": ".fallback_message",
    "GenericEvent": ".generic_event",
    "GenericEventPayload": ".generic_event_payload",
    "GetChannelProfileRequest": ".get_channel_profile_request",
    "GetChannelProfileResponse": ".get_channel_profile_response",
    "IdentifiedRecipient": ".identified_recipient",
    "IdentityConflict": ".identity_conflict",
    "InboundEvent": ".inbound_event",
    "InjectEventRequest": ".inject_event_request",
    "InjectEventResponse": ".inject_event_response",
    "InjectMessageRequest": ".inject_message_request",
    "InstagramCredentials": ".instagram_credentials",
    "KakaoTalkAppLinkButton": ".kakao_talk_app_link_button",
    "KakaoTalkAppLinkButtonType": ".kakao_talk_app_link_button_type",
    "KakaoTalkBotKeywordButton": ".kakao_talk_bot_keyword_button",
    "KakaoTalkBotKeywordButtonType": ".kakao_talk_bot_keyword_button_type",
    "KakaoTalkCarousel": ".kakao_talk_carousel",
    "KakaoTalkCarouselCommerce": ".kakao_talk_carousel_commerce",
    "KakaoTalkCarouselHead": ".kakao_talk_carousel_head",
    "KakaoTalkCarouselTail": ".kakao_talk_carousel_tail",
    "KakaoTalkChatCredentials": ".kakao_talk_chat_credentials",
    "KakaoTalkCommerce": ".kakao_talk_commerce",
    "KakaoTalkCredentials": ".kakao_talk_credentials",
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
    "LineCredentials": ".line_credentials",
    "LineEnterpriseCredentials": ".line_enterprise_credentials",
    "LineEnterpriseCredentialsPair": ".line_enterprise_credentials_pair",
    "LineNotificationTemplate": ".line_notification_template",
    "LineNotificationTemplateBody": ".line_notification_template_body",
    "LineNotificationTemplateButton": ".line_notification_template_button",
    "LineNotificationTemplateItem": ".line_notification_template_item",
    "ListAppsResponse": ".list_apps_response",
    "ListConsentIdentitiesResponse": ".list_consent_identities_response",
    "ListContactsResponse": ".list_contacts_response",
    "ListConversationsResponse": ".list_conversations_response",
    "ListEventsResponse": ".list_events_response",
    "ListIdentityConflictsResponse": ".list_identity_conflicts_response",
    "ListItem": ".list_item",
    "ListLastMessagesByChannelIdentityRequest": ".list_last_messages_by_channel_identity_request",
    "ListMessage": ".list_message",
    "ListMessageMessageProperties": ".list_message_message_properties",
    "ListMessageSectionsItem": ".list_message_sections_item",
    "ListMessagesResponse": ".list_messages_response",
    "ListRecentConversationsResponse": ".list_recent_conversations_response",
    "ListWebhooksResponse": ".list_webhooks_response",
    "LocationMessage": ".location_message",
    "MediaCardMessage": ".media_card_message",
    "MediaMessage": ".media_message",
    "MergeContactRequest": ".merge_contact_request",
    "MessageContentType": ".message_content_type",
    "MessageDeliveryReport": ".message_delivery_report",
    "MessageQueue": ".message_queue",
    "MessageRetrySettings": ".message_retry_settings",
    "MessageSearch": ".message_search",
    "MessageStatus": ".message_status",
    "MessageStatusStatus": ".message_status_status",
    "MessageSubmitNotification": ".message_submit_notification",
    "MessagesSource": ".messages_source",
    "MetadataUpdateStrategy": ".metadata_update_strategy",
    "MMSCredentials": ".mms_credentials",
    "OmniMessageOverride": ".omni_message_override",
    "OptIn": ".opt_in",
    "OptInOutNotification": ".opt_in_out_notification",
    "OptInOutNotificationErrorDetails": ".opt_in_out_notification_error_details",
    "OptInOutNotificationStatus": ".opt_in_out_notification_status",
    "OptInResponse": ".opt_in_response",
    "OptOut": ".opt_out",
    "OptOutResponse": ".opt_out_response",
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
    "PersistMessageStatus": ".persist_message_status",
    "ProcessingMode": ".processing_mode",
    "ProcessingStrategy": ".processing_strategy",
    "ProductItem": ".product_item",
    "ProductResponseMessage": ".product_response_message",
    "ProjectSettings": ".project_settings",
    "ProjectSettingsResponse": ".project_settings_response",
    "QueryCapability": ".query_capability",
    "QueryCapabilityResponse": ".query_capability_response",
    "QueueStats": ".queue_stats",
    "RateLimits": ".rate_limits",
    "ReactionEvent": ".reaction_event",
    "ReactionEventAction": ".reaction_event_action",
    "Reason": ".reason",
    "ReasonCode": ".reason_code",
    "ReasonSubCode": ".reason_sub_code",
    "RecordNotification": ".record_notification",
    "RecordNotificationRecordStatus": ".record_notification_record_status",
    "ReplyTo": ".reply_to",
    "RetentionPolicy": ".retention_policy",
    "RetentionPolicyType": ".retention_policy_type",
    "SendEventRequest": ".send_event_request",
    "SendEventResponse": ".send_event_response",
    "SendMessageRequest": ".send_message_request",
    "SendMessageRequestChannelProperties": ".send_message_request_channel_properties",
    "SendMessageRequestConversationMetadata": ".send_message_request_conversation_metadata",
    "SendMessageResponse": ".send_message_response",
    "SmartConversation": ".smart_conversation",
    "SmartConversationNotification": ".smart_conversation_notification",
    "StaticBearerCredential": ".static_bearer_credential",
    "StaticTokenCredential": ".static_token_credential",
    "TelegramCredentials": ".telegram_credentials",
    "TemplateChannel": ".template_channel",
    "TemplateMessage": ".template_message",
    "TemplateMessageChannelTemplate": ".template_message_channel_template",
    "TemplateReference": ".template_reference",
    "TemplateReferenceParameters": ".template_reference_parameters",
    "TemplateVariable": ".template_variable",
    "TextMessage": ".text_message",
    "TranscodeMessageRequest": ".transcode_message_request",
    "TranscodeMessageResponse": ".transcode_message_response",
    "TranscodeMessageResponseTranscodedMessage": ".transcode_message_response_transcoded_message",
    "UnsupportedCallback": ".unsupported_callback",
    "UpdateMessageMetadataRequest": ".update_message_metadata_request",
    "UrlMessage": ".url_message",
    "V1ListTemplatesResponse": ".v1_list_templates_response",
    "V1Template": ".v1_template",
    "V1TemplateTranslation": ".v1_template_translation",
    "V2ListTemplatesResponse": ".v2_list_templates_response",
    "V2ListTranslationsResponse": ".v2_list_translations_response",
    "V2Template": ".v2_template",
    "V2TemplateTranslation": ".v2_template_translation",
    "WeChatCredentials": ".we_chat_credentials",
    "Webhook": ".webhook",
    "WebhookCreateRequest": ".webhook_create_request",
    "WebhookTargetType": ".webhook_target_type",
    "WebhookTrigger": ".webhook_trigger",
    "WebhookUpdateRequest": ".webhook_update_request",
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
    "WhatsAppInteractiveNfmReply": ".whats_app_interactive_nfm_reply",
    "WhatsAppInteractiveNfmReplyMessage": ".whats_app_interactive_nfm_reply_message",
    "WhatsAppInteractiveNfmReplyMessageType": ".whats_app_interactive_nfm_reply_message_type",
    "WhatsAppInteractiveNfmReplyName": ".whats_app_interactive_nfm_reply_name",
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
    "AnalysisResult",
    "AnalysisResultMlImageRecognitionResultItem",
    "AnalysisResultMlImageRecognitionResultItemDocumentFieldClassification",
    "AnalysisResultMlImageRecognitionResultItemDocumentFieldClassificationResultItem",
    "AnalysisResultMlImageRecognitionResultItemDocumentFieldClassificationResultItemAdditionalProperty",
    "AnalysisResultMlImageRecognitionResultItemDocumentImageClassification",
    "AnalysisResultMlImageRecognitionResultItemOpticalCharacterRecognition",
    "AnalysisResultMlImageRecognitionResultItemOpticalCharacterRecognitionResultItem",
    "AnalysisResultMlNluResultItem",
    "AnalysisResultMlNluResultItemResultsItem",
    "AnalysisResultMlOffensiveAnalysisResultItem",
    "AnalysisResultMlOffensiveAnalysisResultItemEvaluation",
    "AnalysisResultMlPiiResultItem",
    "AnalysisResultMlSentimentResultItem",
    "AnalysisResultMlSentimentResultItemResultsItem",
    "AnalysisResultMlSentimentResultItemResultsItemSentiment",
    "AnalysisResultMlSentimentResultItemSentiment",
    "App",
    "AppCreateRequest",
    "AppEvent",
    "AppEventAgentJoinedEvent",
    "AppEventAgentLeftEvent",
    "AppEventComposingEndEvent",
    "AppEventGenericEvent",
    "AppEventGenericEventPayload",
    "AppMessage",
    "AppMessageChannelSpecificMessage",
    "AppMessageExplicitChannelMessage",
    "AppMessageExplicitChannelOmniMessage",
    "AppUpdateRequest",
    "AppleBcCredentials",
    "AuditRecord",
    "AuditRecordOperation",
    "AuditRecordOrigin",
    "AuditRecordsResponse",
    "BasicAuthCredential",
    "BatchStatusUpdateNotification",
    "BatchStatusUpdateNotificationAdditionalData",
    "BatchStatusUpdateNotificationAdditionalDataMessageBatchData",
    "BatchStatusUpdateNotificationAdditionalDataMessageBatchDataBatchMetadata",
    "Boleto",
    "BoletoType",
    "CallMessage",
    "CallbackEvent",
    "CallbackEventConversationMetadata",
    "CallbackSettings",
    "CapabilityNotification",
    "CapabilityNotificationCapabilityStatus",
    "CardHeight",
    "CardMessage",
    "CardMessageMessageProperties",
    "CarouselMessage",
    "ChannelEvent",
    "ChannelEventAdditionalData",
    "ChannelEventNotification",
    "ChannelIdentities",
    "ChannelIdentity",
    "ChannelIntegrationState",
    "ChannelIntegrationStateStatus",
    "ChannelProfileChannel",
    "ChannelRecipientIdentity",
    "ChannelSpecificContactMessage",
    "ChannelSpecificContactMessageMessageType",
    "ChannelSpecificMessage",
    "ChannelSpecificMessageMessageType",
    "ChannelTemplateOverride",
    "ChannelTemplateReference",
    "ChannelTemplateReferenceParameterMappings",
    "Choice",
    "ChoiceCalendarMessage",
    "ChoiceItem",
    "ChoiceMessage",
    "ChoiceMessageMessageProperties",
    "ChoiceResponseMessage",
    "ChoiceShareLocationMessage",
    "ClientCredentials",
    "ClientCredentialsTokenRequestType",
    "CommentEvent",
    "CommentEventCommentType",
    "CommentReplyEvent",
    "ComposingEvent",
    "ConsentIdentity",
    "ConsentsListType",
    "Contact",
    "ContactCreateRequest",
    "ContactEvent",
    "ContactEventComposingEndEvent",
    "ContactEventConversationDeletedEvent",
    "ContactInfoMessage",
    "ContactInfoMessageName",
    "ContactInfoMessageOrganization",
    "ContactInfoMessagePhoneNumbersItem",
    "ContactInfoMessageUrlsItem",
    "ContactLanguage",
    "ContactMergeNotification",
    "ContactMessage",
    "ContactMessageEvent",
    "ContactMessageEventPaymentStatusUpdateEvent",
    "ContactMessageEventPaymentStatusUpdateEventPaymentStatus",
    "ContactMessageEventPaymentStatusUpdateEventPaymentTransactionStatus",
    "ContactMessageEventShortlinkActivatedEvent",
    "ContactNotification",
    "ContactRecipient",
    "ContactSettings",
    "ContactUpdateRequest",
    "Conversation",
    "ConversationChannel",
    "ConversationChannelCredential",
    "ConversationCreateRequest",
    "ConversationCreateRequestMetadataJson",
    "ConversationDirection",
    "ConversationEvent",
    "ConversationListRecentConversationsOrder",
    "ConversationMergeStrategy",
    "ConversationMessage",
    "ConversationMessagesView",
    "ConversationMetadataJson",
    "ConversationMetadataReportView",
    "ConversationNotification",
    "ConversationRecentMessage",
    "ConversationUpdateRequest",
    "ConversationUpdateRequestMetadataJson",
    "Coordinates",
    "DeliveryReportBasedFallback",
    "DeliveryStatus",
    "DuplicatedContactIdentitiesNotification",
    "DuplicatedIdentities",
    "DynamicPix",
    "DynamicPixKeyType",
    "DynamicPixType",
    "EmailInfo",
    "ErrorDetail",
    "ErrorInfo",
    "ErrorResponse",
    "EventDeliveryReport",
    "FallbackMessage",
    "GenericEvent",
    "GenericEventPayload",
    "GetChannelProfileRequest",
    "GetChannelProfileResponse",
    "IdentifiedRecipient",
    "IdentityConflict",
    "InboundEvent",
    "InjectEventRequest",
    "InjectEventResponse",
    "InjectMessageRequest",
    "InstagramCredentials",
    "KakaoTalkAppLinkButton",
    "KakaoTalkAppLinkButtonType",
    "KakaoTalkBotKeywordButton",
    "KakaoTalkBotKeywordButtonType",
    "KakaoTalkCarousel",
    "KakaoTalkCarouselCommerce",
    "KakaoTalkCarouselHead",
    "KakaoTalkCarouselTail",
    "KakaoTalkChatCredentials",
    "KakaoTalkCommerce",
    "KakaoTalkCredentials",
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
    "LineCredentials",
    "LineEnterpriseCredentials",
    "LineEnterpriseCredentialsPair",
    "LineNotificationTemplate",
    "LineNotificationTemplateBody",
    "LineNotificationTemplateButton",
    "LineNotificationTemplateItem",
    "ListAppsResponse",
    "ListConsentIdentitiesResponse",
    "ListContactsResponse",
    "ListConversationsResponse",
    "ListEventsResponse",
    "ListIdentityConflictsResponse",
    "ListItem",
    "ListLastMessagesByChannelIdentityRequest",
    "ListMessage",
    "ListMessageMessageProperties",
    "ListMessageSectionsItem",
    "ListMessagesResponse",
    "ListRecentConversationsResponse",
    "ListWebhooksResponse",
    "LocationMessage",
    "MMSCredentials",
    "MediaCardMessage",
    "MediaMessage",
    "MergeContactRequest",
    "MessageContentType",
    "MessageDeliveryReport",
    "MessageQueue",
    "MessageRetrySettings",
    "MessageSearch",
    "MessageStatus",
    "MessageStatusStatus",
    "MessageSubmitNotification",
    "MessagesSource",
    "MetadataUpdateStrategy",
    "OmniMessageOverride",
    "OptIn",
    "OptInOutNotification",
    "OptInOutNotificationErrorDetails",
    "OptInOutNotificationStatus",
    "OptInResponse",
    "OptOut",
    "OptOutResponse",
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
    "PersistMessageStatus",
    "ProcessingMode",
    "ProcessingStrategy",
    "ProductItem",
    "ProductResponseMessage",
    "ProjectSettings",
    "ProjectSettingsResponse",
    "QueryCapability",
    "QueryCapabilityResponse",
    "QueueStats",
    "RateLimits",
    "ReactionEvent",
    "ReactionEventAction",
    "Reason",
    "ReasonCode",
    "ReasonSubCode",
    "RecordNotification",
    "RecordNotificationRecordStatus",
    "ReplyTo",
    "RetentionPolicy",
    "RetentionPolicyType",
    "SendEventRequest",
    "SendEventResponse",
    "SendMessageRequest",
    "SendMessageRequestChannelProperties",
    "SendMessageRequestConversationMetadata",
    "SendMessageResponse",
    "SmartConversation",
    "SmartConversationNotification",
    "StaticBearerCredential",
    "StaticTokenCredential",
    "TelegramCredentials",
    "TemplateChannel",
    "TemplateMessage",
    "TemplateMessageChannelTemplate",
    "TemplateReference",
    "TemplateReferenceParameters",
    "TemplateVariable",
    "TextMessage",
    "TranscodeMessageRequest",
    "TranscodeMessageResponse",
    "TranscodeMessageResponseTranscodedMessage",
    "UnsupportedCallback",
    "UpdateMessageMetadataRequest",
    "UrlMessage",
    "V1ListTemplatesResponse",
    "V1Template",
    "V1TemplateTranslation",
    "V2ListTemplatesResponse",
    "V2ListTranslationsResponse",
    "V2Template",
    "V2TemplateTranslation",
    "WeChatCredentials",
    "Webhook",
    "WebhookCreateRequest",
    "WebhookTargetType",
    "WebhookTrigger",
    "WebhookUpdateRequest",
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
    "WhatsAppInteractiveNfmReply",
    "WhatsAppInteractiveNfmReplyMessage",
    "WhatsAppInteractiveNfmReplyMessageType",
    "WhatsAppInteractiveNfmReplyName",
    "WhatsAppInteractiveTextHeader",
    "WhatsAppInteractiveTextHeaderType",
    "WhatsAppInteractiveVideoHeader",
    "WhatsAppInteractiveVideoHeaderType",
    "WhatsAppPaymentOrderDetails",
    "WhatsAppPaymentOrderStatus",
)
