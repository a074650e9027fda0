from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.literature_search_answer import LiteratureSearchAnswer
from ...models.literature_search_search_filter import LiteratureSearchSearchFilter
from ...models.literature_search_search_range import LiteratureSearchSearchRange
from ...models.literature_search_search_reviewed import LiteratureSearchSearchReviewed
from ...models.literature_search_search_sort import LiteratureSearchSearchSort
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    q: str | Unset = UNSET,
    facets: str | Unset = UNSET,
    concept: str | Unset = UNSET,
    reviewed: LiteratureSearchSearchReviewed | Unset = UNSET,
    sort: LiteratureSearchSearchSort | Unset = LiteratureSearchSearchSort.RELEVANCE,
    range_: LiteratureSearchSearchRange | Unset = UNSET,
    filter_: LiteratureSearchSearchFilter | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["perPage"] = per_page

    params["q"] = q

    params["facets"] = facets

    params["concept"] = concept

    json_reviewed: str | Unset = UNSET
    if not isinstance(reviewed, Unset):
        json_reviewed = reviewed.value

    params["reviewed"] = json_reviewed

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_range_: dict[str, Any] | Unset = UNSET
    if not isinstance(range_, Unset):
        json_range_ = range_.to_dict()
    if not isinstance(json_range_, Unset):
        params.update({f"range[{key}]": value for key, value in json_range_.items()})

    json_filter_: dict[str, Any] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.to_dict()
    if not isinstance(json_filter_, Unset):
        params.update({f"filter[{key}]": value for key, value in json_filter_.items()})

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/literature/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LiteratureSearchAnswer | Problem | None:
    if response.status_code == 200:
        response_200 = LiteratureSearchAnswer.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LiteratureSearchAnswer | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    q: str | Unset = UNSET,
    facets: str | Unset = UNSET,
    concept: str | Unset = UNSET,
    reviewed: LiteratureSearchSearchReviewed | Unset = UNSET,
    sort: LiteratureSearchSearchSort | Unset = LiteratureSearchSearchSort.RELEVANCE,
    range_: LiteratureSearchSearchRange | Unset = UNSET,
    filter_: LiteratureSearchSearchFilter | Unset = UNSET,
) -> Response[LiteratureSearchAnswer | Problem]:
    """Faceted full-text search of publications (title, abstract, keywords, authors), with disjunctive
    facet counts and highlights

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        q (str | Unset):
        facets (str | Unset):  Example: year,journal,meshHeadings.
        concept (str | Unset):  Example: tissue/bone.
        reviewed (LiteratureSearchSearchReviewed | Unset):
        sort (LiteratureSearchSearchSort | Unset):  Default: LiteratureSearchSearchSort.RELEVANCE.
        range_ (LiteratureSearchSearchRange | Unset):
        filter_ (LiteratureSearchSearchFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiteratureSearchAnswer | Problem]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        q=q,
        facets=facets,
        concept=concept,
        reviewed=reviewed,
        sort=sort,
        range_=range_,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    q: str | Unset = UNSET,
    facets: str | Unset = UNSET,
    concept: str | Unset = UNSET,
    reviewed: LiteratureSearchSearchReviewed | Unset = UNSET,
    sort: LiteratureSearchSearchSort | Unset = LiteratureSearchSearchSort.RELEVANCE,
    range_: LiteratureSearchSearchRange | Unset = UNSET,
    filter_: LiteratureSearchSearchFilter | Unset = UNSET,
) -> LiteratureSearchAnswer | Problem | None:
    """Faceted full-text search of publications (title, abstract, keywords, authors), with disjunctive
    facet counts and highlights

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        q (str | Unset):
        facets (str | Unset):  Example: year,journal,meshHeadings.
        concept (str | Unset):  Example: tissue/bone.
        reviewed (LiteratureSearchSearchReviewed | Unset):
        sort (LiteratureSearchSearchSort | Unset):  Default: LiteratureSearchSearchSort.RELEVANCE.
        range_ (LiteratureSearchSearchRange | Unset):
        filter_ (LiteratureSearchSearchFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiteratureSearchAnswer | Problem
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        q=q,
        facets=facets,
        concept=concept,
        reviewed=reviewed,
        sort=sort,
        range_=range_,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    q: str | Unset = UNSET,
    facets: str | Unset = UNSET,
    concept: str | Unset = UNSET,
    reviewed: LiteratureSearchSearchReviewed | Unset = UNSET,
    sort: LiteratureSearchSearchSort | Unset = LiteratureSearchSearchSort.RELEVANCE,
    range_: LiteratureSearchSearchRange | Unset = UNSET,
    filter_: LiteratureSearchSearchFilter | Unset = UNSET,
) -> Response[LiteratureSearchAnswer | Problem]:
    """Faceted full-text search of publications (title, abstract, keywords, authors), with disjunctive
    facet counts and highlights

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        q (str | Unset):
        facets (str | Unset):  Example: year,journal,meshHeadings.
        concept (str | Unset):  Example: tissue/bone.
        reviewed (LiteratureSearchSearchReviewed | Unset):
        sort (LiteratureSearchSearchSort | Unset):  Default: LiteratureSearchSearchSort.RELEVANCE.
        range_ (LiteratureSearchSearchRange | Unset):
        filter_ (LiteratureSearchSearchFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiteratureSearchAnswer | Problem]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        q=q,
        facets=facets,
        concept=concept,
        reviewed=reviewed,
        sort=sort,
        range_=range_,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    q: str | Unset = UNSET,
    facets: str | Unset = UNSET,
    concept: str | Unset = UNSET,
    reviewed: LiteratureSearchSearchReviewed | Unset = UNSET,
    sort: LiteratureSearchSearchSort | Unset = LiteratureSearchSearchSort.RELEVANCE,
    range_: LiteratureSearchSearchRange | Unset = UNSET,
    filter_: LiteratureSearchSearchFilter | Unset = UNSET,
) -> LiteratureSearchAnswer | Problem | None:
    """Faceted full-text search of publications (title, abstract, keywords, authors), with disjunctive
    facet counts and highlights

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        q (str | Unset):
        facets (str | Unset):  Example: year,journal,meshHeadings.
        concept (str | Unset):  Example: tissue/bone.
        reviewed (LiteratureSearchSearchReviewed | Unset):
        sort (LiteratureSearchSearchSort | Unset):  Default: LiteratureSearchSearchSort.RELEVANCE.
        range_ (LiteratureSearchSearchRange | Unset):
        filter_ (LiteratureSearchSearchFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiteratureSearchAnswer | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            q=q,
            facets=facets,
            concept=concept,
            reviewed=reviewed,
            sort=sort,
            range_=range_,
            filter_=filter_,
        )
    ).parsed
