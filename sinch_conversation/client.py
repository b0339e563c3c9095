"""The sync and async clients.

Operations are not written by hand: ``make generate`` writes one typed class per API tag into
:mod:`sinch_conversation.resources` (``client.messages`` is a :class:`~.resources.Messages`,
whose ``send_message`` takes the generated function's parameters and returns its success
model), and the clients inherit the groups as declared properties. An operation added by
regenerating the low-level client appears here with no change, and a call costs one method
call on top of the generated function.

A call goes: generated function -> dispatcher (base URL, ``httpx.Auth`` flow, typed errors)
-> :class:`~sinch_conversation.retry.RetryTransport` (rate limit, retries) -> the network
transport (httpx's own for sync, aiohttp-backed for async). The dispatcher drives the auth flow
and the transport directly instead of going through ``httpx.Client``: the API needs neither
cookies nor redirects, and the client's per-request merging was most of the facade's CPU cost
per call. A ready-made ``httpx.Client`` can still be passed as ``http_client``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, ParamSpec, Self, TypeVar

import httpx
import sinch_conversation_batch_client
import sinch_conversation_client

from . import pagination
from .auth import BasicAuth, OAuth2ClientCredentials
from .drift import AsyncDriftLoggingTransport, DriftLoggingTransport
from .errors import APIConnectionError, APITimeoutError, ConfigurationError, error_from_response
from .ratelimit import RateLimiter
from .regions import (
    AUTH_URL,
    HostRouter,
    RegionURLs,
    normalize_region,
    resolve_base_url,
    resolve_batch_base_url,
    resolve_template_base_url,
)
from .resources import GROUPS, OPERATIONS, AsyncGroups, SyncGroups
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport

__all__ = ["GROUPS", "OPERATIONS", "AsyncConversationClient", "ConversationClient"]

P = ParamSpec("P")
Page = TypeVar("Page")

__version__ = "0.1.0"

logger = logging.getLogger("sinch_conversation")

USER_AGENT = f"sinch-conversation-python/{__version__} httpx/{httpx.__version__}"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

ENV_PROJECT_ID = "SINCH_PROJECT_ID"
ENV_KEY_ID = "SINCH_KEY_ID"
ENV_KEY_SECRET = "SINCH_KEY_SECRET"
ENV_REGION = "SINCH_REGION"
ENV_BASE_URL = "SINCH_CONVERSATION_BASE_URL"
ENV_TEMPLATE_BASE_URL = "SINCH_TEMPLATE_BASE_URL"
ENV_BATCH_BASE_URL = "SINCH_BATCH_BASE_URL"
ENV_AUTH_URL = "SINCH_AUTH_URL"


# -- dispatchers: what the generated functions see as their httpx client --------------------

_URL_CACHE_SIZE = 1024


class _URLCache(dict[str, httpx.URL]):
    """Parsed URLs by string: most calls repeat a handful of URLs (``messages:send``), and
    parsing is a noticeable share of a request's CPU cost. ``httpx.URL`` is immutable."""

    def __missing__(self, key: str) -> httpx.URL:
        if len(self) >= _URL_CACHE_SIZE:
            self.clear()
        url = self[key] = httpx.URL(key)
        return url


class _SyncDispatcher:
    """Stands in for ``httpx.Client`` in the generated code.

    Adds the host (:class:`~sinch_conversation.regions.HostRouter`) and auth, and raises a
    typed error for a non-2xx answer before the generated parser sees it. With no ``httpx.Client`` given it drives the auth flow and the
    transport itself: the API needs neither cookies nor redirects, and skipping the client's
    per-request merging is most of the cost of a call on top of the network.
    """

    __slots__ = ("_auth", "_client", "_extensions", "_headers", "_hosts", "_transport", "_urls")

    def __init__(
        self,
        hosts: HostRouter,
        auth: httpx.Auth,
        headers: Mapping[str, str],
        timeout: httpx.Timeout,
        transport: httpx.BaseTransport | None = None,
        client: httpx.Client | None = None,
    ) -> None:
        self._hosts = hosts
        self._auth = auth
        self._headers = dict(headers)
        self._extensions = {"timeout": timeout.as_dict()}
        self._transport = transport
        self._client = client
        self._urls = _URLCache()

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        headers: Mapping[str, str] | None = None,
        **content: Any,
    ) -> httpx.Response:
        full_url = self._hosts.url(url)
        try:
            if self._client is not None:
                response = self._client.request(
                    method, full_url, params=params, headers=headers, auth=self._auth, **content
                )
            else:
                request = httpx.Request(
                    method,
                    self._urls[full_url],
                    params=params or None,
                    headers={**self._headers, **headers} if headers else self._headers,
                    extensions=dict(self._extensions),
                    **content,
                )
                response = self._send(request)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(
                str(exc) or "request timed out", method=method.upper(), url=full_url
            ) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(
                str(exc) or type(exc).__name__, method=method.upper(), url=full_url
            ) from exc
        if not 200 <= response.status_code < 300:
            raise error_from_response(response)
        return response

    def _send(self, request: httpx.Request) -> httpx.Response:
        transport = self._transport
        assert transport is not None
        flow = self._auth.sync_auth_flow(request)
        try:
            request = next(flow)
            while True:
                response = transport.handle_request(request)
                response.request = request
                try:
                    response.read()
                finally:
                    response.close()
                try:
                    request = flow.send(response)
                except StopIteration:
                    return response
        finally:
            flow.close()

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()


