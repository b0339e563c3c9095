"""The clients' operation groups, one module per API tag.

Written by ``make generate`` from ``sinch_conversation_client.api``: do not edit. Each group is a
declared, typed property of :class:`SyncGroups` (``ConversationClient``) and
:class:`AsyncGroups` (``AsyncConversationClient``), created on first use.
"""

from collections.abc import Mapping
from functools import cached_property
from types import MappingProxyType

from sinch_conversation_batch_client import Client as BatchClient
from sinch_conversation_client import Client

from .apps import Apps, AsyncApps
from .batch import AsyncBatch, Batch
from .capability import AsyncCapability, Capability
from .consents import AsyncConsents, Consents
from .contacts import AsyncContacts, Contacts
from .conversations import AsyncConversations, Conversations
from .events import AsyncEvents, Events
from .messages import AsyncMessages, Messages
from .opt_in_opt_out import AsyncOptInOptOut, OptInOptOut
from .project_settings import AsyncProjectSettingsResource, ProjectSettingsResource
from .templates_v1 import AsyncTemplatesV1, TemplatesV1
from .templates_v2 import AsyncTemplatesV2, TemplatesV2
from .transcoding import AsyncTranscoding, Transcoding
from .webhooks import AsyncWebhooks, Webhooks

__all__ = [
    "GROUPS",
    "OPERATIONS",
    "Apps",
    "AsyncApps",
    "AsyncBatch",
    "AsyncCapability",
    "AsyncConsents",
    "AsyncContacts",
    "AsyncConversations",
    "AsyncEvents",
    "AsyncGroups",
    "AsyncMessages",
    "AsyncOptInOptOut",
    "AsyncProjectSettingsResource",
    "AsyncTemplatesV1",
    "AsyncTemplatesV2",
    "AsyncTranscoding",
    "AsyncWebhooks",
    "Batch",
    "Capability",
    "Consents",
    "Contacts",
    "Conversations",
    "Events",
    "Messages",
    "OptInOptOut",
    "ProjectSettingsResource",
    "SyncGroups",
    "TemplatesV1",
    "TemplatesV2",
    "Transcoding",
    "Webhooks",
]

GROUPS: tuple[str, ...] = (
    "apps",
    "capability",
    "consents",
    "contacts",
    "conversations",
    "events",
    "messages",
    "opt_in_opt_out",
    "project_settings",
    "templates_v1",
    "templates_v2",
    "transcoding",
    "webhooks",
    "batch",
)

