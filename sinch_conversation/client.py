"""The sync and async clients.

Operations are not written by hand: at import time every module under
``sinch_conversation_client.api`` is collected into groups named after its folder
(``messages``, ``contacts``...), and each client binds them once, at construction, to its
project id and HTTP client. An operation added by regenerating the low-level client appears
here with no change, and a call costs one closure call on top of the generated function.

A call goes: generated function -> dispatcher (base URL, ``httpx.Auth`` flow, typed errors)
-> :class:`~sinch_conversation.retry.RetryTransport` (rate limit, retries) -> the network
transport (httpx's own for sync, aiohttp-backed for async). The dispatcher drives the auth flow
and the transport directly instead of going through ``httpx.Client``: the API needs neither
cookies nor redirects, and the client's per-request merging was most of the facade's CPU cost
per call. A ready-made ``httpx.Client`` can still be passed as ``http_client``.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import logging
import operator
import os
import pkgutil
import typing
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Self

import httpx
import sinch_conversation_client
import sinch_conversation_client.api

from . import pagination
from .auth import BasicAuth, OAuth2ClientCredentials
from .drift import AsyncDriftLoggingTransport, DriftLoggingTransport
from .errors import APIConnectionError, APITimeoutError, ConfigurationError, error_from_response
from .ratelimit import RateLimiter
from .regions import AUTH_URL, RegionURLs, normalize_region, region_urls, resolve_base_url
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport

__all__ = [
    "OPERATIONS",
    "AsyncConversationClient",
    "ConversationClient",
    "OperationGroup",
    "OperationInfo",
    "discover_operations",
]

__version__ = "0.1.0"

logger = logging.getLogger("sinch_conversation")

USER_AGENT = f"sinch-conversation-python/{__version__} httpx/{httpx.__version__}"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

# Folder names that read better in the plural on the client; every other folder is used as is.
GROUP_ALIASES: Mapping[str, str] = {
    "app": "apps",
    "contact": "contacts",
    "conversation": "conversations",
}

ENV_PROJECT_ID = "SINCH_PROJECT_ID"
ENV_KEY_ID = "SINCH_KEY_ID"
ENV_KEY_SECRET = "SINCH_KEY_SECRET"
ENV_REGION = "SINCH_REGION"
ENV_BASE_URL = "SINCH_CONVERSATION_BASE_URL"
ENV_AUTH_URL = "SINCH_AUTH_URL"


# -- discovery -------------------------------------------------------------------------------


@dataclass(frozen=True)
class OperationInfo:
    """One generated operation as the clients expose it."""

    group: str
    name: str
    module: ModuleType
    sync_detailed: Callable[..., Any]
    asyncio_detailed: Callable[..., Any]
    signature: inspect.Signature
    binds_project: bool
    paginated: bool
    doc: str | None


def _tag_prefixes(folder: str, group: str) -> list[str]:
    """Operation-id prefixes a module in ``folder`` may carry, longest first.

    Module names are snake-cased operation ids (``Contact_ListContacts`` ->
    ``contact_list_contacts``); the tag in the id may be shorter than the folder
    (``OptIn_RegisterOptIn`` lives in ``opt_in_opt_out``).
    """
    words = folder.split("_")
    candidates = {"_".join(words[:n]) for n in range(1, len(words) + 1)}
    candidates |= {group, folder.rstrip("s"), group.rstrip("s")}
    return sorted((c for c in candidates if c), key=len, reverse=True)


def _strip_prefix(module_name: str, prefixes: list[str]) -> str:
    for prefix in prefixes:
        if module_name.startswith(prefix + "_") and len(module_name) > len(prefix) + 1:
            return module_name[len(prefix) + 1 :]
    return module_name


def _success_annotation(annotation: Any) -> Any:
    """``ErrorResponse | Model | None`` -> ``Model``: errors are raised, not returned."""
    args = typing.get_args(annotation)
    if not args:
        return annotation
    kept = tuple(
        a for a in args if a is not type(None) and getattr(a, "__name__", "") != "ErrorResponse"
    )
    if not kept:
        return annotation
    return functools.reduce(operator.or_, kept)


def _public_signature(module: ModuleType) -> tuple[inspect.Signature, bool]:
    sig = inspect.signature(getattr(module, "sync", module.sync_detailed))
    params = [p for name, p in sig.parameters.items() if name not in ("project_id", "client")]
    try:
        returns = _success_annotation(sig.return_annotation)
    except TypeError:
        returns = sig.return_annotation
    return sig.replace(parameters=params, return_annotation=returns), "project_id" in sig.parameters


def discover_operations(
    package: ModuleType = sinch_conversation_client.api,
) -> dict[str, dict[str, OperationInfo]]:
    """Collect ``{group: {operation: OperationInfo}}`` from a generated ``api`` package."""
    groups: dict[str, dict[str, OperationInfo]] = {}
    for folder in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if not folder.ispkg:
            continue
        group = GROUP_ALIASES.get(folder.name, folder.name)
        subpackage = importlib.import_module(f"{package.__name__}.{folder.name}")
        prefixes = _tag_prefixes(folder.name, group)
        found: dict[str, list[ModuleType]] = {}
        for entry in sorted(pkgutil.iter_modules(subpackage.__path__), key=lambda m: m.name):
            if entry.ispkg:
                continue
            module = importlib.import_module(f"{subpackage.__name__}.{entry.name}")
            if not all(hasattr(module, f) for f in ("sync_detailed", "asyncio_detailed")):
                continue
            found.setdefault(_strip_prefix(entry.name, prefixes), []).append(module)
        ops: dict[str, OperationInfo] = {}
        for short, modules in found.items():
            for module in modules:
                # Two modules shortening to the same name keep their full names.
                name = short if len(modules) == 1 else module.__name__.rpartition(".")[2]
                signature, binds_project = _public_signature(module)
                ops[name] = OperationInfo(
                    group=group,
                    name=name,
                    module=module,
                    sync_detailed=module.sync_detailed,
                    asyncio_detailed=module.asyncio_detailed,
                    signature=signature,
                    binds_project=binds_project,
                    paginated="page_token" in signature.parameters,
                    doc=inspect.getdoc(getattr(module, "sync", module.sync_detailed)),
                )
        if ops:
            groups.setdefault(group, {}).update(ops)
    return groups


OPERATIONS: dict[str, dict[str, OperationInfo]] = discover_operations()


class OperationGroup:
    """The operations of one API tag, bound to a client (``client.contacts``...)."""

    def __init__(self, name: str, operations: Mapping[str, Callable[..., Any]]) -> None:
        self._name = name
        self._operations = tuple(operations)
        for op_name, fn in operations.items():
            setattr(self, op_name, fn)

    def __dir__(self) -> list[str]:
        return sorted(self._operations)

    def __iter__(self) -> Iterator[str]:
        return iter(self._operations)

    def __repr__(self) -> str:
        return f"<OperationGroup {self._name}: {', '.join(self._operations)}>"


def _decorate(fn: Callable[..., Any], info: OperationInfo, owner: str) -> Callable[..., Any]:
    fn.__name__ = info.name
    fn.__qualname__ = f"{owner}.{info.group}.{info.name}"
    fn.__doc__ = info.doc
    fn.__signature__ = info.signature  # type: ignore[attr-defined]
    fn.paginated = info.paginated  # type: ignore[attr-defined]
    fn.operation = info  # type: ignore[attr-defined]
    return fn


def _bind_sync(info: OperationInfo, project_id: str, client: Any) -> Callable[..., Any]:
    call = info.sync_detailed
    if info.binds_project:

        def operation(*args: Any, **kwargs: Any) -> Any:
            return call(project_id, *args, client=client, **kwargs).parsed

    else:

        def operation(*args: Any, **kwargs: Any) -> Any:
            return call(*args, client=client, **kwargs).parsed

    return _decorate(operation, info, "ConversationClient")


def _bind_async(info: OperationInfo, project_id: str, client: Any) -> Callable[..., Any]:
    call = info.asyncio_detailed
    if info.binds_project:

        async def operation(*args: Any, **kwargs: Any) -> Any:
            return (await call(project_id, *args, client=client, **kwargs)).parsed

    else:

        async def operation(*args: Any, **kwargs: Any) -> Any:
            return (await call(*args, client=client, **kwargs)).parsed

    return _decorate(operation, info, "AsyncConversationClient")


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

    Adds the base URL and auth, and raises a typed error for a non-2xx answer before the
    generated parser sees it. With no ``httpx.Client`` given it drives the auth flow and the
    transport itself: the API needs neither cookies nor redirects, and skipping the client's
    per-request merging is most of the cost of a call on top of the network.
    """

    __slots__ = ("_auth", "_base_url", "_client", "_extensions", "_headers", "_transport", "_urls")

    def __init__(
        self,
        base_url: str,
        auth: httpx.Auth,
        headers: Mapping[str, str],
        timeout: httpx.Timeout,
        transport: httpx.BaseTransport | None = None,
        client: httpx.Client | None = None,
    ) -> None:
        self._base_url = base_url
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
        full_url = self._base_url + url
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

    __slots__ = ("_auth", "_base_url", "_client", "_extensions", "_headers", "_transport", "_urls")

    def __init__(
        self,
        base_url: str,
        auth: httpx.Auth,
        headers: Mapping[str, str],
        timeout: httpx.Timeout,
        transport: httpx.AsyncBaseTransport | None = None,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self._base_url = base_url
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
        full_url = self._base_url + url
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
        auth_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        rate_limit: float | RateLimiter | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.project_id = _require(project_id, "project_id", ENV_PROJECT_ID)
        self.region = normalize_region(region)
        self.base_url = resolve_base_url(self.region, base_url)
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
        """The region's Conversation, Template Management and Batch hosts (the Conversation
        host replaced by ``base_url`` when one was given)."""
        hosts = region_urls(self.region)
        return RegionURLs(self.region, self.base_url, hosts.template, hosts.batch)

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
        if env.get(ENV_AUTH_URL):
            settings["auth_url"] = env[ENV_AUTH_URL]
        settings.update(overrides)
        return cls(**settings)

    def _bind_groups(self, client: Any, bind: Callable[..., Callable[..., Any]]) -> None:
        for group, ops in OPERATIONS.items():
            bound = {name: bind(info, self.project_id, client) for name, info in ops.items()}
            attr = group if not hasattr(type(self), group) else f"{group}_"
            setattr(self, attr, OperationGroup(group, bound))
        self.groups = tuple(OPERATIONS)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(project_id={self.project_id!r}, region={self.region!r}, "
            f"auth={self.auth_mode!r}, base_url={self.base_url!r})"
        )


class ConversationClient(_ClientBase):
    """Synchronous Conversation API client.

    Every generated operation is available as ``client.<group>.<operation>(...)`` with the
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
            self.base_url, self.auth, self._headers, self.timeout, self.transport, http_client
        )
        generated = sinch_conversation_client.Client(base_url=self.base_url)
        generated.set_httpx_client(self._dispatcher)  # type: ignore[arg-type]
        self._bind_groups(generated, _bind_sync)

    def paginate(
        self, operation: Callable[..., Any], /, *args: Any, **kwargs: Any
    ) -> Iterator[Any]:
        """Iterate over every item of a list operation, fetching pages as needed."""
        return pagination.paginate(operation, *args, **kwargs)

    def pages(self, operation: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Iterator[Any]:
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
    from ._aiohttp import BufferedAiohttpTransport

    return BufferedAiohttpTransport(
        limits=httpx.Limits(max_connections=256, max_keepalive_connections=256)
    )


class AsyncConversationClient(_ClientBase):
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
            self.base_url, self.auth, self._headers, self.timeout, self.transport, http_client
        )
        generated = sinch_conversation_client.Client(base_url=self.base_url)
        generated.set_async_httpx_client(self._dispatcher)  # type: ignore[arg-type]
        self._bind_groups(generated, _bind_async)

    def paginate(
        self, operation: Callable[..., Any], /, *args: Any, **kwargs: Any
    ) -> AsyncIterator[Any]:
        """Iterate (``async for``) over every item of a list operation."""
        return pagination.apaginate(operation, *args, **kwargs)

    def pages(
        self, operation: Callable[..., Any], /, *args: Any, **kwargs: Any
    ) -> AsyncIterator[Any]:
        """Iterate (``async for``) over the pages of a list operation."""
        return pagination.aiter_pages(operation, *args, **kwargs)

    async def aclose(self) -> None:
        """Close the connection pool (an ``http_client`` passed in is left to its owner)."""
        await self._dispatcher.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
