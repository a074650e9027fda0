from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.literature_import_job_state import LiteratureImportJobState

if TYPE_CHECKING:
    from ..models.literature_import_record import LiteratureImportRecord


T = TypeVar("T", bound="LiteratureImportJob")


@_attrs_define
class LiteratureImportJob:
    """
    Attributes:
        id (str):
        query (str): The PubMed query, as typed in PubMed
        max_records (int):
        state (LiteratureImportJobState):
        total (int | None): Records to import: what the query finds, capped at maxRecords (null until the search ran)
        fetched (int): Records fetched and imported so far
        created (int):
        merged (int):
        unchanged (int):
        invalid (int):
        conflicts (int):
        problems (list[LiteratureImportRecord]): The first invalid or conflicting records (position in the query
            results)
        problems_omitted (int):
        error (None | str): Why the job failed, in plain words
        by (str):
        created_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        updated_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        started_at (datetime.datetime | None):  Example: 2026-12-02T10:00:00.000Z.
        finished_at (datetime.datetime | None):  Example: 2026-12-02T10:00:00.000Z.
    """

    id: str
    query: str
    max_records: int
    state: LiteratureImportJobState
    total: int | None
    fetched: int
    created: int
    merged: int
    unchanged: int
    invalid: int
    conflicts: int
    problems: list[LiteratureImportRecord]
    problems_omitted: int
    error: None | str
    by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        query = self.query

        max_records = self.max_records

        state = self.state.value

        total: int | None
        total = self.total

        fetched = self.fetched

        created = self.created

        merged = self.merged

        unchanged = self.unchanged

        invalid = self.invalid

        conflicts = self.conflicts

        problems = []
        for problems_item_data in self.problems:
            problems_item = problems_item_data.to_dict()
            problems.append(problems_item)

        problems_omitted = self.problems_omitted

        error: None | str
        error = self.error

        by = self.by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "query": query,
                "maxRecords": max_records,
                "state": state,
                "total": total,
                "fetched": fetched,
                "created": created,
                "merged": merged,
                "unchanged": unchanged,
                "invalid": invalid,
                "conflicts": conflicts,
                "problems": problems,
                "problemsOmitted": problems_omitted,
                "error": error,
                "by": by,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "startedAt": started_at,
                "finishedAt": finished_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.literature_import_record import LiteratureImportRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        query = d.pop("query")

        max_records = d.pop("maxRecords")

        state = LiteratureImportJobState(d.pop("state"))

        def _parse_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total = _parse_total(d.pop("total"))

        fetched = d.pop("fetched")

        created = d.pop("created")

        merged = d.pop("merged")

        unchanged = d.pop("unchanged")

        invalid = d.pop("invalid")

        conflicts = d.pop("conflicts")

        problems = []
        _problems = d.pop("problems")
        for problems_item_data in _problems:
            problems_item = LiteratureImportRecord.from_dict(problems_item_data)

            problems.append(problems_item)

        problems_omitted = d.pop("problemsOmitted")

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        by = d.pop("by")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("startedAt"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finishedAt"))

        literature_import_job = cls(
            id=id,
            query=query,
            max_records=max_records,
            state=state,
            total=total,
            fetched=fetched,
            created=created,
            merged=merged,
            unchanged=unchanged,
            invalid=invalid,
            conflicts=conflicts,
            problems=problems,
            problems_omitted=problems_omitted,
            error=error,
            by=by,
            created_at=created_at,
            updated_at=updated_at,
            started_at=started_at,
            finished_at=finished_at,
        )

        return literature_import_job
