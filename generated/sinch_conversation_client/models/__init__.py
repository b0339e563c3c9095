"""Contains all the data models used in inputs/outputs"""

from .agent import Agent
from .agent_type import AgentType
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
from .basic_auth_credential import BasicAuthCredential
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
from .channel_identities import ChannelIdentities
from .channel_identity import ChannelIdentity
from .channel_recipient_identity import ChannelRecipientIdentity
from .channel_specific_message import ChannelSpecificMessage
from .channel_specific_message_message import ChannelSpecificMessageMessage
from .channel_specific_message_message_type import ChannelSpecificMessageMessageType
from .choice import Choice
from .choice_calendar_message import ChoiceCalendarMessage
from .choice_message import ChoiceMessage
from .choice_message_message_properties import ChoiceMessageMessageProperties
from .choice_response_message import ChoiceResponseMessage
from .choice_share_location_message import ChoiceShareLocationMessage
from .client_credentials import ClientCredentials
from .comment_reply_event import CommentReplyEvent
from .composing_event import ComposingEvent
from .contact import Contact
from .contact_create_request import ContactCreateRequest
from .contact_info_message import ContactInfoMessage
from .contact_info_message_addresses_item import ContactInfoMessageAddressesItem
from .contact_info_message_email_addresses_item import (
    ContactInfoMessageEmailAddressesItem,
)
from .contact_info_message_name import ContactInfoMessageName
from .contact_info_message_organization import ContactInfoMessageOrganization
from .contact_info_message_phone_numbers_item import ContactInfoMessagePhoneNumbersItem
from .contact_info_message_urls_item import ContactInfoMessageUrlsItem
from .contact_language import ContactLanguage
from .contact_merge_notification import ContactMergeNotification
from .contact_message import ContactMessage
from .contact_notification import ContactNotification
from .contact_recipient import ContactRecipient
from .contact_update_request import ContactUpdateRequest
from .conversation import Conversation
from .conversation_channel import ConversationChannel
from .conversation_channel_credential import ConversationChannelCredential
from .conversation_create_request import ConversationCreateRequest
from .conversation_create_request_metadata_json import (
    ConversationCreateRequestMetadataJson,
)
from .conversation_direction import ConversationDirection
from .conversation_merge_strategy import ConversationMergeStrategy
from .conversation_message import ConversationMessage
from .conversation_messages_view import ConversationMessagesView
from .conversation_metadata_json import ConversationMetadataJson
from .conversation_metadata_report_view import ConversationMetadataReportView
from .conversation_notification import ConversationNotification
from .conversation_update_request import ConversationUpdateRequest
from .conversation_update_request_metadata_json import (
    ConversationUpdateRequestMetadataJson,
)
from .coordinates import Coordinates
from .delivery_status import DeliveryStatus
from .error_detail import ErrorDetail
from .error_info import ErrorInfo
from .error_response import ErrorResponse
from .event_delivery_report import EventDeliveryReport
from .fallback_message import FallbackMessage
from .identified_recipient import IdentifiedRecipient
from .inject_message_request import InjectMessageRequest
from .list_apps_response import ListAppsResponse
from .list_contacts_response import ListContactsResponse
from .list_conversations_response import ListConversationsResponse
from .list_item import ListItem
from .list_item_choice import ListItemChoice
from .list_item_product import ListItemProduct
from .list_message import ListMessage
from .list_message_message_properties import ListMessageMessageProperties
from .list_message_sections_item import ListMessageSectionsItem
from .list_messages_response import ListMessagesResponse
from .list_webhooks_response import ListWebhooksResponse
from .location_message import LocationMessage
from .media_card_message import MediaCardMessage
from .media_message import MediaMessage
from .merge_contact_request import MergeContactRequest
from .message_content_type import MessageContentType
from .message_delivery_report import MessageDeliveryReport
from .message_queue import MessageQueue
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
from .processing_mode import ProcessingMode
from .processing_strategy import ProcessingStrategy
from .query_capability import QueryCapability
from .query_capability_response import QueryCapabilityResponse
from .rate_limits import RateLimits
from .reason import Reason
from .reason_code import ReasonCode
from .reason_sub_code import ReasonSubCode
from .reply_to import ReplyTo
from .retention_policy import RetentionPolicy
from .retention_policy_type import RetentionPolicyType
from .send_event_request import SendEventRequest
from .send_event_response import SendEventResponse
from .send_message_request import SendMessageRequest
from .send_message_request_channel_properties import SendMessageRequestChannelProperties
from .send_message_request_conversation_metadata import (
    SendMessageRequestConversationMetadata,
)
from .send_message_response import SendMessageResponse
from .static_bearer_credential import StaticBearerCredential
from .static_token_credential import StaticTokenCredential
from .template_message import TemplateMessage
from .template_message_channel_template import TemplateMessageChannelTemplate
from .template_reference import TemplateReference
from .template_reference_parameters import TemplateReferenceParameters
from .text_message import TextMessage
from .transcode_message_request import TranscodeMessageRequest
from .transcode_message_response import TranscodeMessageResponse
from .transcode_message_response_transcoded_message import (
    TranscodeMessageResponseTranscodedMessage,
)
from .unsupported_callback import UnsupportedCallback
from .update_message_metadata_request import UpdateMessageMetadataRequest
from .url_message import UrlMessage
from .webhook import Webhook
from .webhook_create_request import WebhookCreateRequest
from .webhook_target_type import WebhookTargetType
from .webhook_trigger import WebhookTrigger
from .webhook_update_request import WebhookUpdateRequest

