"""The request types (``TypedDict`` and ``Literal``) the operations' keyword arguments take,
re-exported from the generated ``resources.params`` (``from sinch_conversation.params import
AppMessageParam``)."""

from .resources.params import *
