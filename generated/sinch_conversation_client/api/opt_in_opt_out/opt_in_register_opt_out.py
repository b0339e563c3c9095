from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.opt_out import OptOut
from ...models.opt_out_response import OptOutResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: OptOut,
    request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["request_id"] = request_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/optouts:register".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OptOutResponse | None:
    if response.status_code == 200:
        response_200 = OptOutResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 501:
        response_501 = ErrorResponse.from_dict(response.json())

        return response_501

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | OptOutResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OptOut,
    request_id: str | Unset = UNSET,
) -> Response[ErrorResponse | OptOutResponse]:
    """Register an opt-out

     This method is asynchronous - it returns immediately the requested OptOut registration with any
    defaults resolved. All changes of the actual opt-out status are then delivered as callbacks to
    registered webhooks with trigger OPT_OUT.

    Args:
        project_id (str):
        request_id (str | Unset):
        body (OptOut): An Opt-Out contains the identity of the recipient which retract its consent
            to receive messages from Conversation API apps on a given channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OptOutResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OptOut,
    request_id: str | Unset = UNSET,
) -> ErrorResponse | OptOutResponse | None:
    """Register an opt-out

     This method is asynchronous - it returns immediately the requested OptOut registration with any
    defaults resolved. All changes of the actual opt-out status are then delivered as callbacks to
    registered webhooks with trigger OPT_OUT.

    Args:
        project_id (str):
        request_id (str | Unset):
        body (OptOut): An Opt-Out contains the identity of the recipient which retract its consent
            to receive messages from Conversation API apps on a given channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OptOutResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
        request_id=request_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OptOut,
    request_id: str | Unset = UNSET,
) -> Response[ErrorResponse | OptOutResponse]:
    """Register an opt-out

     This method is asynchronous - it returns immediately the requested OptOut registration with any
    defaults resolved. All changes of the actual opt-out status are then delivered as callbacks to
    registered webhooks with trigger OPT_OUT.

    Args:
        project_id (str):
        request_id (str | Unset):
        body (OptOut): An Opt-Out contains the identity of the recipient which retract its consent
            to receive messages from Conversation API apps on a given channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OptOutResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OptOut,
    request_id: str | Unset = UNSET,
) -> ErrorResponse | OptOutResponse | None:
    """Register an opt-out

     This method is asynchronous - it returns immediately the requested OptOut registration with any
    defaults resolved. All changes of the actual opt-out status are then delivered as callbacks to
    registered webhooks with trigger OPT_OUT.

    Args:
        project_id (str):
        request_id (str | Unset):
        body (OptOut): An Opt-Out contains the identity of the recipient which retract its consent
            to receive messages from Conversation API apps on a given channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OptOutResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            request_id=request_id,
        )
    ).parsed
