"""Contains all the data models used in inputs/outputs"""

from .app import App
from .app_event import AppEvent
from .app_message import AppMessage
from .app_message_explicit_channel_message import AppMessageExplicitChannelMessage
from .basic_auth_credential import BasicAuthCredential
from .call_message import CallMessage
from .card_height import CardHeight
from .card_message import CardMessage
from .carousel_message import CarouselMessage
from .channel_identities import ChannelIdentities
from .channel_identity import ChannelIdentity
from .channel_recipient_identity import ChannelRecipientIdentity
from .choice import Choice
from .choice_message import ChoiceMessage
from .choice_response_message import ChoiceResponseMessage
from .client_credentials import ClientCredentials
from .comment_reply_event import CommentReplyEvent
from .composing_event import ComposingEvent
from .contact import Contact
from .contact_language import ContactLanguage
from .contact_message import ContactMessage
from .conversation import Conversation
from .conversation_channel import ConversationChannel
from .conversation_channel_credential import ConversationChannelCredential
from .conversation_direction import ConversationDirection
from .conversation_merge_strategy import ConversationMergeStrategy
from .conversation_message import ConversationMessage
from .conversation_messages_view import ConversationMessagesView
from .conversation_metadata_report_view import ConversationMetadataReportView
from .coordinates import Coordinates
from .error_detail import ErrorDetail
from .error_info import ErrorInfo
from .error_response import ErrorResponse
from .fallback_message import FallbackMessage
from .list_apps_response import ListAppsResponse
from .list_contacts_response import ListContactsResponse
from .list_conversations_response import ListConversationsResponse
from .list_messages_response import ListMessagesResponse
from .list_webhooks_response import ListWebhooksResponse
from .location_message import LocationMessage
from .media_card_message import MediaCardMessage
from .media_message import MediaMessage
from .merge_contact_request import MergeContactRequest
from .message_queue import MessageQueue
from .mms_credentials import MMSCredentials
from .opt_in import OptIn
from .opt_in_response import OptInResponse
from .opt_out import OptOut
from .opt_out_response import OptOutResponse
from .query_capability import QueryCapability
from .query_capability_response import QueryCapabilityResponse
from .rate_limits import RateLimits
from .reason import Reason
from .reason_code import ReasonCode
from .reason_sub_code import ReasonSubCode
from .recipient import Recipient
from .reply_to import ReplyTo
from .retention_policy import RetentionPolicy
from .retention_policy_type import RetentionPolicyType
from .send_event_request import SendEventRequest
from .send_event_response import SendEventResponse
from .send_message_request import SendMessageRequest
from .send_message_request_channel_properties import SendMessageRequestChannelProperties
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
from .url_message import UrlMessage
from .webhook import Webhook
from .webhook_target_type import WebhookTargetType
from .webhook_trigger import WebhookTrigger

__all__ = (
    "App",
    "AppEvent",
    "AppMessage",
    "AppMessageExplicitChannelMessage",
    "BasicAuthCredential",
    "CallMessage",
    "CardHeight",
    "CardMessage",
    "CarouselMessage",
    "ChannelIdentities",
    "ChannelIdentity",
    "ChannelRecipientIdentity",
    "Choice",
    "ChoiceMessage",
    "ChoiceResponseMessage",
    "ClientCredentials",
    "CommentReplyEvent",
    "ComposingEvent",
    "Contact",
    "ContactLanguage",
    "ContactMessage",
    "Conversation",
    "ConversationChannel",
    "ConversationChannelCredential",
    "ConversationDirection",
    "ConversationMergeStrategy",
    "ConversationMessage",
    "ConversationMessagesView",
    "ConversationMetadataReportView",
    "Coordinates",
    "ErrorDetail",
    "ErrorInfo",
    "ErrorResponse",
    "FallbackMessage",
    "ListAppsResponse",
    "ListContactsResponse",
    "ListConversationsResponse",
    "ListMessagesResponse",
    "ListWebhooksResponse",
    "LocationMessage",
    "MMSCredentials",
    "MediaCardMessage",
    "MediaMessage",
    "MergeContactRequest",
    "MessageQueue",
    "OptIn",
    "OptInResponse",
    "OptOut",
    "OptOutResponse",
    "QueryCapability",
    "QueryCapabilityResponse",
    "RateLimits",
    "Reason",
    "ReasonCode",
    "ReasonSubCode",
    "Recipient",
    "ReplyTo",
    "RetentionPolicy",
    "RetentionPolicyType",
    "SendEventRequest",
    "SendEventResponse",
    "SendMessageRequest",
    "SendMessageRequestChannelProperties",
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
    "UrlMessage",
    "Webhook",
    "WebhookTargetType",
    "WebhookTrigger",
)
