#!/usr/bin/env python3
"""Helpers for judging the relevance suite against the seed catalogue (seed/materials, seed/vocabulary).

  python3 bench/relevance/judge-helpers.py range <property-slug> <min..max> [--inside]
        materials whose values of a property type meet an interval, in the property's canonical
        unit. Default = overlap of the material's envelope [lowest min, highest max] with the
        interval (the semantics of the search API's range filter); --inside = envelope entirely in it.
  python3 bench/relevance/judge-helpers.py find <text>
        materials whose slug, name, synonyms, trade names, CAS number or summary contain the text
  python3 bench/relevance/judge-helpers.py concept <concept-id>
        materials that reference the concept (class with its narrower classes, applications, forms,
        keywords, biocompatibility endpoints)
  python3 bench/relevance/judge-helpers.py list [class-prefix]
        slug, class, name of every material
  python3 bench/relevance/judge-helpers.py cas | trade
        CAS numbers / trade names present in the seed
  python3 bench/relevance/judge-helpers.py check [queries.json]
        validates the suite: known slugs and groups, ideal within acceptable, counts per group, and
        for every query with filters.range, the acceptable list against the computed set
"""
import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))

# Factors to the canonical unit of each dimension (the units the seed uses; see seed/FORMAT.md).
TO_CANONICAL = {
    'GPa': {'GPa': 1, 'MPa': 1e-3, 'N/mm^2': 1e-3, 'kPa': 1e-6, 'Pa': 1e-9, 'ksi': 6.894757e-3, 'psi': 6.894757e-6},
    'MPa': {'MPa': 1, 'N/mm^2': 1, 'GPa': 1e3, 'kPa': 1e-3, 'Pa': 1e-6, 'ksi': 6.894757, 'psi': 6.894757e-3},
    'kPa': {'kPa': 1, 'Pa': 1e-3, 'MPa': 1e3, 'GPa': 1e6},
    'g/cm^3': {'g/cm^3': 1, 'kg/m^3': 1e-3},
    'day': {'day': 1, 'hour': 1 / 24, 'week': 7, 'month': 365.25 / 12, 'year': 365.25},
    'um': {'um': 1, 'nm': 1e-3, 'mm': 1e3},
}
OFFSET = {('K', 'degC'): -273.15}


def load_json(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def materials():
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, 'seed', 'materials', '*.json'))):
        out.extend(load_json(path))
    return out


def concepts():
    out = {}
    for path in sorted(glob.glob(os.path.join(ROOT, 'seed', 'vocabulary', '*.json'))):
        for c in load_json(path).get('concepts', []):
            prev = out.get(c['id'])
            if prev is None:
                out[c['id']] = c
            elif c.get('quantity') and not prev.get('quantity'):
                prev['quantity'] = c['quantity']
    return out


def canonical_unit(ptype, vocab):
    q = (vocab.get(ptype) or {}).get('quantity') or {}
    return q.get('canonicalUnit')


def convert(x, unit, canon):
    if x is None:
        return None
    if (unit, canon) in OFFSET:
        return x + OFFSET[(unit, canon)]
    table = TO_CANONICAL.get(canon)
    if table and unit in table:
        return x * table[unit]
    if unit == canon:
        return x
    raise ValueError(f'no conversion {unit} -> {canon}')


def envelopes(mats, vocab):
    """slug -> property type -> (lo, hi) in the canonical unit (the search document's envelope)."""
    env = collections.defaultdict(dict)
    for m in mats:
        for p in m.get('properties', []):
            canon = canonical_unit(p['type'], vocab) or p['unit']
            vals = [convert(p.get(k), p['unit'], canon) for k in ('value', 'min', 'max')]
            v, lo, hi = vals
            lo = v if v is not None else (lo if lo is not None else hi)
            hi = v if v is not None else (hi if hi is not None else lo)
            if lo is None:
                continue
            cur = env[m['slug']].get(p['type'])
            env[m['slug']][p['type']] = (min(lo, cur[0]), max(hi, cur[1])) if cur else (lo, hi)
    return env


def parse_interval(s):
    lo, _, hi = s.partition('..')
    return (float(lo) if lo else None, float(hi) if hi else None)


def matches(envelope, lo, hi, inside=False):
    a, b = envelope
    if inside:
        return (lo is None or a >= lo) and (hi is None or b <= hi)
    return (lo is None or b >= lo) and (hi is None or a <= hi)


def in_range(prop, interval, inside=False, mats=None, vocab=None):
    mats = mats or materials()
    vocab = vocab or concepts()
    env = envelopes(mats, vocab)
    pid = prop if '/' in prop else f'property-type/{prop}'
    lo, hi = parse_interval(interval)
    out = []
    for m in mats:
        e = env[m['slug']].get(pid)
        if e and matches(e, lo, hi, inside):
            out.append((m['slug'], e, m['name']))
    return out


