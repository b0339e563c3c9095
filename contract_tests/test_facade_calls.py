"""Every operation, called once through the facade, answers 2xx and parses into its model.

One realistic walk through the API (create, read, update, delete each resource) rather
than random data, so every call can succeed. It fails when a regeneration adds an
operation the walk does not call yet.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Iterator

import httpx
import pytest
from sinch_conversation_batch_client import models as batch_models

from contract_tests.cleanup import Ledger, TrackingTransport
from contract_tests.target import batch_base_url
from sinch_conversation import OPERATIONS, ConversationClient, models
from sinch_conversation.errors import NotFoundError


class RecordingClient:
    """Calls through the facade, remembering which operations answered."""

    def __init__(self, client: ConversationClient, ledger: Ledger | None = None) -> None:
        self.client = client
        self.ledger = ledger  # what the run owes the server (an external target)
        self.called: set[str] = set()

    def owed(self) -> int:
        return 0 if self.ledger is None else len(self.ledger.owed)

    @contextlib.contextmanager
    def untracked(self) -> Iterator[None]:
        """Calls that put back what the project had: the run owes no delete for them."""
        if self.ledger is None:
            yield
            return
        with self.ledger.paused():
            yield

    def __call__(self, group: str, name: str, **kwargs):
        result = getattr(getattr(self.client, group), name)(**kwargs)
        self.called.add(f"{group}.{name}")
        return result


SMS = {"channel": "SMS", "identity": "+46700000001"}
SMS_2 = {"channel": "SMS", "identity": "+46700000002"}


def walk(call: RecordingClient) -> None:
    m = models
    app = call(
        "apps",
        "create_app",
        body=m.AppCreateRequest.from_dict(
            {
                "display_name": "contract walk",
                "processing_mode": "CONVERSATION",
                "channel_credentials": [
                    {
                        "channel": "SMS",
                        "static_bearer": {"claimed_identity": "plan", "token": "token"},
                    }
                ],
            }
        ),
    )
    assert isinstance(app, m.App) and app.id
    assert isinstance(call("apps", "get_app", app_id=app.id), m.App)
    assert isinstance(call("apps", "list_apps"), m.ListAppsResponse)
    updated = call(
        "apps",
        "update_app",
        app_id=app.id,
        body=m.AppUpdateRequest.from_dict({"display_name": "renamed"}),
    )
    assert updated.display_name == "renamed"

    contact = call(
        "contacts",
        "create_contact",
        body=m.ContactCreateRequest.from_dict({"channel_identities": [SMS], "display_name": "Ada"}),
    )
    assert isinstance(contact, m.Contact) and contact.id
    assert call("contacts", "get_contact", contact_id=contact.id).id == contact.id
    assert isinstance(call("contacts", "list_contacts"), m.ListContactsResponse)
    call(
        "contacts",
        "update_contact",
        contact_id=contact.id,
        body=m.ContactUpdateRequest.from_dict({"email": "ada@example.com"}),
    )
    other = call(
        "contacts",
        "create_contact",
        body=m.ContactCreateRequest.from_dict({"channel_identities": [SMS_2]}),
    )
    merged = call(
        "contacts",
        "merge_contact",
        destination_id=contact.id,
        body=m.MergeContactRequest.from_dict({"source_id": other.id}),
    )
    assert isinstance(merged, m.Contact)

    webhook = call(
        "webhooks",
        "create_webhook",
        body=m.WebhookCreateRequest.from_dict(
            {
                "app_id": app.id,
                "target": "http://127.0.0.1:9/callbacks",
                "triggers": ["MESSAGE_DELIVERY"],
            }
        ),
    )
    assert isinstance(webhook, m.Webhook) and webhook.id
    assert call("webhooks", "get_webhook", webhook_id=webhook.id).id == webhook.id
    assert isinstance(call("webhooks", "list_webhooks", app_id=app.id), m.ListWebhooksResponse)
    call(
        "webhooks",
        "update_webhook",
        webhook_id=webhook.id,
        body=m.WebhookUpdateRequest.from_dict({"triggers": ["MESSAGE_INBOUND"]}),
    )

    sent = call(
        "messages",
        "send_message",
        body=m.SendMessageRequest.from_dict(
            {
                "app_id": app.id,
                "recipient": {"contact_id": contact.id},
                "message": {"text_message": {"text": "hello"}},
            }
        ),
    )
    assert isinstance(sent, m.SendMessageResponse) and sent.message_id
    message = call("messages", "get_message", message_id=sent.message_id)
    assert isinstance(message, m.ConversationMessage)
    call(
        "messages",
        "update_message_metadata",
        message_id=sent.message_id,
        body=m.UpdateMessageMetadataRequest.from_dict({"metadata": "tag"}),
    )
    listed = call("messages", "list_messages", contact_id=contact.id)
    assert sent.message_id in [item.id for item in listed.messages]

    conversations = call("conversations", "list_conversations", app_id=app.id, only_active=True)
    assert isinstance(conversations, m.ListConversationsResponse)
    created = call(
        "conversations",
        "create_conversation",
        body=m.ConversationCreateRequest.from_dict({"app_id": app.id, "contact_id": contact.id}),
    )
    assert isinstance(created, m.Conversation) and created.id
    call("conversations", "get_conversation", conversation_id=created.id)
    call(
        "conversations",
        "update_conversation",
        conversation_id=created.id,
        body=m.ConversationUpdateRequest.from_dict({"metadata": "vip"}),
    )
    call(
        "conversations",
        "inject_message",
        conversation_id=created.id,
        body=m.InjectMessageRequest.from_dict(
            {
                "accept_time": datetime.datetime.now(datetime.UTC).isoformat(),
                "channel_identity": {**SMS, "app_id": app.id},
                "contact_id": contact.id,
                "direction": "TO_APP",
                "contact_message": {"text_message": {"text": "hi"}},
            }
        ),
    )
    call("conversations", "stop_active_conversation", conversation_id=created.id)

    recipient = {"contact_id": contact.id}
    event = call(
        "events",
        "send_event",
        body=m.SendEventRequest.from_dict(
            {"app_id": app.id, "recipient": recipient, "event": {"composing_event": {}}}
        ),
    )
    assert event.event_id
    capability = call(
        "capability",
        "query_capability",
        body=m.QueryCapability.from_dict({"app_id": app.id, "recipient": recipient}),
    )
    assert isinstance(capability, m.QueryCapabilityResponse)
    transcoded = call(
        "transcoding",
        "transcode_message",
        body=m.TranscodeMessageRequest.from_dict(
            {
                "app_id": app.id,
                "app_message": {"text_message": {"text": "hi"}},
                "channels": ["SMS", "WHATSAPP"],
            }
        ),
    )
    assert isinstance(transcoded, m.TranscodeMessageResponse)
    call(
        "opt_in_opt_out",
        "register_opt_in",
        body=m.OptIn.from_dict({"app_id": app.id, "channels": ["SMS"], "recipient": recipient}),
    )
    call(
        "opt_in_opt_out",
        "register_opt_out",
        body=m.OptOut.from_dict({"app_id": app.id, "channels": ["SMS"], "recipient": recipient}),
    )

    walk_events(call, app, contact, created)
    walk_project_and_consents(call, app, contact)
    walk_templates(call)
    walk_batch(call, app, contact)

    call("messages", "delete_message", message_id=sent.message_id)
    call("conversations", "delete_conversation", conversation_id=created.id)
    call("webhooks", "delete_webhook", webhook_id=webhook.id)
    call("contacts", "delete_contact", contact_id=contact.id)
    call("apps", "delete_app", app_id=app.id)


def walk_events(call: RecordingClient, app, contact, conversation) -> None:
    """Inject an event into the conversation, find it, read it and delete it; the contact's
    profile, identity conflicts, recent conversations and latest messages."""
    m = models
    injected = call(
        "conversations",
        "inject_event",
        conversation_id=conversation.id,
        body=m.InjectEventRequest.from_dict(
            {
                "app_event": {"composing_event": {}},
                "accept_time": datetime.datetime.now(datetime.UTC).isoformat(),
                "channel_identity": {**SMS, "app_id": app.id},
                "contact_id": contact.id,
                "processing_mode": "CONVERSATION",
            }
        ),
    )
    assert isinstance(injected, m.InjectEventResponse) and injected.event_id
    events = call("events", "list_events", conversation_id=conversation.id)
    assert injected.event_id in [event.id for event in events.events]
    event = call("events", "get_event", event_id=injected.event_id)
    assert isinstance(event, m.ConversationEvent) and event.id == injected.event_id
    call("events", "delete_events", event_id=injected.event_id)

    recent = call("conversations", "list_recent_conversations", app_id=app.id)
    assert conversation.id in [item.conversation.id for item in recent.conversations]
    latest = call(
        "messages",
        "list_last_messages_by_channel_identity",
        body=m.ListLastMessagesByChannelIdentityRequest.from_dict(
            {"app_id": app.id, "contact_ids": [contact.id]}
        ),
    )
    assert isinstance(latest, m.ListMessagesResponse)
    profile = call(
        "contacts",
        "get_channel_profile",
        body=m.GetChannelProfileRequest.from_dict(
            {"app_id": app.id, "recipient": {"contact_id": contact.id}, "channel": "MESSENGER"}
        ),
    )
    assert isinstance(profile, m.GetChannelProfileResponse)
    conflicts = call("contacts", "list_identity_conflicts")
    assert isinstance(conflicts, m.ListIdentityConflictsResponse)


def walk_project_and_consents(call: RecordingClient, app, contact) -> None:
    """Project settings (create, read, update, delete) and the app's consent lists.

    A project has one settings object: settings the walk finds (the project's own, or the
    run's pool's) are deleted first and put back as they were at the end."""
    m = models
    found: models.ProjectSettings | None = None
    try:
        kept = call.client.project_settings.get().settings
        found = kept if isinstance(kept, m.ProjectSettings) else m.ProjectSettings()
    except NotFoundError:
        pass
    ours = False
    if found is not None:
        owed = call.owed()
        call.client.project_settings.delete()
        ours = call.owed() < owed  # the run's pool made them: the run still owes their delete
    settings = m.ProjectSettings.from_dict(
        {"contact_settings": {"unified_contact_id_enabled": False}}
    )
    try:
        walk_project_settings(call, settings)
    finally:
        if found is not None:
            with contextlib.nullcontext() if ours else call.untracked():
                call.client.project_settings.create(body=found)
    walk_consents(call, app)


def walk_project_settings(call: RecordingClient, settings: models.ProjectSettings) -> None:
    m = models
    created = call("project_settings", "create", body=settings)
    assert isinstance(created, m.ProjectSettingsResponse)
    assert isinstance(call("project_settings", "get"), m.ProjectSettingsResponse)
    enabled = m.ProjectSettings.from_dict(
        {"contact_settings": {"unified_contact_id_enabled": True}}
    )
    updated = call("project_settings", "update", body=enabled)
    assert updated.settings.contact_settings.unified_contact_id_enabled is True
    call("project_settings", "delete")


def walk_consents(call: RecordingClient, app) -> None:
    m = models
    identities = call(
        "consents", "list_identities", app_id=app.id, list_type=m.ConsentsListType.OPT_OUT_ALL
    )
    assert isinstance(identities, m.ListConsentIdentitiesResponse)
    records = call("consents", "list_audit_records", app_id=app.id, identity=SMS["identity"])
    assert isinstance(records, m.AuditRecordsResponse)


def walk_templates(call: RecordingClient) -> None:
    """A v2 template and a v1 template, each created, read, listed, changed and deleted."""
    m = models
    translation = {
        "language_code": "en-US",
        "version": "1",
        "text_message": {"text": "Hello ${name}"},
        "variables": [{"key": "name", "preview_value": "Ada"}],
    }
    v2 = call(
        "templates_v2",
        "create_template",
        body=m.V2Template.from_dict(
            {"description": "walk", "default_translation": "en-US", "translations": [translation]}
        ),
    )
    assert isinstance(v2, m.V2Template) and v2.id
    assert call("templates_v2", "get_template", template_id=v2.id).id == v2.id
    assert v2.id in [t.id for t in call("templates_v2", "list_templates").templates]
    translations = call(
        "templates_v2", "list_translations", template_id=v2.id, language_code="en-US"
    )
    assert [t.language_code for t in translations.translations] == ["en-US"]
    replaced = call(
        "templates_v2",
        "update_template",
        template_id=v2.id,
        body=m.V2Template.from_dict(
            {
                "version": v2.version,
                "description": "renamed",
                "default_translation": "en-US",
                "translations": [translation],
            }
        ),
    )
    assert replaced.description == "renamed"
    call("templates_v2", "delete_template", template_id=v2.id)

    v1 = call(
        "templates_v1",
        "create_template",
        body=m.V1Template.from_dict(
            {
                "description": "walk",
                "channel": "CONVERSATION",
                "default_translation": "en-US",
                "translations": [
                    {
                        "language_code": "en-US",
                        "version": "1",
                        "content": '{"text_message": {"text": "Hello"}}',
                    }
                ],
            }
        ),
    )
    assert isinstance(v1, m.V1Template) and v1.id
    assert call("templates_v1", "get_template", template_id=v1.id).id == v1.id
    assert v1.id in [t.id for t in call("templates_v1", "list_templates").templates]
    renamed = call(
        "templates_v1",
        "update_template",
        template_id=v1.id,
        body=m.V1Template.from_dict({"description": "renamed"}),
        update_mask=["description"],
    )
    assert renamed.description == "renamed"
    call("templates_v1", "delete_template", template_id=v1.id)


def walk_batch(call: RecordingClient, app, contact) -> None:
    """The Batch API: a batch sent at once, one scheduled then cancelled, their statuses;
    contacts created then deleted in bulk; consent records. The batch goes to the walk's
    contact, so its message lands in the walk's conversation and goes with it."""
    b = batch_models
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=3)
    tag = {"walk": later.isoformat()}

    def batch(**fields):
        return b.SendBatchRequest.from_dict(
            {
                "app_id": app.id,
                "message": {"text_message": {"text": "Hi ${name}"}},
                "recipient_and_params": [
                    {
                        "recipient": {"contact_id": contact.id},
                        "parameters": {"name": "Ada"},
                    }
                ],
                "batch_metadata": tag,
                **fields,
            }
        )

    sent = call("batch", "send_batch", body=batch())
    assert isinstance(sent, b.SendBatchResponse) and sent.batch_id
    scheduled = call("batch", "send_batch", body=batch(send_after=later.isoformat()))
    status = call("batch", "get_batch_status", batch_id=scheduled.batch_id)
    assert status.status == b.BatchStatusValue.SCHEDULED
    call("batch", "cancel_batch", body=b.CancelBatchRequest(batch_id=scheduled.batch_id))
    statuses = call(
        "batch",
        "get_batch_statuses_by_metadata",
        metadata_key="walk",
        metadata_value=tag["walk"],
    )
    assert {s.batch_id for s in statuses} == {sent.batch_id, scheduled.batch_id}
    identity = {"channel": "SMS", "identity": "+46700000077"}
    call(
        "batch",
        "create_contacts",
        body=b.CreateContactsRequest.from_dict(
            {"contacts": [{"channel_identities": [identity], "language": "EN_US"}]}
        ),
    )
    created = call(
        "contacts",
        "list_contacts",
        channel=models.ConversationChannel.SMS,
        identity=identity["identity"],
    )
    ids = [c.id for c in created.contacts]
    call("batch", "delete_contacts", body=b.DeleteContactsRequest(contact_ids=ids))
    answer = call(
        "batch",
        "insert_consents",
        body=b.InsertConsentsRequest.from_dict(
            {"app_id": app.id, "consent_records": [{"identification": "+46700000078"}]}
        ),
    )
    assert answer.batch_id


def test_every_operation_answers_through_the_facade(target, ledger):
    if not target.allow_writes:
        pytest.skip("the walk creates and deletes resources: set CONTRACT_ALLOW_WRITES=1")
    with ConversationClient(
        project_id=target.project_id,
        key_id=target.key_id,
        key_secret=target.key_secret,
        region=target.region,
        base_url=target.base_url,
        batch_base_url=batch_base_url(target),
        auth_url=target.auth_url,
        # against an external server, what the walk creates is recorded for the final cleanup
        transport=None if ledger is None else TrackingTransport(httpx.HTTPTransport(), ledger),
    ) as client:
        call = RecordingClient(client, ledger)
        walk(call)
    every = {f"{group}.{name}" for group, ops in OPERATIONS.items() for name in ops}
    assert not every - call.called, (
        f"operations the walk does not call: {sorted(every - call.called)}"
    )
