"""Hostile input: bodies that cannot be stored safely, wrong media types, oversize bodies,
broken HTTP and slow clients get an answer in the error envelope, and nothing they send can
break a later read."""

from __future__ import annotations

import json
import socket
import time

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sinch_emulator import bodies
from sinch_emulator.__main__ import main
from sinch_emulator.bodies import MAX_BODY, MAX_DEPTH, decode_json
from sinch_emulator.errors import ApiError
from sinch_emulator.testing import run_emulator

from .conftest import Api

JSON = {"content-type": "application/json"}


def raw_post(api: Api, path: str, content: bytes, headers: dict | None = None) -> httpx.Response:
    """A POST outside the checked client: these answers may carry undocumented statuses."""
    with httpx.Client(
        base_url=api.emu.base_url(), auth=(api.emu.key_id, api.emu.key_secret), timeout=30
    ) as http:
        return http.post(api.p + path, content=content, headers=headers or {})


def envelope(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == status and isinstance(error["message"], str)
    return error


def test_lone_surrogate_is_refused_and_lists_keep_working(api: Api):
    body = b'{"display_name":"\\ud83d","channel_identities":[{"channel":"SMS","identity":"+4670"}]}'
    error = envelope(raw_post(api, "/contacts", body, JSON), 400)
    assert "surrogate" in error["message"] and "display_name" in error["message"]
    assert api.get("/contacts").status_code == 200
    # a valid pair (an emoji written as two escapes) is fine
    pair = body.replace(b"\\ud83d", b"\\ud83d\\ude00")
    created = raw_post(api, "/contacts", pair, JSON)
    assert created.status_code == 200 and created.json()["display_name"] == "\U0001f600"


def test_lone_surrogate_in_a_send_is_refused(api: Api):
    app = api.create_app("CONVERSATION")
    send = {
        "app_id": app["id"],
        "recipient": {
            "identified_by": {"channel_identities": [{"channel": "SMS", "identity": "1"}]}
        },
        "message": {"text_message": {"text": "SURROGATE"}},
    }
    raw = json.dumps(send).encode().replace(b"SURROGATE", b"\\udfff")
    envelope(raw_post(api, "/messages:send", raw, JSON), 400)
    assert api.get("/messages", params={"app_id": app["id"]}).json().get("messages", []) == []
    assert api.get("/messages").status_code == 200


def test_deep_nesting_nan_and_infinity_are_400(api: Api):
    deep = b'{"display_name":' + b"[" * 1000 + b"]" * 1000 + b"}"
    just_over = b'{"metadata":' + b"[" * MAX_DEPTH + b"]" * MAX_DEPTH + b"}"
    for raw in (
        deep,
        just_over,
        b'{"display_name":"x","metadata":NaN}',
        b'{"display_name":"x","metadata":Infinity}',
        b'{"display_name":"x","metadata":-Infinity}',
        b'{"display_name":"x","metadata":1e400}',
    ):
        envelope(raw_post(api, "/contacts", raw, JSON), 400)
    assert api.get("/contacts").status_code == 200


@pytest.mark.parametrize(
    ("headers", "content"),
    [
        ({"content-type": "text/plain"}, b'{"display_name":"x"}'),
        ({}, b'{"display_name":"x"}'),
        ({"content-type": "application/json; charset=utf-16"}, '{"a":1}'.encode("utf-16")),
        ({"content-type": "application/json"}, '{"display_name":"x"}'.encode("utf-16")),
    ],
)
def test_wrong_media_types_are_400(api: Api, headers, content):
    before = len(api.ok("get", "/contacts", params={"page_size": 1000}).get("contacts", []))
    envelope(raw_post(api, "/contacts", content, headers), 400)
    after = len(api.ok("get", "/contacts", params={"page_size": 1000}).get("contacts", []))
    assert after == before


def test_oversize_body_is_413(api: Api):
    big = b'{"display_name":"' + b"x" * (MAX_BODY + 10) + b'"}'
    error = envelope(raw_post(api, "/contacts", big, JSON), 413)
    assert str(MAX_BODY) in error["message"]


def test_echoed_values_are_truncated(api: Api):
    huge_id = "A" * 65_000
    response = api.http.get(f"{api.p}/contacts/{huge_id}")
    error = envelope(response, 400)
    assert len(response.content) < 2_000
    assert "more characters" in error["message"]


def _raw_exchange(port: int, payload: bytes, wait: float = 5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as sock:
        sock.sendall(payload)
        chunks = []
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def test_malformed_http_gets_an_envelope(emulator):
    port = int(emulator.url.rsplit(":", 1)[1])
    answer = _raw_exchange(port, b"NOT HTTP AT ALL\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert b"application/json" in head
    assert json.loads(body)["error"]["status"] == "INVALID_ARGUMENT"


def test_slow_headers_are_cut_off():
    with run_emulator(rate_limit=None, header_timeout=0.5) as emu:
        port = int(emu.url.rsplit(":", 1)[1])
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(b"GET /_emulator/health HTTP/1.1\r\nHost: x\r\n")  # never finished
            answer = sock.recv(65536)
            while chunk := sock.recv(65536):
                answer += chunk
        held = time.monotonic() - started
        assert answer.startswith(b"HTTP/1.1 408")
        assert json.loads(answer.partition(b"\r\n\r\n")[2])["error"]["code"] == 408
        assert held < 5  # closed after the header deadline, not after the keep-alive one
        # a silent connection is closed as well, and the server still answers others
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            assert sock.recv(65536).startswith(b"HTTP/1.1 408")
        assert httpx.get(emu.url + "/_emulator/health").status_code == 200


def test_missing_spec_is_an_error(capsys):
    assert main(["--spec", "/nonexistent/openapi.json"]) == 2
    assert "/nonexistent/openapi.json" in capsys.readouterr().err


def test_sub_second_token_lifetime_stays_sub_second():
    with run_emulator(rate_limit=None, token_ttl=0.5) as emu:
        answer = httpx.post(
            emu.auth_url,
            data={"grant_type": "client_credentials"},
            auth=(emu.key_id, emu.key_secret),
        ).json()
        assert answer["expires_in"] == 0.5
        token = answer["access_token"]
        url = f"{emu.base_url()}/v1/projects/{emu.project_id}/contacts"
        headers = {"authorization": f"Bearer {token}"}
        assert httpx.get(url, headers=headers).status_code == 200
        time.sleep(0.6)
        assert httpx.get(url, headers=headers).status_code == 401


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=' \t\n\r{}[]":,0123456789.eE-+truefalsnx\\u', max_size=30))
def test_the_body_decoder_answers_as_json_loads_does(text: str) -> None:
    """The scanner called directly: the same values and the same errors as ``json.loads``."""
    try:
        expected: object = json.loads(text)
    except json.JSONDecodeError as exc:
        expected = exc
    try:
        got: object = decode_json(text)
    except json.JSONDecodeError as exc:
        got = exc
    except ValueError as exc:  # a number out of range: the decoder's own refusal
        assert "out of range for a JSON number" in str(exc)
        return
    if isinstance(expected, json.JSONDecodeError):
        assert isinstance(got, json.JSONDecodeError) and str(got) == str(expected)
    else:
        assert got == expected


def _stdlib_reading(raw: bytes) -> object:
    """What the standard library makes of a body: its value, or the exception it raises."""
    try:
        text = raw.decode("utf-8")
        return decode_json(text[1:] if text[:1] == "\ufeff" else text)
    except (ValueError, RecursionError) as exc:
        return exc


def _same(a: object, b: object) -> bool:
    """Equal values of equal types all the way down (``1 == 1.0`` is not the same here)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        _JSON_VALUES.map(lambda v: json.dumps(v, ensure_ascii=False).encode()),
        _JSON_VALUES.map(lambda v: json.dumps(v).encode()),
        st.text(alphabet=' \t{}[]":,0123456789.eE-+truefalsn\\ud83', max_size=40).map(str.encode),
        st.binary(max_size=30),
        st.sampled_from(
            [
                b"1e400",
                b"-1e999",
                b"123456789012345678901234567890",
                b'"\\ud800"',
                b"NaN",
                b"\xef\xbb\xbf{}",
                b'{"a":1,"a":2}',
                b"18446744073709551615",
                b"18446744073709551616",
                b"-9223372036854775809",
                b"[" * 2000 + b"]" * 2000,
                b'"\\udc00\\ud800"',
            ]
        ),
    )
)
def test_the_fast_body_reader_reads_what_the_standard_library_reads(raw: bytes) -> None:
    """orjson reads most bodies; whatever it reads must be what ``json`` reads (same values,
    same types: an integer stays an integer however long), and what ``json`` refuses is a
    400, never a value."""
    expected = _stdlib_reading(raw)
    try:
        got: object = bodies._read(raw)
    except ApiError as exc:
        assert isinstance(expected, BaseException), (raw, expected)
        assert exc.code == 400
        return
    assert not isinstance(expected, BaseException), (raw, got, expected)
    assert _same(got, expected), (raw, got, expected)
