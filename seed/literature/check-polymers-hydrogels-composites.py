#!/usr/bin/env python3
"""Check seed/literature/polymers-hydrogels-composites.json.

Verifies: the file is valid JSON (a list), keys are unique lowercase kebab `pub-...`, DOIs are
well formed (10.NNNN/...), PMIDs are digits, PMCIDs look like PMC<digits>, every record names at
least one material and every material slug exists in seed/materials/*.json, MeSH descriptor ids
exist in seed/mesh/descriptors.tsv with exactly the given name, no DOI or PMID is repeated, and
required fields are present. Also reports (without failing) DOIs/PMIDs already carried by
seed/references/*.json, and prints counts per material.

Run from anywhere: python3 seed/literature/check-polymers-hydrogels-composites.py
Exit status 0 when no error was found.
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.dirname(HERE)
FILE = os.path.join(HERE, 'polymers-hydrogels-composites.json')

DOI_RE = re.compile(r'^10\.\d{4,9}/\S+$')
KEY_RE = re.compile(r'^pub-[a-z0-9]+(-[a-z0-9]+)*$')
PMID_RE = re.compile(r'^\d{1,9}$')
PMCID_RE = re.compile(r'^PMC\d+$')
GROUP_FILES = ('synthetic-polymers.json', 'natural-polymers.json', 'hydrogels.json', 'composites.json')
REQUIRED = ['key', 'doi', 'title', 'authors', 'authorsComplete', 'journal', 'year',
            'language', 'publicationTypes', 'keywords', 'mesh', 'materials', 'seenAt']

errors = []


def err(i, rec, msg):
    errors.append('[%d] %s: %s' % (i, rec.get('key', '?') if isinstance(rec, dict) else '?', msg))


def main():
    try:
        with open(FILE, encoding='utf-8') as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        print('ERROR: cannot read %s: %s' % (FILE, e))
        return 1
    if not isinstance(data, list):
        print('ERROR: top level must be a JSON array')
        return 1

    slugs, group = set(), []
    for path in glob.glob(os.path.join(SEED, 'materials', '*.json')):
        with open(path, encoding='utf-8') as f:
            for m in json.load(f):
                slugs.add(m['slug'])
                if os.path.basename(path) in GROUP_FILES:
                    group.append(m['slug'])

    mesh = {}
    with open(os.path.join(SEED, 'mesh', 'descriptors.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            parts = line.rstrip('\n').split('\t')
            if len(parts) >= 2:
                mesh[parts[0]] = parts[1]

    ref_dois, ref_pmids = set(), set()
    for path in glob.glob(os.path.join(SEED, 'references', '*.json')):
        with open(path, encoding='utf-8') as f:
            for ref in json.load(f).values():
                if ref.get('doi'):
                    ref_dois.add(ref['doi'].lower())
                if ref.get('pmid'):
                    ref_pmids.add(str(ref['pmid']))

    keys, dois, pmids = {}, {}, {}
    per_material = collections.Counter()
    with_pmid = with_mesh = with_pmcid = 0
    overlaps = []
    for i, rec in enumerate(data):
        if not isinstance(rec, dict):
            err(i, {}, 'record is not an object')
            continue
        for field in REQUIRED:
            if field not in rec:
                err(i, rec, 'missing field %s' % field)
        key = rec.get('key', '')
        if not KEY_RE.match(key or ''):
            err(i, rec, 'key is not lowercase kebab pub-...')
        if key in keys:
            err(i, rec, 'duplicate key (first at [%d])' % keys[key])
        keys[key] = i

        doi = rec.get('doi')
        if not doi or not DOI_RE.match(doi):
            err(i, rec, 'DOI missing or malformed: %r' % doi)
        else:
            if doi.lower().startswith(('http', 'doi:')):
                err(i, rec, 'DOI must not carry a prefix')
            low = doi.lower()
            if low in dois:
                err(i, rec, 'duplicate DOI %s (first at [%d])' % (doi, dois[low]))
            dois[low] = i
            if low in ref_dois:
                overlaps.append('%s DOI %s' % (key, doi))

        pmid = rec.get('pmid')
        if pmid is not None:
            if not isinstance(pmid, str) or not PMID_RE.match(pmid):
                err(i, rec, 'PMID must be a string of digits: %r' % pmid)
            else:
                with_pmid += 1
                if pmid in pmids:
                    err(i, rec, 'duplicate PMID %s (first at [%d])' % (pmid, pmids[pmid]))
                pmids[pmid] = i
                if pmid in ref_pmids:
                    overlaps.append('%s PMID %s' % (key, pmid))
        pmcid = rec.get('pmcid')
        if pmcid is not None:
            if not isinstance(pmcid, str) or not PMCID_RE.match(pmcid):
                err(i, rec, 'PMCID malformed: %r' % pmcid)
            else:
                with_pmcid += 1

        if not isinstance(rec.get('title'), str) or not rec['title'].strip():
            err(i, rec, 'title empty')
        year = rec.get('year')
        if not isinstance(year, int) or not 1900 <= year <= 2030:
            err(i, rec, 'year out of range: %r' % year)
        authors = rec.get('authors')
        if not isinstance(authors, list):
            err(i, rec, 'authors must be a list')
        else:
            for a in authors:
                if not isinstance(a, dict) or not a.get('family'):
                    err(i, rec, 'author without family name: %r' % a)
            if not authors and rec.get('authorsComplete'):
                err(i, rec, 'authorsComplete true with no authors')
        j = rec.get('journal')
        if not isinstance(j, dict) or not j.get('title'):
            err(i, rec, 'journal.title missing')
        for field in ('publicationTypes', 'keywords'):
            if not isinstance(rec.get(field), list):
                err(i, rec, '%s must be a list' % field)
        if isinstance(rec.get('publicationTypes'), list) and not rec['publicationTypes']:
            err(i, rec, 'publicationTypes empty')
        if not re.match(r'^[a-z]{2}$', str(rec.get('language', ''))):
            err(i, rec, 'language must be a two-letter code')
        if rec.get('authorsComplete') is not None and not isinstance(rec.get('authorsComplete'), bool):
            err(i, rec, 'authorsComplete must be boolean')

        mats = rec.get('materials')
        if not isinstance(mats, list) or not mats:
            err(i, rec, 'materials must name at least one slug')
        else:
            for m in mats:
                if m not in slugs:
                    err(i, rec, 'unknown material slug %r' % m)
                per_material[m] += 1

        heads = rec.get('mesh')
        if not isinstance(heads, list):
            err(i, rec, 'mesh must be a list')
        else:
            if heads:
                with_mesh += 1
            seen_ids = set()
            for h in heads:
                did, name = h.get('descriptorId'), h.get('name')
                if did not in mesh:
                    err(i, rec, 'MeSH id %r not in descriptors.tsv' % did)
                elif mesh[did] != name:
                    err(i, rec, 'MeSH %s is %r, not %r' % (did, mesh[did], name))
                if did in seen_ids:
                    err(i, rec, 'MeSH %s listed twice' % did)
                seen_ids.add(did)
                if not isinstance(h.get('major'), bool) or not isinstance(h.get('qualifiers'), list):
                    err(i, rec, 'MeSH %s needs boolean major and list qualifiers' % did)
        if not str(rec.get('seenAt', '')).startswith('http'):
            err(i, rec, 'seenAt must be a URL')

    print('records: %d  with PMID: %d  with PMCID: %d  with MeSH: %d  authors missing: %d'
          % (len(data), with_pmid, with_pmcid, with_mesh,
             sum(1 for r in data if isinstance(r, dict) and not r.get('authors'))))
    print('group materials covered: %d of %d (synthetic-polymers, natural-polymers, hydrogels, composites)'
          % (sum(1 for m in group if per_material[m]), len(group)))
    others = sorted(m for m in per_material if m not in group)
    if others:
        print('note: records also name materials outside the group: %s' % ', '.join(others))
    for m, n in sorted(per_material.items(), key=lambda x: (-x[1], x[0])):
        print('  %-45s %d' % (m, n))
    missing = [m for m in group if not per_material[m]]
    if missing:
        print('group materials without a record here: %s' % ', '.join(missing))
    if overlaps:
        print('note: also in seed/references (will merge with the references import):')
        for o in overlaps:
            print('  ' + o)
    if errors:
        print('%d error(s):' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
