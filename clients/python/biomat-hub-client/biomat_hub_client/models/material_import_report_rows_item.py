from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.material_import_report_rows_item_status import MaterialImportReportRowsItemStatus

if TYPE_CHECKING:
    from ..models.content_change import ContentChange
    from ..models.field_error import FieldError


T = TypeVar("T", bound="MaterialImportReportRowsItem")


@_attrs_define
class MaterialImportReportRowsItem:
    """
    Attributes:
        position (str): line 7 of a CSV, [3] of a JSON array
        slug (None | str):
        status (MaterialImportReportRowsItemStatus):
        errors (list[FieldError]):
        changes (list[ContentChange]):
        removals (int): How many of the changes remove something (always 0 under mode=merge)
    """

    position: str
    slug: None | str
    status: MaterialImportReportRowsItemStatus
    errors: list[FieldError]
    changes: list[ContentChange]
    removals: int

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        slug: None | str
        slug = self.slug

        status = self.status.value

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        removals = self.removals

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "position": position,
                "slug": slug,
                "status": status,
                "errors": errors,
                "changes": changes,
                "removals": removals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_change import ContentChange  # noqa: PLC0415
        from ..models.field_error import FieldError  # noqa: PLC0415

        d = dict(src_dict)
        position = d.pop("position")

        def _parse_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        slug = _parse_slug(d.pop("slug"))

        status = MaterialImportReportRowsItemStatus(d.pop("status"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = FieldError.from_dict(errors_item_data)

            errors.append(errors_item)

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = ContentChange.from_dict(changes_item_data)

            changes.append(changes_item)

        removals = d.pop("removals")

        material_import_report_rows_item = cls(
            position=position,
            slug=slug,
            status=status,
            errors=errors,
            changes=changes,
            removals=removals,
        )

        return material_import_report_rows_item
