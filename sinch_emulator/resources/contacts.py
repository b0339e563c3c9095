"""Contact: channel identities and priority, paging, and merge as the spec describes it."""

from __future__ import annotations

from typing import Any

from ..context import Request
from ..domain import create_contact as store_contact
from ..domain import (
    get_app,
    get_contact,
    identity_conflicts,
    known_recipient,
    notify_contact,
    remove_contact,
)
from ..errors import invalid, not_found
from ..registry import Routes
from ..state import Contact
from .common import apply_update, body_object, page

routes = Routes("Contact")
OPTIONAL_FIELDS = ("display_name", "email", "external_id", "metadata")


@routes.post("/v1/projects/{project_id}/contacts")
def create_contact(req: Request) -> dict[str, Any]:
    return store_contact(req, body_object(req)).public()


@routes.get("/v1/projects/{project_id}/contacts")
def list_contacts(req: Request) -> dict[str, Any]:
    """Contacts in creation order; ``external_id`` and ``channel`` + ``identity`` filter."""
    q = req.query
    external_id, channel, identity = q.get("external_id"), q.get("channel"), q.get("identity")
    if bool(channel) != bool(identity):
        raise invalid("channel and identity filter together", "channel" if identity else "identity")

    def wanted(c: Contact) -> bool:
        if external_id and c.view.get("external_id") != external_id:
            return False
        if channel:
            pairs = {(i.get("channel"), i.get("identity")) for i in c.identities()}
            return (channel, identity) in pairs
        return True

    matching = [c for c in req.state.contacts.values() if wanted(c)]
    items, token = page(matching, lambda c: [c.seq], req)
    return {"contacts": [c.public() for c in items], "next_page_token": token}


@routes.post("/v1/projects/{project_id}/contacts:getChannelProfile")
def get_channel_profile(req: Request) -> dict[str, Any]:
    """The contact's name on the channel: its display name when it has one, else the name
    the channel shows for its identity there (404 for a recipient no contact holds)."""
    body = body_object(req)
    app = get_app(req, body.get("app_id"))
    channel = str(body.get("channel"))
    contact, idents = known_recipient(req, app, body)
    if contact is None:
        shown = idents[0].get("identity", "") if idents else ""
        raise not_found(f"{channel} profile of the recipient", str(shown))
    name = contact.view.get("display_name")
    if not name or name == "Unknown":
        held = [i.get("identity") for i in contact.identities() if i.get("channel") == channel]
        name = f"{channel.title()} user {held[0] if held else contact.id}"
    return {"profile_name": name}


@routes.get("/v1/projects/{project_id}/contacts:identityConflicts")
def list_identity_conflicts(req: Request) -> dict[str, Any]:
    """Channel identities that more than one contact holds, oldest conflict first."""
    conflicts = identity_conflicts(req)
    items, token = page(conflicts, lambda c: [c["identity"], c["channels"]], req)
    return {"conflicts": items, "next_page_token": token}


@routes.get("/v1/projects/{project_id}/contacts/{contact_id}")
def get_contact_(req: Request, contact_id: str) -> dict[str, Any]:
    return get_contact(req, contact_id).public()


@routes.patch("/v1/projects/{project_id}/contacts/{contact_id}")
def update_contact(req: Request, contact_id: str) -> dict[str, Any]:
    contact = get_contact(req, contact_id)
    apply_update(contact.view, body_object(req), req)
    if not contact.view.get("display_name"):
        contact.view["display_name"] = "Unknown"
    req.state.contacts.put(contact)
    notify_contact(req, contact, "CONTACT_UPDATE", "contact_update_notification")
    return contact.public()


@routes.delete("/v1/projects/{project_id}/contacts/{contact_id}")
def delete_contact(req: Request, contact_id: str) -> dict[str, Any]:
    contact = get_contact(req, contact_id)
    remove_contact(req, contact)
    notify_contact(req, contact, "CONTACT_DELETE", "contact_delete_notification")
    return {}


@routes.post("/v1/projects/{project_id}/contacts/{destination_id}:merge")
def merge_contact(req: Request, destination_id: str) -> dict[str, Any]:
    """Keep the destination; move the source's identities, conversations and messages into it.

    Identities move only for channels the destination lacks and go to the end of its channel
    priority; optional fields are copied only where the destination's are empty.
    """
    body = body_object(req)
    dest = get_contact(req, destination_id, "destination_id")
    source = get_contact(req, body.get("source_id"), "source_id")
    if source.id == dest.id:
        raise invalid("source_id and destination_id must differ", "source_id")
    before = source.public()
    _merge_fields(dest, source)
    state = req.state
    active_by_app = {
        c.app_id: c for c in state.conversations.values() if c.contact_id == dest.id and c.active
    }
    moved: dict[str, str] = {}
    for conv in [c for c in state.conversations.values() if c.contact_id == source.id]:
        target = active_by_app.get(conv.app_id)
        if target is not None:
            moved[conv.id] = target.id
            state.conversations.delete(conv.id)
        else:
            conv.view["contact_id"] = dest.id
            state.conversations.put(conv)
    for msg in [m for m in state.messages.values() if m.view.get("contact_id") == source.id]:
        msg.view["contact_id"] = dest.id
        if msg.view.get("conversation_id") in moved:
            msg.view["conversation_id"] = moved[msg.view["conversation_id"]]
        state.messages.put(msg)
    state.contacts.delete(source.id)
    state.contacts.put(dest)
    req.callbacks.project_event(
        state,
        "CONTACT_MERGE",
        "contact_merge_notification",
        {"preserved_contact": dest.public(), "deleted_contact": before},
    )
    return dest.public()


def _merge_fields(dest: Contact, source: Contact) -> None:
    d, s = dest.view, source.view
    have = {i.get("channel") for i in d.get("channel_identities", [])}
    priority = d.setdefault("channel_priority", [])
    for ident in s.get("channel_identities", []):
        if ident.get("channel") not in have:
            d.setdefault("channel_identities", []).append(ident)
            have.add(ident.get("channel"))
            if priority and ident.get("channel") not in priority:
                priority.append(ident["channel"])
    for name in OPTIONAL_FIELDS:
        if (not d.get(name) or (name == "display_name" and d[name] == "Unknown")) and s.get(name):
            d[name] = s[name]
    if d.get("language", "UNSPECIFIED") == "UNSPECIFIED" and s.get("language"):
        d["language"] = s["language"]
