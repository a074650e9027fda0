from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.curation_queue_sort import CurationQueueSort
from ...models.curation_record_page import CurationRecordPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    state: str | Unset = UNSET,
    q: str | Unset = UNSET,
    class_: str | Unset = UNSET,
    editor: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    sort: CurationQueueSort | Unset = CurationQueueSort.VALUE_0,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["perPage"] = per_page

    params["state"] = state

    params["q"] = q

    params["class"] = class_

    params["editor"] = editor

    params["updatedAfter"] = updated_after

    params["updatedBefore"] = updated_before

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/curation/materials",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CurationRecordPage | Problem | None:
    if response.status_code == 200:
        response_200 = CurationRecordPage.from_dict(response.json())

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
) -> Response[CurationRecordPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    state: str | Unset = UNSET,
    q: str | Unset = UNSET,
    class_: str | Unset = UNSET,
    editor: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    sort: CurationQueueSort | Unset = CurationQueueSort.VALUE_0,
) -> Response[CurationRecordPage | Problem]:
    """Review queue and published list (curators: all records; others: their proposals), searchable and
    filtered by state, class, last editor and date, paged

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        state (str | Unset):  Example: draft,in_review.
        q (str | Unset):
        class_ (str | Unset):  Example: material-class/metal.
        editor (str | Unset):
        updated_after (str | Unset):  Example: 2026-11-01.
        updated_before (str | Unset):  Example: 2026-12-01.
        sort (CurationQueueSort | Unset):  Default: CurationQueueSort.VALUE_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurationRecordPage | Problem]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        state=state,
        q=q,
        class_=class_,
        editor=editor,
        updated_after=updated_after,
        updated_before=updated_before,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    state: str | Unset = UNSET,
    q: str | Unset = UNSET,
    class_: str | Unset = UNSET,
    editor: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    sort: CurationQueueSort | Unset = CurationQueueSort.VALUE_0,
) -> CurationRecordPage | Problem | None:
    """Review queue and published list (curators: all records; others: their proposals), searchable and
    filtered by state, class, last editor and date, paged

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        state (str | Unset):  Example: draft,in_review.
        q (str | Unset):
        class_ (str | Unset):  Example: material-class/metal.
        editor (str | Unset):
        updated_after (str | Unset):  Example: 2026-11-01.
        updated_before (str | Unset):  Example: 2026-12-01.
        sort (CurationQueueSort | Unset):  Default: CurationQueueSort.VALUE_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurationRecordPage | Problem
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        state=state,
        q=q,
        class_=class_,
        editor=editor,
        updated_after=updated_after,
        updated_before=updated_before,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    state: str | Unset = UNSET,
    q: str | Unset = UNSET,
    class_: str | Unset = UNSET,
    editor: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    sort: CurationQueueSort | Unset = CurationQueueSort.VALUE_0,
) -> Response[CurationRecordPage | Problem]:
    """Review queue and published list (curators: all records; others: their proposals), searchable and
    filtered by state, class, last editor and date, paged

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        state (str | Unset):  Example: draft,in_review.
        q (str | Unset):
        class_ (str | Unset):  Example: material-class/metal.
        editor (str | Unset):
        updated_after (str | Unset):  Example: 2026-11-01.
        updated_before (str | Unset):  Example: 2026-12-01.
        sort (CurationQueueSort | Unset):  Default: CurationQueueSort.VALUE_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurationRecordPage | Problem]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        state=state,
        q=q,
        class_=class_,
        editor=editor,
        updated_after=updated_after,
        updated_before=updated_before,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    state: str | Unset = UNSET,
    q: str | Unset = UNSET,
    class_: str | Unset = UNSET,
    editor: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    sort: CurationQueueSort | Unset = CurationQueueSort.VALUE_0,
) -> CurationRecordPage | Problem | None:
    """Review queue and published list (curators: all records; others: their proposals), searchable and
    filtered by state, class, last editor and date, paged

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        state (str | Unset):  Example: draft,in_review.
        q (str | Unset):
        class_ (str | Unset):  Example: material-class/metal.
        editor (str | Unset):
        updated_after (str | Unset):  Example: 2026-11-01.
        updated_before (str | Unset):  Example: 2026-12-01.
        sort (CurationQueueSort | Unset):  Default: CurationQueueSort.VALUE_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurationRecordPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            state=state,
            q=q,
            class_=class_,
            editor=editor,
            updated_after=updated_after,
            updated_before=updated_before,
            sort=sort,
        )
    ).parsed
