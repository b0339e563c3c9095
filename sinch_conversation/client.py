"""The sync and async clients.

Operations are not written by hand: ``make generate`` writes one typed class per API tag into
:mod:`sinch_conversation.resources` (``client.messages`` is a :class:`~.resources.Messages`,
whose ``send_message`` takes the generated function's parameters and returns its success
model), and the clients inherit the groups as declared properties. An operation added by
regenerating the low-level client appears here with no change, and a call costs one method
call on top of the generated function.

A call goes: generated method (``_get_kwargs`` of the generated endpoint) -> dispatcher (base URL, ``httpx.Auth`` flow, typed errors)
-> :class:`~sinch_conversation.retry.RetryTransport` (rate limit, retries) -> the network
transport (httpx's own for sync, aiohttp-backed for async). The dispatcher drives the auth flow
and the transport directly instead of going through ``httpx.Client``: the API needs neither
cookies nor redirects, and the client's per-request merging was most of the facade's CPU cost
per call. A ready-made ``httpx.Client`` can still be passed as ``http_client``.
"""

from __future__ import annotations

import copy
import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from dataclasses import replace as dataclasses_replace
from typing import Any, ParamSpec, Self, TypedDict, TypeVar, Unpack

import httpx

from . import pagination
from ._version import __version__
from .auth import BasicAuth, OAuth2ClientCredentials
from .drift import AsyncDriftLoggingTransport, DriftLog, DriftLoggingTransport
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    SinchError,
    error_from_response,
)
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

__all__ = [
    "GROUPS",
    "OPERATIONS",
    "AsyncConversationClient",
    "ClientOptions",
    "ClientSettings",
    "ConversationClient",
]

P = ParamSpec("P")
Page = TypeVar("Page")

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


# -- dispatchers: the one way a request leaves the client -----------------------------------

_URL_CACHE_SIZE = 1024


class _URLCache(dict[str, httpx.URL]):
    """Parsed URLs by string: most calls repeat a handful of URLs (``messages:send``), and
    parsing is a noticeable share of a request's CPU cost. ``httpx.URL`` is immutable."""

    def __missing__(self, key: str) -> httpx.URL:
        if len(self) >= _URL_CACHE_SIZE:
            self.clear()
        url = self[key] = httpx.URL(key)
        return url


class _Dispatcher:
    """What sync and async dispatch share: the host (:class:`~.regions.HostRouter`), the
    request as sent (headers, timeout), and the typed errors of a transport failure or a
    non-2xx answer. The subclasses only do the I/O, one with ``await``.

    With no ``httpx`` client given the dispatcher drives the auth flow and the transport itself:
    the API needs neither cookies nor redirects, and skipping the client's per-request merging
    is most of the cost of a call on top of the network.
    """

    __slots__ = (
        "_auth",
        "_client",
        "_client_timeout",
        "_extensions",
        "_headers",
        "_hosts",
        "_transport",
        "_urls",
    )

    def __init__(
        self,
        hosts: HostRouter,
        auth: httpx.Auth,
        headers: Mapping[str, str],
        timeout: httpx.Timeout,
        transport: Any = None,
        client: Any = None,
        client_timeout: httpx.Timeout | None = None,
    ) -> None:
        self._client_timeout = client_timeout
        self._hosts = hosts
        self._auth = auth
        self._headers = dict(headers)
        self._extensions = {"timeout": timeout.as_dict()}
        self._transport = transport
        self._client = client
        self._urls = _URLCache()

    def _request(
        self,
        method: str,
        full_url: str,
        params: Any,
        headers: Mapping[str, str] | None,
        content: dict[str, Any],
    ) -> httpx.Request:
        return httpx.Request(
            method,
            self._urls[full_url],
            params=params or None,
            headers={**self._headers, **headers} if headers else self._headers,
            extensions=dict(self._extensions),
            **content,
        )

    def _client_kwargs(self, headers: Mapping[str, str] | None) -> dict[str, Any]:
        """A given ``httpx`` client keeps its own timeout unless ``with_options`` set one."""
        kwargs: dict[str, Any] = {
            "headers": {**self._headers, **headers} if headers else self._headers,
            "auth": self._auth,
        }
        if self._client_timeout is not None:
            kwargs["timeout"] = self._client_timeout
        return kwargs

    @staticmethod
    def _failure(exc: httpx.TransportError, method: str, full_url: str) -> SinchError:
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        default = "request timed out" if cls is APITimeoutError else type(exc).__name__
        return cls(str(exc) or default, method=method.upper(), url=full_url)

    @staticmethod
    def _checked(response: httpx.Response) -> httpx.Response:
        if not 200 <= response.status_code < 300:
            raise error_from_response(response)
        return response


