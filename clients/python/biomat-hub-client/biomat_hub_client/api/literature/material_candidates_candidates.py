from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.material_candidates import MaterialCandidates
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    concept_id: str,
    text: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["conceptId"] = concept_id

    params["text"] = text

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/literature/material-candidates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MaterialCandidates | Problem | None:
    if response.status_code == 200:
        response_200 = MaterialCandidates.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MaterialCandidates | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    concept_id: str,
    text: str | Unset = UNSET,
) -> Response[MaterialCandidates | Problem]:
    """Which published materials a Biomaterial mention may be about: those whose kw-materials-composition
    keywords hold the concept, best name, synonym, trade name or slug match of the text first (curators)

    Args:
        concept_id (str):  Example: kw-materials-composition/titanium.
        text (str | Unset):  Example: Ti-6Al-4V.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MaterialCandidates | Problem]
    """

    kwargs = _get_kwargs(
        concept_id=concept_id,
        text=text,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    concept_id: str,
    text: str | Unset = UNSET,
) -> MaterialCandidates | Problem | None:
    """Which published materials a Biomaterial mention may be about: those whose kw-materials-composition
    keywords hold the concept, best name, synonym, trade name or slug match of the text first (curators)

    Args:
        concept_id (str):  Example: kw-materials-composition/titanium.
        text (str | Unset):  Example: Ti-6Al-4V.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MaterialCandidates | Problem
    """

    return sync_detailed(
        client=client,
        concept_id=concept_id,
        text=text,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    concept_id: str,
    text: str | Unset = UNSET,
) -> Response[MaterialCandidates | Problem]:
    """Which published materials a Biomaterial mention may be about: those whose kw-materials-composition
    keywords hold the concept, best name, synonym, trade name or slug match of the text first (curators)

    Args:
        concept_id (str):  Example: kw-materials-composition/titanium.
        text (str | Unset):  Example: Ti-6Al-4V.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MaterialCandidates | Problem]
    """

    kwargs = _get_kwargs(
        concept_id=concept_id,
        text=text,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    concept_id: str,
    text: str | Unset = UNSET,
) -> MaterialCandidates | Problem | None:
    """Which published materials a Biomaterial mention may be about: those whose kw-materials-composition
    keywords hold the concept, best name, synonym, trade name or slug match of the text first (curators)

    Args:
        concept_id (str):  Example: kw-materials-composition/titanium.
        text (str | Unset):  Example: Ti-6Al-4V.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MaterialCandidates | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            concept_id=concept_id,
            text=text,
        )
    ).parsed
