from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.content_change_kind import ContentChangeKind
from ..models.content_change_section import ContentChangeSection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.biocompatibility_result import BiocompatibilityResult
    from ..models.composition_entry import CompositionEntry
    from ..models.literature_reference import LiteratureReference
    from ..models.property_value import PropertyValue
    from ..models.regulatory_entry import RegulatoryEntry


T = TypeVar("T", bound="ContentChange")


@_attrs_define
class ContentChange:
    """
    Attributes:
        section (ContentChangeSection):
        field (str): name, synonyms, kw-outcomes-toxicity, properties, sustainability.origin...
        kind (ContentChangeKind):
        label (str): What changed, in words: the field, the property type, the concept
        before_text (None | str):
        after_text (None | str):
        before (BiocompatibilityResult | CompositionEntry | float | LiteratureReference | None | PropertyValue |
            RegulatoryEntry | str | Unset):
        after (BiocompatibilityResult | CompositionEntry | float | LiteratureReference | None | PropertyValue |
            RegulatoryEntry | str | Unset):
    """

    section: ContentChangeSection
    field: str
    kind: ContentChangeKind
    label: str
    before_text: None | str
    after_text: None | str
    before: (
        BiocompatibilityResult
        | CompositionEntry
        | float
        | LiteratureReference
        | None
        | PropertyValue
        | RegulatoryEntry
        | str
        | Unset
    ) = UNSET
    after: (
        BiocompatibilityResult
        | CompositionEntry
        | float
        | LiteratureReference
        | None
        | PropertyValue
        | RegulatoryEntry
        | str
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.biocompatibility_result import BiocompatibilityResult  # noqa: PLC0415
        from ..models.composition_entry import CompositionEntry  # noqa: PLC0415
        from ..models.literature_reference import LiteratureReference  # noqa: PLC0415
        from ..models.property_value import PropertyValue  # noqa: PLC0415
        from ..models.regulatory_entry import RegulatoryEntry  # noqa: PLC0415

        section = self.section.value

        field = self.field

        kind = self.kind.value

        label = self.label

        before_text: None | str
        before_text = self.before_text

        after_text: None | str
        after_text = self.after_text

        before: dict[str, Any] | float | None | str | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        elif isinstance(self.before, PropertyValue):
            before = self.before.to_dict()
        elif isinstance(self.before, CompositionEntry):
            before = self.before.to_dict()
        elif isinstance(self.before, BiocompatibilityResult):
            before = self.before.to_dict()
        elif isinstance(self.before, RegulatoryEntry):
            before = self.before.to_dict()
        elif isinstance(self.before, LiteratureReference):
            before = self.before.to_dict()
        else:
            before = self.before

        after: dict[str, Any] | float | None | str | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        elif isinstance(self.after, PropertyValue):
            after = self.after.to_dict()
        elif isinstance(self.after, CompositionEntry):
            after = self.after.to_dict()
        elif isinstance(self.after, BiocompatibilityResult):
            after = self.after.to_dict()
        elif isinstance(self.after, RegulatoryEntry):
            after = self.after.to_dict()
        elif isinstance(self.after, LiteratureReference):
            after = self.after.to_dict()
        else:
            after = self.after

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "section": section,
                "field": field,
                "kind": kind,
                "label": label,
                "beforeText": before_text,
                "afterText": after_text,
            }
        )
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.biocompatibility_result import BiocompatibilityResult  # noqa: PLC0415
        from ..models.composition_entry import CompositionEntry  # noqa: PLC0415
        from ..models.literature_reference import LiteratureReference  # noqa: PLC0415
        from ..models.property_value import PropertyValue  # noqa: PLC0415
        from ..models.regulatory_entry import RegulatoryEntry  # noqa: PLC0415

        d = dict(src_dict)
        section = ContentChangeSection(d.pop("section"))

        field = d.pop("field")

        kind = ContentChangeKind(d.pop("kind"))

        label = d.pop("label")

        def _parse_before_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        before_text = _parse_before_text(d.pop("beforeText"))

        def _parse_after_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        after_text = _parse_after_text(d.pop("afterText"))

        def _parse_before(
            data: object,
        ) -> (
            BiocompatibilityResult
            | CompositionEntry
            | float
            | LiteratureReference
            | None
            | PropertyValue
            | RegulatoryEntry
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_2 = PropertyValue.from_dict(data)

                return before_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_3 = CompositionEntry.from_dict(data)

                return before_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_4 = BiocompatibilityResult.from_dict(data)

                return before_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_5 = RegulatoryEntry.from_dict(data)

                return before_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_6 = LiteratureReference.from_dict(data)

                return before_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                BiocompatibilityResult
                | CompositionEntry
                | float
                | LiteratureReference
                | None
                | PropertyValue
                | RegulatoryEntry
                | str
                | Unset,
                data,
            )

        before = _parse_before(d.pop("before", UNSET))

        def _parse_after(
            data: object,
        ) -> (
            BiocompatibilityResult
            | CompositionEntry
            | float
            | LiteratureReference
            | None
            | PropertyValue
            | RegulatoryEntry
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_2 = PropertyValue.from_dict(data)

                return after_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_3 = CompositionEntry.from_dict(data)

                return after_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_4 = BiocompatibilityResult.from_dict(data)

                return after_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_5 = RegulatoryEntry.from_dict(data)

                return after_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_6 = LiteratureReference.from_dict(data)

                return after_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                BiocompatibilityResult
                | CompositionEntry
                | float
                | LiteratureReference
                | None
                | PropertyValue
                | RegulatoryEntry
                | str
                | Unset,
                data,
            )

        after = _parse_after(d.pop("after", UNSET))

        content_change = cls(
            section=section,
            field=field,
            kind=kind,
            label=label,
            before_text=before_text,
            after_text=after_text,
            before=before,
            after=after,
        )

        return content_change
