from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.facet_values import FacetValues
from ...models.problem import Problem
from ...models.search_facet_values_filter import SearchFacetValuesFilter
from ...models.search_facet_values_interpret import SearchFacetValuesInterpret
from ...models.search_facet_values_range import SearchFacetValuesRange
from ...models.search_facet_values_range_mode import SearchFacetValuesRangeMode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    facet: str,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    q: str | Unset = UNSET,
    facets: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    missing: str | Unset = UNSET,
    range_mode: SearchFacetValuesRangeMode | Unset = SearchFacetValuesRangeMode.WITHIN,
    interpret: SearchFacetValuesInterpret | Unset = SearchFacetValuesInterpret.TRUE,
    literal: str | Unset = UNSET,
    query: str | Unset = UNSET,
    filter_: SearchFacetValuesFilter | Unset = UNSET,
    range_: SearchFacetValuesRange | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["perPage"] = per_page

    params["q"] = q

    params["facets"] = facets

    params["sort"] = sort

    params["missing"] = missing

    json_range_mode: str | Unset = UNSET
    if not isinstance(range_mode, Unset):
        json_range_mode = range_mode.value

    params["rangeMode"] = json_range_mode

    json_interpret: str | Unset = UNSET
    if not isinstance(interpret, Unset):
        json_interpret = interpret.value

    params["interpret"] = json_interpret

    params["literal"] = literal

    params["query"] = query

    json_filter_: dict[str, Any] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.to_dict()
    if not isinstance(json_filter_, Unset):
        params.update({f"filter[{key}]": value for key, value in json_filter_.items()})

    json_range_: dict[str, Any] | Unset = UNSET
    if not isinstance(range_, Unset):
        json_range_ = range_.to_dict()
    if not isinstance(json_range_, Unset):
        params.update({f"range[{key}]": value for key, value in json_range_.items()})

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/search/facets/{facet}".format(
            facet=quote(str(facet), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FacetValues | Problem | None:
    if response.status_code == 200:
        response_200 = FacetValues.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FacetValues | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    facet: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    q: str | Unset = UNSET,
    facets: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    missing: str | Unset = UNSET,
    range_mode: SearchFacetValuesRangeMode | Unset = SearchFacetValuesRangeMode.WITHIN,
    interpret: SearchFacetValuesInterpret | Unset = SearchFacetValuesInterpret.TRUE,
    literal: str | Unset = UNSET,
    query: str | Unset = UNSET,
    filter_: SearchFacetValuesFilter | Unset = UNSET,
    range_: SearchFacetValuesRange | Unset = UNSET,
) -> Response[FacetValues | Problem]:
    """Search within the values of one facet (q), counted within the other filters

    Args:
        facet (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        q (str | Unset):
        facets (str | Unset):  Example: class,applications,youngsModulusGPa.
        sort (str | Unset):  Example: youngsModulusGPa:desc.
        missing (str | Unset):  Example: youngsModulusGPa.
        range_mode (SearchFacetValuesRangeMode | Unset):  Default:
            SearchFacetValuesRangeMode.WITHIN.
        interpret (SearchFacetValuesInterpret | Unset):  Default: SearchFacetValuesInterpret.TRUE.
        literal (str | Unset):  Example: densityGcm3.
        query (str | Unset):
        filter_ (SearchFacetValuesFilter | Unset):
        range_ (SearchFacetValuesRange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FacetValues | Problem]
    """

    kwargs = _get_kwargs(
        facet=facet,
        page=page,
        per_page=per_page,
        q=q,
        facets=facets,
        sort=sort,
        missing=missing,
        range_mode=range_mode,
        interpret=interpret,
        literal=literal,
        query=query,
        filter_=filter_,
        range_=range_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    facet: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    q: str | Unset = UNSET,
    facets: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    missing: str | Unset = UNSET,
    range_mode: SearchFacetValuesRangeMode | Unset = SearchFacetValuesRangeMode.WITHIN,
    interpret: SearchFacetValuesInterpret | Unset = SearchFacetValuesInterpret.TRUE,
    literal: str | Unset = UNSET,
    query: str | Unset = UNSET,
    filter_: SearchFacetValuesFilter | Unset = UNSET,
    range_: SearchFacetValuesRange | Unset = UNSET,
) -> FacetValues | Problem | None:
    """Search within the values of one facet (q), counted within the other filters

    Args:
        facet (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        q (str | Unset):
        facets (str | Unset):  Example: class,applications,youngsModulusGPa.
        sort (str | Unset):  Example: youngsModulusGPa:desc.
        missing (str | Unset):  Example: youngsModulusGPa.
        range_mode (SearchFacetValuesRangeMode | Unset):  Default:
            SearchFacetValuesRangeMode.WITHIN.
        interpret (SearchFacetValuesInterpret | Unset):  Default: SearchFacetValuesInterpret.TRUE.
        literal (str | Unset):  Example: densityGcm3.
        query (str | Unset):
        filter_ (SearchFacetValuesFilter | Unset):
        range_ (SearchFacetValuesRange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FacetValues | Problem
    """

    return sync_detailed(
        facet=facet,
        client=client,
        page=page,
        per_page=per_page,
        q=q,
        facets=facets,
        sort=sort,
        missing=missing,
        range_mode=range_mode,
        interpret=interpret,
        literal=literal,
        query=query,
        filter_=filter_,
        range_=range_,
    ).parsed


