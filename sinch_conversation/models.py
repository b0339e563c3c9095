"""The generated request and response models, re-exported (``from sinch_conversation.models
import SendMessageRequest``) so applications depend on one package."""

from sinch_conversation_client.models import *
from sinch_conversation_client.models import __all__ as _generated_all
from sinch_conversation_client.types import UNSET, Unset

__all__ = (*_generated_all, "UNSET", "Unset")  # noqa: PLE0604
