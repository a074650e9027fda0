from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.term_request_kind import TermRequestKind
from ..models.term_request_label_type import TermRequestLabelType
from ..models.term_request_status import TermRequestStatus

T = TypeVar("T", bound="TermRequest")


@_attrs_define
class TermRequest:
    """
    Attributes:
        id (str):
        kind (TermRequestKind):
        scheme (str):
        label (str):
        lang (str):
        concept_id (None | str):
        label_type (TermRequestLabelType):
        broader (None | str):
        definition (None | str):
        note (None | str):
        status (TermRequestStatus):
        requested_by (str):
        decided_by (None | str):
        decided_at (datetime.datetime | None):  Example: 2026-12-02T10:00:00.000Z.
        reason (None | str):
        result_concept_id (None | str):
        created_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
    """

    id: str
    kind: TermRequestKind
    scheme: str
    label: str
    lang: str
    concept_id: None | str
    label_type: TermRequestLabelType
    broader: None | str
    definition: None | str
    note: None | str
    status: TermRequestStatus
    requested_by: str
    decided_by: None | str
    decided_at: datetime.datetime | None
    reason: None | str
    result_concept_id: None | str
    created_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        scheme = self.scheme

        label = self.label

        lang = self.lang

        concept_id: None | str
        concept_id = self.concept_id

        label_type = self.label_type.value

        broader: None | str
        broader = self.broader

        definition: None | str
        definition = self.definition

        note: None | str
        note = self.note

        status = self.status.value

        requested_by = self.requested_by

        decided_by: None | str
        decided_by = self.decided_by

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        reason: None | str
        reason = self.reason

        result_concept_id: None | str
        result_concept_id = self.result_concept_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "scheme": scheme,
                "label": label,
                "lang": lang,
                "conceptId": concept_id,
                "labelType": label_type,
                "broader": broader,
                "definition": definition,
                "note": note,
                "status": status,
                "requestedBy": requested_by,
                "decidedBy": decided_by,
                "decidedAt": decided_at,
                "reason": reason,
                "resultConceptId": result_concept_id,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = TermRequestKind(d.pop("kind"))

        scheme = d.pop("scheme")

        label = d.pop("label")

        lang = d.pop("lang")

        def _parse_concept_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        concept_id = _parse_concept_id(d.pop("conceptId"))

        label_type = TermRequestLabelType(d.pop("labelType"))

        def _parse_broader(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        broader = _parse_broader(d.pop("broader"))

        def _parse_definition(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        definition = _parse_definition(d.pop("definition"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        status = TermRequestStatus(d.pop("status"))

        requested_by = d.pop("requestedBy")

        def _parse_decided_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by = _parse_decided_by(d.pop("decidedBy"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decidedAt"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_result_concept_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result_concept_id = _parse_result_concept_id(d.pop("resultConceptId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        term_request = cls(
            id=id,
            kind=kind,
            scheme=scheme,
            label=label,
            lang=lang,
            concept_id=concept_id,
            label_type=label_type,
            broader=broader,
            definition=definition,
            note=note,
            status=status,
            requested_by=requested_by,
            decided_by=decided_by,
            decided_at=decided_at,
            reason=reason,
            result_concept_id=result_concept_id,
            created_at=created_at,
        )

        return term_request
