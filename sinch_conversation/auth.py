"""Authentication as ``httpx.Auth`` flows.

:class:`OAuth2ClientCredentials` is the production scheme: it exchanges the key id and secret
for a short-lived bearer token, caches it until shortly before it expires, and refreshes it once
(for all concurrent callers) when it runs out or when the API reports it expired.

:class:`BasicAuth` sends the key id and secret with every request. Sinch documents it as
intended for testing only: Basic-authenticated calls are heavily rate limited.

Like httpx's own auth classes, the logic lives in one generator (:meth:`auth_flow`) that both
the sync and the async driver run. The generator asks its driver to take and release the
refresh lock by yielding markers, so the same code serialises refreshes across threads (with a
``threading.Lock``) and across asyncio tasks (with an ``asyncio.Lock``).
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import threading
import time
from collections.abc import AsyncGenerator, Generator
from typing import Any, Final

import httpx

from .errors import AuthenticationError, error_from_response
from .regions import AUTH_URL
from .retry import IDEMPOTENT_EXTENSION, TOKEN_REQUEST_EXTENSION

__all__ = ["BasicAuth", "OAuth2ClientCredentials"]

logger = logging.getLogger("sinch_conversation")

# Markers the shared generator yields to its driver.
_LOCK: Final = object()
_UNLOCK: Final = object()

# A token is refreshed this long before it expires: a tenth of its lifetime, at most a minute,
# so that a request signed just before expiry still arrives with a valid token.
_MAX_REFRESH_MARGIN = 60.0
_DEFAULT_EXPIRES_IN = 3600.0
_TOKEN_FLAG = TOKEN_REQUEST_EXTENSION


class _Secret:
    """A credential-bearing string that does not show itself in ``repr`` or ``vars()`` dumps."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "'***'"


def _basic_header(key_id: str, key_secret: str) -> _Secret:
    raw = f"{key_id}:{key_secret}".encode()
    return _Secret("Basic " + base64.b64encode(raw).decode("ascii"))


def token_expired(response: httpx.Response) -> bool:
    """True for a 401 whose ``WWW-Authenticate`` header says the token expired."""
    return (
        response.status_code == 401
        and "expired" in response.headers.get("www-authenticate", "").lower()
    )


class _Token:
    __slots__ = ("header", "refresh_at")

    def __init__(self, access_token: str, expires_in: float) -> None:
        self.header = "Bearer " + access_token
        margin = min(_MAX_REFRESH_MARGIN, expires_in / 10)
        self.refresh_at = time.monotonic() + expires_in - margin

    def fresh(self) -> bool:
        return time.monotonic() < self.refresh_at

    def __repr__(self) -> str:
        return "<token ***>"


class BasicAuth(httpx.Auth):
    """HTTP Basic auth with the access key (testing only: heavily rate limited by Sinch)."""

    def __init__(self, key_id: str, key_secret: str) -> None:
        self._header = _basic_header(key_id, key_secret)
        self.key_id = key_id

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header.value
        yield request

    def __repr__(self) -> str:
        return f"BasicAuth(key_id={self.key_id!r}, key_secret='***')"


