import { fromCrossref, fromEsummary } from './lookup.parsers';

// Fixtures of our own making, in the shapes the registries answer (Crossref REST works, E-utilities esummary JSON).
describe('lookup parsers', () => {
  it('reads a Crossref works message', () => {
    const ref = fromCrossref({
      status: 'ok',
      message: {
        DOI: '10.5555/Example.2020.001',
        type: 'journal-article',
        title: ['A <i>test</i> article on porous   titanium'],
        author: [{ given: 'Anna Maria', family: 'Rossi' }, { given: 'J.-P.', family: 'Dupont' }, { name: 'Biomat Consortium' }],
        'container-title': ['Journal of Examples'],
        volume: '12',
        issue: '3',
        page: '100-110',
        publisher: 'Example Press',
        issued: { 'date-parts': [[2020, 5]] },
      },
    });
    expect(ref).toEqual({
      type: 'article',
      title: 'A test article on porous titanium',
      authors: ['Rossi, AM', 'Dupont, JP', 'Biomat Consortium'],
      year: 2020,
      container: 'Journal of Examples',
      volume: '12',
      issue: '3',
      pages: '100-110',
      publisher: 'Example Press',
      doi: '10.5555/example.2020.001',
      pmid: null,
      pmcid: null,
      isbn: null,
      url: 'https://doi.org/10.5555/Example.2020.001',
    });
    expect(fromCrossref({ status: 'ok', message: { type: 'book-chapter', title: ['Ch'] } })?.type).toBe('chapter');
    expect(fromCrossref({ status: 'ok', message: {} })).toBeNull();
  });

  it('reads a PubMed esummary document', () => {
    const ref = fromEsummary(
      {
        result: {
          uids: ['99999991'],
          '99999991': {
            uid: '99999991',
            title: 'Hydrogels for the test suite.',
            authors: [{ name: 'Garcia ML', authtype: 'Author' }, { name: 'Test Group', authtype: 'CollectiveName' }],
            pubdate: '2019 Mar 4',
            source: 'J Ex',
            fulljournalname: 'Journal of Examples',
            volume: '7',
            issue: '',
            pages: '1-9',
            articleids: [{ idtype: 'pubmed', value: '99999991' }, { idtype: 'doi', value: '10.5555/EX.7.1' }, { idtype: 'pmc', value: 'PMC0000001' }],
          },
        },
      },
      '99999991',
    );
    expect(ref).toMatchObject({ title: 'Hydrogels for the test suite', authors: ['Garcia, ML'], year: 2019, container: 'Journal of Examples', issue: null, doi: '10.5555/ex.7.1', pmid: '99999991', pmcid: 'PMC0000001' });
    expect(fromEsummary({ result: { uids: ['1'], '1': { uid: '1', error: 'cannot get document summary' } } }, '1')).toBeNull();
  });
});
