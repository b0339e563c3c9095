"""OAuth2 client-credentials tokens and Basic auth, as the Sinch auth service hands them out.

Tokens are HS256 JWTs signed with the key secret, so they need no server-side table and stay
valid across a restart with the same credentials. An expired token is told apart from a bad
one by the ``WWW-Authenticate`` header, the way clients of the real API detect expiry.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from dataclasses import dataclass

from .config import Credential, EmulatorConfig
from .errors import ApiError

INVALID_TOKEN = 'Bearer error="invalid_token", error_description="Invalid token"'
EXPIRED_TOKEN = 'Bearer error="invalid_token", error_description="Jwt expired"'
NO_CREDENTIALS = 'Bearer realm="sinch", Basic realm="sinch"'


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class Principal:
    """Who is calling: the key and the one project it may act on."""

    project_id: str
    key_id: str
    via: str  # "bearer" | "basic"


class Authenticator:
    def __init__(self, config: EmulatorConfig) -> None:
        self.ttl = config.token_ttl
        self.keys: dict[str, Credential] = {c.key_id: c for c in config.credentials}
        self._header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        # verified tokens: token -> (principal, expiry); bounded by clearing when large
        self._cache: dict[str, tuple[Principal, float]] = {}

    def check_key(self, key_id: str, key_secret: str) -> Credential | None:
        cred = self.keys.get(key_id)
        if cred is None or not hmac.compare_digest(cred.key_secret.encode(), key_secret.encode()):
            return None
        return cred

    def issue(self, cred: Credential) -> dict:
        now = time.time()
        payload = {
            "sub": cred.key_id,
            "project_id": cred.project_id,
            "iat": int(now),
            "exp": now + self.ttl,
            "jti": _b64(hashlib.sha256(f"{now}{id(self)}{cred.key_id}".encode()).digest()[:9]),
        }
        signing_input = f"{self._header}.{_b64(json.dumps(payload).encode())}"
        signature = hmac.new(
            cred.key_secret.encode(), signing_input.encode(), hashlib.sha256
        ).digest()
        return {
            "access_token": f"{signing_input}.{_b64(signature)}",
            # whole seconds as documented, but a sub-second lifetime stays sub-second
            "expires_in": int(self.ttl)
            if self.ttl >= 1 and self.ttl == int(self.ttl)
            else self.ttl,
            "token_type": "Bearer",
            "scope": "",
        }

    def authenticate(self, authorization: str | None) -> Principal:
        """The caller of an API request, or a 401 in the documented shape."""
        if not authorization:
            raise ApiError(
                401, "Request is missing credentials.", headers={"WWW-Authenticate": NO_CREDENTIALS}
            )
        scheme, _, value = authorization.partition(" ")
        scheme = scheme.lower()
        value = value.strip()
        if scheme == "bearer":
            return self._bearer(value)
        if scheme == "basic":
            pair = parse_basic(value)
            if pair is not None:
                cred = self.check_key(*pair)
                if cred is not None:
                    return Principal(cred.project_id, cred.key_id, "basic")
            raise ApiError(
                401,
                "Request had invalid credentials.",
                headers={"WWW-Authenticate": 'Basic realm="sinch"'},
            )
        raise ApiError(
            401, "Unsupported authorization scheme.", headers={"WWW-Authenticate": NO_CREDENTIALS}
        )

    def _bearer(self, token: str) -> Principal:
        now = time.time()
        hit = self._cache.get(token)
        if hit is not None:
            if now < hit[1]:
                return hit[0]
            raise ApiError(
                401, "Access token expired.", headers={"WWW-Authenticate": EXPIRED_TOKEN}
            )
        try:
            header, payload_b64, signature = token.split(".")
            payload = json.loads(_unb64(payload_b64))
            cred = self.keys.get(payload["sub"])
            expiry = float(payload["exp"])
        except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError):
            cred = None
        if cred is None or cred.project_id != payload.get("project_id"):
            raise ApiError(
                401, "Request had invalid credentials.", headers={"WWW-Authenticate": INVALID_TOKEN}
            )
        expected = hmac.new(
            cred.key_secret.encode(), f"{header}.{payload_b64}".encode(), hashlib.sha256
        ).digest()
        try:
            valid = hmac.compare_digest(expected, _unb64(signature))
        except (ValueError, binascii.Error):
            valid = False
        if not valid:
            raise ApiError(
                401, "Request had invalid credentials.", headers={"WWW-Authenticate": INVALID_TOKEN}
            )
        if now >= expiry:
            raise ApiError(
                401, "Access token expired.", headers={"WWW-Authenticate": EXPIRED_TOKEN}
            )
        principal = Principal(cred.project_id, cred.key_id, "bearer")
        if len(self._cache) > 10_000:
            self._cache.clear()
        self._cache[token] = (principal, expiry)
        return principal


def parse_basic(value: str) -> tuple[str, str] | None:
    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None
    key_id, sep, secret = decoded.partition(":")
    return (key_id, secret) if sep else None
