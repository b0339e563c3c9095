"""Contacts: channel identities and priority, paging, and merge as the spec describes it."""

from __future__ import annotations

from ..errors import invalid
from ..store import ProjectState, public
from .common import Context, apply_update, get_contact, new_id, page, require_body_object

BASE = "/v1/projects/{}/contacts"
OPTIONAL_FIELDS = ("display_name", "email", "external_id", "metadata")


def new_contact(state: ProjectState, fields: dict) -> dict:
    contact = {
        "id": new_id(),
        "channel_identities": [],
        "channel_priority": [],
        "display_name": "Unknown",
        "email": "",
        "external_id": "",
        "metadata": "",
        "language": "UNSPECIFIED",
    }
    contact.update({k: v for k, v in fields.items() if k != "id"})
    if not contact.get("display_name"):
        contact["display_name"] = "Unknown"
    return state.put("contacts", contact)


def find_by_identity(state: ProjectState, identities: list[dict]) -> dict | None:
    """The oldest contact having any of the (channel, identity) pairs."""
    wanted = {(i.get("channel"), i.get("identity")) for i in identities}
    for contact in state.contacts.values():
        for ident in contact.get("channel_identities", ()):
            if (ident.get("channel"), ident.get("identity")) in wanted:
                return contact
    return None


def create_contact(ctx: Context):
    contact = new_contact(ctx.state, require_body_object(ctx))
    ctx.emulator.callbacks.project_event(
        ctx.state, "CONTACT_CREATE", "contact_create_notification", {"contact": public(contact)}
    )
    return public(contact)


def list_contacts(ctx: Context):
    items, token = page(ctx.state.contacts.values(), lambda c: [c["_seq"]], ctx)
    return {"contacts": [public(c) for c in items], "next_page_token": token}


def get_contact_(ctx: Context):
    return public(get_contact(ctx, ctx.args[1]))


def update_contact(ctx: Context):
    contact = get_contact(ctx, ctx.args[1])
    apply_update(contact, require_body_object(ctx), ctx)
    if not contact.get("display_name"):
        contact["display_name"] = "Unknown"
    ctx.state.put("contacts", contact)
    ctx.emulator.callbacks.project_event(
        ctx.state, "CONTACT_UPDATE", "contact_update_notification", {"contact": public(contact)}
    )
    return public(contact)


def remove_contact(state: ProjectState, contact_id: str) -> None:
    for conv in [c for c in state.conversations.values() if c.get("contact_id") == contact_id]:
        state.delete("conversations", conv["id"])
    for msg in [m for m in state.messages.values() if m.get("contact_id") == contact_id]:
        state.delete("messages", msg["id"])
    state.delete("contacts", contact_id)


def delete_contact(ctx: Context):
    contact = get_contact(ctx, ctx.args[1])
    remove_contact(ctx.state, contact["id"])
    ctx.emulator.callbacks.project_event(
        ctx.state, "CONTACT_DELETE", "contact_delete_notification", {"contact": public(contact)}
    )
    return {}


def merge_contact(ctx: Context):
    """Keep the destination; move the source's identities, conversations and messages into it.

    Identities move only for channels the destination lacks and go to the end of its channel
    priority; optional fields are copied only where the destination's are empty.
    """
    body = require_body_object(ctx)
    dest = get_contact(ctx, ctx.args[1], "destination_id")
    source = get_contact(ctx, body.get("source_id"), "source_id")
    if source["id"] == dest["id"]:
        raise invalid("source_id and destination_id must differ", "source_id")
    before = public(source)
    have = {i.get("channel") for i in dest.get("channel_identities", [])}
    priority = dest.setdefault("channel_priority", [])
    for ident in source.get("channel_identities", []):
        if ident.get("channel") not in have:
            dest.setdefault("channel_identities", []).append(ident)
            have.add(ident.get("channel"))
            if priority and ident.get("channel") not in priority:
                priority.append(ident["channel"])
    for name in OPTIONAL_FIELDS:
        if (
            not dest.get(name) or (name == "display_name" and dest[name] == "Unknown")
        ) and source.get(name):
            dest[name] = source[name]
    if dest.get("language", "UNSPECIFIED") == "UNSPECIFIED" and source.get("language"):
        dest["language"] = source["language"]
    state = ctx.state
    active_by_app = {
        c["app_id"]: c
        for c in state.conversations.values()
        if c.get("contact_id") == dest["id"] and c.get("active")
    }
    moved: dict[str, str] = {}
    for conv in [c for c in state.conversations.values() if c.get("contact_id") == source["id"]]:
        target = active_by_app.get(conv.get("app_id"))
        if target is not None:
            moved[conv["id"]] = target["id"]
            state.delete("conversations", conv["id"])
        else:
            conv["contact_id"] = dest["id"]
            state.put("conversations", conv)
    for msg in [m for m in state.messages.values() if m.get("contact_id") == source["id"]]:
        msg["contact_id"] = dest["id"]
        if msg.get("conversation_id") in moved:
            msg["conversation_id"] = moved[msg["conversation_id"]]
        state.put("messages", msg)
    state.delete("contacts", source["id"])
    state.put("contacts", dest)
    ctx.emulator.callbacks.project_event(
        state,
        "CONTACT_MERGE",
        "contact_merge_notification",
        {"preserved_contact": public(dest), "deleted_contact": before},
    )
    return public(dest)


ROUTES = {
    ("POST", BASE): create_contact,
    ("GET", BASE): list_contacts,
    ("GET", BASE + "/{}"): get_contact_,
    ("PATCH", BASE + "/{}"): update_contact,
    ("DELETE", BASE + "/{}"): delete_contact,
    ("POST", BASE + "/{}:merge"): merge_contact,
}
