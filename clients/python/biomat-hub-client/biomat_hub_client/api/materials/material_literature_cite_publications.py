from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.citations_type_1_item import CitationsType1Item
from ...models.material_literature_cite_publications_format import MaterialLiteratureCitePublicationsFormat
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slug: str,
    *,
    format_: MaterialLiteratureCitePublicationsFormat | Unset = MaterialLiteratureCitePublicationsFormat.BIBTEX,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/materials/{slug}/publications/cite".format(
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[CitationsType1Item] | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[CitationsType1Item] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_citations_type_1 = []
                _componentsschemas_citations_type_1 = data
                for componentsschemas_citations_type_1_item_data in _componentsschemas_citations_type_1:
                    componentsschemas_citations_type_1_item = CitationsType1Item.from_dict(
                        componentsschemas_citations_type_1_item_data
                    )

                    componentsschemas_citations_type_1.append(componentsschemas_citations_type_1_item)

                return componentsschemas_citations_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CitationsType1Item] | str, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | list[CitationsType1Item] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    format_: MaterialLiteratureCitePublicationsFormat | Unset = MaterialLiteratureCitePublicationsFormat.BIBTEX,
) -> Response[Problem | list[CitationsType1Item] | str]:
    """A material's references as one file: BibTeX, RIS, CSL-JSON or an APA reference list

    Args:
        slug (str):
        format_ (MaterialLiteratureCitePublicationsFormat | Unset):  Default:
            MaterialLiteratureCitePublicationsFormat.BIBTEX.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CitationsType1Item] | str]
    """

    kwargs = _get_kwargs(
        slug=slug,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    format_: MaterialLiteratureCitePublicationsFormat | Unset = MaterialLiteratureCitePublicationsFormat.BIBTEX,
) -> Problem | list[CitationsType1Item] | str | None:
    """A material's references as one file: BibTeX, RIS, CSL-JSON or an APA reference list

    Args:
        slug (str):
        format_ (MaterialLiteratureCitePublicationsFormat | Unset):  Default:
            MaterialLiteratureCitePublicationsFormat.BIBTEX.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CitationsType1Item] | str
    """

    return sync_detailed(
        slug=slug,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    format_: MaterialLiteratureCitePublicationsFormat | Unset = MaterialLiteratureCitePublicationsFormat.BIBTEX,
) -> Response[Problem | list[CitationsType1Item] | str]:
    """A material's references as one file: BibTeX, RIS, CSL-JSON or an APA reference list

    Args:
        slug (str):
        format_ (MaterialLiteratureCitePublicationsFormat | Unset):  Default:
            MaterialLiteratureCitePublicationsFormat.BIBTEX.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CitationsType1Item] | str]
    """

    kwargs = _get_kwargs(
        slug=slug,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    format_: MaterialLiteratureCitePublicationsFormat | Unset = MaterialLiteratureCitePublicationsFormat.BIBTEX,
) -> Problem | list[CitationsType1Item] | str | None:
    """A material's references as one file: BibTeX, RIS, CSL-JSON or an APA reference list

    Args:
        slug (str):
        format_ (MaterialLiteratureCitePublicationsFormat | Unset):  Default:
            MaterialLiteratureCitePublicationsFormat.BIBTEX.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CitationsType1Item] | str
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            format_=format_,
        )
    ).parsed
