"""Errors raised by the generated client: an undocumented status, a model missing a field."""


class UnexpectedStatus(Exception):
    """An answer with a status the spec does not document (raised only when
    ``Client.raise_on_unexpected_status`` is set)."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class MissingFieldError(KeyError, ValueError):
    """A model's ``from_dict`` was given a mapping without one of the model's required fields.

    A ``KeyError`` (what a missing key has always raised here) and a ``ValueError`` (it is bad
    input), whose message names the model and the field.
    """

    def __init__(self, model: str, field: str):
        self.model = model
        self.field = field
        super().__init__(model, field)

    def __str__(self) -> str:
        return f"{self.model} requires the field {self.field!r}, which the given data lacks"


__all__ = ["MissingFieldError", "UnexpectedStatus"]
