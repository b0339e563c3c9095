"""What the generated operation groups (:mod:`sinch_conversation.resources`) build on.

A group holds the client's project id and its dispatcher (base URL, auth, retries, typed
errors; the Batch API's group has the dispatcher that sends to the batch host). A generated method builds the request with the generated ``_get_kwargs`` (JSON bodies
through :func:`request_body`, the run-time check), sends it through the dispatcher, which has
already raised an :class:`~.errors.APIError` for any non-2xx answer, and hands the answer to
:func:`parse_answer`, the one place that turns an answer into the operation's model: sync and
async differ only in the ``await``.
"""

from __future__ import annotations

import contextvars
import functools
import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar, overload

import httpx
from sinch_conversation_client.types import UNSET as _UNSET

from ._check import check_enum, check_request
from .errors import APIResponseValidationError

if TYPE_CHECKING:
    import enum

__all__ = [
    "OMIT",
    "AsyncResource",
    "RawResponse",
    "SyncResource",
    "parse_answer",
    "parse_list_answer",
    "query_enum",
    "request_body",
    "to_raw_response",
    "to_raw_response_async",
]

#: the default of a body field's keyword argument: not given (the generated client's UNSET).
#: Typed ``Any`` so that the argument's declared type is the field's type alone, and a type
#: checker reports a wrong nested dict against that ``TypedDict`` (which key, which value).
OMIT: Any = _UNSET

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

# set by a with_raw_response wrapper: the answers of the call it wraps are put here
_RAW: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "sinch_raw_response", default=None
)


class SyncDispatcher(Protocol):
    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response: ...


class AsyncDispatcher(Protocol):
    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response: ...


class _Body:
    """A checked JSON body where the generated ``_get_kwargs`` expects a model."""

    __slots__ = ("data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return self.data


def request_body(model: str, body: Any, fields: dict[str, Any]) -> Any:
    """The body of a request: the keyword fields (those given) or ``body=`` (a model or a
    mapping), checked against ``model`` before anything is sent."""
    given = {k: v for k, v in fields.items() if v is not _UNSET}
    if body is not None:
        if given:
            raise TypeError(f"pass either body= or the fields ({', '.join(given)}), not both")
        given = body.to_dict() if hasattr(body, "to_dict") else body
    return _Body(check_request(model, given))


def query_enum(enum_type: type[enum.Enum], value: Any, name: str) -> Any:
    """An enum query parameter given as a member or a plain string (checked)."""
    return value if value is _UNSET else check_enum(enum_type, value, name)


def parse_answer(response: httpx.Response, model: type[T] | None) -> T | None:
    """The operation's model for a 2xx ``response`` (``None`` for an operation without an
    answer body); an answer that does not parse raises ``APIResponseValidationError``."""
    box = _RAW.get()
    if box is not None:
        box.append(response)
    if model is None:
        return None
    try:
        return model.from_dict(response.json())  # type: ignore[attr-defined,no-any-return]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _unparsable(response, f"a {model.__name__}", exc) from exc


def parse_list_answer(response: httpx.Response, model: type[T]) -> list[T]:
    """The models of a 2xx ``response`` whose body is a JSON array of ``model`` (the Batch
    API's statuses by metadata); anything else raises ``APIResponseValidationError``."""
    box = _RAW.get()
    if box is not None:
        box.append(response)
    try:
        data = response.json()
        if not isinstance(data, list):
            raise TypeError(f"a JSON {type(data).__name__}, not an array")
        return [model.from_dict(item) for item in data]  # type: ignore[attr-defined]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _unparsable(response, f"an array of {model.__name__}", exc) from exc


def _unparsable(response: httpx.Response, what: str, exc: Exception) -> APIResponseValidationError:
    return APIResponseValidationError(
        status_code=response.status_code,
        message=(
            f"the API accepted the request ({response.status_code}) but its answer is not "
            f"{what} ({type(exc).__name__}: {exc}); retrying may repeat it"
        ),
        method=response.request.method,
        url=str(response.request.url),
        headers=response.headers,
        body=response.text,
    )


class _Resource:
    __slots__ = ("_http", "_project_id")

    def __init__(self, project_id: str, http: Any) -> None:
        self._project_id = project_id
        self._http = http

    def __repr__(self) -> str:
        names = [n for n in dir(type(self)) if not n.startswith("_")]
        return f"<{type(self).__name__}: {', '.join(names)}>"


class SyncResource(_Resource):
    """One API tag's operations on the sync client."""

    __slots__ = ()
    _http: SyncDispatcher

    @overload
    def _call(self, kwargs: dict[str, Any], model: None) -> None: ...
    @overload
    def _call(self, kwargs: dict[str, Any], model: type[T]) -> T: ...
    def _call(self, kwargs: dict[str, Any], model: type[T] | None) -> T | None:
        return parse_answer(self._http.request(**kwargs), model)

    def _call_list(self, kwargs: dict[str, Any], model: type[T]) -> list[T]:
        return parse_list_answer(self._http.request(**kwargs), model)


class AsyncResource(_Resource):
    """One API tag's operations on the async client."""

    __slots__ = ()
    _http: AsyncDispatcher

    @overload
    async def _call(self, kwargs: dict[str, Any], model: None) -> None: ...
    @overload
    async def _call(self, kwargs: dict[str, Any], model: type[T]) -> T: ...
    async def _call(self, kwargs: dict[str, Any], model: type[T] | None) -> T | None:
        return parse_answer(await self._http.request(**kwargs), model)

    async def _call_list(self, kwargs: dict[str, Any], model: type[T]) -> list[T]:
        return parse_list_answer(await self._http.request(**kwargs), model)


class RawResponse(Generic[R]):
    """An operation's answer as received: ``status_code``, ``headers``, the parsed model
    (``parsed``, or ``parse()``) and the ``http_response`` itself."""

    __slots__ = ("http_response", "parsed")

    def __init__(self, http_response: httpx.Response, parsed: R) -> None:
        self.http_response = http_response
        self.parsed = parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> R:
        return self.parsed

    def json(self) -> Any:
        return json.loads(self.http_response.content) if self.http_response.content else None

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {type(self.parsed).__name__}>"


def to_raw_response(operation: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """``operation`` answering a :class:`RawResponse` instead of the model alone."""

    @functools.wraps(operation)
    def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        box: list[httpx.Response] = []
        token = _RAW.set(box)
        try:
            parsed = operation(*args, **kwargs)
        finally:
            _RAW.reset(token)
        return RawResponse(box[-1], parsed)

    return raw


def to_raw_response_async(
    operation: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[RawResponse[R]]]:
    """The async counterpart of :func:`to_raw_response`."""

    @functools.wraps(operation)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        box: list[httpx.Response] = []
        token = _RAW.set(box)
        try:
            parsed = await operation(*args, **kwargs)
        finally:
            _RAW.reset(token)
        return RawResponse(box[-1], parsed)

    return raw
