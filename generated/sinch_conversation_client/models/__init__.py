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
from .audit_record import AuditRecord
from .audit_record_operation import AuditRecordOperation
from .audit_record_origin import AuditRecordOrigin
from .audit_records_response import AuditRecordsResponse
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
from .channel_profile_channel import ChannelProfileChannel
from .channel_recipient_identity import ChannelRecipientIdentity
from .channel_specific_message import ChannelSpecificMessage
from .channel_specific_message_message import ChannelSpecificMessageMessage
from .channel_specific_message_message_type import ChannelSpecificMessageMessageType
from .channel_template_override import ChannelTemplateOverride
from .channel_template_reference import ChannelTemplateReference
from .channel_template_reference_parameter_mappings import (
    ChannelTemplateReferenceParameterMappings,
)
from .choice import Choice
from .choice_calendar_message import ChoiceCalendarMessage
from .choice_message import ChoiceMessage
from .choice_message_message_properties import ChoiceMessageMessageProperties
from .choice_response_message import ChoiceResponseMessage
from .choice_share_location_message import ChoiceShareLocationMessage
from .client_credentials import ClientCredentials
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
from .delivery_status import DeliveryStatus
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
from .inject_event_request import InjectEventRequest
from .inject_event_response import InjectEventResponse
from .inject_message_request import InjectMessageRequest
from .list_apps_response import ListAppsResponse
from .list_consent_identities_response import ListConsentIdentitiesResponse
from .list_contacts_response import ListContactsResponse
from .list_conversations_response import ListConversationsResponse
from .list_events_response import ListEventsResponse
from .list_identity_conflicts_response import ListIdentityConflictsResponse
from .list_item import ListItem
from .list_item_choice import ListItemChoice
from .list_item_product import ListItemProduct
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
from .project_settings import ProjectSettings
from .project_settings_response import ProjectSettingsResponse
from .query_capability import QueryCapability
from .query_capability_response import QueryCapabilityResponse
from .rate_limits import RateLimits
from .reaction_event import ReactionEvent
from .reaction_event_action import ReactionEventAction
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
    "AuditRecord",
    "AuditRecordOperation",
    "AuditRecordOrigin",
    "AuditRecordsResponse",
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
    "ChannelProfileChannel",
    "ChannelRecipientIdentity",
    "ChannelSpecificMessage",
    "ChannelSpecificMessageMessage",
    "ChannelSpecificMessageMessageType",
    "ChannelTemplateOverride",
    "ChannelTemplateReference",
    "ChannelTemplateReferenceParameterMappings",
    "Choice",
    "ChoiceCalendarMessage",
    "ChoiceMessage",
    "ChoiceMessageMessageProperties",
    "ChoiceResponseMessage",
    "ChoiceShareLocationMessage",
    "ClientCredentials",
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
    "ContactInfoMessageAddressesItem",
    "ContactInfoMessageEmailAddressesItem",
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
    "DeliveryStatus",
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
    "InjectEventRequest",
    "InjectEventResponse",
    "InjectMessageRequest",
    "ListAppsResponse",
    "ListConsentIdentitiesResponse",
    "ListContactsResponse",
    "ListConversationsResponse",
    "ListEventsResponse",
    "ListIdentityConflictsResponse",
    "ListItem",
    "ListItemChoice",
    "ListItemProduct",
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
    "ProjectSettings",
    "ProjectSettingsResponse",
    "QueryCapability",
    "QueryCapabilityResponse",
    "RateLimits",
    "ReactionEvent",
    "ReactionEventAction",
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
    "Webhook",
    "WebhookCreateRequest",
    "WebhookTargetType",
    "WebhookTrigger",
    "WebhookUpdateRequest",
)
