from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.curation_record_available_actions_item import CurationRecordAvailableActionsItem
from ..models.curation_record_state import CurationRecordState

if TYPE_CHECKING:
    from ..models.curation_record_proposed_by_type_0 import CurationRecordProposedByType0
    from ..models.json_patch_operation import JsonPatchOperation
    from ..models.material_content import MaterialContent


T = TypeVar("T", bound="CurationRecord")


@_attrs_define
class CurationRecord:
    """
    Attributes:
        slug (str):
        state (CurationRecordState):
        revision (int):
        published_version (int):
        last_editor_id (None | str):
        review_comment (None | str):
        proposed_by (CurationRecordProposedByType0 | None):
        draft (MaterialContent | None):
        published (MaterialContent | None):
        changes (list[JsonPatchOperation]): RFC 6902 patch from the published content to the draft
        available_actions (list[CurationRecordAvailableActionsItem]):
        updated_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
    """

    slug: str
    state: CurationRecordState
    revision: int
    published_version: int
    last_editor_id: None | str
    review_comment: None | str
    proposed_by: CurationRecordProposedByType0 | None
    draft: MaterialContent | None
    published: MaterialContent | None
    changes: list[JsonPatchOperation]
    available_actions: list[CurationRecordAvailableActionsItem]
    updated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        from ..models.curation_record_proposed_by_type_0 import CurationRecordProposedByType0  # noqa: PLC0415
        from ..models.material_content import MaterialContent  # noqa: PLC0415

        slug = self.slug

        state = self.state.value

        revision = self.revision

        published_version = self.published_version

        last_editor_id: None | str
        last_editor_id = self.last_editor_id

        review_comment: None | str
        review_comment = self.review_comment

        proposed_by: dict[str, Any] | None
        if isinstance(self.proposed_by, CurationRecordProposedByType0):
            proposed_by = self.proposed_by.to_dict()
        else:
            proposed_by = self.proposed_by

        draft: dict[str, Any] | None
        if isinstance(self.draft, MaterialContent):
            draft = self.draft.to_dict()
        else:
            draft = self.draft

        published: dict[str, Any] | None
        if isinstance(self.published, MaterialContent):
            published = self.published.to_dict()
        else:
            published = self.published

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        available_actions = []
        for available_actions_item_data in self.available_actions:
            available_actions_item = available_actions_item_data.value
            available_actions.append(available_actions_item)

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "state": state,
                "revision": revision,
                "publishedVersion": published_version,
                "lastEditorId": last_editor_id,
                "reviewComment": review_comment,
                "proposedBy": proposed_by,
                "draft": draft,
                "published": published,
                "changes": changes,
                "availableActions": available_actions,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curation_record_proposed_by_type_0 import CurationRecordProposedByType0  # noqa: PLC0415
        from ..models.json_patch_operation import JsonPatchOperation  # noqa: PLC0415
        from ..models.material_content import MaterialContent  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        state = CurationRecordState(d.pop("state"))

        revision = d.pop("revision")

        published_version = d.pop("publishedVersion")

        def _parse_last_editor_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_editor_id = _parse_last_editor_id(d.pop("lastEditorId"))

        def _parse_review_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_comment = _parse_review_comment(d.pop("reviewComment"))

        def _parse_proposed_by(data: object) -> CurationRecordProposedByType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                proposed_by_type_0 = CurationRecordProposedByType0.from_dict(data)

                return proposed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CurationRecordProposedByType0 | None, data)

        proposed_by = _parse_proposed_by(d.pop("proposedBy"))

        def _parse_draft(data: object) -> MaterialContent | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                draft_type_1 = MaterialContent.from_dict(data)

                return draft_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MaterialContent | None, data)

        draft = _parse_draft(d.pop("draft"))

        def _parse_published(data: object) -> MaterialContent | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                published_type_1 = MaterialContent.from_dict(data)

                return published_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MaterialContent | None, data)

        published = _parse_published(d.pop("published"))

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = JsonPatchOperation.from_dict(changes_item_data)

            changes.append(changes_item)

        available_actions = []
        _available_actions = d.pop("availableActions")
        for available_actions_item_data in _available_actions:
            available_actions_item = CurationRecordAvailableActionsItem(available_actions_item_data)

            available_actions.append(available_actions_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        curation_record = cls(
            slug=slug,
            state=state,
            revision=revision,
            published_version=published_version,
            last_editor_id=last_editor_id,
            review_comment=review_comment,
            proposed_by=proposed_by,
            draft=draft,
            published=published,
            changes=changes,
            available_actions=available_actions,
            updated_at=updated_at,
        )

        return curation_record
