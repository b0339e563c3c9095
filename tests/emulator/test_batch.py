"""The Conversation Batch API end to end: ``client.batch`` against the emulator over loopback
HTTP, signed callbacks to a local receiver, the movable clock, ``--db`` and bad input."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from sinch_conversation_batch_client.models import (
    BatchStatusValue,
    CancelBatchRequest,
    CreateContactsRequest,
    DeleteContactsRequest,
    InsertConsentsRequest,
    SendBatchRequest,
)

from sinch_conversation import AsyncConversationClient, ConversationClient
from sinch_conversation.errors import BadRequestError, NotFoundError
from sinch_conversation.webhooks import parse_callback, verify_signature
from sinch_emulator.spec import Spec, find_batch_spec_path
from sinch_emulator.testing import RunningEmulator, run_emulator

from .conftest import Api, Receiver, wait_for

BATCH_SPEC = Spec.load(find_batch_spec_path())
SECRET = "batch-s3cret"

#: the keys every callback has; the other one names its kind
ENVELOPE = {
    "app_id",
    "project_id",
    "accepted_time",
    "event_time",
    "message_metadata",
    "correlation_id",
}


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _minutes(n: int) -> timedelta:
    return timedelta(minutes=n)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def client_for(emu: RunningEmulator, region: str = "us") -> ConversationClient:
    # only the Conversation base URL is given: the Batch API is on the same server
    return ConversationClient(
        emu.project_id,
        emu.key_id,
        emu.key_secret,
        region=region,
        base_url=emu.base_url_template,
        auth_url=emu.auth_url,
    )


@pytest.fixture
def client(emulator: RunningEmulator) -> Iterator[ConversationClient]:
    with client_for(emulator) as c:
        yield c


def check_batch_answer(response: httpx.Response) -> None:
    """A Batch API answer: a documented status and a body that fits the Batch spec."""
    response.read()
    path = response.request.url.path.split("/batch", 1)[1]
    op, _ = BATCH_SPEC.match(response.request.method, path)
    assert response.status_code in op.documented_statuses, (response.status_code, response.text)
    validator = BATCH_SPEC.response_validator(op, response.status_code)
    if validator is not None:
        assert not validator.errors(response.json()), response.text


@pytest.fixture
def raw(emulator: RunningEmulator) -> Iterator[httpx.Client]:
    """A plain HTTP client on the Batch API (for bodies the typed client would refuse)."""
    with httpx.Client(
        base_url=f"{emulator.batch_base_url()}/v1/projects/{emulator.project_id}",
        auth=(emulator.key_id, emulator.key_secret),
        event_hooks={"response": [check_batch_answer]},
        timeout=30,
    ) as http:
        yield http


def recipient(i: int, **fields: Any) -> dict[str, Any]:
    identity = {"channel": "SMS", "identity": f"+4671{i:07d}"}
    return {"recipient": {"identified_by": {"channel_identities": [identity]}}, **fields}


def batch_request(app_id: str, recipients: list[dict[str, Any]], **fields: Any) -> SendBatchRequest:
    body = {
        "app_id": app_id,
        "message": {"text_message": {"text": "Hello ${name}, your code is ${code}"}},
        "recipient_and_params": recipients,
        **{k: v.isoformat() if isinstance(v, datetime) else v for k, v in fields.items()},
    }
    return SendBatchRequest.from_dict(body)


def personalised(n: int, offset: int = 0) -> list[dict[str, Any]]:
    return [recipient(offset + i, parameters={"name": f"N{i}", "code": f'"{i}"'}) for i in range(n)]


def batch_messages(api: Api, app_id: str, batch_id: str) -> list[dict[str, Any]]:
    found = []
    token = ""
    while True:
        params = {"app_id": app_id, "page_size": 1000, **({"page_token": token} if token else {})}
        page = api.ok("get", "/messages", params=params)
        found += [m for m in page["messages"] if batch_id in m.get("metadata", "")]
        token = page.get("next_page_token") or ""
        if not token:
            return found


def hook(api: Api, app_id: str, receiver: Receiver, triggers: list[str]) -> None:
    body = {"app_id": app_id, "target": receiver.url, "triggers": triggers, "secret": SECRET}
    api.ok("post", "/webhooks", json=body)


def test_a_personalised_batch_of_1000_becomes_1000_signed_messages_and_receipts(
    api: Api, client: ConversationClient, receiver: Receiver
):
    app = api.create_app("CONVERSATION")
    hook(api, app["id"], receiver, ["MESSAGE_DELIVERY", "BATCH_STATUS_UPDATE"])
    recipients = personalised(1000)
    recipients[7]["message_metadata"] = {"tier": "gold"}
    sent = client.batch.send_batch(
        body=batch_request(
            app["id"],
            recipients,
            message_metadata={"campaign": "c-1", "tier": "basic"},
            batch_metadata={"campaign": "c-1"},
        )
    )
    assert client.batch.get_batch_status(sent.batch_id).status == BatchStatusValue.PROCESSED

    messages = batch_messages(api, app["id"], sent.batch_id)
    assert len(messages) == 1000
    texts = Counter(m["app_message"]["text_message"]["text"] for m in messages)
    assert texts == Counter(f'Hello N{i}, your code is "{i}"' for i in range(1000))
    metadata = {m["channel_identity"]["identity"]: json.loads(m["metadata"]) for m in messages}
    assert metadata["+46710000007"] == {
        "campaign": "c-1",
        "tier": "gold",
        "_batch_id": sent.batch_id,
    }
    assert metadata["+46710000008"]["tier"] == "basic"

    expected = {m["id"] for m in messages}

    def delivered_ids() -> set[str]:
        return {
            e["body"]["message_delivery_report"]["message_id"]
            for e in list(receiver.received)
            if e["body"].get("message_delivery_report", {}).get("status") == "DELIVERED"
        }

    def statuses() -> list[dict]:
        return [
            e for e in list(receiver.received) if "batch_status_update_notification" in e["body"]
        ]

    # delivery is at least once: under load an attempt that timed out is sent again
    wait_for(lambda: delivered_ids() == expected and statuses(), timeout=90)
    for entry in receiver.received:  # raises WebhookSignatureError for a bad signature
        verify_signature(SECRET, entry["raw"], entry["headers"], max_age=None)
    reports = [parse_callback(e["raw"]) for e in receiver.received]
    receipts = [r for r in reports if r.kind == "message_delivery_report"]
    assert {r.payload.message_id for r in receipts} == expected
    assert {str(r.payload.status) for r in receipts} == {"QUEUED_ON_CHANNEL", "DELIVERED"}
    # one status callback (the same body again at most, if an attempt was retried)
    assert len({e["raw"] for e in statuses()}) == 1
    status = parse_callback(statuses()[0]["raw"])
    assert status.payload.batch_id == sent.batch_id
    assert status.payload.batch_status == "BATCH_STATUS_PROCESSED"
    assert status.payload.batch_type == "BATCH_TYPE_MESSAGES"


def test_a_scheduled_batch_cancelled_before_its_time_sends_nothing(
    api: Api, client: ConversationClient, receiver: Receiver, emulator: RunningEmulator
):
    app = api.create_app("CONVERSATION")
    hook(api, app["id"], receiver, ["MESSAGE_DELIVERY", "BATCH_STATUS_UPDATE"])
    now = httpx.get(f"{emulator.url}/_emulator/clock").json()["now"]
    moment = _parse(now)
    sent = client.batch.send_batch(
        body=batch_request(
            app["id"], personalised(3), send_after=moment.replace(microsecond=0) + _minutes(10)
        )
    )
    # more than a minute ahead: rounded up to the next five minutes
    assert sent.send_after.minute % 5 == 0 and sent.send_after.second == 0
    assert client.batch.get_batch_status(sent.batch_id).status == BatchStatusValue.SCHEDULED
    client.batch.cancel_batch(body=CancelBatchRequest(batch_id=sent.batch_id))
    assert client.batch.get_batch_status(sent.batch_id).status == BatchStatusValue.CANCELLED
    emulator.advance_clock(3600)
    assert client.batch.get_batch_status(sent.batch_id).status == BatchStatusValue.CANCELLED
    assert batch_messages(api, app["id"], sent.batch_id) == []
    cancelled = receiver.wait(lambda e: "batch_status_update_notification" in e["body"])
    assert cancelled["body"]["batch_status_update_notification"]["batch_status"] == (
        "BATCH_STATUS_CANCELLED"
    )
    assert not [e for e in receiver.received if "message_delivery_report" in e["body"]]


def test_a_scheduled_batch_goes_when_the_clock_passes_its_time(
    api: Api, client: ConversationClient, emulator: RunningEmulator
):
    app = api.create_app("CONVERSATION")
    moment = _parse(httpx.get(f"{emulator.url}/_emulator/clock").json()["now"])
    sent = client.batch.send_batch(
        body=batch_request(app["id"], personalised(2, 500), send_after=moment + _minutes(30))
    )
    assert batch_messages(api, app["id"], sent.batch_id) == []
    emulator.advance_clock(40 * 60)
    assert client.batch.get_batch_status(sent.batch_id).status == BatchStatusValue.PROCESSED
    assert len(batch_messages(api, app["id"], sent.batch_id)) == 2
    # cancelling after the batch went changes nothing, and still answers 200
    client.batch.cancel_batch(body=CancelBatchRequest(batch_id=sent.batch_id))
    assert client.batch.get_batch_status(sent.batch_id).status == BatchStatusValue.PROCESSED


def test_a_scheduled_batch_survives_a_restart_with_db(tmp_path):
    db = str(tmp_path / "state.db")
    with run_emulator(rate_limit=None, db=db) as emu, client_for(emu, "eu") as client:
        api = Api(emu, "eu")
        app = api.create_app("CONVERSATION")
        moment = _parse(httpx.get(f"{emu.url}/_emulator/clock").json()["now"])
        sent = client.batch.send_batch(
            body=batch_request(app["id"], personalised(4), send_after=moment + _minutes(20))
        )
        api.close()
    with run_emulator(rate_limit=None, db=db) as emu, client_for(emu, "eu") as client:
        api = Api(emu, "eu")
        assert client.batch.get_batch_status(sent.batch_id).status == BatchStatusValue.SCHEDULED
        emu.advance_clock(3600)
        assert client.batch.get_batch_status(sent.batch_id).status == BatchStatusValue.PROCESSED
        assert len(batch_messages(api, app["id"], sent.batch_id)) == 4
        api.close()


def test_status_and_cancel_by_metadata(api: Api, client: ConversationClient, emulator):
    app = api.create_app("DISPATCH")
    moment = _parse(httpx.get(f"{emulator.url}/_emulator/clock").json()["now"])
    tag = {"campaign": f"spring-{moment.timestamp()}"}
    ids = [
        client.batch.send_batch(
            body=batch_request(
                app["id"],
                personalised(1, 900 + i),
                batch_metadata=tag,
                send_after=moment + _minutes(15),
            )
        ).batch_id
        for i in range(2)
    ]
    found = client.batch.get_batch_statuses_by_metadata(
        metadata_key="campaign", metadata_value=tag["campaign"]
    )
    assert [s.batch_id for s in found] == ids
    assert all(s.meta_data.additional_properties == tag for s in found)
    client.batch.cancel_batch(
        body=CancelBatchRequest(metadata_key="campaign", metadata_value=tag["campaign"])
    )
    statuses = client.batch.get_batch_statuses_by_metadata(
        metadata_key="campaign", metadata_value=tag["campaign"]
    )
    assert {s.status for s in statuses} == {BatchStatusValue.CANCELLED}


@pytest.mark.anyio
async def test_the_async_client_sends_batches(api: Api, emulator: RunningEmulator):
    app = api.create_app("DISPATCH")
    async with AsyncConversationClient(
        emulator.project_id,
        emulator.key_id,
        emulator.key_secret,
        base_url=emulator.base_url_template,
        auth_url=emulator.auth_url,
    ) as client:
        sent = await client.batch.send_batch(body=batch_request(app["id"], personalised(3)))
        status = await client.batch.get_batch_status(sent.batch_id)
    assert status.status == BatchStatusValue.PROCESSED


def test_bulk_contacts_are_created_and_deleted_with_their_events(
    api: Api, client: ConversationClient, receiver: Receiver
):
    app = api.create_app("CONVERSATION")
    hook(api, app["id"], receiver, ["CONTACT_CREATE", "CONTACT_DELETE"])
    identities = [f"+4672{i:07d}" for i in range(5)]
    client.batch.create_contacts(
        body=CreateContactsRequest.from_dict(
            {
                "contacts": [
                    {
                        "channel_identities": [{"channel": "SMS", "identity": n}],
                        "language": "EN_US",
                        "display_name": f"Contact {i}",
                    }
                    for i, n in enumerate(identities)
                ]
            }
        )
    )
    created = {}
    for n in identities:
        (contact,) = api.ok("get", "/contacts", params={"channel": "SMS", "identity": n})[
            "contacts"
        ]
        created[n] = contact
    assert created[identities[2]]["display_name"] == "Contact 2"
    assert created[identities[2]]["language"] == "EN_US"
    wait_for(
        lambda: sum("contact_create_notification" in e["body"] for e in receiver.received) == 5
    )
    client.batch.delete_contacts(
        body=DeleteContactsRequest(contact_ids=[c["id"] for c in created.values()])
    )
    for contact in created.values():
        assert api.get(f"/contacts/{contact['id']}").status_code == 404
    wait_for(
        lambda: sum("contact_delete_notification" in e["body"] for e in receiver.received) == 5
    )


def test_consent_records_land_on_the_apps_lists(api: Api, client: ConversationClient):
    app = api.create_app("CONVERSATION")
    answer = client.batch.insert_consents(
        body=InsertConsentsRequest.from_dict(
            {
                "app_id": app["id"],
                "consent_records": [
                    {"identification": "+46730000001", "consent_type": "OPT_OUT_MARKETING"},
                    {"identification": "+46730000002"},
                ],
            }
        )
    )
    assert answer.batch_id
    marketing = api.ok("get", f"/apps/{app['id']}/consents/OPT_OUT_MARKETING")
    everything = api.ok("get", f"/apps/{app['id']}/consents/OPT_OUT_ALL")
    assert "+46730000001" in json.dumps(marketing)
    assert "+46730000002" in json.dumps(everything)
    audit = api.ok("get", f"/apps/{app['id']}/consents/identities/+46730000001")
    assert "OPT_OUT_MARKETING" in json.dumps(audit)


def _bad_sends(app_id: str, clock_now: str) -> dict[str, tuple[dict[str, Any], int, str]]:
    moment = _parse(clock_now)
    text = {"text_message": {"text": "Hi ${name}"}}
    one = [recipient(1, parameters={"name": "A"})]
    base = {"app_id": app_id, "message": text}
    return {
        "over 1000 recipients": (
            {
                **base,
                "recipient_and_params": [
                    recipient(i, parameters={"name": "x"}) for i in range(1001)
                ],
            },
            400,
            "recipient_and_params",
        ),
        "no recipients": ({**base, "recipient_and_params": []}, 400, "recipient_and_params"),
        "send_after in the past": (
            {**base, "recipient_and_params": one, "send_after": (moment - _minutes(1)).isoformat()},
            400,
            "send_after",
        ),
        "send_after beyond 7 days": (
            {
                **base,
                "recipient_and_params": one,
                "send_after": (moment + _minutes(60 * 24 * 8)).isoformat(),
            },
            400,
            "send_after",
        ),
        "placeholder without a value": (
            {**base, "recipient_and_params": [*one, recipient(2)]},
            400,
            "recipient_and_params[1].parameters.name",
        ),
        "unknown app": (
            {**base, "app_id": "01JAAAAAAAAAAAAAAAAAAAAAAA", "recipient_and_params": one},
            404,
            "",
        ),
    }


BAD_SENDS = list(_bad_sends("x", "2026-01-01T00:00:00Z"))


@pytest.mark.parametrize("case", BAD_SENDS)
def test_bad_batches_are_refused_naming_the_field_and_store_nothing(
    case: str, api: Api, raw: httpx.Client, emulator: RunningEmulator
):
    app = api.create_app("CONVERSATION")
    now = httpx.get(f"{emulator.url}/_emulator/clock").json()["now"]
    body, status, field = _bad_sends(app["id"], now)[case]
    state = emulator.app.store.state(emulator.project_id, "us")
    before = (len(state.messages), len(state.batches), len(state.contacts))
    response = raw.post("/messages", json=body)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    if field:
        assert error["message"].startswith(field + ":"), error
        violations = error["details"][0]["field_violations"]
        assert violations[0]["field"] == field
    assert (len(state.messages), len(state.batches), len(state.contacts)) == before


def test_cancelling_an_unknown_batch_is_a_404_naming_batch_id(client: ConversationClient):
    with pytest.raises(NotFoundError, match="batch_id"):
        client.batch.cancel_batch(body=CancelBatchRequest(batch_id="01JAAAAAAAAAAAAAAAAAAAAAAA"))
    with pytest.raises(BadRequestError, match="batch_id"):
        client.batch.cancel_batch(body=CancelBatchRequest())
    with pytest.raises(NotFoundError, match="01JAAAAAAAAAAAAAAAAAAAAAAA"):
        client.batch.get_batch_status("01JAAAAAAAAAAAAAAAAAAAAAAA")
    assert (
        client.batch.get_batch_statuses_by_metadata(metadata_key="no-such-key", metadata_value="x")
        == []
    )


def test_the_clock_only_moves_forward(emulator: RunningEmulator):
    response = httpx.post(f"{emulator.url}/_emulator/clock", json={"advance_seconds": -5})
    assert response.status_code == 400
    assert "advance_seconds" in response.json()["error"]["message"]
