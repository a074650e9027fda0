#!/usr/bin/env python3
"""Checks the vocabulary seed files (seed/vocabulary/*.json) and prints a summary.

    python3 tools/vocab-lint.py [--dir seed/vocabulary] [--mesh seed/mesh/descriptors.tsv]

Errors (exit status 1):
  - a file that is not valid JSON, or an object with the same key twice (two prefLabels in one language);
  - a concept id that is not `<scheme>/<kebab-slug>`, or not in its file's scheme, or twice in one file;
  - a missing or empty prefLabel.en, a label that is not a non-empty text, more than 50 labels in a language;
  - a broader concept in another scheme, unknown, the concept itself, or a cycle of broader links;
  - a MeSH URI that is malformed or whose descriptor id is not in seed/mesh/descriptors.tsv,
    or the same URI as both exactMatch and closeMatch;
  - a concept or scheme title with an Italian label but no French one.
Warnings (printed, exit status 0): one concept id in two files with different prefLabels in one
language (the seed keeps the first file's, in file-name order), and hierarchies deeper than the
search facets show (3 levels).
Standard library only.
"""
import argparse
import collections
import json
import os
import re
import sys

CONCEPT_ID = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$')
LANGUAGE_TAG = re.compile(r'^[a-z]{2,3}(-[A-Z]{2})?$')
MESH_URI = re.compile(r'^http://id\.nlm\.nih\.gov/mesh/(D\d{6}(\d{3})?)$')
LABEL_KINDS = ('prefLabel', 'altLabels', 'hiddenLabels')
MAX_LABELS = 50
MAX_LABEL_LENGTH = 300
HIERARCHY_DEPTH = 3


class DuplicateKey(ValueError):
    pass


def no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise DuplicateKey(f'key "{key}" appears twice in one object')
        seen[key] = value
    return seen


def load_mesh(path):
    ids = set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            ids.add(line.split('\t', 1)[0])
    return ids


