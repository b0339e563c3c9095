"""The Conversation Batch API (its own spec, served under ``/batch`` on the same listener).

A batch send checks everything that can fail first (the app, every recipient, every
placeholder, the schedule) and stores nothing when one thing is wrong. Then each recipient
becomes a normal message of the app, exactly as ``messages:send`` stores it (contact and
conversation in CONVERSATION mode, delivery receipts, MESSAGE_SUBMIT), with ``${name}``
placeholders filled from its ``parameters`` and the request's metadata merged under its own
plus the reserved ``_batch_id``. The batch then says PROCESSED, and one BATCH_STATUS_UPDATE
callback goes to the app's webhooks. A batch with ``send_after`` waits as SCHEDULED until
the emulator's clock (:mod:`sinch_emulator.clock`) reaches it: any Batch API request, a
move of the clock (``POST /_emulator/clock``) or a timer then sends it; until then it can
be cancelled. Decisions where the documentation is silent are in spec/README.md.
"""

from __future__ import annotations

import asyncio
import json
import math
import re
from datetime import UTC, datetime
from typing import Any

from ..context import Request
from ..domain import (
    CONVERSATION_SOURCE,
    DISPATCH_SOURCE,
    change_consent,
    create_contact,
    get_app,
    is_dispatch,
    lookup,
    new_conversation,
    notify_contact,
    notify_conversation,
    notify_submitted,
    pick_channel,
    recipient_identities,
    remove_contact,
    resolve_recipient,
    store_message,
)
from ..errors import ApiError, invalid
from ..ids import new_id, require_id, stamp
from ..registry import Routes
from ..state import App, Batch, Contact, Conversation
from .common import body_object

routes = Routes("Batch")

PLACEHOLDER = re.compile(r"\$\{([^}]*)\}")
#: send_after: at most 7 days ahead; more than a minute ahead rounds up to 5 minutes (S-SKILL)
HORIZON = 7 * 86400
ROUND_AFTER = 60
ROUND_TO = 300
#: channels whose identities belong to one app (facts 3.5: app_id required for them)
APP_SCOPED = frozenset({"MESSENGER", "INSTAGRAM", "LINE", "WECHAT"})
SCHEDULED, PROCESSED, CANCELLED = "SCHEDULED", "PROCESSED", "CANCELLED"


# --- the schedule ------------------------------------------------------------------------------


def _now(req: Request) -> float:
    return req.state.store.clock.time()


def _schedule(req: Request, text: Any) -> float:
    """``send_after`` as epoch seconds, rounded as the API rounds it; 400s name the field."""
    try:
        moment = datetime.fromisoformat(str(text).replace("z", "Z"))
    except ValueError:
        raise invalid(f"send_after: {text!r} is not an RFC 3339 timestamp", "send_after") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    due, now = moment.timestamp(), _now(req)
    if due <= now:
        raise invalid(f"send_after: {text} is in the past", "send_after")
    if due > now + HORIZON:
        raise invalid(f"send_after: {text} is more than 7 days ahead", "send_after")
    if due - now > ROUND_AFTER:
        due = math.ceil(due / ROUND_TO) * ROUND_TO
    return due


def run_due(req: Request) -> None:
    """Send every scheduled batch of this project and region whose time has come."""
    now = _now(req)
    for batch in [b for b in req.state.batches.values() if b.view.get("status") == SCHEDULED]:
        if batch.due <= now:
            process(req, batch, batch.request)


