from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.curation_record_available_actions_item import CurationRecordAvailableActionsItem
from ..models.curation_record_state import CurationRecordState

if TYPE_CHECKING:
    from ..models.content_change import ContentChange
    from ..models.curation_record_blocked_actions_item import CurationRecordBlockedActionsItem
    from ..models.curation_record_proposed_by_type_0 import CurationRecordProposedByType0
    from ..models.field_error import FieldError
    from ..models.material_content import MaterialContent
    from ..models.person import Person


T = TypeVar("T", bound="CurationRecord")


@_attrs_define
class CurationRecord:
    """
    Attributes:
        slug (str):
        name (str):
        class_name (str):
        state (CurationRecordState):
        revision (int):
        published_version (int):
        last_editor (None | Person):
        review_comment (None | str):
        proposed_by (CurationRecordProposedByType0 | None):
        draft (MaterialContent | None):
        published (MaterialContent | None):
        changes (list[ContentChange]): Published -> draft, field by field
        warnings (list[FieldError]): Values and references worth a look before publishing; never a refusal
        available_actions (list[CurationRecordAvailableActionsItem]): What this user may do now
        blocked_actions (list[CurationRecordBlockedActionsItem]): What the workflow allows but this user may not do, and
            why (four eyes)
        updated_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
    """

    slug: str
    name: str
    class_name: str
    state: CurationRecordState
    revision: int
    published_version: int
    last_editor: None | Person
    review_comment: None | str
    proposed_by: CurationRecordProposedByType0 | None
    draft: MaterialContent | None
    published: MaterialContent | None
    changes: list[ContentChange]
    warnings: list[FieldError]
    available_actions: list[CurationRecordAvailableActionsItem]
    blocked_actions: list[CurationRecordBlockedActionsItem]
    updated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        from ..models.curation_record_proposed_by_type_0 import CurationRecordProposedByType0  # noqa: PLC0415
        from ..models.material_content import MaterialContent  # noqa: PLC0415
        from ..models.person import Person  # noqa: PLC0415

        slug = self.slug

        name = self.name

        class_name = self.class_name

        state = self.state.value

        revision = self.revision

        published_version = self.published_version

        last_editor: dict[str, Any] | None
        if isinstance(self.last_editor, Person):
            last_editor = self.last_editor.to_dict()
        else:
            last_editor = self.last_editor

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

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        available_actions = []
        for available_actions_item_data in self.available_actions:
            available_actions_item = available_actions_item_data.value
            available_actions.append(available_actions_item)

        blocked_actions = []
        for blocked_actions_item_data in self.blocked_actions:
            blocked_actions_item = blocked_actions_item_data.to_dict()
            blocked_actions.append(blocked_actions_item)

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "className": class_name,
                "state": state,
                "revision": revision,
                "publishedVersion": published_version,
                "lastEditor": last_editor,
                "reviewComment": review_comment,
                "proposedBy": proposed_by,
                "draft": draft,
                "published": published,
                "changes": changes,
                "warnings": warnings,
                "availableActions": available_actions,
                "blockedActions": blocked_actions,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_change import ContentChange  # noqa: PLC0415
        from ..models.curation_record_blocked_actions_item import CurationRecordBlockedActionsItem  # noqa: PLC0415
        from ..models.curation_record_proposed_by_type_0 import CurationRecordProposedByType0  # noqa: PLC0415
        from ..models.field_error import FieldError  # noqa: PLC0415
        from ..models.material_content import MaterialContent  # noqa: PLC0415
        from ..models.person import Person  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        class_name = d.pop("className")

        state = CurationRecordState(d.pop("state"))

        revision = d.pop("revision")

        published_version = d.pop("publishedVersion")

        def _parse_last_editor(data: object) -> None | Person:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_editor_type_1 = Person.from_dict(data)

                return last_editor_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Person, data)

        last_editor = _parse_last_editor(d.pop("lastEditor"))

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
            changes_item = ContentChange.from_dict(changes_item_data)

            changes.append(changes_item)

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = FieldError.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        available_actions = []
        _available_actions = d.pop("availableActions")
        for available_actions_item_data in _available_actions:
            available_actions_item = CurationRecordAvailableActionsItem(available_actions_item_data)

            available_actions.append(available_actions_item)

        blocked_actions = []
        _blocked_actions = d.pop("blockedActions")
        for blocked_actions_item_data in _blocked_actions:
            blocked_actions_item = CurationRecordBlockedActionsItem.from_dict(blocked_actions_item_data)

            blocked_actions.append(blocked_actions_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        curation_record = cls(
            slug=slug,
            name=name,
            class_name=class_name,
            state=state,
            revision=revision,
            published_version=published_version,
            last_editor=last_editor,
            review_comment=review_comment,
            proposed_by=proposed_by,
            draft=draft,
            published=published,
            changes=changes,
            warnings=warnings,
            available_actions=available_actions,
            blocked_actions=blocked_actions,
            updated_at=updated_at,
        )

        return curation_record
