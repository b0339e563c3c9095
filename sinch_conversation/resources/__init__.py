"""The clients' operation groups, one module per API tag.

Written by ``make generate`` from ``sinch_conversation_client.api`` and ``sinch_conversation_batch_client.api``: do not edit. Each group is a
declared, typed property of :class:`SyncGroups` (``ConversationClient``) and
:class:`AsyncGroups` (``AsyncConversationClient``); its module is imported on first use.
``ROUTES`` is every operation's method, path and answer model; ``LIST_ITEMS`` the items field
and item model of every list operation's answer, which ``paginate`` yields, typed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, ParamSpec, overload

from .. import pagination

if TYPE_CHECKING:
    from sinch_conversation_client.models import (
        ConsentIdentity,
        Contact,
        Conversation,
        ConversationEvent,
        ConversationMessage,
        ConversationRecentMessage,
        IdentityConflict,
        ListConsentIdentitiesResponse,
        ListContactsResponse,
        ListConversationsResponse,
        ListEventsResponse,
        ListIdentityConflictsResponse,
        ListMessagesResponse,
        ListRecentConversationsResponse,
    )

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
    "LIST_ITEMS",
    "OPERATIONS",
    "ROUTES",
    "AsyncGroups",
    "Route",
    "SyncGroups",
]

P = ParamSpec("P")

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


class Route(NamedTuple):
    """One operation: where it is sent and what it answers (``None``: no answer body; a model
    of the generated ``package``, whose API's host the group sends to)."""

    group: str
    operation: str
    method: str
    path: str
    answer: str | None
    many: bool  # the answer is a JSON array of ``answer``
    package: str


ROUTES: tuple[Route, ...] = (
    Route(
        "apps",
        "create_app",
        "POST",
        "/v1/projects/{project_id}/apps",
        "App",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "apps",
        "delete_app",
        "DELETE",
        "/v1/projects/{project_id}/apps/{app_id}",
        None,
        False,
        "sinch_conversation_client",
    ),
    Route(
        "apps",
        "get_app",
        "GET",
        "/v1/projects/{project_id}/apps/{app_id}",
        "App",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "apps",
        "list_apps",
        "GET",
        "/v1/projects/{project_id}/apps",
        "ListAppsResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "apps",
        "update_app",
        "PATCH",
        "/v1/projects/{project_id}/apps/{app_id}",
        "App",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "capability",
        "query_capability",
        "POST",
        "/v1/projects/{project_id}/capability:query",
        "QueryCapabilityResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "consents",
        "list_audit_records",
        "GET",
        "/v1/projects/{project_id}/apps/{app_id}/consents/identities/{identity}",
        "AuditRecordsResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "consents",
        "list_identities",
        "GET",
        "/v1/projects/{project_id}/apps/{app_id}/consents/{list_type}",
        "ListConsentIdentitiesResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "contacts",
        "create_contact",
        "POST",
        "/v1/projects/{project_id}/contacts",
        "Contact",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "contacts",
        "delete_contact",
        "DELETE",
        "/v1/projects/{project_id}/contacts/{contact_id}",
        None,
        False,
        "sinch_conversation_client",
    ),
    Route(
        "contacts",
        "get_channel_profile",
        "POST",
        "/v1/projects/{project_id}/contacts:getChannelProfile",
        "GetChannelProfileResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "contacts",
        "get_contact",
        "GET",
        "/v1/projects/{project_id}/contacts/{contact_id}",
        "Contact",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "contacts",
        "list_contacts",
        "GET",
        "/v1/projects/{project_id}/contacts",
        "ListContactsResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "contacts",
        "list_identity_conflicts",
        "GET",
        "/v1/projects/{project_id}/contacts:identityConflicts",
        "ListIdentityConflictsResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "contacts",
        "merge_contact",
        "POST",
        "/v1/projects/{project_id}/contacts/{destination_id}:merge",
        "Contact",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "contacts",
        "update_contact",
        "PATCH",
        "/v1/projects/{project_id}/contacts/{contact_id}",
        "Contact",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "conversations",
        "create_conversation",
        "POST",
        "/v1/projects/{project_id}/conversations",
        "Conversation",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "conversations",
        "delete_conversation",
        "DELETE",
        "/v1/projects/{project_id}/conversations/{conversation_id}",
        None,
        False,
        "sinch_conversation_client",
    ),
    Route(
        "conversations",
        "get_conversation",
        "GET",
        "/v1/projects/{project_id}/conversations/{conversation_id}",
        "Conversation",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "conversations",
        "inject_event",
        "POST",
        "/v1/projects/{project_id}/conversations/{conversation_id}:inject-event",
        "InjectEventResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "conversations",
        "inject_message",
        "POST",
        "/v1/projects/{project_id}/conversations/{conversation_id}:inject-message",
        None,
        False,
        "sinch_conversation_client",
    ),
    Route(
        "conversations",
        "list_conversations",
        "GET",
        "/v1/projects/{project_id}/conversations",
        "ListConversationsResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "conversations",
        "list_recent_conversations",
        "GET",
        "/v1/projects/{project_id}/conversations:recent",
        "ListRecentConversationsResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "conversations",
        "stop_active_conversation",
        "POST",
        "/v1/projects/{project_id}/conversations/{conversation_id}:stop",
        None,
        False,
        "sinch_conversation_client",
    ),
    Route(
        "conversations",
        "update_conversation",
        "PATCH",
        "/v1/projects/{project_id}/conversations/{conversation_id}",
        "Conversation",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "events",
        "delete_events",
        "DELETE",
        "/v1/projects/{project_id}/events/{event_id}",
        None,
        False,
        "sinch_conversation_client",
    ),
    Route(
        "events",
        "get_event",
        "GET",
        "/v1/projects/{project_id}/events/{event_id}",
        "ConversationEvent",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "events",
        "list_events",
        "GET",
        "/v1/projects/{project_id}/events",
        "ListEventsResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "events",
        "send_event",
        "POST",
        "/v1/projects/{project_id}/events:send",
        "SendEventResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "messages",
        "delete_message",
        "DELETE",
        "/v1/projects/{project_id}/messages/{message_id}",
        None,
        False,
        "sinch_conversation_client",
    ),
    Route(
        "messages",
        "get_message",
        "GET",
        "/v1/projects/{project_id}/messages/{message_id}",
        "ConversationMessage",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "messages",
        "list_last_messages_by_channel_identity",
        "POST",
        "/v1/projects/{project_id}/messages:fetch-last-message",
        "ListMessagesResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "messages",
        "list_messages",
        "GET",
        "/v1/projects/{project_id}/messages",
        "ListMessagesResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "messages",
        "send_message",
        "POST",
        "/v1/projects/{project_id}/messages:send",
        "SendMessageResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "messages",
        "update_message_metadata",
        "PATCH",
        "/v1/projects/{project_id}/messages/{message_id}",
        "ConversationMessage",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "opt_in_opt_out",
        "register_opt_in",
        "POST",
        "/v1/projects/{project_id}/optins:register",
        "OptInResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "opt_in_opt_out",
        "register_opt_out",
        "POST",
        "/v1/projects/{project_id}/optouts:register",
        "OptOutResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "project_settings",
        "create",
        "POST",
        "/v1/projects/{project_id}/settings",
        "ProjectSettingsResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "project_settings",
        "delete",
        "DELETE",
        "/v1/projects/{project_id}/settings",
        None,
        False,
        "sinch_conversation_client",
    ),
    Route(
        "project_settings",
        "get",
        "GET",
        "/v1/projects/{project_id}/settings",
        "ProjectSettingsResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "project_settings",
        "update",
        "PATCH",
        "/v1/projects/{project_id}/settings",
        "ProjectSettingsResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "templates_v1",
        "create_template",
        "POST",
        "/v1/projects/{project_id}/templates",
        "V1Template",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "templates_v1",
        "delete_template",
        "DELETE",
        "/v1/projects/{project_id}/templates/{template_id}",
        None,
        False,
        "sinch_conversation_client",
    ),
    Route(
        "templates_v1",
        "get_template",
        "GET",
        "/v1/projects/{project_id}/templates/{template_id}",
        "V1Template",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "templates_v1",
        "list_templates",
        "GET",
        "/v1/projects/{project_id}/templates",
        "V1ListTemplatesResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "templates_v1",
        "update_template",
        "PATCH",
        "/v1/projects/{project_id}/templates/{template_id}",
        "V1Template",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "templates_v2",
        "create_template",
        "POST",
        "/v2/projects/{project_id}/templates",
        "V2Template",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "templates_v2",
        "delete_template",
        "DELETE",
        "/v2/projects/{project_id}/templates/{template_id}",
        None,
        False,
        "sinch_conversation_client",
    ),
    Route(
        "templates_v2",
        "get_template",
        "GET",
        "/v2/projects/{project_id}/templates/{template_id}",
        "V2Template",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "templates_v2",
        "list_templates",
        "GET",
        "/v2/projects/{project_id}/templates",
        "V2ListTemplatesResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "templates_v2",
        "list_translations",
        "GET",
        "/v2/projects/{project_id}/templates/{template_id}/translations",
        "V2ListTranslationsResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "templates_v2",
        "update_template",
        "PUT",
        "/v2/projects/{project_id}/templates/{template_id}",
        "V2Template",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "transcoding",
        "transcode_message",
        "POST",
        "/v1/projects/{project_id}/messages:transcode",
        "TranscodeMessageResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "webhooks",
        "create_webhook",
        "POST",
        "/v1/projects/{project_id}/webhooks",
        "Webhook",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "webhooks",
        "delete_webhook",
        "DELETE",
        "/v1/projects/{project_id}/webhooks/{webhook_id}",
        None,
        False,
        "sinch_conversation_client",
    ),
    Route(
        "webhooks",
        "get_webhook",
        "GET",
        "/v1/projects/{project_id}/webhooks/{webhook_id}",
        "Webhook",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "webhooks",
        "list_webhooks",
        "GET",
        "/v1/projects/{project_id}/apps/{app_id}/webhooks",
        "ListWebhooksResponse",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "webhooks",
        "update_webhook",
        "PATCH",
        "/v1/projects/{project_id}/webhooks/{webhook_id}",
        "Webhook",
        False,
        "sinch_conversation_client",
    ),
    Route(
        "batch",
        "cancel_batch",
        "DELETE",
        "/v1/projects/{project_id}/messages",
        "CancelBatchResponse",
        False,
        "sinch_conversation_batch_client",
    ),
    Route(
        "batch",
        "create_contacts",
        "POST",
        "/v1/projects/{project_id}/contacts",
        "EmptyResponse",
        False,
        "sinch_conversation_batch_client",
    ),
    Route(
        "batch",
        "delete_contacts",
        "DELETE",
        "/v1/projects/{project_id}/contacts",
        "EmptyResponse",
        False,
        "sinch_conversation_batch_client",
    ),
    Route(
        "batch",
        "get_batch_status",
        "GET",
        "/v1/projects/{project_id}/messages/{batch_id}",
        "BatchStatus",
        False,
        "sinch_conversation_batch_client",
    ),
    Route(
        "batch",
        "get_batch_statuses_by_metadata",
        "GET",
        "/v1/projects/{project_id}/messages",
        "BatchStatus",
        True,
        "sinch_conversation_batch_client",
    ),
    Route(
        "batch",
        "insert_consents",
        "POST",
        "/v1/projects/{project_id}/consents",
        "InsertConsentsResponse",
        False,
        "sinch_conversation_batch_client",
    ),
    Route(
        "batch",
        "send_batch",
        "POST",
        "/v1/projects/{project_id}/messages",
        "SendBatchResponse",
        False,
        "sinch_conversation_batch_client",
    ),
)

# a list operation's answer model -> (its items field, the item model)
LIST_ITEMS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "ListConsentIdentitiesResponse": ("identities", "ConsentIdentity"),
        "ListContactsResponse": ("contacts", "Contact"),
        "ListConversationsResponse": ("conversations", "Conversation"),
        "ListEventsResponse": ("events", "ConversationEvent"),
        "ListIdentityConflictsResponse": ("conflicts", "IdentityConflict"),
        "ListMessagesResponse": ("messages", "ConversationMessage"),
        "ListRecentConversationsResponse": ("conversations", "ConversationRecentMessage"),
    }
)


