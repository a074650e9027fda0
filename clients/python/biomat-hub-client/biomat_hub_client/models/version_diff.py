from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.content_change import ContentChange
    from ..models.json_patch_operation import JsonPatchOperation


T = TypeVar("T", bound="VersionDiff")


@_attrs_define
class VersionDiff:
    """
    Attributes:
        from_ (int):
        to (int):
        changes (list[ContentChange]):
        patch (list[JsonPatchOperation]):
    """

    from_: int
    to: int
    changes: list[ContentChange]
    patch: list[JsonPatchOperation]

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        patch = []
        for patch_item_data in self.patch:
            patch_item = patch_item_data.to_dict()
            patch.append(patch_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from": from_,
                "to": to,
                "changes": changes,
                "patch": patch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_change import ContentChange  # noqa: PLC0415
        from ..models.json_patch_operation import JsonPatchOperation  # noqa: PLC0415

        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = ContentChange.from_dict(changes_item_data)

            changes.append(changes_item)

        patch = []
        _patch = d.pop("patch")
        for patch_item_data in _patch:
            patch_item = JsonPatchOperation.from_dict(patch_item_data)

            patch.append(patch_item)

        version_diff = cls(
            from_=from_,
            to=to,
            changes=changes,
            patch=patch,
        )

        return version_diff
