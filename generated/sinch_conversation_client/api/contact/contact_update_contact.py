from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_update_request import ContactUpdateRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    contact_id: str,
    *,
    body: ContactUpdateRequest,
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
        "url": "/v1/projects/{project_id}/contacts/{contact_id}".format(
            project_id=quote(str(project_id), safe=""),
            contact_id=quote(str(contact_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Contact | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

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
) -> Response[Contact | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateRequest,
    update_mask: list[str] | Unset = UNSET,
) -> Response[Contact | ErrorResponse]:
    """Update a Contact

    Args:
        project_id (str):
        contact_id (str):
        update_mask (list[str] | Unset):
        body (ContactUpdateRequest): Fields of the contact to update (see update_mask).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        contact_id=contact_id,
        body=body,
        update_mask=update_mask,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateRequest,
    update_mask: list[str] | Unset = UNSET,
) -> Contact | ErrorResponse | None:
    """Update a Contact

    Args:
        project_id (str):
        contact_id (str):
        update_mask (list[str] | Unset):
        body (ContactUpdateRequest): Fields of the contact to update (see update_mask).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorResponse
    """

    return sync_detailed(
        project_id=project_id,
        contact_id=contact_id,
        client=client,
        body=body,
        update_mask=update_mask,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateRequest,
    update_mask: list[str] | Unset = UNSET,
) -> Response[Contact | ErrorResponse]:
    """Update a Contact

    Args:
        project_id (str):
        contact_id (str):
        update_mask (list[str] | Unset):
        body (ContactUpdateRequest): Fields of the contact to update (see update_mask).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        contact_id=contact_id,
        body=body,
        update_mask=update_mask,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateRequest,
    update_mask: list[str] | Unset = UNSET,
) -> Contact | ErrorResponse | None:
    """Update a Contact

    Args:
        project_id (str):
        contact_id (str):
        update_mask (list[str] | Unset):
        body (ContactUpdateRequest): Fields of the contact to update (see update_mask).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            contact_id=contact_id,
            client=client,
            body=body,
            update_mask=update_mask,
        )
    ).parsed