def search_field_to_type(vocab):
    out = {}
    for cid, c in vocab.items():
        f = (c.get('quantity') or {}).get('searchField')
        if f:
            out[f] = cid
    return out


def narrower_closure(cid, vocab):
    kids = collections.defaultdict(set)
    for c in vocab.values():
        for b in c.get('broader', []):
            kids[b].add(c['id'])
    seen, todo = {cid}, [cid]
    while todo:
        for k in kids[todo.pop()]:
            if k not in seen:
                seen.add(k)
                todo.append(k)
    return seen


def references(m):
    refs = {m['class']}
    refs.update(m.get('applications', []))
    refs.update(m.get('forms', []))
    for ids in (m.get('keywords') or {}).values():
        refs.update(ids)
    refs.update(b.get('endpoint') for b in m.get('biocompatibility', []))
    return refs


def check(path):
    mats = materials()
    vocab = concepts()
    slugs = {m['slug'] for m in mats}
    field_type = search_field_to_type(vocab)
    queries = load_json(path)
    groups = collections.Counter()
    problems = []
    seen_q = set()
    for i, q in enumerate(queries):
        where = f'[{i}] "{q.get("q")}"'
        groups[q.get('group')] += 1
        key = (q.get('q', '').lower(), json.dumps(q.get('filters'), sort_keys=True))
        if key in seen_q:
            problems.append(f'{where}: duplicate query')
        seen_q.add(key)
        for k in ('q', 'group', 'acceptable', 'note'):
            if k not in q:
                problems.append(f'{where}: missing {k}')
        for s in q.get('acceptable', []) + q.get('ideal', []):
            if s not in slugs:
                problems.append(f'{where}: unknown slug {s}')
        for s in q.get('ideal', []):
            if s not in q.get('acceptable', []):
                problems.append(f'{where}: ideal {s} is not in acceptable')
        if q.get('group') == 'no-answer' and q.get('acceptable'):
            problems.append(f'{where}: no-answer query with acceptable materials')
        rng = (q.get('filters') or {}).get('range') or {}
        if rng:
            computed = None
            for field, interval in rng.items():
                if field not in field_type:
                    problems.append(f'{where}: unknown range field {field}')
                    continue
                hit = {s for s, _, _ in in_range(field_type[field], interval, mats=mats, vocab=vocab)}
                computed = hit if computed is None else computed & hit
            if computed is not None:
                acc = set(q.get('acceptable', []))
                if acc != computed:
                    problems.append(f'{where}: acceptable differs from the range set: missing {sorted(computed - acc)}, extra {sorted(acc - computed)}')
    print(f'{len(queries)} queries')
    for g, n in sorted(groups.items()):
        print(f'  {g:14s} {n}')
    if problems:
        print(f'{len(problems)} PROBLEMS')
        for p in problems:
            print('  ' + p)
        sys.exit(1)
    print('OK')


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == 'range':
        inside = '--inside' in args
        args = [a for a in args if a != '--inside']
        for slug, (lo, hi), name in in_range(args[0], args[1], inside):
            print(f'{slug:45s} {lo:>10.4g} .. {hi:<10.4g} {name}')
    elif cmd == 'find':
        t = ' '.join(args).lower()
        for m in materials():
            hay = ' | '.join([m['slug'], m['name'], m.get('summary', ''), m.get('casNumber') or ''] + m.get('synonyms', []) + m.get('tradeNames', []))
            if t in hay.lower():
                print(f'{m["slug"]:45s} {m["name"]}')
    elif cmd == 'concept':
        vocab = concepts()
        want = narrower_closure(args[0], vocab)
        for m in materials():
            if references(m) & want:
                print(f'{m["slug"]:45s} {m["class"]:40s} {m["name"]}')
    elif cmd == 'list':
        pre = args[0] if args else ''
        for m in materials():
            if m['class'].startswith(pre) or m['class'].split('/')[-1].startswith(pre):
                print(f'{m["slug"]:45s} {m["class"]:40s} {m["name"]}')
    elif cmd == 'cas':
        for m in materials():
            if m.get('casNumber'):
                print(f'{m["casNumber"]:14s} {m["slug"]}')
    elif cmd == 'trade':
        for m in materials():
            for t in m.get('tradeNames', []):
                print(f'{t:30s} {m["slug"]}')
    elif cmd == 'check':
        check(args[0] if args else os.path.join(HERE, 'queries.json'))
    else:
        print(__doc__)
        sys.exit(2)


if __name__ == '__main__':
    main()
