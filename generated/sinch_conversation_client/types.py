"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class AbsentList(list[Any]):
    """An optional list field the data left out: it reads as an empty list, and ``to_dict()``
    leaves it out again unless items were added (an explicit ``[]`` is a plain list and is
    written)."""

    __slots__ = ()


def is_absent(value: object) -> bool:
    """True for an optional list field that was never given (see :class:`AbsentList`)."""
    return type(value) is AbsentList and not value


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def model_repr(model: object, fields: tuple[tuple[str, bool], ...]) -> str:
    """``Model(a=..., b=...)`` with only the fields that are set; a secret one shows ``'***'``."""
    shown = []
    for name, secret in fields:
        value = getattr(model, name)
        if value is UNSET or is_absent(value):
            continue
        text = "'***'" if secret and value is not None else repr(value)
        shown.append(f"{name}={text}")
    extra = getattr(model, "additional_properties", None)
    if extra:
        shown.append(f"additional_properties={extra!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


__all__ = [
    "UNSET",
    "AbsentList",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "is_absent",
    "model_repr",
]