def _wake_at(req: Request, due: float) -> None:
    """Send the batch at its time without anyone asking (best effort: the clock, a restart
    or the next Batch API request also send it)."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return
    wake = Request(req.state, req.callbacks, req.config)
    loop.call_later(max(0.0, due - _now(req)), run_due, wake)


# --- send --------------------------------------------------------------------------------------


def _check_recipients(
    req: Request, app: App, body: dict[str, Any], names: list[str], dispatch: bool
) -> None:
    """Everything about the recipients that can fail, before anything is stored."""
    for i, entry in enumerate(body["recipient_and_params"]):
        where = f"recipient_and_params[{i}]"
        params = entry.get("parameters") or {}
        for name in names:
            if name not in params:
                raise invalid(
                    f"{where}.parameters.{name}: the message's placeholder ${{{name}}} has no "
                    "value for this recipient",
                    f"{where}.parameters.{name}",
                )
        contact_id, identified = recipient_identities(entry)
        if dispatch:
            if not identified:
                raise invalid(
                    f"{where}.recipient.identified_by: DISPATCH processing needs channel "
                    "identities",
                    f"{where}.recipient.identified_by",
                )
            idents = identified
        elif contact_id:
            key = require_id(contact_id, f"{where}.recipient.contact_id")
            if key not in req.state.contacts:
                raise invalid(
                    f"{where}.recipient.contact_id: contact {key} not found",
                    f"{where}.recipient.contact_id",
                )
            _, idents = resolve_recipient(req, app, entry, dispatch=False)
        elif identified:
            idents = identified
        else:
            raise invalid(
                f"{where}.recipient needs contact_id or identified_by", f"{where}.recipient"
            )
        if not idents:
            raise invalid(
                f"{where}.recipient: the contact has no channel identities", f"{where}.recipient"
            )
        pick_channel(app, body, idents)


def _fill(template: str, params: dict[str, str]) -> Any:
    """The message with every ``${name}`` replaced (``template``: the message as JSON text)."""
    return json.loads(
        PLACEHOLDER.sub(lambda m: json.dumps(params[m[1]], ensure_ascii=False)[1:-1], template)
    )


class _Index:
    """Contacts by channel identity and active conversations by contact, built once per
    batch (the per-message lookups of ``messages:send`` would make a batch quadratic)."""

    def __init__(self, req: Request, app: App) -> None:
        self.by_identity: dict[tuple[Any, Any], Contact] = {}
        for contact in req.state.contacts.values():  # oldest first: the oldest one wins
            self.add(contact)
        self.conversations: dict[str, Conversation] = {}
        for conv in req.state.conversations.values():
            if conv.active and conv.app_id == app.id:
                self.conversations.setdefault(conv.contact_id, conv)

    def add(self, contact: Contact) -> None:
        for ident in contact.identities():
            self.by_identity.setdefault((ident.get("channel"), ident.get("identity")), contact)

    def contact(self, req: Request, identified: list[dict[str, Any]]) -> Contact:
        for ident in identified:
            found = self.by_identity.get((ident.get("channel"), ident.get("identity")))
            if found is not None:
                return found
        pairs = [{"channel": i["channel"], "identity": i["identity"]} for i in identified]
        contact = create_contact(req, {"channel_identities": pairs})
        self.add(contact)
        return contact

    def conversation(self, req: Request, app: App, contact: Contact, channel: Any) -> Conversation:
        conv = self.conversations.get(contact.id)
        if conv is None:
            conv = new_conversation(
                {"app_id": app.id, "contact_id": contact.id, "active_channel": channel}
            )
            req.state.conversations.put(conv)
            notify_conversation(req, conv, "start")
            self.conversations[contact.id] = conv
        return conv


def process(req: Request, batch: Batch, body: dict[str, Any]) -> None:
    """Send the batch: one message per recipient, then PROCESSED and its callback."""
    app = req.state.apps.get(batch.app_id)
    if app is not None:
        _send_all(req, app, batch, body)
    batch.view["status"] = PROCESSED
    batch.request = {}
    req.state.batches.put(batch)
    if app is not None:
        _notify(req, app, batch, "BATCH_STATUS_PROCESSED", body)


def _send_all(req: Request, app: App, batch: Batch, body: dict[str, Any]) -> None:
    template = json.dumps(body["message"], ensure_ascii=False)
    personalised = "${" in template
    dispatch = is_dispatch(app, body)
    index = None if dispatch else _Index(req, app)
    meta = body.get("message_metadata") or {}
    conv_meta = body.get("conversation_metadata") or {}
    correlation_id = body.get("correlation_id") or None
    callback_url = body.get("callback_url")
    receipts = bool(req.state.webhooks or callback_url)
    for entry in body["recipient_and_params"]:
        params = entry.get("parameters") or {}
        message = _fill(template, params) if personalised else json.loads(template)
        metadata = json.dumps(
            {**meta, **(entry.get("message_metadata") or {}), "_batch_id": batch.id},
            separators=(",", ":"),
        )
        contact_id, identified = recipient_identities(entry)
        contact: Contact | None = None
        if dispatch:
            idents = identified
        elif contact_id:
            contact, idents = resolve_recipient(req, app, entry, dispatch=False)
        else:
            assert index is not None
            contact, idents = index.contact(req, identified), identified
        ident = pick_channel(app, body, idents)
        channel_identity = {"channel": ident.get("channel"), "identity": ident.get("identity")}
        conv = None
        if contact is not None and index is not None:
            conv = index.conversation(req, app, contact, channel_identity["channel"])
            conv.view["metadata_json"] = {
                **conv_meta,
                **(entry.get("conversation_metadata") or {}),
                "_batch_id": batch.id,
            }
            if correlation_id:
                conv.view["correlation_id"] = correlation_id
        msg = store_message(
            req,
            app_id=app.id,
            source=CONVERSATION_SOURCE if conv is not None else DISPATCH_SOURCE,
            fields={
                "direction": "TO_CONTACT",
                "app_message": message,
                "channel_identity": channel_identity,
                "metadata": metadata,
            },
            conversation=conv,
            correlation_id=correlation_id,
        )
        if not receipts:
            continue
        report: dict[str, Any] = {
            "message_id": msg.id,
            "channel_identity": channel_identity,
            "processing_mode": msg.view["processing_mode"],
            "metadata": metadata,
        }
        if conv is not None:
            report["conversation_id"] = conv.id
            report["contact_id"] = conv.contact_id
        extra = {"message_metadata": metadata, "correlation_id": correlation_id or ""}
        if req.state.webhooks:
            notify_submitted(req, app, msg, extra)
        req.callbacks.delivery(
            req.state,
            app.view,
            "MESSAGE_DELIVERY",
            "message_delivery_report",
            report,
            extra=extra,
            callback_url=callback_url,
        )


def _notify(req: Request, app: App, batch: Batch, status: str, body: dict[str, Any]) -> None:
    data: dict[str, Any] = {"batch_metadata": batch.view.get("meta_data") or {}}
    if batch.view.get("send_after"):
        data["send_after"] = batch.view["send_after"]
    req.callbacks.emit(
        req.state,
        app.id,
        "BATCH_STATUS_UPDATE",
        "batch_status_update_notification",
        {
            "batch_id": batch.id,
            "batch_status": status,
            "batch_type": "BATCH_TYPE_MESSAGES",
            "additional_data": {"message_batch_data": data},
        },
        extra={"message_metadata": json.dumps(body.get("message_metadata") or {})},
    )


@routes.post("/v1/projects/{project_id}/messages")
def send_batch(req: Request) -> dict[str, Any]:
    run_due(req)
    body = body_object(req)
    app = get_app(req, body.get("app_id"))
    template = json.dumps(body["message"], ensure_ascii=False)
    names = sorted(set(PLACEHOLDER.findall(template)))
    _check_recipients(req, app, body, names, is_dispatch(app, body))
    due = _schedule(req, body["send_after"]) if body.get("send_after") else 0.0
    batch_id = new_id()
    view: dict[str, Any] = {
        "batch_id": batch_id,
        "meta_data": dict(body.get("batch_metadata") or {}),
        "status": SCHEDULED if due else "READY",
    }
    answer = {"batch_id": batch_id}
    if due:
        view["send_after"] = answer["send_after"] = stamp(datetime.fromtimestamp(due, UTC))
    batch = req.state.batches.put(
        Batch(view=view, id=batch_id, app_id=app.id, request=body if due else {}, due=due)
    )
    if due:
        _wake_at(req, due)
    else:
        process(req, batch, body)
    return answer


# --- cancel and status ---------------------------------------------------------------------------


@routes.delete("/v1/projects/{project_id}/messages")
def cancel_batch(req: Request) -> dict[str, Any]:
    run_due(req)
    body = body_object(req)
    batch_id, key, value = (
        body.get("batch_id"),
        body.get("metadata_key"),
        body.get("metadata_value"),
    )
    if batch_id and (key or value is not None):
        raise invalid("give batch_id or metadata_key with metadata_value, not both", "batch_id")
    if batch_id:
        ident = require_id(batch_id, "batch_id")
        found = req.state.batches.get(ident)
        if found is None:
            raise ApiError(
                404,
                f"batch_id: batch {ident} not found in this project and region.",
                details=[
                    {
                        "@type": "type.googleapis.com/google.rpc.BadRequest",
                        "field_violations": [{"field": "batch_id", "description": "not found"}],
                    }
                ],
            )
        batches = [found]
    elif key and value is not None:
        batches = [b for b in req.state.batches.values() if b.view["meta_data"].get(key) == value]
    else:
        field = "metadata_value" if key else "batch_id"
        raise invalid(f"{field}: give batch_id, or metadata_key with metadata_value", field)
    now = _now(req)
    for batch in batches:
        # before send_after only; a batch sent (or cancelled) already stays as it is
        if batch.view["status"] == SCHEDULED and batch.due > now:
            body_sent = batch.request
            batch.view["status"] = CANCELLED
            batch.request = {}
            req.state.batches.put(batch)
            app = req.state.apps.get(batch.app_id)
            if app is not None:
                _notify(req, app, batch, "BATCH_STATUS_CANCELLED", body_sent)
    return {}


@routes.get("/v1/projects/{project_id}/messages/{batch_id}")
def get_batch_status(req: Request, batch_id: str) -> dict[str, Any]:
    run_due(req)
    return lookup(req.state.batches, batch_id, "batch_id", "Batch").public()


@routes.get("/v1/projects/{project_id}/messages")
def get_batch_statuses_by_metadata(req: Request) -> list[dict[str, Any]]:
    run_due(req)
    key, value = req.query["metadataKey"], req.query["metadataValue"]
    return [b.public() for b in req.state.batches.values() if b.view["meta_data"].get(key) == value]


# --- contacts and consents ---------------------------------------------------------------------


@routes.post("/v1/projects/{project_id}/contacts")
def create_contacts(req: Request) -> dict[str, Any]:
    contacts = body_object(req)["contacts"]
    for i, fields in enumerate(contacts):
        for j, ident in enumerate(fields["channel_identities"]):
            if ident["channel"] in APP_SCOPED and not ident.get("app_id"):
                where = f"contacts[{i}].channel_identities[{j}].app_id"
                raise invalid(f"{where}: {ident['channel']} identities belong to an app", where)
    # the API creates them in the background; here they exist when the answer arrives
    for fields in contacts:
        create_contact(req, dict(fields))
    return {}


@routes.delete("/v1/projects/{project_id}/contacts")
def delete_contacts(req: Request) -> dict[str, Any]:
    ids = [
        require_id(c, f"contact_ids[{i}]") for i, c in enumerate(body_object(req)["contact_ids"])
    ]
    for ident in ids:
        contact = req.state.contacts.get(ident)
        if contact is None:  # asynchronous on the API: an unknown ID cannot be reported
            continue
        remove_contact(req, contact)
        notify_contact(req, contact, "CONTACT_DELETE", "contact_delete_notification")
    return {}


@routes.post("/v1/projects/{project_id}/consents")
def insert_consents(req: Request) -> dict[str, Any]:
    body = body_object(req)
    app = get_app(req, body.get("app_id"))
    for record in body["consent_records"]:
        list_type = record.get("consent_type") or "OPT_OUT_ALL"
        change_consent(
            req, app.id, record["identification"], list_type, insert=True, origin="ORIGIN_API"
        )
    return {"batch_id": new_id()}
