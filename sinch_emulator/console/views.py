"""What the console shows, read from the emulator's state and callback log (never written).

Every function here takes the store, the callback log and the configured projects, and
answers plain JSON: the newest activity across apps, the apps of each project and region,
an app's conversations or dispatch messages, a thread of messages with their kind, choices
and delivery status. Secrets are masked on the way out by :func:`mask`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..callbacks import Callbacks
from ..config import REGIONS
from ..errors import invalid, not_found
from ..state import App, Message, ProjectState, Store

#: the same rule as the client's model reprs: these names, or names holding these words
SECRET_NAMES = frozenset(
    {"token", "api_key", "access_token", "refresh_token", "auth_token", "private_key"}
)
SECRET_WORDS = frozenset({"secret", "password", "passwd", "passphrase"})
MASK = "***"

#: the message kinds the thread view draws, in the order a message is looked at
APP_KINDS = (
    "text_message",
    "media_message",
    "card_message",
    "carousel_message",
    "choice_message",
    "list_message",
    "location_message",
    "contact_info_message",
    "template_message",
)
CONTACT_KINDS = (
    "text_message",
    "choice_response_message",
    "media_message",
    "location_message",
    "media_card_message",
    "fallback_message",
    "product_response_message",
)
HAND_STATUSES = ("DELIVERED", "READ", "FAILED")


def is_secret(name: str) -> bool:
    return name in SECRET_NAMES or any(w in SECRET_WORDS for w in name.split("_"))


def mask(value: Any) -> Any:
    """A copy with every secret-bearing field's non-empty value replaced by ``***``."""
    if isinstance(value, dict):
        return {
            k: (MASK if is_secret(k) and v not in ("", None) else mask(v)) for k, v in value.items()
        }
    if isinstance(value, list):
        return [mask(v) for v in value]
    return value


# --- the states to look at ---------------------------------------------------------------------


def states(store: Store, projects: Iterable[str]) -> Iterator[ProjectState]:
    """Every configured project in every region (apps exist only where the API made them)."""
    for project_id in projects:
        for region in REGIONS:
            yield store.state(project_id, region)


def state_for(store: Store, projects: list[str], project_id: Any, region: Any) -> ProjectState:
    if project_id not in projects:
        raise invalid(f"project_id must be one of {', '.join(projects)}", "project_id")
    if region not in REGIONS:
        raise invalid(f"region must be one of {', '.join(REGIONS)}", "region")
    return store.state(project_id, region)


def app_in(state: ProjectState, app_id: Any) -> App:
    if not isinstance(app_id, str) or not app_id:
        raise invalid("app_id is required", "app_id")
    app = state.apps.get(app_id)
    if app is None:
        raise not_found("App", app_id)
    return app


def fingerprint(store: Store, projects: list[str], callbacks: Callbacks) -> tuple[int, ...]:
    """Changes whenever something the console shows changes (cheap: no record is read)."""
    parts: list[int] = []
    for state in states(store, projects):
        for table in (state.apps, state.messages, state.contacts, state.conversations):
            parts.append(len(table))
            parts.append(next(table.newest_first()).seq if table else 0)
        parts.append(len(state.webhooks))
    stats = callbacks.stats
    parts += [stats.enqueued, stats.attempts, stats.delivered, stats.failed, len(callbacks.log)]
    return tuple(parts)


# --- delivery status -------------------------------------------------------------------------


