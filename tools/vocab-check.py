#!/usr/bin/env python3
"""Check the concept schemes in seed/vocabulary (python3, standard library only).

Errors (exit status 1):
  - an id that is not `<scheme>/<kebab-slug>` or names another scheme than its file
  - the same id twice in one file, or in two scheme files (extra-*.json may repeat an id: it merges)
  - a `broader` that is not an id of the same scheme, or a cycle of `broader`
  - a missing prefLabel.en, a prefLabel that is not one string per language, a language key twice
  - a MeSH URI (exactMatch/closeMatch) that is malformed or whose id is not in seed/mesh/descriptors.tsv
Warnings (printed, exit status unchanged):
  - two concepts of one scheme sharing a label (prefLabel/altLabel/hiddenLabel, case-insensitive)
  - a label shared by concepts of schemes that feed DIFFERENT annotation types (see ANNOTATION.md):
    the dictionary cannot tell them apart by string alone
  - an id present in two files whose prefLabels differ for a language (the first one is kept)
Review listing: each concept that cites MeSH, with its English label next to the MeSH name.

Usage: python3 tools/vocab-check.py [--scheme NAME ...] [--no-review] [--no-warnings] [--root DIR]
"""
import argparse
import json
import os
import re
import sys
from collections import defaultdict

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MESH_URI = re.compile(r"^http://id\.nlm\.nih\.gov/mesh/(D\d{6}(?:\d{3})?)$")
LANG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$")