class _AsyncDispatcher:
    """The async counterpart of :class:`_SyncDispatcher`."""

    __slots__ = ("_auth", "_client", "_extensions", "_headers", "_hosts", "_transport", "_urls")

    def __init__(
        self,
        hosts: HostRouter,
        auth: httpx.Auth,
        headers: Mapping[str, str],
        timeout: httpx.Timeout,
        transport: httpx.AsyncBaseTransport | None = None,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self._hosts = hosts
        self._auth = auth
        self._headers = dict(headers)
        self._extensions = {"timeout": timeout.as_dict()}
        self._transport = transport
        self._client = client
        self._urls = _URLCache()

    async def request(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        headers: Mapping[str, str] | None = None,
        **content: Any,
    ) -> httpx.Response:
        full_url = self._hosts.url(url)
        try:
            if self._client is not None:
                response = await self._client.request(
                    method, full_url, params=params, headers=headers, auth=self._auth, **content
                )
            else:
                request = httpx.Request(
                    method,
                    self._urls[full_url],
                    params=params or None,
                    headers={**self._headers, **headers} if headers else self._headers,
                    extensions=dict(self._extensions),
                    **content,
                )
                response = await self._send(request)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(
                str(exc) or "request timed out", method=method.upper(), url=full_url
            ) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(
                str(exc) or type(exc).__name__, method=method.upper(), url=full_url
            ) from exc
        if not 200 <= response.status_code < 300:
            raise error_from_response(response)
        return response

    async def _send(self, request: httpx.Request) -> httpx.Response:
        transport = self._transport
        assert transport is not None
        flow = self._auth.async_auth_flow(request)
        try:
            request = await flow.__anext__()
            while True:
                response = await transport.handle_async_request(request)
                response.request = request
                try:
                    await response.aread()
                finally:
                    await response.aclose()
                try:
                    request = await flow.asend(response)
                except StopAsyncIteration:
                    return response
        finally:
            await flow.aclose()

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()


# -- clients ---------------------------------------------------------------------------------


def _require(value: str | None, argument: str, env: str) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ConfigurationError(f"missing {argument}: pass {argument}=... or set {env}")
    return value


class _ClientBase:
    """Settings shared by the sync and async clients (validated eagerly, secrets kept out of
    ``repr``)."""

    def __init__(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        key_secret: str | None = None,
        *,
        region: str = "us",
        auth: str | httpx.Auth = "oauth",
        base_url: str | None = None,
        template_base_url: str | None = None,
        batch_base_url: str | None = None,
        auth_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        rate_limit: float | RateLimiter | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.project_id = _require(project_id, "project_id", ENV_PROJECT_ID)
        self.region = normalize_region(region)
        self.base_url = resolve_base_url(self.region, base_url)
        self.template_base_url = resolve_template_base_url(self.region, template_base_url, base_url)
        self.batch_base_url = resolve_batch_base_url(self.region, batch_base_url, base_url)
        self.hosts = HostRouter(self.base_url, self.template_base_url, self.batch_base_url)
        self.auth_url = auth_url or AUTH_URL
        self.retry = retry if retry is not None else RetryPolicy()
        if rate_limit is None or isinstance(rate_limit, RateLimiter):
            self.rate_limiter = rate_limit
        else:
            self.rate_limiter = RateLimiter(float(rate_limit))
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._headers = {"User-Agent": USER_AGENT, **(headers or {})}
        if isinstance(auth, httpx.Auth):
            self.auth: httpx.Auth = auth
            self.auth_mode = "custom"
        elif auth == "oauth":
            key_id = _require(key_id, "key_id", ENV_KEY_ID)
            key_secret = _require(key_secret, "key_secret", ENV_KEY_SECRET)
            self.auth = OAuth2ClientCredentials(key_id, key_secret, token_url=self.auth_url)
            self.auth_mode = "oauth"
        elif auth == "basic":
            key_id = _require(key_id, "key_id", ENV_KEY_ID)
            key_secret = _require(key_secret, "key_secret", ENV_KEY_SECRET)
            self.auth = BasicAuth(key_id, key_secret)
            self.auth_mode = "basic"
        else:
            raise ConfigurationError(f"unknown auth mode {auth!r}; use 'oauth' or 'basic'")

    @property
    def urls(self) -> RegionURLs:
        """The region's Conversation, Template Management and Batch hosts (as overridden by
        ``base_url``, ``template_base_url`` and ``batch_base_url``)."""
        return RegionURLs(self.region, self.base_url, self.template_base_url, self.batch_base_url)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Self:
        """Build a client from ``SINCH_*`` environment variables; keyword arguments win."""
        env = os.environ if environ is None else environ
        settings: dict[str, Any] = {
            "project_id": env.get(ENV_PROJECT_ID),
            "key_id": env.get(ENV_KEY_ID),
            "key_secret": env.get(ENV_KEY_SECRET),
        }
        if env.get(ENV_REGION):
            settings["region"] = env[ENV_REGION]
        if env.get(ENV_BASE_URL):
            settings["base_url"] = env[ENV_BASE_URL]
        if env.get(ENV_TEMPLATE_BASE_URL):
            settings["template_base_url"] = env[ENV_TEMPLATE_BASE_URL]
        if env.get(ENV_BATCH_BASE_URL):
            settings["batch_base_url"] = env[ENV_BATCH_BASE_URL]
        if env.get(ENV_AUTH_URL):
            settings["auth_url"] = env[ENV_AUTH_URL]
        settings.update(overrides)
        return cls(**settings)

    #: the names of the operation groups (``client.messages``...), as generated
    groups: tuple[str, ...] = GROUPS

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(project_id={self.project_id!r}, region={self.region!r}, "
            f"auth={self.auth_mode!r}, base_url={self.base_url!r})"
        )


class ConversationClient(SyncGroups, _ClientBase):
    """Synchronous Conversation API client.

    Every generated operation is a typed method ``client.<group>.<operation>(...)`` with the
    project id bound, e.g. ``client.messages.send_message(body=SendMessageRequest(...))``; it
    returns the typed 2xx model and raises :mod:`sinch_conversation.errors` otherwise.

    ``transport=`` replaces the network transport under the retry and rate-limit layer
    (``client.transport`` is that layer). ``http_client=`` sends through a ready-made
    ``httpx.Client`` instead, as is: its own transport then decides about retries, and closing
    it stays with the caller. ``auth="basic"`` is for testing only (Sinch rate limits it
    heavily); ``rate_limit=800`` or a shared :class:`RateLimiter` paces requests.
    ``log_drift=True`` logs, once each, answer fields and enum values the generated models do
    not know (:mod:`sinch_conversation.drift`; not with ``http_client=``).
    """

    def __init__(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        key_secret: str | None = None,
        *,
        region: str = "us",
        auth: str | httpx.Auth = "oauth",
        base_url: str | None = None,
        template_base_url: str | None = None,
        batch_base_url: str | None = None,
        auth_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        rate_limit: float | RateLimiter | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        log_drift: bool = False,
    ) -> None:
        super().__init__(
            project_id,
            key_id,
            key_secret,
            region=region,
            auth=auth,
            base_url=base_url,
            template_base_url=template_base_url,
            batch_base_url=batch_base_url,
            auth_url=auth_url,
            timeout=timeout,
            retry=retry,
            rate_limit=rate_limit,
            headers=headers,
        )
        self.http = http_client
        if http_client is None:
            inner = transport if transport is not None else httpx.HTTPTransport()
            inner = DriftLoggingTransport(inner) if log_drift else inner
            self.transport: httpx.BaseTransport | None = RetryTransport(
                inner, self.retry, self.rate_limiter
            )
        else:
            self.transport = None
        self._dispatcher = _SyncDispatcher(
            self.hosts, self.auth, self._headers, self.timeout, self.transport, http_client
        )
        self._api = sinch_conversation_client.Client(base_url=self.base_url)
        self._api.set_httpx_client(self._dispatcher)  # type: ignore[arg-type]
        # the Batch API's generated client: same auth, headers and transport, batch host
        batch = _SyncDispatcher(
            self.hosts.for_batch(),
            self.auth,
            self._headers,
            self.timeout,
            self.transport,
            http_client,
        )
        self._batch_api = sinch_conversation_batch_client.Client(base_url=self.batch_base_url)
        self._batch_api.set_httpx_client(batch)  # type: ignore[arg-type]

    def paginate(
        self, operation: Callable[P, Any], /, *args: P.args, **kwargs: P.kwargs
    ) -> Iterator[Any]:
        """Iterate over every item of a list operation, fetching pages as needed."""
        return pagination.paginate(operation, *args, **kwargs)

    def pages(
        self, operation: Callable[P, Page], /, *args: P.args, **kwargs: P.kwargs
    ) -> Iterator[Page]:
        """Iterate over the pages (response models) of a list operation."""
        return pagination.iter_pages(operation, *args, **kwargs)

    def close(self) -> None:
        """Close the connection pool (an ``http_client`` passed in is left to its owner)."""
        self._dispatcher.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _default_async_transport() -> httpx.AsyncBaseTransport:
    # httpx's own async transport tops out around 250 requests/s at 64 in flight; aiohttp's
    # connection pool passes the 800 requests/s project limit from a single process.
    from ._aiohttp import BufferedAiohttpTransport  # aiohttp loads only for async clients

    return BufferedAiohttpTransport(
        limits=httpx.Limits(max_connections=256, max_keepalive_connections=256)
    )


class AsyncConversationClient(AsyncGroups, _ClientBase):
    """Asynchronous Conversation API client (``await client.contacts.list_contacts()``).

    Uses an aiohttp-backed transport by default: httpx's own async transport cannot sustain
    the 800 requests/s project limit from one process. ``transport=`` (any
    ``httpx.AsyncBaseTransport``) replaces it under the retry layer; ``http_client=`` sends
    through a ready-made ``httpx.AsyncClient`` as is.
    """

    def __init__(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        key_secret: str | None = None,
        *,
        region: str = "us",
        auth: str | httpx.Auth = "oauth",
        base_url: str | None = None,
        template_base_url: str | None = None,
        batch_base_url: str | None = None,
        auth_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        rate_limit: float | RateLimiter | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        log_drift: bool = False,
    ) -> None:
        super().__init__(
            project_id,
            key_id,
            key_secret,
            region=region,
            auth=auth,
            base_url=base_url,
            template_base_url=template_base_url,
            batch_base_url=batch_base_url,
            auth_url=auth_url,
            timeout=timeout,
            retry=retry,
            rate_limit=rate_limit,
            headers=headers,
        )
        self.http = http_client
        if http_client is None:
            inner = transport if transport is not None else _default_async_transport()
            inner = AsyncDriftLoggingTransport(inner) if log_drift else inner
            self.transport: httpx.AsyncBaseTransport | None = AsyncRetryTransport(
                inner, self.retry, self.rate_limiter
            )
        else:
            self.transport = None
        self._dispatcher = _AsyncDispatcher(
            self.hosts, self.auth, self._headers, self.timeout, self.transport, http_client
        )
        self._api = sinch_conversation_client.Client(base_url=self.base_url)
        self._api.set_async_httpx_client(self._dispatcher)  # type: ignore[arg-type]
        # the Batch API's generated client: same auth, headers and transport, batch host
        batch = _AsyncDispatcher(
            self.hosts.for_batch(),
            self.auth,
            self._headers,
            self.timeout,
            self.transport,
            http_client,
        )
        self._batch_api = sinch_conversation_batch_client.Client(base_url=self.batch_base_url)
        self._batch_api.set_async_httpx_client(batch)  # type: ignore[arg-type]

    def paginate(
        self, operation: Callable[P, Awaitable[Any]], /, *args: P.args, **kwargs: P.kwargs
    ) -> AsyncIterator[Any]:
        """Iterate (``async for``) over every item of a list operation."""
        return pagination.apaginate(operation, *args, **kwargs)

    def pages(
        self, operation: Callable[P, Awaitable[Page]], /, *args: P.args, **kwargs: P.kwargs
    ) -> AsyncIterator[Page]:
        """Iterate (``async for``) over the pages of a list operation."""
        return pagination.aiter_pages(operation, *args, **kwargs)

    async def aclose(self) -> None:
        """Close the connection pool (an ``http_client`` passed in is left to its owner)."""
        await self._dispatcher.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