class OAuth2ClientCredentials(httpx.Auth):
    """OAuth2 client-credentials flow against the Sinch token endpoint.

    Thread- and task-safe: concurrent requests that find no valid token wait for a single
    token request. A 401 marked as an expired token triggers one refresh and one re-send;
    a rejected key raises :class:`AuthenticationError` immediately.
    """

    requires_request_body = False
    requires_response_body = False

    def __init__(self, key_id: str, key_secret: str, token_url: str = AUTH_URL) -> None:
        self.key_id = key_id
        self.token_url = token_url
        self._basic = _basic_header(key_id, key_secret)
        self._token: _Token | None = None
        self._thread_lock = threading.Lock()
        self._async_locks: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}
        self._async_locks_guard = threading.Lock()
        self.token_requests = 0  # number of token requests sent, for monitoring

    def __repr__(self) -> str:
        return (
            f"OAuth2ClientCredentials(key_id={self.key_id!r}, key_secret='***', "
            f"token_url={self.token_url!r})"
        )

    def invalidate(self) -> None:
        """Drop the cached token; the next request fetches a new one."""
        self._token = None

    # -- the shared flow ---------------------------------------------------------------------

    def auth_flow(self, request: httpx.Request) -> Generator[Any, httpx.Response | None, None]:
        token = self._token
        if token is None or not token.fresh():
            token = yield from self._refresh(stale=token)
        request.headers["Authorization"] = token.header
        response = yield request
        if response is not None and token_expired(response):
            logger.debug("access token reported expired; refreshing")
            token = yield from self._refresh(stale=token)
            request.headers["Authorization"] = token.header
            yield request

    def _refresh(self, stale: _Token | None) -> Generator[Any, httpx.Response | None, _Token]:
        yield _LOCK
        current = self._token
        if current is not None and current is not stale and current.fresh():
            # Another caller refreshed while this one waited for the lock.
            yield _UNLOCK
            return current
        response = yield self._token_request()
        assert response is not None
        token = self._parse_token_response(response)
        self._token = token
        yield _UNLOCK
        return token

    def _token_request(self) -> httpx.Request:
        self.token_requests += 1
        return httpx.Request(
            "POST",
            self.token_url,
            data={"grant_type": "client_credentials"},
            headers={"Authorization": self._basic.value, "Accept": "application/json"},
            extensions={IDEMPOTENT_EXTENSION: True, _TOKEN_FLAG: True},
        )

    def _parse_token_response(self, response: httpx.Response) -> _Token:
        if response.status_code in (400, 401, 403):
            raise error_from_response(response, error_class=AuthenticationError)
        if not response.is_success:
            raise error_from_response(response)
        try:
            payload = json.loads(response.content)
            access_token = payload["access_token"]
            expires_in = float(payload.get("expires_in") or _DEFAULT_EXPIRES_IN)
        except (ValueError, KeyError, TypeError):
            raise AuthenticationError(
                status_code=response.status_code,
                message="token endpoint returned no access_token",
                method="POST",
                url=self.token_url,
            ) from None
        if not isinstance(access_token, str) or not access_token:
            raise AuthenticationError(
                status_code=response.status_code,
                message="token endpoint returned an empty access_token",
                method="POST",
                url=self.token_url,
            )
        logger.debug("fetched access token (expires in %.0fs)", expires_in)
        return _Token(access_token, expires_in)

    # -- drivers -----------------------------------------------------------------------------

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.auth_flow(request)
        lock = self._thread_lock
        held = False
        try:
            item = next(flow)
            while True:
                if item is _LOCK:
                    lock.acquire()
                    held = True
                    item = flow.send(None)
                elif item is _UNLOCK:
                    lock.release()
                    held = False
                    item = flow.send(None)
                else:
                    response = yield item
                    if item.extensions.get(_TOKEN_FLAG):
                        response.read()
                    item = flow.send(response)
        except StopIteration:
            return
        finally:
            if held:
                lock.release()
            flow.close()

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.auth_flow(request)
        lock = self._async_lock()
        held = False
        try:
            item = next(flow)
            while True:
                if item is _LOCK:
                    await lock.acquire()
                    held = True
                    item = flow.send(None)
                elif item is _UNLOCK:
                    lock.release()
                    held = False
                    item = flow.send(None)
                else:
                    response = yield item
                    if item.extensions.get(_TOKEN_FLAG):
                        await response.aread()
                    item = flow.send(response)
        except StopIteration:
            return
        finally:
            if held:
                lock.release()
            flow.close()

    def _async_lock(self) -> asyncio.Lock:
        # asyncio locks belong to one event loop; keep one per loop.
        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            with self._async_locks_guard:
                for stale in [lp for lp in self._async_locks if lp.is_closed()]:
                    del self._async_locks[stale]
                lock = self._async_locks.setdefault(loop, asyncio.Lock())
        return lock
