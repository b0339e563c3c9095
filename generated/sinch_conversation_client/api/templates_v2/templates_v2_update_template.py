from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.v2_template import V2Template
from ...types import Response


def _get_kwargs(
    project_id: str,
    template_id: str,
    *,
    body: V2Template,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/projects/{project_id}/templates/{template_id}".format(
            project_id=quote(str(project_id), safe=""),
            template_id=quote(str(template_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | V2Template | None:
    if response.status_code == 200:
        response_200 = V2Template.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[ErrorResponse | V2Template]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: V2Template,
) -> Response[ErrorResponse | V2Template]:
    """Replace a template (the version must be the template's current one)

    Args:
        project_id (str):
        template_id (str):
        body (V2Template): A v2 template with its translations (id and version are set by the
            server when absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V2Template]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_id=template_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: V2Template,
) -> ErrorResponse | V2Template | None:
    """Replace a template (the version must be the template's current one)

    Args:
        project_id (str):
        template_id (str):
        body (V2Template): A v2 template with its translations (id and version are set by the
            server when absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V2Template
    """

    return sync_detailed(
        project_id=project_id,
        template_id=template_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: V2Template,
) -> Response[ErrorResponse | V2Template]:
    """Replace a template (the version must be the template's current one)

    Args:
        project_id (str):
        template_id (str):
        body (V2Template): A v2 template with its translations (id and version are set by the
            server when absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V2Template]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_id=template_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: V2Template,
) -> ErrorResponse | V2Template | None:
    """Replace a template (the version must be the template's current one)

    Args:
        project_id (str):
        template_id (str):
        body (V2Template): A v2 template with its translations (id and version are set by the
            server when absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V2Template
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            template_id=template_id,
            client=client,
            body=body,
        )
    ).parsed