async def asyncio_detailed(
    facet: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    q: str | Unset = UNSET,
    facets: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    missing: str | Unset = UNSET,
    range_mode: SearchFacetValuesRangeMode | Unset = SearchFacetValuesRangeMode.WITHIN,
    interpret: SearchFacetValuesInterpret | Unset = SearchFacetValuesInterpret.TRUE,
    literal: str | Unset = UNSET,
    query: str | Unset = UNSET,
    filter_: SearchFacetValuesFilter | Unset = UNSET,
    range_: SearchFacetValuesRange | Unset = UNSET,
) -> Response[FacetValues | Problem]:
    """Search within the values of one facet (q), counted within the other filters

    Args:
        facet (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        q (str | Unset):
        facets (str | Unset):  Example: class,applications,youngsModulusGPa.
        sort (str | Unset):  Example: youngsModulusGPa:desc.
        missing (str | Unset):  Example: youngsModulusGPa.
        range_mode (SearchFacetValuesRangeMode | Unset):  Default:
            SearchFacetValuesRangeMode.WITHIN.
        interpret (SearchFacetValuesInterpret | Unset):  Default: SearchFacetValuesInterpret.TRUE.
        literal (str | Unset):  Example: densityGcm3.
        query (str | Unset):
        filter_ (SearchFacetValuesFilter | Unset):
        range_ (SearchFacetValuesRange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FacetValues | Problem]
    """

    kwargs = _get_kwargs(
        facet=facet,
        page=page,
        per_page=per_page,
        q=q,
        facets=facets,
        sort=sort,
        missing=missing,
        range_mode=range_mode,
        interpret=interpret,
        literal=literal,
        query=query,
        filter_=filter_,
        range_=range_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    facet: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    q: str | Unset = UNSET,
    facets: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    missing: str | Unset = UNSET,
    range_mode: SearchFacetValuesRangeMode | Unset = SearchFacetValuesRangeMode.WITHIN,
    interpret: SearchFacetValuesInterpret | Unset = SearchFacetValuesInterpret.TRUE,
    literal: str | Unset = UNSET,
    query: str | Unset = UNSET,
    filter_: SearchFacetValuesFilter | Unset = UNSET,
    range_: SearchFacetValuesRange | Unset = UNSET,
) -> FacetValues | Problem | None:
    """Search within the values of one facet (q), counted within the other filters

    Args:
        facet (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        q (str | Unset):
        facets (str | Unset):  Example: class,applications,youngsModulusGPa.
        sort (str | Unset):  Example: youngsModulusGPa:desc.
        missing (str | Unset):  Example: youngsModulusGPa.
        range_mode (SearchFacetValuesRangeMode | Unset):  Default:
            SearchFacetValuesRangeMode.WITHIN.
        interpret (SearchFacetValuesInterpret | Unset):  Default: SearchFacetValuesInterpret.TRUE.
        literal (str | Unset):  Example: densityGcm3.
        query (str | Unset):
        filter_ (SearchFacetValuesFilter | Unset):
        range_ (SearchFacetValuesRange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FacetValues | Problem
    """

    return (
        await asyncio_detailed(
            facet=facet,
            client=client,
            page=page,
            per_page=per_page,
            q=q,
            facets=facets,
            sort=sort,
            missing=missing,
            range_mode=range_mode,
            interpret=interpret,
            literal=literal,
            query=query,
            filter_=filter_,
            range_=range_,
        )
    ).parsed
