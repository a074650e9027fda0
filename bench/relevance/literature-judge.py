#!/usr/bin/env python3
"""Judging aid for literature-queries.json: the seed publications as the seed stores them.

  literature-judge.py find <words...>   publications whose title, authors, journal, keywords, MeSH,
                                         materials or year contain every word (case-insensitive)
  literature-judge.py show <id>          one publication
  literature-judge.py check              validates the suite: known ids, ideal within acceptable,
                                         no duplicate queries, no-answer queries empty

Ids follow src/literature/seed-publications.ts: seed/literature rows keep their `key`; a reference of
seed/references becomes `pub-<key>` unless its DOI/PMID/PMCID is already held (then it merges).
"""
import json, pathlib, sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = ROOT / 'seed'


def norm_doi(d):
    return d.strip().lower().removeprefix('https://doi.org/') if isinstance(d, str) and d.strip() else None


def load():
    pubs, by_ident = {}, {}

    def add(pid, rec):
        for k in ('doi', 'pmid', 'pmcid'):
            v = rec.get(k)
            if v and (k, v) in by_ident:
                target = pubs[by_ident[(k, v)]]
                target['materials'] = sorted(set(target['materials']) | set(rec['materials']))
                return
        pubs[pid] = rec
        for k in ('doi', 'pmid', 'pmcid'):
            if rec.get(k):
                by_ident[(k, rec[k])] = pid

    for f in sorted((SEED / 'literature').glob('*.json')):
        for row in json.loads(f.read_text()):
            add(row['key'], {
                'title': row['title'], 'doi': norm_doi(row.get('doi')), 'pmid': row.get('pmid'), 'pmcid': row.get('pmcid'),
                'authors': [' '.join(filter(None, [a.get('family'), a.get('given'), a.get('literal')])) for a in row.get('authors', [])],
                'journal': (row.get('journal') or {}).get('title'), 'year': row.get('year'),
                'keywords': row.get('keywords', []), 'mesh': [m.get('name') for m in row.get('mesh', []) if isinstance(m, dict)],
                'materials': row.get('materials', []), 'summary': row.get('summary') or ''})
    citing = {}
    for f in sorted((SEED / 'materials').glob('*.json')):
        data = json.loads(f.read_text())
        for m in (data if isinstance(data, list) else data.get('materials', [data])):
            for ref in m.get('references', []) or []:
                e = citing.setdefault(ref['key'], (ref, set()))
                e[1].add(m.get('slug'))
    for key in sorted(citing):
        ref, slugs = citing[key]
        if ref.get('type') not in ('article', 'chapter') or not ref.get('title'):
            continue
        rec = {'title': ref['title'], 'doi': norm_doi(ref.get('doi')), 'pmid': ref.get('pmid'), 'pmcid': ref.get('pmcid'),
               'authors': ref.get('authors', []), 'journal': ref.get('container'), 'year': ref.get('year'),
               'keywords': [], 'mesh': [], 'materials': sorted(s for s in slugs if s), 'summary': ''}
        if not (rec['doi'] or rec['pmid'] or rec['pmcid']):
            continue
        add(key.replace('ref-', 'pub-', 1) if key.startswith('ref-') else key, rec)
    return pubs


def text_of(p):
    return ' '.join([p['title'], ' '.join(p['authors']), p['journal'] or '', ' '.join(p['keywords']), ' '.join(p['mesh']), ' '.join(p['materials']), str(p['year'] or ''), p['summary']]).lower()


def main():
    pubs = load()
    cmd = sys.argv[1] if len(sys.argv) > 1 else 'check'
    if cmd == 'find':
        words = [w.lower() for w in sys.argv[2:]]
        for pid, p in pubs.items():
            if all(w in text_of(p) for w in words):
                print(f"{pid}\t{p['year']}\t{p['title'][:90]}\t{'; '.join(p['authors'][:3])}\t{','.join(p['materials'])}")
    elif cmd == 'show':
        print(json.dumps(pubs[sys.argv[2]], indent=2, ensure_ascii=False))
    else:
        queries = json.loads((pathlib.Path(__file__).parent / 'literature-queries.json').read_text())
        errors, seen = [], set()
        for q in queries:
            if q['q'].lower() in seen:
                errors.append(f"duplicate query {q['q']!r}")
            seen.add(q['q'].lower())
            for pid in q['acceptable'] + q.get('ideal', []):
                if pid not in pubs:
                    errors.append(f"{q['q']!r}: unknown publication {pid}")
            if not set(q.get('ideal', [])) <= set(q['acceptable']):
                errors.append(f"{q['q']!r}: ideal outside acceptable")
            if q['group'] == 'no-answer' and q['acceptable']:
                errors.append(f"{q['q']!r}: a no-answer query with answers")
        print(f"{len(queries)} queries over {len(pubs)} seed publications: {'OK' if not errors else 'FAILED'}")
        for e in errors:
            print('  ' + e)
        sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