class Lint:
    def __init__(self, mesh_ids):
        self.mesh_ids = mesh_ids
        self.errors = []
        self.warnings = []

    def error(self, where, message):
        self.errors.append(f'{where}: {message}')

    def warn(self, where, message):
        self.warnings.append(f'{where}: {message}')

    def text(self, where, value):
        if not isinstance(value, str) or not value.strip():
            self.error(where, 'must be a non-empty text')
        elif len(value) > MAX_LABEL_LENGTH:
            self.error(where, f'longer than {MAX_LABEL_LENGTH} characters')

    def language_map(self, where, value, lists):
        if not isinstance(value, dict):
            self.error(where, 'must map language tags to ' + ('lists of texts' if lists else 'texts'))
            return
        for lang, v in value.items():
            at = f'{where}.{lang}'
            if not LANGUAGE_TAG.match(lang):
                self.error(at, 'not a language tag')
            if lists:
                if not isinstance(v, list):
                    self.error(at, 'must be a list of texts')
                    continue
                if len(v) > MAX_LABELS:
                    self.error(at, f'{len(v)} labels, at most {MAX_LABELS}')
                for i, x in enumerate(v):
                    self.text(f'{at}[{i}]', x)
            else:
                self.text(at, v)

    def concept(self, where, c, scheme_of_file):
        cid = c.get('id')
        if not isinstance(cid, str) or not CONCEPT_ID.match(cid):
            self.error(f'{where}.id', f'"{cid}" is not <scheme>/<kebab-slug>')
            return None
        scheme = cid.split('/')[0]
        if scheme_of_file is not None and scheme != scheme_of_file:
            self.error(f'{where}.id', f'"{cid}" is not in the file\'s scheme "{scheme_of_file}"')
        if 'scheme' in c and c['scheme'] != scheme:
            self.error(f'{where}.scheme', f'"{c["scheme"]}" but the id is in "{scheme}"')
        pref = c.get('prefLabel')
        if not isinstance(pref, dict) or not isinstance(pref.get('en'), str) or not pref.get('en', '').strip():
            self.error(f'{where}.prefLabel', 'prefLabel.en is required')
        for kind in LABEL_KINDS:
            if kind in c:
                self.language_map(f'{where}.{kind}', c[kind], lists=kind != 'prefLabel')
        if 'definition' in c:
            self.language_map(f'{where}.definition', c['definition'], lists=False)
        if isinstance(pref, dict) and 'it' in pref and 'fr' not in pref:
            self.error(f'{where}.prefLabel', 'has an Italian label but no French one')
        broader = c.get('broader', [])
        if not isinstance(broader, list) or not all(isinstance(b, str) for b in broader):
            self.error(f'{where}.broader', 'must be a list of concept ids')
            broader = []
        for i, b in enumerate(broader):
            if b == cid:
                self.error(f'{where}.broader[{i}]', 'a concept cannot be broader than itself')
            elif not CONCEPT_ID.match(b) or b.split('/')[0] != scheme:
                self.error(f'{where}.broader[{i}]', f'"{b}" is not in the scheme "{scheme}"')
        matches = {}
        for kind in ('exactMatch', 'closeMatch'):
            uris = c.get(kind, [])
            if not isinstance(uris, list):
                self.error(f'{where}.{kind}', 'must be a list of URIs')
                continue
            for i, uri in enumerate(uris):
                at = f'{where}.{kind}[{i}]'
                if not isinstance(uri, str) or not uri.startswith(('http://', 'https://')):
                    self.error(at, f'"{uri}" is not a URI')
                    continue
                if 'id.nlm.nih.gov/mesh' in uri:
                    m = MESH_URI.match(uri)
                    if not m:
                        self.error(at, f'"{uri}" is not a MeSH descriptor URI')
                    elif m.group(1) not in self.mesh_ids:
                        self.error(at, f'MeSH {m.group(1)} is not in the descriptor list')
                if uri in matches:
                    self.error(at, f'"{uri}" is already a {matches[uri]}')
                matches[uri] = kind
        return cid


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description='Check the vocabulary seed files.')
    ap.add_argument('--dir', default=os.path.join(root, 'seed', 'vocabulary'))
    ap.add_argument('--mesh', default=os.path.join(root, 'seed', 'mesh', 'descriptors.tsv'))
    args = ap.parse_args()

    lint = Lint(load_mesh(args.mesh))
    files = sorted(f for f in os.listdir(args.dir) if f.endswith('.json'))
    schemes = {}
    copies = collections.defaultdict(list)  # id -> [(file, concept)] in load order
    for name in files:
        try:
            with open(os.path.join(args.dir, name), encoding='utf-8') as f:
                doc = json.load(f, object_pairs_hook=no_duplicates)
        except (ValueError, DuplicateKey) as err:
            lint.error(name, f'not valid JSON ({err})')
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get('concepts'), list):
            lint.error(name, 'must be an object with a "concepts" list')
            continue
        scheme = doc.get('scheme')
        if scheme is not None:
            if scheme in schemes:
                lint.error(name, f'scheme "{scheme}" is also defined in {schemes[scheme]}')
            schemes[scheme] = name
            title = doc.get('title')
            lint.language_map(f'{name} title', title, lists=False)
            if isinstance(title, dict):
                if 'en' not in title:
                    lint.error(f'{name} title', 'title.en is required')
                if 'it' in title and 'fr' not in title:
                    lint.error(f'{name} title', 'has an Italian title but no French one')
        seen = set()
        for i, c in enumerate(doc['concepts']):
            where = f'{name} [{i}]'
            if not isinstance(c, dict):
                lint.error(where, 'a concept must be an object')
                continue
            if scheme is None and 'scheme' not in c:
                lint.error(where, 'a concept of an extra file must name its "scheme"')
            cid = lint.concept(f'{where} {c.get("id")}', c, scheme)
            if cid is None:
                continue
            if cid in seen:
                lint.error(where, f'"{cid}" appears twice in the file')
            seen.add(cid)
            copies[cid].append((name, c))

    # the merged vocabulary, as the seed builds it (labels united, first prefLabel per language kept)
    broader = {}
    for cid, cs in copies.items():
        if cid.split('/')[0] not in schemes:
            lint.error(f'{cs[0][0]} {cid}', f'no file defines the scheme "{cid.split("/")[0]}"')
        first = {}
        for name, c in cs:
            for lang, label in (c.get('prefLabel') or {}).items():
                if lang in first and first[lang][1] != label:
                    lint.warn(cid, f'prefLabel.{lang} "{label}" in {name} differs from "{first[lang][1]}" in {first[lang][0]}, which the seed keeps')
                first.setdefault(lang, (name, label))
        broader[cid] = sorted({b for _, c in cs for b in c.get('broader', []) if isinstance(b, str)})
    for cid, bs in broader.items():
        for b in bs:
            if b not in broader and b.split('/')[0] == cid.split('/')[0]:
                lint.error(cid, f'broader "{b}" is not a known concept')

    # cycles and depth (longest path to a top concept)
    depth, state = {}, {}
    def visit(cid, path):
        if state.get(cid) == 'done':
            return depth[cid]
        if state.get(cid) == 'active':
            cycle = path[path.index(cid):] + [cid]
            lint.error(cid, 'broader links form a cycle: ' + ' > '.join(cycle))
            return 0
        state[cid] = 'active'
        d = 1 + max((visit(b, path + [cid]) for b in broader[cid] if b in broader), default=0)
        state[cid], depth[cid] = 'done', d
        return d
    sys.setrecursionlimit(10000)
    for cid in sorted(broader):
        visit(cid, [])
    for cid in sorted(broader):
        if depth.get(cid, 0) > HIERARCHY_DEPTH:
            lint.warn(cid, f'{depth[cid]} levels deep; the search facets show {HIERARCHY_DEPTH}')

    # summary
    langs = collections.Counter()
    mesh = links = 0
    per_scheme = collections.Counter()
    for cid, cs in copies.items():
        per_scheme[cid.split('/')[0]] += 1
        pref = {}
        for _, c in cs:
            for lang in (c.get('prefLabel') or {}):
                pref.setdefault(lang, True)
        langs.update(pref.keys())
        mesh += len({u for _, c in cs for k in ('exactMatch', 'closeMatch') for u in c.get(k, []) if 'id.nlm.nih.gov/mesh' in str(u)})
        links += len(broader[cid])
    tops = sum(1 for cid, bs in broader.items() if not bs and any(cid in broader[o] for o in broader))
    print(f'vocab-lint: {len(files)} files, {len(schemes)} schemes, {len(copies)} concepts')
    print('  prefLabels by language: ' + ', '.join(f'{l} {n}' for l, n in sorted(langs.items(), key=lambda x: -x[1])))
    print(f'  MeSH matches: {mesh}; broader links: {links}; top concepts with narrower ones: {tops}')
    print('  concepts by scheme: ' + ', '.join(f'{s} {n}' for s, n in sorted(per_scheme.items())))
    for w in lint.warnings:
        print('warning: ' + w)
    for e in lint.errors:
        print('error: ' + e)
    print(f'{len(lint.errors)} errors, {len(lint.warnings)} warnings')
    return 1 if lint.errors else 0


if __name__ == '__main__':
    sys.exit(main())