class SyncGroups:
    """The operation groups of the sync client."""

    project_id: str
    _batch_dispatcher: Any
    _dispatcher: Any

    @cached_property
    def apps(self) -> Apps:
        """The ``apps`` operations."""
        from .apps import Apps  # loaded on first use

        return Apps(self.project_id, self._dispatcher)

    @cached_property
    def capability(self) -> Capability:
        """The ``capability`` operations."""
        from .capability import Capability  # loaded on first use

        return Capability(self.project_id, self._dispatcher)

    @cached_property
    def consents(self) -> Consents:
        """The ``consents`` operations."""
        from .consents import Consents  # loaded on first use

        return Consents(self.project_id, self._dispatcher)

    @cached_property
    def contacts(self) -> Contacts:
        """The ``contacts`` operations."""
        from .contacts import Contacts  # loaded on first use

        return Contacts(self.project_id, self._dispatcher)

    @cached_property
    def conversations(self) -> Conversations:
        """The ``conversations`` operations."""
        from .conversations import Conversations  # loaded on first use

        return Conversations(self.project_id, self._dispatcher)

    @cached_property
    def events(self) -> Events:
        """The ``events`` operations."""
        from .events import Events  # loaded on first use

        return Events(self.project_id, self._dispatcher)

    @cached_property
    def messages(self) -> Messages:
        """The ``messages`` operations."""
        from .messages import Messages  # loaded on first use

        return Messages(self.project_id, self._dispatcher)

    @cached_property
    def opt_in_opt_out(self) -> OptInOptOut:
        """The ``opt_in_opt_out`` operations."""
        from .opt_in_opt_out import OptInOptOut  # loaded on first use

        return OptInOptOut(self.project_id, self._dispatcher)

    @cached_property
    def project_settings(self) -> ProjectSettingsResource:
        """The ``project_settings`` operations."""
        from .project_settings import ProjectSettingsResource  # loaded on first use

        return ProjectSettingsResource(self.project_id, self._dispatcher)

    @cached_property
    def templates_v1(self) -> TemplatesV1:
        """The ``templates_v1`` operations."""
        from .templates_v1 import TemplatesV1  # loaded on first use

        return TemplatesV1(self.project_id, self._dispatcher)

    @cached_property
    def templates_v2(self) -> TemplatesV2:
        """The ``templates_v2`` operations."""
        from .templates_v2 import TemplatesV2  # loaded on first use

        return TemplatesV2(self.project_id, self._dispatcher)

    @cached_property
    def transcoding(self) -> Transcoding:
        """The ``transcoding`` operations."""
        from .transcoding import Transcoding  # loaded on first use

        return Transcoding(self.project_id, self._dispatcher)

    @cached_property
    def webhooks(self) -> Webhooks:
        """The ``webhooks`` operations."""
        from .webhooks import Webhooks  # loaded on first use

        return Webhooks(self.project_id, self._dispatcher)

    @cached_property
    def batch(self) -> Batch:
        """The ``batch`` operations."""
        from .batch import Batch  # loaded on first use

        return Batch(self.project_id, self._batch_dispatcher)

    @overload
    def paginate(
        self,
        operation: Callable[P, ListConsentIdentitiesResponse],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> Iterator[ConsentIdentity]: ...

    @overload
    def paginate(
        self, operation: Callable[P, ListContactsResponse], /, *args: P.args, **kwargs: P.kwargs
    ) -> Iterator[Contact]: ...

    @overload
    def paginate(
        self,
        operation: Callable[P, ListConversationsResponse],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> Iterator[Conversation]: ...

    @overload
    def paginate(
        self, operation: Callable[P, ListEventsResponse], /, *args: P.args, **kwargs: P.kwargs
    ) -> Iterator[ConversationEvent]: ...

    @overload
    def paginate(
        self,
        operation: Callable[P, ListIdentityConflictsResponse],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> Iterator[IdentityConflict]: ...

    @overload
    def paginate(
        self, operation: Callable[P, ListMessagesResponse], /, *args: P.args, **kwargs: P.kwargs
    ) -> Iterator[ConversationMessage]: ...

    @overload
    def paginate(
        self,
        operation: Callable[P, ListRecentConversationsResponse],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> Iterator[ConversationRecentMessage]: ...

    def paginate(
        self, operation: Callable[P, Any], /, *args: P.args, **kwargs: P.kwargs
    ) -> Iterator[Any]:
        """Iterate over every item of a list operation, fetching pages as needed (typed: the
        items of ``client.contacts.list_contacts`` are ``Contact``)."""
        return pagination.paginate(operation, LIST_ITEMS, args, dict(kwargs))


class AsyncGroups:
    """The operation groups of the async client."""

    project_id: str
    _batch_dispatcher: Any
    _dispatcher: Any

    @cached_property
    def apps(self) -> AsyncApps:
        """The ``apps`` operations."""
        from .apps import AsyncApps  # loaded on first use

        return AsyncApps(self.project_id, self._dispatcher)

    @cached_property
    def capability(self) -> AsyncCapability:
        """The ``capability`` operations."""
        from .capability import AsyncCapability  # loaded on first use

        return AsyncCapability(self.project_id, self._dispatcher)

    @cached_property
    def consents(self) -> AsyncConsents:
        """The ``consents`` operations."""
        from .consents import AsyncConsents  # loaded on first use

        return AsyncConsents(self.project_id, self._dispatcher)

    @cached_property
    def contacts(self) -> AsyncContacts:
        """The ``contacts`` operations."""
        from .contacts import AsyncContacts  # loaded on first use

        return AsyncContacts(self.project_id, self._dispatcher)

    @cached_property
    def conversations(self) -> AsyncConversations:
        """The ``conversations`` operations."""
        from .conversations import AsyncConversations  # loaded on first use

        return AsyncConversations(self.project_id, self._dispatcher)

    @cached_property
    def events(self) -> AsyncEvents:
        """The ``events`` operations."""
        from .events import AsyncEvents  # loaded on first use

        return AsyncEvents(self.project_id, self._dispatcher)

    @cached_property
    def messages(self) -> AsyncMessages:
        """The ``messages`` operations."""
        from .messages import AsyncMessages  # loaded on first use

        return AsyncMessages(self.project_id, self._dispatcher)

    @cached_property
    def opt_in_opt_out(self) -> AsyncOptInOptOut:
        """The ``opt_in_opt_out`` operations."""
        from .opt_in_opt_out import AsyncOptInOptOut  # loaded on first use

        return AsyncOptInOptOut(self.project_id, self._dispatcher)

    @cached_property
    def project_settings(self) -> AsyncProjectSettingsResource:
        """The ``project_settings`` operations."""
        from .project_settings import AsyncProjectSettingsResource  # loaded on first use

        return AsyncProjectSettingsResource(self.project_id, self._dispatcher)

    @cached_property
    def templates_v1(self) -> AsyncTemplatesV1:
        """The ``templates_v1`` operations."""
        from .templates_v1 import AsyncTemplatesV1  # loaded on first use

        return AsyncTemplatesV1(self.project_id, self._dispatcher)

    @cached_property
    def templates_v2(self) -> AsyncTemplatesV2:
        """The ``templates_v2`` operations."""
        from .templates_v2 import AsyncTemplatesV2  # loaded on first use

        return AsyncTemplatesV2(self.project_id, self._dispatcher)

    @cached_property
    def transcoding(self) -> AsyncTranscoding:
        """The ``transcoding`` operations."""
        from .transcoding import AsyncTranscoding  # loaded on first use

        return AsyncTranscoding(self.project_id, self._dispatcher)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """The ``webhooks`` operations."""
        from .webhooks import AsyncWebhooks  # loaded on first use

        return AsyncWebhooks(self.project_id, self._dispatcher)

    @cached_property
    def batch(self) -> AsyncBatch:
        """The ``batch`` operations."""
        from .batch import AsyncBatch  # loaded on first use

        return AsyncBatch(self.project_id, self._batch_dispatcher)

    @overload
    def paginate(
        self,
        operation: Callable[P, Awaitable[ListConsentIdentitiesResponse]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> AsyncIterator[ConsentIdentity]: ...

    @overload
    def paginate(
        self,
        operation: Callable[P, Awaitable[ListContactsResponse]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> AsyncIterator[Contact]: ...

    @overload
    def paginate(
        self,
        operation: Callable[P, Awaitable[ListConversationsResponse]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> AsyncIterator[Conversation]: ...

    @overload
    def paginate(
        self,
        operation: Callable[P, Awaitable[ListEventsResponse]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> AsyncIterator[ConversationEvent]: ...

    @overload
    def paginate(
        self,
        operation: Callable[P, Awaitable[ListIdentityConflictsResponse]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> AsyncIterator[IdentityConflict]: ...

    @overload
    def paginate(
        self,
        operation: Callable[P, Awaitable[ListMessagesResponse]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> AsyncIterator[ConversationMessage]: ...

    @overload
    def paginate(
        self,
        operation: Callable[P, Awaitable[ListRecentConversationsResponse]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> AsyncIterator[ConversationRecentMessage]: ...

    def paginate(
        self, operation: Callable[P, Awaitable[Any]], /, *args: P.args, **kwargs: P.kwargs
    ) -> AsyncIterator[Any]:
        """Iterate (``async for``) over every item of a list operation."""
        return pagination.apaginate(operation, LIST_ITEMS, args, dict(kwargs))