# scheme -> annotation entity type (seed/vocabulary/ANNOTATION.md). Schemes not listed are not
# used for entity mentions and are left out of the cross-type label check.
ENTITY_TYPE = {
    "kw-materials-composition": "Biomaterial",
    "material-class": "BiomaterialType",
    "kw-manufactured-product": "ManufacturedObject",
    "device-component": "ManufacturedObjectComponent",
    "device-feature": "ManufacturedObjectFeatures",
    "application": "MedicalApplication",
    "tissue": "Tissue",
    "cell": "Cell",
    "species": "Species",
    "kw-bioactive-compounds": "BiologicallyActiveSubstance",
    "biological-response": "AssociatedBiologicalProcess",
    "kw-outcomes-toxicity": "EffectOnBiologicalSystem",
    "adverse-effect": "AdverseEffects",
    "research-technique": "ResearchTechnique",
    "study-type": "StudyType",
    "form": "Structure",
    "structure": "Structure",
    "processing": "MaterialProcessing",
    "degradation-feature": "DegradationFeatures",
}


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append(f"ERROR {where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"WARN  {where}: {msg}")


def no_duplicate_keys(pairs):
    seen = {}
    dups = []
    for k, v in pairs:
        if k in seen:
            dups.append(k)
        seen[k] = v
    if dups:
        seen["__duplicate_keys__"] = dups
    return seen


def load_mesh(path):
    names = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                names[parts[0]] = parts[1]
    return names


def labels_of(concept):
    """Yield (kind, lang, label) for every label of a concept."""
    pl = concept.get("prefLabel")
    if isinstance(pl, dict):
        for lang, v in pl.items():
            if isinstance(v, str):
                yield "pref", lang, v
    for kind, key in (("alt", "altLabels"), ("hidden", "hiddenLabels")):
        block = concept.get(key)
        if isinstance(block, dict):
            for lang, vs in block.items():
                if isinstance(vs, list):
                    for v in vs:
                        if isinstance(v, str):
                            yield kind, lang, v


def norm(label):
    return re.sub(r"\s+", " ", label.strip().lower())


def check_label_block(rep, where, concept, key):
    block = concept.get(key)
    if block is None:
        return
    if not isinstance(block, dict):
        rep.error(where, f"{key} must be an object of language -> list of strings")
        return
    for dk in block.get("__duplicate_keys__", []):
        rep.error(where, f"{key} has language '{dk}' twice")
    for lang, vs in block.items():
        if lang == "__duplicate_keys__":
            continue
        if not LANG.match(lang):
            rep.error(where, f"{key} has a bad language key '{lang}'")
        if not isinstance(vs, list) or not all(isinstance(v, str) and v.strip() for v in vs):
            rep.error(where, f"{key}.{lang} must be a list of non-empty strings")
        elif len({norm(v) for v in vs}) != len(vs):
            rep.warn(where, f"{key}.{lang} repeats a label")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    ap.add_argument("--scheme", action="append", help="limit the review listing and warnings to these schemes")
    ap.add_argument("--no-review", action="store_true", help="do not print the MeSH review listing")
    ap.add_argument("--no-warnings", action="store_true", help="do not print warnings")
    args = ap.parse_args()

    vocab_dir = os.path.join(args.root, "seed", "vocabulary")
    mesh = load_mesh(os.path.join(args.root, "seed", "mesh", "descriptors.tsv"))
    rep = Report()

    # concepts[scheme][id] = list of (file, concept)
    concepts = defaultdict(lambda: defaultdict(list))
    order = []
    for name in sorted(os.listdir(vocab_dir)):
        if not name.endswith(".json"):
            continue
        path = os.path.join(vocab_dir, name)
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f, object_pairs_hook=no_duplicate_keys)
        except (OSError, ValueError) as e:
            rep.error(name, f"cannot read JSON: {e}")
            continue
        extra = name.startswith("extra-")
        file_scheme = doc.get("scheme")
        if not extra:
            if not isinstance(file_scheme, str) or not SLUG.match(file_scheme):
                rep.error(name, "missing or malformed 'scheme'")
                continue
            if name != file_scheme + ".json":
                rep.error(name, f"file name does not match scheme '{file_scheme}'")
            title = doc.get("title")
            if not isinstance(title, dict) or not isinstance(title.get("en"), str):
                rep.error(name, "title.en is required")
        items = doc.get("concepts")
        if not isinstance(items, list):
            rep.error(name, "'concepts' must be a list")
            continue
        seen_here = set()
        for i, c in enumerate(items):
            where = f"{name} [{i}]"
            if not isinstance(c, dict):
                rep.error(where, "concept is not an object")
                continue
            for dk in c.get("__duplicate_keys__", []):
                rep.error(where, f"key '{dk}' twice")
            cid = c.get("id")
            scheme = c.get("scheme", file_scheme) if extra else file_scheme
            if extra and not isinstance(c.get("scheme"), str):
                rep.error(where, "a concept of an extra-*.json file must name its 'scheme'")
            if not isinstance(cid, str) or "/" not in cid:
                rep.error(where, f"id {cid!r} is not <scheme>/<slug>")
                continue
            where = f"{name} {cid}"
            head, _, slug = cid.partition("/")
            if head != scheme:
                rep.error(where, f"id names scheme '{head}' but the concept belongs to '{scheme}'")
            if not SLUG.match(slug):
                rep.error(where, f"slug '{slug}' is not kebab-case")
            if cid in seen_here:
                rep.error(where, "id appears twice in this file")
            seen_here.add(cid)
            # prefLabel
            pl = c.get("prefLabel")
            if not isinstance(pl, dict):
                rep.error(where, "prefLabel must be an object of language -> string")
            else:
                for dk in pl.get("__duplicate_keys__", []):
                    rep.error(where, f"prefLabel has language '{dk}' twice")
                for lang, v in pl.items():
                    if lang == "__duplicate_keys__":
                        continue
                    if not LANG.match(lang):
                        rep.error(where, f"prefLabel has a bad language key '{lang}'")
                    if not isinstance(v, str) or not v.strip():
                        rep.error(where, f"prefLabel.{lang} must be one non-empty string")
                if not isinstance(pl.get("en"), str):
                    rep.error(where, "prefLabel.en is required")
            check_label_block(rep, where, c, "altLabels")
            check_label_block(rep, where, c, "hiddenLabels")
            for key in ("broader", "exactMatch", "closeMatch"):
                v = c.get(key)
                if v is not None and (not isinstance(v, list) or not all(isinstance(x, str) for x in v)):
                    rep.error(where, f"{key} must be a list of strings")
            concepts[scheme][cid].append((name, c))
            order.append((scheme, cid))

    # duplicates across files, prefLabel conflicts on merge
    for scheme, ids in concepts.items():
        for cid, occ in ids.items():
            files = [f for f, _ in occ]
            main_files = [f for f in files if not f.startswith("extra-")]
            if len(main_files) > 1:
                rep.error(cid, f"id defined in several scheme files: {', '.join(main_files)}")
            if len(occ) > 1:
                first = {}
                for f, c in occ:
                    for lang, v in (c.get("prefLabel") or {}).items():
                        if lang in first and first[lang][1] != v:
                            rep.warn(cid, f"prefLabel.{lang} '{v}' in {f} differs from '{first[lang][1]}' "
                                          f"in {first[lang][0]} (the first is kept)")
                        first.setdefault(lang, (f, v))

    # broader: same scheme, exists, no cycles
    for scheme, ids in concepts.items():
        parents = defaultdict(set)
        for cid, occ in ids.items():
            for f, c in occ:
                for b in c.get("broader") or []:
                    if not isinstance(b, str):
                        continue
                    if b.split("/", 1)[0] != scheme:
                        rep.error(f"{f} {cid}", f"broader '{b}' is not in scheme '{scheme}'")
                    elif b not in ids:
                        rep.error(f"{f} {cid}", f"broader '{b}' does not exist")
                    elif b == cid:
                        rep.error(f"{f} {cid}", "concept is its own broader")
                    else:
                        parents[cid].add(b)
        state = {}

        def visit(node, stack):
            state[node] = 1
            stack.append(node)
            for p in sorted(parents.get(node, ())):
                if state.get(p) == 1:
                    cyc = stack[stack.index(p):] + [p]
                    rep.error(node, "broader cycle: " + " -> ".join(cyc))
                elif p not in state:
                    visit(p, stack)
            stack.pop()
            state[node] = 2

        for cid in sorted(ids):
            if cid not in state:
                visit(cid, [])

    # MeSH ids
    review = []
    for scheme, ids in concepts.items():
        for cid, occ in ids.items():
            for f, c in occ:
                for key in ("exactMatch", "closeMatch"):
                    for uri in c.get(key) or []:
                        if not isinstance(uri, str) or "id.nlm.nih.gov/mesh" not in uri:
                            continue
                        m = MESH_URI.match(uri)
                        if not m:
                            rep.error(f"{f} {cid}", f"malformed MeSH URI '{uri}'")
                            continue
                        did = m.group(1)
                        if did not in mesh:
                            rep.error(f"{f} {cid}", f"{key} MeSH id {did} is not in seed/mesh/descriptors.tsv")
                            name = "?? NOT IN MESH LIST"
                        else:
                            name = mesh[did]
                        review.append((scheme, cid, (c.get("prefLabel") or {}).get("en", "?"), key, did, name))

    selected = set(args.scheme) if args.scheme else None

    # label collisions
    by_label_scheme = defaultdict(lambda: defaultdict(set))  # scheme -> label -> ids
    by_label_type = defaultdict(lambda: defaultdict(set))  # label -> type -> ids
    for scheme, ids in concepts.items():
        for cid, occ in ids.items():
            for f, c in occ:
                for kind, lang, label in labels_of(c):
                    n = norm(label)
                    by_label_scheme[scheme][n].add(cid)
                    if scheme in ENTITY_TYPE:
                        by_label_type[n][ENTITY_TYPE[scheme]].add(cid)
    for scheme, labels in sorted(by_label_scheme.items()):
        if selected and scheme not in selected:
            continue
        for label, cids in sorted(labels.items()):
            if len(cids) > 1:
                rep.warn(scheme, f"label '{label}' on several concepts: {', '.join(sorted(cids))}")
    for label, types in sorted(by_label_type.items()):
        if len(types) > 1:
            cids = sorted(x for s in types.values() for x in s)
            if selected and not any(x.split("/", 1)[0] in selected for x in cids):
                continue
            rep.warn("cross-type", f"label '{label}' in {len(types)} types: "
                     + "; ".join(f"{t}: {', '.join(sorted(v))}" for t, v in sorted(types.items())))

    if not args.no_review:
        print("# MeSH review: scheme | concept | English label | match | MeSH id | MeSH name")
        for scheme, cid, en, key, did, name in review:
            if selected and scheme not in selected:
                continue
            print(f"{scheme}\t{cid}\t{en}\t{key}\t{did}\t{name}")
        print()
    if not args.no_warnings:
        for w in rep.warnings:
            print(w)
    for e in rep.errors:
        print(e)
    counts = {s: len(ids) for s, ids in sorted(concepts.items())}
    print(f"\n{sum(counts.values())} concepts in {len(counts)} schemes; "
          f"{len(rep.errors)} errors, {len(rep.warnings)} warnings")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