class _SyncDispatcher(_Dispatcher):
    """Sends a sync client's requests."""

    __slots__ = ()

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
                    method, full_url, params=params, **self._client_kwargs(headers), **content
                )
            else:
                response = self._send(self._request(method, full_url, params, headers, content))
        except httpx.TransportError as exc:
            raise self._failure(exc, method, full_url) from exc
        return self._checked(response)

    def _send(self, request: httpx.Request) -> httpx.Response:
        transport: httpx.BaseTransport = self._transport
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


class _AsyncDispatcher(_Dispatcher):
    """Sends an async client's requests."""

    __slots__ = ()

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
                    method, full_url, params=params, **self._client_kwargs(headers), **content
                )
            else:
                response = await self._send(
                    self._request(method, full_url, params, headers, content)
                )
        except httpx.TransportError as exc:
            raise self._failure(exc, method, full_url) from exc
        return self._checked(response)

    async def _send(self, request: httpx.Request) -> httpx.Response:
        transport: httpx.AsyncBaseTransport = self._transport
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


# -- settings --------------------------------------------------------------------------------


def _require(value: str | None, argument: str, env: str) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ConfigurationError(f"missing {argument}: pass {argument}=... or set {env}")
    return value


class ClientOptions(TypedDict, total=False):
    """The keyword settings both clients take (besides credentials and their own transport)."""

    region: str
    auth: str | httpx.Auth
    base_url: str | None
    template_base_url: str | None
    batch_base_url: str | None
    auth_url: str | None
    timeout: float | httpx.Timeout | None
    retry: RetryPolicy | None
    rate_limit: float | RateLimiter | None
    headers: Mapping[str, str] | None


@dataclass(frozen=True)
class ClientSettings:
    """A client's settings, validated once (secrets stay in ``auth``, out of ``repr``)."""

    project_id: str
    region: str
    base_url: str
    template_base_url: str
    batch_base_url: str
    auth_url: str
    hosts: HostRouter
    auth: httpx.Auth
    auth_mode: str
    timeout: httpx.Timeout
    retry: RetryPolicy
    rate_limiter: RateLimiter | None
    headers: Mapping[str, str]

    @classmethod
    def resolve(
        cls,
        project_id: str | None,
        key_id: str | None,
        key_secret: str | None,
        options: ClientOptions,
    ) -> ClientSettings:
        unknown = set(options) - set(ClientOptions.__annotations__)
        if unknown:
            raise TypeError(f"unexpected client settings: {', '.join(sorted(unknown))}")
        region = normalize_region(options.get("region", "us"))
        base_url = options.get("base_url")
        auth_url = options.get("auth_url") or AUTH_URL
        resolved_base = resolve_base_url(region, base_url)
        template = resolve_template_base_url(region, options.get("template_base_url"), base_url)
        batch = resolve_batch_base_url(region, options.get("batch_base_url"), base_url)
        auth = options.get("auth", "oauth")
        mode = "custom"
        if isinstance(auth, str):
            mode = auth
            if auth not in ("oauth", "basic"):
                raise ConfigurationError(f"unknown auth mode {auth!r}; use 'oauth' or 'basic'")
            key_id = _require(key_id, "key_id", ENV_KEY_ID)
            key_secret = _require(key_secret, "key_secret", ENV_KEY_SECRET)
            auth = (
                OAuth2ClientCredentials(key_id, key_secret, token_url=auth_url)
                if auth == "oauth"
                else BasicAuth(key_id, key_secret)
            )
        rate_limit = options.get("rate_limit")
        timeout = options.get("timeout", DEFAULT_TIMEOUT)
        retry = options.get("retry")
        return cls(
            project_id=_require(project_id, "project_id", ENV_PROJECT_ID),
            region=region,
            base_url=resolved_base,
            template_base_url=template,
            batch_base_url=batch,
            auth_url=auth_url,
            hosts=HostRouter(resolved_base, template, batch),
            auth=auth,
            auth_mode=mode,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            retry=retry if retry is not None else RetryPolicy(),
            rate_limiter=(
                rate_limit
                if rate_limit is None or isinstance(rate_limit, RateLimiter)
                else RateLimiter(float(rate_limit))
            ),
            headers={"User-Agent": USER_AGENT, **(options.get("headers") or {})},
        )