# group -> operation -> the generated endpoint module it calls
OPERATIONS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "apps": MappingProxyType(
            {
                "create_app": "sinch_conversation_client.api.app.app_create_app",
                "delete_app": "sinch_conversation_client.api.app.app_delete_app",
                "get_app": "sinch_conversation_client.api.app.app_get_app",
                "list_apps": "sinch_conversation_client.api.app.app_list_apps",
                "update_app": "sinch_conversation_client.api.app.app_update_app",
            }
        ),
        "capability": MappingProxyType(
            {
                "query_capability": "sinch_conversation_client.api.capability.capability_query_capability",
            }
        ),
        "consents": MappingProxyType(
            {
                "list_audit_records": "sinch_conversation_client.api.consents.consents_list_audit_records",
                "list_identities": "sinch_conversation_client.api.consents.consents_list_identities",
            }
        ),
        "contacts": MappingProxyType(
            {
                "create_contact": "sinch_conversation_client.api.contact.contact_create_contact",
                "delete_contact": "sinch_conversation_client.api.contact.contact_delete_contact",
                "get_channel_profile": "sinch_conversation_client.api.contact.contact_get_channel_profile",
                "get_contact": "sinch_conversation_client.api.contact.contact_get_contact",
                "list_contacts": "sinch_conversation_client.api.contact.contact_list_contacts",
                "list_identity_conflicts": "sinch_conversation_client.api.contact.contact_list_identity_conflicts",
                "merge_contact": "sinch_conversation_client.api.contact.contact_merge_contact",
                "update_contact": "sinch_conversation_client.api.contact.contact_update_contact",
            }
        ),
        "conversations": MappingProxyType(
            {
                "create_conversation": "sinch_conversation_client.api.conversation.conversation_create_conversation",
                "delete_conversation": "sinch_conversation_client.api.conversation.conversation_delete_conversation",
                "get_conversation": "sinch_conversation_client.api.conversation.conversation_get_conversation",
                "inject_event": "sinch_conversation_client.api.conversation.conversation_inject_event",
                "inject_message": "sinch_conversation_client.api.conversation.conversation_inject_message",
                "list_conversations": "sinch_conversation_client.api.conversation.conversation_list_conversations",
                "list_recent_conversations": "sinch_conversation_client.api.conversation.conversation_list_recent_conversations",
                "stop_active_conversation": "sinch_conversation_client.api.conversation.conversation_stop_active_conversation",
                "update_conversation": "sinch_conversation_client.api.conversation.conversation_update_conversation",
            }
        ),
        "events": MappingProxyType(
            {
                "delete_events": "sinch_conversation_client.api.events.events_delete_events",
                "get_event": "sinch_conversation_client.api.events.events_get_event",
                "list_events": "sinch_conversation_client.api.events.events_list_events",
                "send_event": "sinch_conversation_client.api.events.events_send_event",
            }
        ),
        "messages": MappingProxyType(
            {
                "delete_message": "sinch_conversation_client.api.messages.messages_delete_message",
                "get_message": "sinch_conversation_client.api.messages.messages_get_message",
                "list_last_messages_by_channel_identity": "sinch_conversation_client.api.messages.messages_list_last_messages_by_channel_identity",
                "list_messages": "sinch_conversation_client.api.messages.messages_list_messages",
                "send_message": "sinch_conversation_client.api.messages.messages_send_message",
                "update_message_metadata": "sinch_conversation_client.api.messages.messages_update_message_metadata",
            }
        ),
        "opt_in_opt_out": MappingProxyType(
            {
                "register_opt_in": "sinch_conversation_client.api.opt_in_opt_out.opt_in_register_opt_in",
                "register_opt_out": "sinch_conversation_client.api.opt_in_opt_out.opt_in_register_opt_out",
            }
        ),
        "project_settings": MappingProxyType(
            {
                "create": "sinch_conversation_client.api.project_settings.project_settings_create",
                "delete": "sinch_conversation_client.api.project_settings.project_settings_delete",
                "get": "sinch_conversation_client.api.project_settings.project_settings_get",
                "update": "sinch_conversation_client.api.project_settings.project_settings_update",
            }
        ),
        "templates_v1": MappingProxyType(
            {
                "create_template": "sinch_conversation_client.api.templates_v1.templates_v1_create_template",
                "delete_template": "sinch_conversation_client.api.templates_v1.templates_v1_delete_template",
                "get_template": "sinch_conversation_client.api.templates_v1.templates_v1_get_template",
                "list_templates": "sinch_conversation_client.api.templates_v1.templates_v1_list_templates",
                "update_template": "sinch_conversation_client.api.templates_v1.templates_v1_update_template",
            }
        ),
        "templates_v2": MappingProxyType(
            {
                "create_template": "sinch_conversation_client.api.templates_v2.templates_v2_create_template",
                "delete_template": "sinch_conversation_client.api.templates_v2.templates_v2_delete_template",
                "get_template": "sinch_conversation_client.api.templates_v2.templates_v2_get_template",
                "list_templates": "sinch_conversation_client.api.templates_v2.templates_v2_list_templates",
                "list_translations": "sinch_conversation_client.api.templates_v2.templates_v2_list_translations",
                "update_template": "sinch_conversation_client.api.templates_v2.templates_v2_update_template",
            }
        ),
        "transcoding": MappingProxyType(
            {
                "transcode_message": "sinch_conversation_client.api.transcoding.transcoding_transcode_message",
            }
        ),
        "webhooks": MappingProxyType(
            {
                "create_webhook": "sinch_conversation_client.api.webhooks.webhooks_create_webhook",
                "delete_webhook": "sinch_conversation_client.api.webhooks.webhooks_delete_webhook",
                "get_webhook": "sinch_conversation_client.api.webhooks.webhooks_get_webhook",
                "list_webhooks": "sinch_conversation_client.api.webhooks.webhooks_list_webhooks",
                "update_webhook": "sinch_conversation_client.api.webhooks.webhooks_update_webhook",
            }
        ),
        "batch": MappingProxyType(
            {
                "cancel_batch": "sinch_conversation_batch_client.api.batch.batch_cancel_batch",
                "create_contacts": "sinch_conversation_batch_client.api.batch.batch_create_contacts",
                "delete_contacts": "sinch_conversation_batch_client.api.batch.batch_delete_contacts",
                "get_batch_status": "sinch_conversation_batch_client.api.batch.batch_get_batch_status",
                "get_batch_statuses_by_metadata": "sinch_conversation_batch_client.api.batch.batch_get_batch_statuses_by_metadata",
                "insert_consents": "sinch_conversation_batch_client.api.batch.batch_insert_consents",
                "send_batch": "sinch_conversation_batch_client.api.batch.batch_send_batch",
            }
        ),
    }
)


