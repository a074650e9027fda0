#!/usr/bin/env python3
"""Checks seed/literature/metals-ceramics-glasses.json.

JSON valid (a list of objects), keys unique and well-formed, DOIs well-formed, PMIDs digits,
PMCIDs PMC+digits, no duplicate DOI/PMID (within the file, against the other literature files
and against the DOIs of seed/references), material slugs exist in seed/materials, MeSH ids exist in seed/mesh/descriptors.tsv
with the given name, required fields present. Run from anywhere: python3 check-metals-ceramics-glasses.py
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.dirname(HERE)
FILE = os.path.join(HERE, "metals-ceramics-glasses.json")

DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")
KEY_RE = re.compile(r"^pub-[a-z0-9]+(-[a-z0-9]+)*$")
PMID_RE = re.compile(r"^\d{1,9}$")
PMCID_RE = re.compile(r"^PMC\d+$")
ALLOWED = {"key", "doi", "pmid", "pmcid", "title", "authors", "authorsComplete", "journal", "year",
           "volume", "issue", "pages", "language", "publicationTypes", "keywords", "mesh",
           "materials", "license", "summary", "seenAt"}
REQUIRED = {"key", "doi", "title", "authors", "authorsComplete", "journal", "year", "language",
            "publicationTypes", "keywords", "mesh", "materials", "seenAt"}


def main():
    errors = []

    def err(i, msg):
        errors.append(f"[{i}] {msg}")

    try:
        with open(FILE, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        print(f"FAIL: cannot read {FILE}: {e}")
        return 1
    if not isinstance(data, list):
        print("FAIL: top level is not a JSON array")
        return 1

    slugs = set()
    group = set()
    for path in glob.glob(os.path.join(SEED, "materials", "*.json")):
        with open(path, encoding="utf-8") as f:
            for m in json.load(f):
                slugs.add(m["slug"])
                if os.path.basename(path) in ("metals.json", "ceramics.json", "glasses.json"):
                    group.add(m["slug"])

    mesh = {}
    with open(os.path.join(SEED, "mesh", "descriptors.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            did, name = line.rstrip("\n").split("\t", 1)
            mesh[did] = name

    # identifiers used by the other literature files (no duplicates across the seed)
    other = {"doi": {}, "pmid": {}}
    for path in glob.glob(os.path.join(HERE, "*.json")):
        if os.path.abspath(path) == FILE:
            continue
        try:
            with open(path, encoding="utf-8") as f:
                for r in json.load(f):
                    if r.get("doi"):
                        other["doi"][r["doi"].lower()] = os.path.basename(path)
                    if r.get("pmid"):
                        other["pmid"][str(r["pmid"])] = os.path.basename(path)
        except (OSError, ValueError, TypeError, AttributeError):
            pass

    # DOIs of the seed's own references (they become publications too: no second record)
    for path in glob.glob(os.path.join(SEED, "references", "*.json")):
        try:
            with open(path, encoding="utf-8") as f:
                refs = json.load(f)
            for r in (refs.values() if isinstance(refs, dict) else refs):
                if isinstance(r, dict) and r.get("doi"):
                    other["doi"].setdefault(r["doi"].lower(), "references/" + os.path.basename(path))
        except (OSError, ValueError, TypeError, AttributeError):
            pass

    keys, dois, pmids = {}, {}, {}
    for i, r in enumerate(data):
        if not isinstance(r, dict):
            err(i, "not an object")
            continue
        extra = set(r) - ALLOWED
        if extra:
            err(i, f"unknown fields {sorted(extra)}")
        missing = REQUIRED - set(r)
        if missing:
            err(i, f"missing fields {sorted(missing)}")
        k = r.get("key")
        if not isinstance(k, str) or not KEY_RE.match(k):
            err(i, f"bad key {k!r}")
        elif k in keys:
            err(i, f"duplicate key {k} (also [{keys[k]}])")
        else:
            keys[k] = i
        doi = r.get("doi")
        if not isinstance(doi, str) or not DOI_RE.match(doi):
            err(i, f"bad doi {doi!r}")
        else:
            d = doi.lower()
            if d in dois:
                err(i, f"duplicate doi {doi} (also [{dois[d]}])")
            dois[d] = i
            if d in other["doi"]:
                err(i, f"doi {doi} also in {other['doi'][d]}")
        pmid = r.get("pmid")
        if pmid is not None:
            if not isinstance(pmid, str) or not PMID_RE.match(pmid):
                err(i, f"bad pmid {pmid!r}")
            elif pmid in pmids:
                err(i, f"duplicate pmid {pmid} (also [{pmids[pmid]}])")
            else:
                pmids[pmid] = i
                if pmid in other["pmid"]:
                    err(i, f"pmid {pmid} also in {other['pmid'][pmid]}")
        pmcid = r.get("pmcid")
        if pmcid is not None and (not isinstance(pmcid, str) or not PMCID_RE.match(pmcid)):
            err(i, f"bad pmcid {pmcid!r}")
        if not isinstance(r.get("title"), str) or not r["title"].strip():
            err(i, "empty title")
        au = r.get("authors")
        if not isinstance(au, list) or not au:
            err(i, "authors must be a non-empty list")
        else:
            for a in au:
                if not isinstance(a, dict) or not isinstance(a.get("family"), str) or not a["family"].strip():
                    err(i, f"bad author {a!r}")
        if not isinstance(r.get("authorsComplete"), bool):
            err(i, "authorsComplete must be true/false")
        j = r.get("journal")
        if not isinstance(j, dict) or not isinstance(j.get("title"), str) or not j["title"].strip():
            err(i, "journal.title missing")
        y = r.get("year")
        if not isinstance(y, int) or not 1800 <= y <= 2026:
            err(i, f"bad year {y!r}")
        for f in ("volume", "issue", "pages"):
            if r.get(f) is not None and not isinstance(r[f], str):
                err(i, f"{f} must be a string or null")
        for f in ("publicationTypes", "keywords"):
            if not isinstance(r.get(f), list) or not all(isinstance(x, str) for x in r[f]):
                err(i, f"{f} must be a list of strings")
        if isinstance(r.get("publicationTypes"), list) and not r["publicationTypes"]:
            err(i, "publicationTypes empty")
        mats = r.get("materials")
        if not isinstance(mats, list) or not mats:
            err(i, "materials must be a non-empty list")
        else:
            for m in mats:
                if m not in slugs:
                    err(i, f"unknown material slug {m!r}")
            if len(set(mats)) != len(mats):
                err(i, "duplicate material slug")
        for h in r.get("mesh") or []:
            did, name = h.get("descriptorId"), h.get("name")
            if did not in mesh:
                err(i, f"unknown MeSH id {did!r}")
            elif mesh[did] != name:
                err(i, f"MeSH {did} is {mesh[did]!r}, not {name!r}")
            if not isinstance(h.get("major"), bool) or not isinstance(h.get("qualifiers"), list):
                err(i, f"MeSH heading {did} needs major (bool) and qualifiers (list)")
        if not isinstance(r.get("seenAt"), str) or not r["seenAt"].startswith("http"):
            err(i, "seenAt must be a URL")

    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s) in {len(data)} records")
        return 1
    per = {}
    for r in data:
        for m in r["materials"]:
            per[m] = per.get(m, 0) + 1
    print(f"OK: {len(data)} records, {sum(1 for r in data if r.get('pmid'))} with PMID, "
          f"{sum(1 for r in data if r.get('pmcid'))} with PMCID, "
          f"{sum(1 for r in data if r.get('mesh'))} with MeSH headings, "
          f"{len(set(per) & group)} of {len(group)} group material slugs referenced")
    if "-v" in sys.argv:
        for m in sorted(per):
            print(f"  {m}: {per[m]}")
        missing = sorted(group - set(per))
        print(f"group materials without a record ({len(missing)}): {', '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