__all__ = (
    "Agent",
    "AgentType",
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
    "BasicAuthCredential",
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
    "ChannelIdentities",
    "ChannelIdentity",
    "ChannelRecipientIdentity",
    "ChannelSpecificMessage",
    "ChannelSpecificMessageMessage",
    "ChannelSpecificMessageMessageType",
    "Choice",
    "ChoiceCalendarMessage",
    "ChoiceMessage",
    "ChoiceMessageMessageProperties",
    "ChoiceResponseMessage",
    "ChoiceShareLocationMessage",
    "ClientCredentials",
    "CommentReplyEvent",
    "ComposingEvent",
    "Contact",
    "ContactCreateRequest",
    "ContactInfoMessage",
    "ContactInfoMessageAddressesItem",
    "ContactInfoMessageEmailAddressesItem",
    "ContactInfoMessageName",
    "ContactInfoMessageOrganization",
    "ContactInfoMessagePhoneNumbersItem",
    "ContactInfoMessageUrlsItem",
    "ContactLanguage",
    "ContactMergeNotification",
    "ContactMessage",
    "ContactNotification",
    "ContactRecipient",
    "ContactUpdateRequest",
    "Conversation",
    "ConversationChannel",
    "ConversationChannelCredential",
    "ConversationCreateRequest",
    "ConversationCreateRequestMetadataJson",
    "ConversationDirection",
    "ConversationMergeStrategy",
    "ConversationMessage",
    "ConversationMessagesView",
    "ConversationMetadataJson",
    "ConversationMetadataReportView",
    "ConversationNotification",
    "ConversationUpdateRequest",
    "ConversationUpdateRequestMetadataJson",
    "Coordinates",
    "DeliveryStatus",
    "ErrorDetail",
    "ErrorInfo",
    "ErrorResponse",
    "EventDeliveryReport",
    "FallbackMessage",
    "IdentifiedRecipient",
    "InjectMessageRequest",
    "ListAppsResponse",
    "ListContactsResponse",
    "ListConversationsResponse",
    "ListItem",
    "ListItemChoice",
    "ListItemProduct",
    "ListMessage",
    "ListMessageMessageProperties",
    "ListMessageSectionsItem",
    "ListMessagesResponse",
    "ListWebhooksResponse",
    "LocationMessage",
    "MMSCredentials",
    "MediaCardMessage",
    "MediaMessage",
    "MergeContactRequest",
    "MessageContentType",
    "MessageDeliveryReport",
    "MessageQueue",
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
    "ProcessingMode",
    "ProcessingStrategy",
    "QueryCapability",
    "QueryCapabilityResponse",
    "RateLimits",
    "Reason",
    "ReasonCode",
    "ReasonSubCode",
    "ReplyTo",
    "RetentionPolicy",
    "RetentionPolicyType",
    "SendEventRequest",
    "SendEventResponse",
    "SendMessageRequest",
    "SendMessageRequestChannelProperties",
    "SendMessageRequestConversationMetadata",
    "SendMessageResponse",
    "StaticBearerCredential",
    "StaticTokenCredential",
    "TemplateMessage",
    "TemplateMessageChannelTemplate",
    "TemplateReference",
    "TemplateReferenceParameters",
    "TextMessage",
    "TranscodeMessageRequest",
    "TranscodeMessageResponse",
    "TranscodeMessageResponseTranscodedMessage",
    "UnsupportedCallback",
    "UpdateMessageMetadataRequest",
    "UrlMessage",
    "Webhook",
    "WebhookCreateRequest",
    "WebhookTargetType",
    "WebhookTrigger",
    "WebhookUpdateRequest",
)
