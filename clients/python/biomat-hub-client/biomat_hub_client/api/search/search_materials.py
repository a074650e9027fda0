from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.search_answer import SearchAnswer
from ...models.search_materials_filter import SearchMaterialsFilter
from ...models.search_materials_interpret import SearchMaterialsInterpret
from ...models.search_materials_range import SearchMaterialsRange
from ...models.search_materials_range_mode import SearchMaterialsRangeMode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    q: str | Unset = UNSET,
    facets: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    missing: str | Unset = UNSET,
    range_mode: SearchMaterialsRangeMode | Unset = SearchMaterialsRangeMode.WITHIN,
    interpret: SearchMaterialsInterpret | Unset = SearchMaterialsInterpret.TRUE,
    literal: str | Unset = UNSET,
    filter_: SearchMaterialsFilter | Unset = UNSET,
    range_: SearchMaterialsRange | Unset = UNSET,
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
        "url": "/api/v1/search/materials",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SearchAnswer | None:
    if response.status_code == 200:
        response_200 = SearchAnswer.from_dict(response.json())

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
) -> Response[Problem | SearchAnswer]:
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
    sort: str | Unset = UNSET,
    missing: str | Unset = UNSET,
    range_mode: SearchMaterialsRangeMode | Unset = SearchMaterialsRangeMode.WITHIN,
    interpret: SearchMaterialsInterpret | Unset = SearchMaterialsInterpret.TRUE,
    literal: str | Unset = UNSET,
    filter_: SearchMaterialsFilter | Unset = UNSET,
    range_: SearchMaterialsRange | Unset = UNSET,
) -> Response[Problem | SearchAnswer]:
    """Faceted search of published materials, with disjunctive facet counts and range stats

     q is read for property constraints and preferences in English, Italian, Spanish, German and French
    ("elastic modulus below 5 GPa", "Zugfestigkeit über 800 MPa", "light alloy"): they become range
    filters and sorts, their words leave the text query, and `interpretation` says what was read. A
    range or sort given in the request wins over one read from q. interpret=false turns reading off;
    literal=<field> keeps one field's words as text.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        q (str | Unset):
        facets (str | Unset):  Example: class,applications,youngsModulusGPa.
        sort (str | Unset):  Example: youngsModulusGPa:desc.
        missing (str | Unset):  Example: youngsModulusGPa.
        range_mode (SearchMaterialsRangeMode | Unset):  Default: SearchMaterialsRangeMode.WITHIN.
        interpret (SearchMaterialsInterpret | Unset):  Default: SearchMaterialsInterpret.TRUE.
        literal (str | Unset):  Example: densityGcm3.
        filter_ (SearchMaterialsFilter | Unset):
        range_ (SearchMaterialsRange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SearchAnswer]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        q=q,
        facets=facets,
        sort=sort,
        missing=missing,
        range_mode=range_mode,
        interpret=interpret,
        literal=literal,
        filter_=filter_,
        range_=range_,
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
    sort: str | Unset = UNSET,
    missing: str | Unset = UNSET,
    range_mode: SearchMaterialsRangeMode | Unset = SearchMaterialsRangeMode.WITHIN,
    interpret: SearchMaterialsInterpret | Unset = SearchMaterialsInterpret.TRUE,
    literal: str | Unset = UNSET,
    filter_: SearchMaterialsFilter | Unset = UNSET,
    range_: SearchMaterialsRange | Unset = UNSET,
) -> Problem | SearchAnswer | None:
    """Faceted search of published materials, with disjunctive facet counts and range stats

     q is read for property constraints and preferences in English, Italian, Spanish, German and French
    ("elastic modulus below 5 GPa", "Zugfestigkeit über 800 MPa", "light alloy"): they become range
    filters and sorts, their words leave the text query, and `interpretation` says what was read. A
    range or sort given in the request wins over one read from q. interpret=false turns reading off;
    literal=<field> keeps one field's words as text.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        q (str | Unset):
        facets (str | Unset):  Example: class,applications,youngsModulusGPa.
        sort (str | Unset):  Example: youngsModulusGPa:desc.
        missing (str | Unset):  Example: youngsModulusGPa.
        range_mode (SearchMaterialsRangeMode | Unset):  Default: SearchMaterialsRangeMode.WITHIN.
        interpret (SearchMaterialsInterpret | Unset):  Default: SearchMaterialsInterpret.TRUE.
        literal (str | Unset):  Example: densityGcm3.
        filter_ (SearchMaterialsFilter | Unset):
        range_ (SearchMaterialsRange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SearchAnswer
    """

    return sync_detailed(
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
        filter_=filter_,
        range_=range_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    q: str | Unset = UNSET,
    facets: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    missing: str | Unset = UNSET,
    range_mode: SearchMaterialsRangeMode | Unset = SearchMaterialsRangeMode.WITHIN,
    interpret: SearchMaterialsInterpret | Unset = SearchMaterialsInterpret.TRUE,
    literal: str | Unset = UNSET,
    filter_: SearchMaterialsFilter | Unset = UNSET,
    range_: SearchMaterialsRange | Unset = UNSET,
) -> Response[Problem | SearchAnswer]:
    """Faceted search of published materials, with disjunctive facet counts and range stats

     q is read for property constraints and preferences in English, Italian, Spanish, German and French
    ("elastic modulus below 5 GPa", "Zugfestigkeit über 800 MPa", "light alloy"): they become range
    filters and sorts, their words leave the text query, and `interpretation` says what was read. A
    range or sort given in the request wins over one read from q. interpret=false turns reading off;
    literal=<field> keeps one field's words as text.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        q (str | Unset):
        facets (str | Unset):  Example: class,applications,youngsModulusGPa.
        sort (str | Unset):  Example: youngsModulusGPa:desc.
        missing (str | Unset):  Example: youngsModulusGPa.
        range_mode (SearchMaterialsRangeMode | Unset):  Default: SearchMaterialsRangeMode.WITHIN.
        interpret (SearchMaterialsInterpret | Unset):  Default: SearchMaterialsInterpret.TRUE.
        literal (str | Unset):  Example: densityGcm3.
        filter_ (SearchMaterialsFilter | Unset):
        range_ (SearchMaterialsRange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SearchAnswer]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        q=q,
        facets=facets,
        sort=sort,
        missing=missing,
        range_mode=range_mode,
        interpret=interpret,
        literal=literal,
        filter_=filter_,
        range_=range_,
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
    sort: str | Unset = UNSET,
    missing: str | Unset = UNSET,
    range_mode: SearchMaterialsRangeMode | Unset = SearchMaterialsRangeMode.WITHIN,
    interpret: SearchMaterialsInterpret | Unset = SearchMaterialsInterpret.TRUE,
    literal: str | Unset = UNSET,
    filter_: SearchMaterialsFilter | Unset = UNSET,
    range_: SearchMaterialsRange | Unset = UNSET,
) -> Problem | SearchAnswer | None:
    """Faceted search of published materials, with disjunctive facet counts and range stats

     q is read for property constraints and preferences in English, Italian, Spanish, German and French
    ("elastic modulus below 5 GPa", "Zugfestigkeit über 800 MPa", "light alloy"): they become range
    filters and sorts, their words leave the text query, and `interpretation` says what was read. A
    range or sort given in the request wins over one read from q. interpret=false turns reading off;
    literal=<field> keeps one field's words as text.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        q (str | Unset):
        facets (str | Unset):  Example: class,applications,youngsModulusGPa.
        sort (str | Unset):  Example: youngsModulusGPa:desc.
        missing (str | Unset):  Example: youngsModulusGPa.
        range_mode (SearchMaterialsRangeMode | Unset):  Default: SearchMaterialsRangeMode.WITHIN.
        interpret (SearchMaterialsInterpret | Unset):  Default: SearchMaterialsInterpret.TRUE.
        literal (str | Unset):  Example: densityGcm3.
        filter_ (SearchMaterialsFilter | Unset):
        range_ (SearchMaterialsRange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SearchAnswer
    """

    return (
        await asyncio_detailed(
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
            filter_=filter_,
            range_=range_,
        )
    ).parsed