# -- clients ---------------------------------------------------------------------------------


class _Keep:
    """``with_options(timeout=...)`` not given: keep the client's timeout."""


_KEEP = _Keep()


class _ClientBase:
    """What the sync and async clients share: settings, ``from_env``, ``with_options``."""

    settings: ClientSettings
    http: Any  # an httpx client given as http_client=, or None
    transport: Any  # the retry layer (None with http_client=)
    _retry_layer: Any  # RetryTransport or AsyncRetryTransport
    _dispatcher_type: Any  # _SyncDispatcher or _AsyncDispatcher
    _network: Any  # the network transport (the pool), under the retry layer
    _owns_pool: bool
    _call_timeout: httpx.Timeout | None = None  # with_options(timeout=...), for http_client=

    def _configure(self, settings: ClientSettings) -> None:
        self.settings = settings
        self.project_id = settings.project_id
        self.region = settings.region
        self.base_url = settings.base_url
        self.template_base_url = settings.template_base_url
        self.batch_base_url = settings.batch_base_url
        self.hosts = settings.hosts
        self.auth_url = settings.auth_url
        self.auth = settings.auth
        self.auth_mode = settings.auth_mode
        self.retry = settings.retry
        self.rate_limiter = settings.rate_limiter
        self.timeout = settings.timeout
        self._headers = dict(settings.headers)

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

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | _Keep = _KEEP,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client for some calls with another ``timeout``, ``retry`` policy or extra
        ``headers``, sharing this client's connection pool, token and rate limiter
        (``client.with_options(timeout=5).messages.send_message(...)``). Closing it leaves the
        pool open; the client it came from owns the pool."""
        derived = copy.copy(self)
        for group in GROUPS:  # the copied groups are bound to the old dispatcher
            derived.__dict__.pop(group, None)
        settings = self.settings
        changes: dict[str, Any] = {}
        if not isinstance(timeout, _Keep):
            changes["timeout"] = (
                timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            )
            derived._call_timeout = changes["timeout"]
        if retry is not None:
            changes["retry"] = retry
        if headers:
            changes["headers"] = {**settings.headers, **headers}
        derived._configure(dataclasses_replace(settings, **changes))
        derived._owns_pool = False
        derived._connect(retry is not None)
        return derived

    def _setup(self, settings: ClientSettings) -> None:
        self._configure(settings)
        self._owns_pool = True

    def _connect(self, new_retry: bool) -> None:
        """(Re)build the retry layer over the shared network transport, and the dispatchers:
        one for the Conversation and Template APIs, one for the Batch API's group (its paths
        are the Conversation API's; :meth:`~.regions.HostRouter.for_batch` sends them all to
        the batch host), sharing auth, headers and transport."""
        if self.http is None and new_retry:
            self.transport = self._retry_layer(self._network, self.retry, self.rate_limiter)
        elif self.http is not None:
            self.transport = None
        shared = (self.auth, self._headers, self.timeout, self.transport, self.http)
        self._dispatcher = self._dispatcher_type(self.hosts, *shared, self._call_timeout)
        self._batch_dispatcher = self._dispatcher_type(
            self.hosts.for_batch(), *shared, self._call_timeout
        )

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
    project id bound and the body's fields as keyword arguments, e.g.
    ``client.messages.send_message(app_id=..., recipient={...}, message={...})``; it returns
    the typed 2xx model and raises :mod:`sinch_conversation.errors` otherwise.

    Settings (``region``, ``auth``, ``base_url``, ``timeout``, ``retry``, ``rate_limit``,
    ``headers``...) are :class:`ClientOptions`. ``transport=`` replaces the network transport
    under the retry and rate-limit layer (``client.transport`` is that layer).
    ``http_client=`` sends through a ready-made ``httpx.Client`` instead, as is: its own
    transport then decides about retries, and closing it stays with the caller.
    ``auth="basic"`` is for testing only (Sinch rate limits it heavily); ``rate_limit=800`` or
    a shared :class:`RateLimiter` paces requests. ``log_drift=True`` logs, once each, answer
    fields and enum values the generated models do not know (:mod:`sinch_conversation.drift`;
    not with ``http_client=``).
    """

    http: httpx.Client | None
    transport: httpx.BaseTransport | None
    _retry_layer = RetryTransport
    _dispatcher_type = _SyncDispatcher

    def __init__(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        key_secret: str | None = None,
        *,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        log_drift: bool = False,
        **options: Unpack[ClientOptions],
    ) -> None:
        self.http = http_client
        self._setup(ClientSettings.resolve(project_id, key_id, key_secret, options))
        if http_client is None:
            inner = transport if transport is not None else httpx.HTTPTransport()
            if log_drift:  # answers from the batch host are matched to Batch API routes
                inner = DriftLoggingTransport(inner, DriftLog(batch_base_url=self.batch_base_url))
            self._network = inner
        self._connect(True)

    def pages(
        self, operation: Callable[P, Page], /, *args: P.args, **kwargs: P.kwargs
    ) -> Iterator[Page]:
        """Iterate over the pages (response models) of a list operation."""
        return pagination.iter_pages(operation, args, dict(kwargs))

    def close(self) -> None:
        """Close the connection pool (an ``http_client`` passed in is left to its owner; a
        client from ``with_options`` leaves it to the client it came from)."""
        if self._owns_pool and self.transport is not None:
            self.transport.close()

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
    through a ready-made ``httpx.AsyncClient`` as is. Settings as for
    :class:`ConversationClient`.
    """

    http: httpx.AsyncClient | None
    transport: httpx.AsyncBaseTransport | None
    _retry_layer = AsyncRetryTransport
    _dispatcher_type = _AsyncDispatcher

    def __init__(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        key_secret: str | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        log_drift: bool = False,
        **options: Unpack[ClientOptions],
    ) -> None:
        self.http = http_client
        self._setup(ClientSettings.resolve(project_id, key_id, key_secret, options))
        if http_client is None:
            inner = transport if transport is not None else _default_async_transport()
            if log_drift:  # answers from the batch host are matched to Batch API routes
                inner = AsyncDriftLoggingTransport(
                    inner, DriftLog(batch_base_url=self.batch_base_url)
                )
            self._network = inner
        self._connect(True)

    def pages(
        self, operation: Callable[P, Awaitable[Page]], /, *args: P.args, **kwargs: P.kwargs
    ) -> AsyncIterator[Page]:
        """Iterate (``async for``) over the pages of a list operation."""
        return pagination.aiter_pages(operation, args, dict(kwargs))

    async def aclose(self) -> None:
        """Close the connection pool (an ``http_client`` passed in is left to its owner; a
        client from ``with_options`` leaves it to the client it came from)."""
        if self._owns_pool and self.transport is not None:
            await self.transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
