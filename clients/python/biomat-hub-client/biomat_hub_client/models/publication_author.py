from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicationAuthor")


@_attrs_define
class PublicationAuthor:
    """
    Attributes:
        affiliations (list[str]):
        family (None | str | Unset):
        given (None | str | Unset):
        literal (None | str | Unset): A collective name, or a name that could not be split
        orcid (None | str | Unset): ORCID iD (0000-0000-0000-0000), when the source gives one
    """

    affiliations: list[str]
    family: None | str | Unset = UNSET
    given: None | str | Unset = UNSET
    literal: None | str | Unset = UNSET
    orcid: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        affiliations = self.affiliations

        family: None | str | Unset
        if isinstance(self.family, Unset):
            family = UNSET
        else:
            family = self.family

        given: None | str | Unset
        if isinstance(self.given, Unset):
            given = UNSET
        else:
            given = self.given

        literal: None | str | Unset
        if isinstance(self.literal, Unset):
            literal = UNSET
        else:
            literal = self.literal

        orcid: None | str | Unset
        if isinstance(self.orcid, Unset):
            orcid = UNSET
        else:
            orcid = self.orcid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "affiliations": affiliations,
            }
        )
        if family is not UNSET:
            field_dict["family"] = family
        if given is not UNSET:
            field_dict["given"] = given
        if literal is not UNSET:
            field_dict["literal"] = literal
        if orcid is not UNSET:
            field_dict["orcid"] = orcid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        affiliations = cast(list[str], d.pop("affiliations"))

        def _parse_family(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        family = _parse_family(d.pop("family", UNSET))

        def _parse_given(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        given = _parse_given(d.pop("given", UNSET))

        def _parse_literal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        literal = _parse_literal(d.pop("literal", UNSET))

        def _parse_orcid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        orcid = _parse_orcid(d.pop("orcid", UNSET))

        publication_author = cls(
            affiliations=affiliations,
            family=family,
            given=given,
            literal=literal,
            orcid=orcid,
        )

        return publication_author
