from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.curation_record import CurationRecord
    from ..models.field_error import FieldError
    from ..models.problem_orders_item import ProblemOrdersItem
    from ..models.problem_problems_item import ProblemProblemsItem
    from ..models.readiness_checks import ReadinessChecks


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """RFC 9457 problem details

    Attributes:
        type_ (str): URI of the problem type; about:blank for plain HTTP errors
        title (str):
        status (int):
        detail (str | Unset):
        instance (str | Unset):
        request_id (str | Unset): Quote it when you report a problem
        errors (list[FieldError] | Unset): One entry per invalid field (400)
        checks (ReadinessChecks | Unset):
        offer_id (str | Unset): The offer whose stock ran out (409 on orders)
        problems (list[ProblemProblemsItem] | Unset): What stands in the way of checkout, per cart line (409 on checkout
            confirm)
        orders (list[ProblemOrdersItem] | Unset): The totals now and the totals reviewed, per supplier order (409 when
            they changed since the preview)
        current (CurationRecord | Unset):
    """

    type_: str
    title: str
    status: int
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    request_id: str | Unset = UNSET
    errors: list[FieldError] | Unset = UNSET
    checks: ReadinessChecks | Unset = UNSET
    offer_id: str | Unset = UNSET
    problems: list[ProblemProblemsItem] | Unset = UNSET
    orders: list[ProblemOrdersItem] | Unset = UNSET
    current: CurationRecord | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        instance = self.instance

        request_id = self.request_id

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        checks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checks, Unset):
            checks = self.checks.to_dict()

        offer_id = self.offer_id

        problems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.problems, Unset):
            problems = []
            for problems_item_data in self.problems:
                problems_item = problems_item_data.to_dict()
                problems.append(problems_item)

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        current: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current, Unset):
            current = self.current.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if errors is not UNSET:
            field_dict["errors"] = errors
        if checks is not UNSET:
            field_dict["checks"] = checks
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if problems is not UNSET:
            field_dict["problems"] = problems
        if orders is not UNSET:
            field_dict["orders"] = orders
        if current is not UNSET:
            field_dict["current"] = current

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curation_record import CurationRecord  # noqa: PLC0415
        from ..models.field_error import FieldError  # noqa: PLC0415
        from ..models.problem_orders_item import ProblemOrdersItem  # noqa: PLC0415
        from ..models.problem_problems_item import ProblemProblemsItem  # noqa: PLC0415
        from ..models.readiness_checks import ReadinessChecks  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail", UNSET)

        instance = d.pop("instance", UNSET)

        request_id = d.pop("requestId", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[FieldError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = FieldError.from_dict(errors_item_data)

                errors.append(errors_item)

        _checks = d.pop("checks", UNSET)
        checks: ReadinessChecks | Unset
        if isinstance(_checks, Unset):
            checks = UNSET
        else:
            checks = ReadinessChecks.from_dict(_checks)

        offer_id = d.pop("offerId", UNSET)

        _problems = d.pop("problems", UNSET)
        problems: list[ProblemProblemsItem] | Unset = UNSET
        if _problems is not UNSET:
            problems = []
            for problems_item_data in _problems:
                problems_item = ProblemProblemsItem.from_dict(problems_item_data)

                problems.append(problems_item)

        _orders = d.pop("orders", UNSET)
        orders: list[ProblemOrdersItem] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = ProblemOrdersItem.from_dict(orders_item_data)

                orders.append(orders_item)

        _current = d.pop("current", UNSET)
        current: CurationRecord | Unset
        if isinstance(_current, Unset):
            current = UNSET
        else:
            current = CurationRecord.from_dict(_current)

        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            instance=instance,
            request_id=request_id,
            errors=errors,
            checks=checks,
            offer_id=offer_id,
            problems=problems,
            orders=orders,
            current=current,
        )

        return problem
