from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.v2_list_translations_response import V2ListTranslationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    template_id: str,
    *,
    language_code: str | Unset = UNSET,
    translation_version: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["language_code"] = language_code

    params["translation_version"] = translation_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/projects/{project_id}/templates/{template_id}/translations".format(
            project_id=quote(str(project_id), safe=""),
            template_id=quote(str(template_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | V2ListTranslationsResponse | None:
    if response.status_code == 200:
        response_200 = V2ListTranslationsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | V2ListTranslationsResponse]:
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
    language_code: str | Unset = UNSET,
    translation_version: str | Unset = UNSET,
) -> Response[ErrorResponse | V2ListTranslationsResponse]:
    """List a template's translations

    Args:
        project_id (str):
        template_id (str):
        language_code (str | Unset):
        translation_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V2ListTranslationsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_id=template_id,
        language_code=language_code,
        translation_version=translation_version,
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
    language_code: str | Unset = UNSET,
    translation_version: str | Unset = UNSET,
) -> ErrorResponse | V2ListTranslationsResponse | None:
    """List a template's translations

    Args:
        project_id (str):
        template_id (str):
        language_code (str | Unset):
        translation_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V2ListTranslationsResponse
    """

    return sync_detailed(
        project_id=project_id,
        template_id=template_id,
        client=client,
        language_code=language_code,
        translation_version=translation_version,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    language_code: str | Unset = UNSET,
    translation_version: str | Unset = UNSET,
) -> Response[ErrorResponse | V2ListTranslationsResponse]:
    """List a template's translations

    Args:
        project_id (str):
        template_id (str):
        language_code (str | Unset):
        translation_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V2ListTranslationsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_id=template_id,
        language_code=language_code,
        translation_version=translation_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    language_code: str | Unset = UNSET,
    translation_version: str | Unset = UNSET,
) -> ErrorResponse | V2ListTranslationsResponse | None:
    """List a template's translations

    Args:
        project_id (str):
        template_id (str):
        language_code (str | Unset):
        translation_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V2ListTranslationsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            template_id=template_id,
            client=client,
            language_code=language_code,
            translation_version=translation_version,
        )
    ).parsed