def statuses(callbacks: Callbacks, marks: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """message_id -> the latest delivery status the callbacks reported (or the console set)."""
    found: dict[str, dict[str, Any]] = {}
    for entry in callbacks.log:
        if entry["trigger"] != "MESSAGE_DELIVERY":
            continue
        report = entry["body"].get("message_delivery_report") or {}
        if "message_id" in report and "status" in report:
            found[report["message_id"]] = {
                "status": report["status"],
                "reason": (report.get("reason") or {}).get("code"),
                "time": entry["time"],
            }
    for message_id, mark in marks.items():
        seen = found.get(message_id)
        if seen is None or mark["time"] >= seen["time"]:
            found[message_id] = mark
    return found


# --- messages --------------------------------------------------------------------------------


def _choice_label(choice: dict[str, Any]) -> str:
    for key, inner in choice.items():
        if isinstance(inner, dict):
            label = inner.get("text") or inner.get("title") or inner.get("phone_number")
            if label:
                return str(label)
            return key.removesuffix("_message").replace("_", " ")
    return "choice"


def choices_of(app_message: dict[str, Any]) -> list[dict[str, Any]]:
    """Every choice a contact can tap in an app message: label and postback data, in order
    (choice, card and carousel choices, list items)."""
    found: list[dict[str, Any]] = []

    def add(choice: dict[str, Any]) -> None:
        label = _choice_label(choice)
        postback = choice.get("postback_data") or label
        found.append({"index": len(found), "label": label, "postback_data": str(postback)})

    body = app_message.get("choice_message") or {}
    for choice in body.get("choices") or []:
        add(choice)
    card = app_message.get("card_message") or {}
    for choice in card.get("choices") or []:
        add(choice)
    carousel = app_message.get("carousel_message") or {}
    for one in carousel.get("cards") or []:
        for choice in one.get("choices") or []:
            add(choice)
    for choice in carousel.get("choices") or []:
        add(choice)
    listed = app_message.get("list_message") or {}
    for section in listed.get("sections") or []:
        for item in section.get("items") or []:
            inner = item.get("choice") or item.get("product") or {}
            label = inner.get("title") or inner.get("id") or "item"
            postback = inner.get("postback_data") or inner.get("id") or label
            found.append({"index": len(found), "label": str(label), "postback_data": str(postback)})
    return found


def kind_and_text(msg: Message) -> tuple[str, str]:
    """The message's kind (``text_message``, ``card_message``...) and a one-line text."""
    view = msg.view
    content = view.get("app_message") or view.get("contact_message") or {}
    kinds = APP_KINDS if "app_message" in view else CONTACT_KINDS
    kind = next((k for k in kinds if k in content), next(iter(content), "message"))
    body = content.get(kind) or {}
    if not isinstance(body, dict):
        return kind, str(body)
    text: Any
    if kind == "text_message":
        text = body.get("text")
    elif kind == "media_message":
        text = body.get("url")
    elif kind == "choice_message":
        text = (body.get("text_message") or {}).get("text")
    elif kind in ("card_message", "list_message", "location_message"):
        text = body.get("title") or body.get("description")
    elif kind == "carousel_message":
        text = f"{len(body.get('cards') or [])} cards"
    elif kind == "contact_info_message":
        text = (body.get("name") or {}).get("full_name")
    elif kind == "template_message":
        omni = body.get("omni_template") or {}
        text = f"template {omni.get('template_id', '')} v{omni.get('version', '')}".strip()
    elif kind == "choice_response_message":
        text = f"tapped {body.get('postback_data', '')}"
    elif kind == "media_card_message":
        text = body.get("caption") or body.get("url")
    else:
        text = None
    return kind, str(text if text is not None else kind.removesuffix("_message"))


def message_row(
    msg: Message, state: ProjectState, status: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    view = msg.view
    ident = view.get("channel_identity") or {}
    kind, text = kind_and_text(msg)
    app = state.apps.get(msg.app_id)
    seen = status.get(msg.id) or {}
    return {
        "id": msg.id,
        "seq": msg.seq,
        "project_id": state.project_id,
        "region": state.region,
        "app_id": msg.app_id,
        "app_name": (app.view.get("display_name") if app else "") or msg.app_id,
        "direction": view.get("direction"),
        "channel": ident.get("channel"),
        "identity": ident.get("identity"),
        "conversation_id": view.get("conversation_id"),
        "contact_id": view.get("contact_id"),
        "processing_mode": view.get("processing_mode"),
        "accept_time": view.get("accept_time"),
        "kind": kind,
        "text": text,
        "status": seen.get("status"),
        "reason": seen.get("reason"),
    }


def activity(
    store: Store,
    projects: list[str],
    status: dict[str, dict[str, Any]],
    limit: int,
) -> list[dict[str, Any]]:
    """The newest messages across every app, newest first (tables keep creation order, so
    only the last ``limit`` of each are read)."""
    newest: list[tuple[Message, ProjectState]] = []
    for state in states(store, projects):
        for count, msg in enumerate(state.messages.newest_first()):
            if count >= limit:
                break
            newest.append((msg, state))
    newest.sort(key=lambda pair: pair[0].seq, reverse=True)
    return [message_row(m, s, status) for m, s in newest[:limit]]


def overview(store: Store, projects: list[str]) -> list[dict[str, Any]]:
    """Per project and region (those with apps), the apps."""
    out = []
    for state in states(store, projects):
        if not state.apps:
            continue
        apps = [
            {
                "id": app.id,
                "display_name": app.view.get("display_name") or "",
                "processing_mode": app.processing_mode,
                "channels": [c.get("channel") for c in app.view.get("channel_credentials") or []],
            }
            for app in state.apps.values()
        ]
        out.append({"project_id": state.project_id, "region": state.region, "apps": apps})
    return out


def app_detail(
    state: ProjectState, app: App, status: dict[str, dict[str, Any]], limit: int
) -> dict[str, Any]:
    """The app (secrets masked), its webhooks, and its conversations with their contacts
    (CONVERSATION mode) or its dispatch messages (DISPATCH mode), newest first."""
    hooks = [mask(w.public()) for w in state.webhooks.values() if w.view.get("app_id") == app.id]
    conversations = []
    if app.processing_mode == "CONVERSATION":
        convs = [c for c in state.conversations.values() if c.app_id == app.id]
        convs.sort(key=lambda c: (c.view.get("last_received") or "", c.seq), reverse=True)
        for conv in convs[:limit]:
            contact = state.contacts.get(conv.contact_id)
            conversations.append(
                {
                    "id": conv.id,
                    "active": conv.active,
                    "active_channel": conv.view.get("active_channel"),
                    "last_received": conv.view.get("last_received"),
                    "contact": mask(contact.public()) if contact else {"id": conv.contact_id},
                }
            )
    dispatch: list[dict[str, Any]] = []
    for msg in state.messages.newest_first():
        if len(dispatch) >= limit:
            break
        if msg.app_id == app.id and msg.view.get("conversation_id") is None:
            dispatch.append(message_row(msg, state, status))
    return {
        "project_id": state.project_id,
        "region": state.region,
        "app": mask(app.public()),
        "webhooks": hooks,
        "conversations": conversations,
        "dispatch_messages": dispatch,
    }


def thread(
    state: ProjectState,
    app: App,
    status: dict[str, dict[str, Any]],
    *,
    conversation_id: str | None,
    channel: str | None,
    identity: str | None,
) -> dict[str, Any]:
    """A conversation's messages (or an identity's messages with a DISPATCH app), oldest
    first, each with its content, choices and delivery status; the identities to answer as."""
    if conversation_id:
        conv = state.conversations.get(conversation_id)
        if conv is None or conv.app_id != app.id:
            raise not_found("Conversation", conversation_id)
        contact = state.contacts.get(conv.contact_id)
        mine = [m for m in state.messages.values() if m.view.get("conversation_id") == conv.id]
        identities = contact.identities() if contact else []
        title = (contact.view.get("display_name") if contact else None) or conv.contact_id
    elif identity:
        mine = [
            m
            for m in state.messages.values()
            if m.app_id == app.id
            and (m.view.get("channel_identity") or {}).get("identity") == identity
            and (not channel or (m.view.get("channel_identity") or {}).get("channel") == channel)
        ]
        identities = [{"channel": channel, "identity": identity}] if channel else []
        title = identity
    else:
        raise invalid("give conversation_id, or channel and identity", "conversation_id")
    for m in mine:
        ident = m.view.get("channel_identity") or {}
        pair = {"channel": ident.get("channel"), "identity": ident.get("identity")}
        if pair["channel"] and pair not in identities:
            identities.append(pair)
    messages = []
    for msg in mine:
        row = message_row(msg, state, status)
        content = msg.view.get("app_message") or msg.view.get("contact_message") or {}
        row["content"] = mask(content)
        row["choices"] = choices_of(content) if msg.view.get("direction") == "TO_CONTACT" else []
        messages.append(row)
    return {
        "project_id": state.project_id,
        "region": state.region,
        "app": {"id": app.id, "display_name": app.view.get("display_name") or ""},
        "conversation_id": conversation_id,
        "title": title,
        "identities": [
            {"channel": i.get("channel"), "identity": i.get("identity")} for i in identities
        ],
        "messages": messages,
    }


def callback_rows(callbacks: Callbacks, *, app_id: str | None, limit: int) -> list[dict[str, Any]]:
    """The callback log, newest first, bodies masked."""
    out = []
    for entry in reversed(callbacks.log):
        if app_id and entry["app_id"] != app_id:
            continue
        row = dict(entry)
        row["body"] = mask(entry["body"])
        code = entry["status_code"]
        row["ok"] = code is not None and 200 <= code < 300
        out.append(row)
        if len(out) >= limit:
            break
    return out
