"""The ``opt_in_opt_out`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.opt_in_opt_out``: do not edit.
"""

from sinch_conversation_client import Client as _GeneratedClient
from sinch_conversation_client.api.opt_in_opt_out import (
    opt_in_register_opt_in as _opt_in_register_opt_in,
)
from sinch_conversation_client.api.opt_in_opt_out import (
    opt_in_register_opt_out as _opt_in_register_opt_out,
)
from sinch_conversation_client.models.opt_in import OptIn
from sinch_conversation_client.models.opt_in_response import OptInResponse
from sinch_conversation_client.models.opt_out import OptOut
from sinch_conversation_client.models.opt_out_response import OptOutResponse
from sinch_conversation_client.types import UNSET, Unset

from .._resource import AsyncResource, SyncResource, expect

__all__ = ["AsyncOptInOptOut", "OptInOptOut"]


class OptInOptOut(SyncResource[_GeneratedClient]):
    """The ``opt_in_opt_out`` operations (``client.opt_in_opt_out``)."""

    def register_opt_in(self, *, body: OptIn, request_id: str | Unset = UNSET) -> OptInResponse:
        """Register an opt-in

        This method is asynchronous - it returns immediately the requested OptIn registration with any
        defaults resolved. All changes of the actual opt-in status are then delivered as callbacks to
        registered webhooks with trigger OPT_IN.

        Args:
            request_id (str | Unset):
            body (OptIn): An Opt-In contains the identity of the recipient which gave its consent to
                receive messages from Conversation API apps on a given channel.

        Returns:
            OptInResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _opt_in_register_opt_in.sync_detailed(
            self._project_id, client=self._client, body=body, request_id=request_id
        )
        return expect(response, OptInResponse)

    def register_opt_out(self, *, body: OptOut, request_id: str | Unset = UNSET) -> OptOutResponse:
        """Register an opt-out

        This method is asynchronous - it returns immediately the requested OptOut registration with any
        defaults resolved. All changes of the actual opt-out status are then delivered as callbacks to
        registered webhooks with trigger OPT_OUT.

        Args:
            request_id (str | Unset):
            body (OptOut): An Opt-Out contains the identity of the recipient which retract its consent
                to receive messages from Conversation API apps on a given channel.

        Returns:
            OptOutResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _opt_in_register_opt_out.sync_detailed(
            self._project_id, client=self._client, body=body, request_id=request_id
        )
        return expect(response, OptOutResponse)


class AsyncOptInOptOut(AsyncResource[_GeneratedClient]):
    """The ``opt_in_opt_out`` operations of the async client (``await client.opt_in_opt_out...``)."""

    async def register_opt_in(
        self, *, body: OptIn, request_id: str | Unset = UNSET
    ) -> OptInResponse:
        """Register an opt-in

        This method is asynchronous - it returns immediately the requested OptIn registration with any
        defaults resolved. All changes of the actual opt-in status are then delivered as callbacks to
        registered webhooks with trigger OPT_IN.

        Args:
            request_id (str | Unset):
            body (OptIn): An Opt-In contains the identity of the recipient which gave its consent to
                receive messages from Conversation API apps on a given channel.

        Returns:
            OptInResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _opt_in_register_opt_in.asyncio_detailed(
            self._project_id, client=self._client, body=body, request_id=request_id
        )
        return expect(response, OptInResponse)

    async def register_opt_out(
        self, *, body: OptOut, request_id: str | Unset = UNSET
    ) -> OptOutResponse:
        """Register an opt-out

        This method is asynchronous - it returns immediately the requested OptOut registration with any
        defaults resolved. All changes of the actual opt-out status are then delivered as callbacks to
        registered webhooks with trigger OPT_OUT.

        Args:
            request_id (str | Unset):
            body (OptOut): An Opt-Out contains the identity of the recipient which retract its consent
                to receive messages from Conversation API apps on a given channel.

        Returns:
            OptOutResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _opt_in_register_opt_out.asyncio_detailed(
            self._project_id, client=self._client, body=body, request_id=request_id
        )
        return expect(response, OptOutResponse)