class SyncGroups:
    """The operation groups of the sync client."""

    project_id: str
    _batch_api: BatchClient
    _api: Client

    @cached_property
    def apps(self) -> Apps:
        """The ``apps`` operations."""
        return Apps(self.project_id, self._api)

    @cached_property
    def capability(self) -> Capability:
        """The ``capability`` operations."""
        return Capability(self.project_id, self._api)

    @cached_property
    def consents(self) -> Consents:
        """The ``consents`` operations."""
        return Consents(self.project_id, self._api)

    @cached_property
    def contacts(self) -> Contacts:
        """The ``contacts`` operations."""
        return Contacts(self.project_id, self._api)

    @cached_property
    def conversations(self) -> Conversations:
        """The ``conversations`` operations."""
        return Conversations(self.project_id, self._api)

    @cached_property
    def events(self) -> Events:
        """The ``events`` operations."""
        return Events(self.project_id, self._api)

    @cached_property
    def messages(self) -> Messages:
        """The ``messages`` operations."""
        return Messages(self.project_id, self._api)

    @cached_property
    def opt_in_opt_out(self) -> OptInOptOut:
        """The ``opt_in_opt_out`` operations."""
        return OptInOptOut(self.project_id, self._api)

    @cached_property
    def project_settings(self) -> ProjectSettingsResource:
        """The ``project_settings`` operations."""
        return ProjectSettingsResource(self.project_id, self._api)

    @cached_property
    def templates_v1(self) -> TemplatesV1:
        """The ``templates_v1`` operations."""
        return TemplatesV1(self.project_id, self._api)

    @cached_property
    def templates_v2(self) -> TemplatesV2:
        """The ``templates_v2`` operations."""
        return TemplatesV2(self.project_id, self._api)

    @cached_property
    def transcoding(self) -> Transcoding:
        """The ``transcoding`` operations."""
        return Transcoding(self.project_id, self._api)

    @cached_property
    def webhooks(self) -> Webhooks:
        """The ``webhooks`` operations."""
        return Webhooks(self.project_id, self._api)

    @cached_property
    def batch(self) -> Batch:
        """The ``batch`` operations."""
        return Batch(self.project_id, self._batch_api)


class AsyncGroups:
    """The operation groups of the async client."""

    project_id: str
    _batch_api: BatchClient
    _api: Client

    @cached_property
    def apps(self) -> AsyncApps:
        """The ``apps`` operations."""
        return AsyncApps(self.project_id, self._api)

    @cached_property
    def capability(self) -> AsyncCapability:
        """The ``capability`` operations."""
        return AsyncCapability(self.project_id, self._api)

    @cached_property
    def consents(self) -> AsyncConsents:
        """The ``consents`` operations."""
        return AsyncConsents(self.project_id, self._api)

    @cached_property
    def contacts(self) -> AsyncContacts:
        """The ``contacts`` operations."""
        return AsyncContacts(self.project_id, self._api)

    @cached_property
    def conversations(self) -> AsyncConversations:
        """The ``conversations`` operations."""
        return AsyncConversations(self.project_id, self._api)

    @cached_property
    def events(self) -> AsyncEvents:
        """The ``events`` operations."""
        return AsyncEvents(self.project_id, self._api)

    @cached_property
    def messages(self) -> AsyncMessages:
        """The ``messages`` operations."""
        return AsyncMessages(self.project_id, self._api)

    @cached_property
    def opt_in_opt_out(self) -> AsyncOptInOptOut:
        """The ``opt_in_opt_out`` operations."""
        return AsyncOptInOptOut(self.project_id, self._api)

    @cached_property
    def project_settings(self) -> AsyncProjectSettingsResource:
        """The ``project_settings`` operations."""
        return AsyncProjectSettingsResource(self.project_id, self._api)

    @cached_property
    def templates_v1(self) -> AsyncTemplatesV1:
        """The ``templates_v1`` operations."""
        return AsyncTemplatesV1(self.project_id, self._api)

    @cached_property
    def templates_v2(self) -> AsyncTemplatesV2:
        """The ``templates_v2`` operations."""
        return AsyncTemplatesV2(self.project_id, self._api)

    @cached_property
    def transcoding(self) -> AsyncTranscoding:
        """The ``transcoding`` operations."""
        return AsyncTranscoding(self.project_id, self._api)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """The ``webhooks`` operations."""
        return AsyncWebhooks(self.project_id, self._api)

    @cached_property
    def batch(self) -> AsyncBatch:
        """The ``batch`` operations."""
        return AsyncBatch(self.project_id, self._batch_api)
