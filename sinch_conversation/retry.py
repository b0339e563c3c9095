"""Retries with exponential back-off and full jitter, as an httpx transport wrapper.

Wrapping the transport (rather than the operation functions) means every request is covered,
including OAuth token requests and requests re-sent by the auth flow, and the client-side rate
limiter can be applied to every attempt.

Non-idempotent requests (POST, PATCH) are only retried when the server cannot have processed
them: a 429 answer or a failure to connect.

A 429 has its own budget, separate from ``max_attempts``: the documented project limit is per
second (800 requests/s), so a rejected request is accepted again a moment later, and giving up
after a few quick tries loses sends in any burst. The wait honours ``Retry-After`` as a
minimum with jitter on top, so rejected requests do not come back in one wave; and, unless a
:class:`~sinch_conversation.ratelimit.RateLimiter` is given, the transport paces itself with an
:class:`~sinch_conversation.ratelimit.AdaptiveRateLimiter` from the first 429 on. A limit
that does not clear within ``rate_limit_max_wait`` (an app's full ingress queue drains at
only 20 messages/s) is reported as :class:`~sinch_conversation.errors.RateLimitError`. A 5xx or a timeout after the request was sent may
mean the message *was* accepted, and resending ``messages:send`` would deliver it twice to the
recipient. Opt in with ``RetryPolicy(retry_non_idempotent=True)`` if duplicates are acceptable
(for example when the message carries a ``correlation_id`` you de-duplicate on).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from .errors import APIConnectionError, APITimeoutError, parse_retry_after
from .ratelimit import AdaptiveRateLimiter

if TYPE_CHECKING:
    from .ratelimit import RateLimiter

__all__ = [
    "TOKEN_REQUEST_EXTENSION",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "parse_retry_after",
]

logger = logging.getLogger("sinch_conversation")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})

# Request extension that marks a request as safe to repeat regardless of its method (the auth
# flow sets it on OAuth token requests) or, when False, as never to be repeated.
IDEMPOTENT_EXTENSION = "sinch_idempotent"
# Request extension marking an OAuth token request, so a failure names the token URL.
TOKEN_REQUEST_EXTENSION = "sinch_token_request"


@dataclass(frozen=True)
class RetryPolicy:
    """How failed requests are retried.

    ``max_attempts`` counts the first try (1 disables retries); ``max_elapsed`` bounds the total
    time spent on one request including waits. The wait before retry *n* is drawn uniformly from
    ``[0, min(backoff_max, backoff_base * 2**n)]`` ("full jitter"), unless the server sent a
    ``Retry-After`` header, which is honoured as long as it fits in the remaining time.

    429 answers are retried apart from ``max_attempts``: up to ``rate_limit_retries`` times
    and ``rate_limit_max_wait`` seconds of waiting per request, each wait ``Retry-After``
    (or the back-off) plus a random share of it. ``adaptive`` lets a transport without an
    explicit rate limiter slow to the pace the server grants after its first 429s.
    """

    max_attempts: int = 4
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    max_elapsed: float = 60.0
    retry_statuses: frozenset[int] = field(
        default_factory=lambda: frozenset({429, 500, 501, 502, 503, 504})
    )
    retry_non_idempotent: bool = False
    respect_retry_after: bool = True
    rate_limit_retries: int = 30
    rate_limit_max_wait: float = 45.0
    adaptive: bool = True

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.backoff_base < 0 or self.backoff_max < 0 or self.max_elapsed < 0:
            raise ValueError("backoff_base, backoff_max and max_elapsed must not be negative")
        if self.rate_limit_retries < 0 or self.rate_limit_max_wait < 0:
            raise ValueError("rate_limit_retries and rate_limit_max_wait must not be negative")

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """A policy that never retries."""
        return cls(max_attempts=1, rate_limit_retries=0, adaptive=False)

    def throttle_wait(self, retry_number: int, retry_after: float | None) -> float:
        """Wait before re-sending after the ``retry_number``-th (0-based) 429 of a request:
        at least what the server asked, plus jitter that grows with repeated rejections."""
        if retry_after is not None and self.respect_retry_after:
            floor = retry_after
        else:
            floor = min(self.backoff_max, self.backoff_base * (2**retry_number))
        # up to half the floor on the first retry, up to twice it from the third on
        spread = max(floor, self.backoff_base) * 0.5 * (2 ** min(retry_number, 2))
        return floor + random.uniform(0.0, spread)

    def backoff(self, retry_number: int) -> float:
        """Full-jitter wait before retry ``retry_number`` (0-based)."""
        ceiling = min(self.backoff_max, self.backoff_base * (2**retry_number))
        return random.uniform(0.0, ceiling)


def _is_idempotent(request: httpx.Request) -> bool:
    marked = request.extensions.get(IDEMPOTENT_EXTENSION)
    if marked is not None:
        return bool(marked)
    return request.method in IDEMPOTENT_METHODS


def _never_sent(exc: Exception) -> bool:
    """True when ``exc`` means the request did not reach the server."""
    if isinstance(exc, (httpx.ConnectError, httpx.PoolTimeout)):
        return True
    if isinstance(exc, httpx.ConnectTimeout):
        cause = exc.__cause__
        # The default async transport maps aiohttp's errors precisely (see _aiohttp.py), but
        # httpx-aiohttp's own transport, if passed in, maps every aiohttp connection error
        # (a server disconnect after the request was written included) to ConnectTimeout.
        if cause is not None and type(cause).__module__.startswith("aiohttp"):
            import aiohttp  # only reached when aiohttp raised, so it is already loaded

            return isinstance(cause, (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError))
        return True
    return False


def _token_endpoint_error(request: httpx.Request, exc: Exception) -> Exception:
    """A transport failure of a token request, reported against the token URL (the client
    would otherwise name the API URL whose call needed the token)."""

    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    detail = str(exc) or type(exc).__name__
    return cls(f"token endpoint unreachable: {detail}", method="POST", url=str(request.url))


class _Attempts:
    """The retry decisions shared by the sync and async transports."""

    __slots__ = (
        "idempotent",
        "number",
        "policy",
        "request",
        "started",
        "throttled",
        "throttled_wait",
    )

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy = policy
        self.request = request
        self.started = time.monotonic()
        self.number = 1
        self.throttled = 0
        self.throttled_wait = 0.0
        self.idempotent = _is_idempotent(request)

    def _delay(self, retry_after: float | None) -> float | None:
        """The wait before the next attempt, or None if no attempt is left."""
        policy = self.policy
        if self.number >= policy.max_attempts:
            return None
        delay = policy.backoff(self.number - 1)
        if retry_after is not None and policy.respect_retry_after:
            delay = retry_after
        remaining = policy.max_elapsed - (time.monotonic() - self.started)
        if delay > remaining:
            return None
        return delay

    def after_throttle(self, response: httpx.Response) -> float | None:
        """429: the request was not processed, so any method may be re-sent, within the
        rate-limit budget."""
        policy = self.policy
        if 429 not in policy.retry_statuses or self.throttled >= policy.rate_limit_retries:
            return None
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        delay = policy.throttle_wait(self.throttled, retry_after)
        elapsed = time.monotonic() - self.started
        if (
            self.throttled_wait + delay > policy.rate_limit_max_wait
            or elapsed + delay > policy.max_elapsed
        ):
            return None
        self.throttled += 1
        self.throttled_wait += delay
        logger.debug(
            "retrying %s %s after 429 in %.2fs (rate-limit retry %d of %d)",
            self.request.method,
            self.request.url.copy_with(query=None),
            delay,
            self.throttled,
            policy.rate_limit_retries,
        )
        return delay

    def after_response(self, response: httpx.Response) -> float | None:
        status = response.status_code
        if status == 429:
            return self.after_throttle(response)
        if status not in self.policy.retry_statuses:
            return None
        if status != 429 and not (self.idempotent or self.policy.retry_non_idempotent):
            return None
        delay = self._delay(parse_retry_after(response.headers.get("retry-after")))
        if delay is not None:
            self._log(f"status {status}", delay)
        return delay

    def after_error(self, exc: Exception) -> float | None:
        if not isinstance(exc, httpx.TransportError):
            return None
        if not (_never_sent(exc) or self.idempotent or self.policy.retry_non_idempotent):
            return None
        delay = self._delay(None)
        if delay is not None:
            self._log(type(exc).__name__, delay)
        return delay

    def _log(self, reason: str, delay: float) -> None:
        request = self.request
        logger.info(
            "retrying %s %s after %s in %.2fs (attempt %d of %d)",
            request.method,
            request.url.copy_with(query=None),
            reason,
            delay,
            self.number + 1,
            self.policy.max_attempts,
        )
        self.number += 1


def _pacer(policy: RetryPolicy, limiter: RateLimiter | None) -> AdaptiveRateLimiter | None:
    """Adaptive pacing when the caller set no rate limit of their own."""
    return AdaptiveRateLimiter() if policy.adaptive and limiter is None else None


def _observe(pacer: AdaptiveRateLimiter, response: httpx.Response) -> None:
    if response.status_code == 429:
        pacer.throttled()
    else:
        pacer.accepted()


class RetryTransport(httpx.BaseTransport):
    """Wrap a sync transport with a :class:`RetryPolicy` and an optional rate limiter."""

    _sleep = staticmethod(time.sleep)

    def __init__(
        self,
        transport: httpx.BaseTransport,
        policy: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        self._transport = transport
        self._policy = policy or RetryPolicy()
        self._limiter = rate_limiter
        self.pacer = _pacer(self._policy, rate_limiter)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self._policy, request)
        limiter = self._limiter
        pacer = self.pacer
        while True:
            if limiter is not None:
                limiter.acquire()
            if pacer is not None:
                pacer.acquire()
            try:
                response = self._transport.handle_request(request)
            except Exception as exc:
                delay = attempts.after_error(exc)
                if delay is None:
                    if request.extensions.get(TOKEN_REQUEST_EXTENSION) and isinstance(
                        exc, httpx.TransportError
                    ):
                        raise _token_endpoint_error(request, exc) from exc
                    raise
                self._sleep(delay)
                continue
            if pacer is not None:
                _observe(pacer, response)
            delay = attempts.after_response(response)
            if delay is None:
                return response
            response.close()
            self._sleep(delay)

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wrap an async transport with a :class:`RetryPolicy` and an optional rate limiter."""

    _sleep = staticmethod(asyncio.sleep)

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        self._transport = transport
        self._policy = policy or RetryPolicy()
        self._limiter = rate_limiter
        self.pacer = _pacer(self._policy, rate_limiter)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self._policy, request)
        limiter = self._limiter
        pacer = self.pacer
        while True:
            if limiter is not None:
                await limiter.acquire_async()
            if pacer is not None:
                await pacer.acquire_async()
            try:
                response = await self._transport.handle_async_request(request)
            except Exception as exc:
                delay = attempts.after_error(exc)
                if delay is None:
                    if request.extensions.get(TOKEN_REQUEST_EXTENSION) and isinstance(
                        exc, httpx.TransportError
                    ):
                        raise _token_endpoint_error(request, exc) from exc
                    raise
                await self._sleep(delay)
                continue
            if pacer is not None:
                _observe(pacer, response)
            delay = attempts.after_response(response)
            if delay is None:
                return response
            await response.aclose()
            await self._sleep(delay)

    async def aclose(self) -> None:
        await self._transport.aclose()
