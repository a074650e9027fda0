"""Export a Biomat Hub search to CSV with the generated client.

Signs in with an API key, runs a faceted search with a range filter, pages through every hit and
writes one row per material, with the unit of each property in its column headers.

    pip install ./clients/python/biomat-hub-client
    export BIOMAT_API_KEY=bmh_...          # Account -> API keys in the web UI
    python clients/python/examples/search_export.py --q titanium \
        --filter class="Metal > Titanium alloy" --range youngsModulusGPa=100..120 \
        --fields youngsModulusGPa,densityGcm3 --out titanium.csv
"""

from __future__ import annotations

import argparse
import csv
import os
import sys

from biomat_hub_client import AuthenticatedClient
from biomat_hub_client.api.accounts import me_me
from biomat_hub_client.api.search import search_materials
from biomat_hub_client.api.vocabulary import vocabulary_list
from biomat_hub_client.models import (
    ConceptPage,
    Me,
    Problem,
    SearchAnswer,
    SearchMaterialsFilter,
    SearchMaterialsRange,
)

# The catalogue writes units in ASCII (mathjs syntax); a spreadsheet reader expects the symbols.
SYMBOLS = {"um": "µm", "degC": "°C", "deg": "°", "g/cm^3": "g/cm³", "kg/m^3": "kg/m³", "MPa m^0.5": "MPa·m½", "W/(m K)": "W/(m·K)", "1": ""}


def key_value(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name or not value:
        raise argparse.ArgumentTypeError(f"expected name=value, got {text!r}")
    return name.strip(), value.strip()


def fail(what: str, answer: object) -> None:
    detail = answer.detail if isinstance(answer, Problem) and answer.detail else repr(answer)
    sys.exit(f"{what}: {detail}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default=os.environ.get("BIOMAT_URL", "http://localhost:3000"))
    parser.add_argument("--api-key", default=os.environ.get("BIOMAT_API_KEY"), help="bmh_... (or BIOMAT_API_KEY)")
    parser.add_argument("--q", default="", help="words to search for")
    parser.add_argument("--filter", type=key_value, action="append", default=[], help='facet=value, e.g. class="Metal > Titanium alloy"')
    parser.add_argument("--range", type=key_value, action="append", default=[], help="field=min..max in the field's canonical unit")
    parser.add_argument("--fields", default="", help="comma-separated search fields to export (default: the ranged ones)")
    parser.add_argument("--out", default="biomat-export.csv")
    parser.add_argument("--per-page", type=int, default=100, help="hits per request (at most 100)")
    args = parser.parse_args()
    if not args.api_key:
        sys.exit("An API key is needed: --api-key bmh_... or BIOMAT_API_KEY")

    with AuthenticatedClient(base_url=args.base_url, token=args.api_key) as client:
        me = me_me.sync(client=client)
        if not isinstance(me, Me):
            fail("Signing in with the API key failed", me)
        print(f"Signed in as {me.name} ({', '.join(me.effective_roles) or 'no role'})", file=sys.stderr)

        # Labels and canonical units of the numeric fields, from the property-type vocabulary.
        types = vocabulary_list.sync(client=client, scheme="property-type", per_page=100)
        if not isinstance(types, ConceptPage):
            fail("Reading the property types failed", types)
        fields_info = {
            c.quantity.search_field: (c.pref_label["en"], c.quantity.canonical_unit)
            for c in types.items
            if c.quantity and c.quantity.search_field
        }
        fields = [f for f in args.fields.split(",") if f] or [name for name, _ in args.range]
        unknown = [f for f in fields if f not in fields_info]
        if unknown:
            sys.exit(f"Unknown fields {unknown}; known: {sorted(fields_info)}")

        rows: list[list[object]] = []
        page, total = 1, None
        while total is None or len(rows) < total:
            answer = search_materials.sync(
                client=client,
                q=args.q,
                facets="class",
                filter_=SearchMaterialsFilter.from_dict(dict(args.filter)),
                range_=SearchMaterialsRange.from_dict(dict(args.range)),
                page=page,
                per_page=args.per_page,
            )
            if not isinstance(answer, SearchAnswer):
                fail(f"Search page {page} failed", answer)
            total = answer.total
            for hit in answer.hits:
                row: list[object] = [hit.slug, hit.name, " > ".join(hit.class_.path)]
                for field in fields:
                    summary = hit.properties.additional_properties.get(field)
                    row += [summary.min_, summary.max_, summary.value] if summary else ["", "", ""]
                rows.append(row)
            if not answer.hits:
                break
            page += 1
            print(f"  {len(rows)} of {total} materials", file=sys.stderr)

    header = ["slug", "name", "class"]
    for field in fields:
        label, unit = fields_info[field]
        symbol = SYMBOLS.get(unit, unit)
        suffix = f" ({symbol})" if symbol else ""
        header += [f"{label} min{suffix}", f"{label} max{suffix}", f"{label} median{suffix}"]
    # UTF-8 with a byte-order mark, so that spreadsheet programs read µ and ³ right.
    with open(args.out, "w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    print(f"Wrote {len(rows)} materials to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
