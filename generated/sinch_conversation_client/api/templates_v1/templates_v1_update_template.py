from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.v1_template import V1Template
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    template_id: str,
    *,
    body: V1Template,
    update_mask: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_update_mask: list[str] | Unset = UNSET
    if not isinstance(update_mask, Unset):
        json_update_mask = update_mask

    params["update_mask"] = (
        json_update_mask
        if isinstance(json_update_mask, Unset) or json_update_mask is None
        else ",".join(str(item) for item in json_update_mask)
    )

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/projects/{project_id}/templates/{template_id}".format(
            project_id=quote(str(project_id), safe=""),
            template_id=quote(str(template_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | V1Template | None:
    if response.status_code == 200:
        response_200 = V1Template.from_dict(response.json())

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
) -> Response[ErrorResponse | V1Template]:
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
    body: V1Template,
    update_mask: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | V1Template]:
    """Update a template (v1)

    Args:
        project_id (str):
        template_id (str):
        update_mask (list[str] | Unset):
        body (V1Template): A v1 template with its translations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1Template]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_id=template_id,
        body=body,
        update_mask=update_mask,
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
    body: V1Template,
    update_mask: list[str] | Unset = UNSET,
) -> ErrorResponse | V1Template | None:
    """Update a template (v1)

    Args:
        project_id (str):
        template_id (str):
        update_mask (list[str] | Unset):
        body (V1Template): A v1 template with its translations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1Template
    """

    return sync_detailed(
        project_id=project_id,
        template_id=template_id,
        client=client,
        body=body,
        update_mask=update_mask,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: V1Template,
    update_mask: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | V1Template]:
    """Update a template (v1)

    Args:
        project_id (str):
        template_id (str):
        update_mask (list[str] | Unset):
        body (V1Template): A v1 template with its translations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1Template]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_id=template_id,
        body=body,
        update_mask=update_mask,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: V1Template,
    update_mask: list[str] | Unset = UNSET,
) -> ErrorResponse | V1Template | None:
    """Update a template (v1)

    Args:
        project_id (str):
        template_id (str):
        update_mask (list[str] | Unset):
        body (V1Template): A v1 template with its translations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1Template
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            template_id=template_id,
            client=client,
            body=body,
            update_mask=update_mask,
        )
    ).parsed
