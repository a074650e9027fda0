import { Injectable } from '@nestjs/common';
import { validationProblem } from '../../common/problem/problem';
import { InjectConfig } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { NumericSummary, SearchDocument } from '../search-document';
import { isSearchEngineError, SearchIndexService, searchUnavailable } from '../search-index.service';
import type { SearchResponse } from 'meilisearch';
import { RawSearchQuery } from '../search-query';
import { RangeField, SearchSchema } from '../search-schema';
import { multiSearchQueries, SearchService } from '../search.service';
import { materialTable, toCsv } from './material-table';

export interface SearchExport {
  total: number;
  limit: number;
  fields: { field: string; label: string; unit: string }[];
  items: { slug: string; name: string; classPath: string[]; properties: Record<string, NumericSummary> }[];
}

/** Property fields of the schema (not the marketplace numbers), in the schema's order. */
const propertyFields = (schema: SearchSchema): RangeField[] => [...schema.ranges.values()].filter((r) => r.value.startsWith('properties.'));

/** `fields=a,b` checked against the schema's property fields; none given: all of them. */
export function exportFields(raw: string | undefined, schema: SearchSchema): RangeField[] {
  const all = propertyFields(schema);
  if (raw === undefined) return all;
  const names = [...new Set(raw.split(',').map((f) => f.trim()).filter(Boolean))];
  const unknown = names.find((n) => !all.some((r) => r.name === n));
  if (unknown) throw validationProblem([{ path: 'fields', message: `unknown property field "${unknown}"; allowed: ${all.map((r) => r.name).join(', ')}` }]);
  return names.map((n) => all.find((r) => r.name === n)!);
}

/**
 * Every hit of a search up to the result cap (Meilisearch's maxTotalHits), in the search's order,
 * with only the asked properties retrieved: one lean query, for the export files and the Ashby chart.
 */
@Injectable()
export class SearchExportService {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly search: SearchService,
    private readonly indexes: SearchIndexService,
  ) {}

  async export(raw: Omit<RawSearchQuery, 'page' | 'perPage' | 'facets'> & { fields?: string }): Promise<SearchExport> {
    const schema = await this.search.schema();
    const fields = exportFields(raw.fields, schema);
    const limit = this.config.search.maxTotalHits;
    // The same request as the result list (what q says applied, the same matching and sort), every hit up to the cap.
    const { req } = await this.search.request({ ...raw, facets: '', page: 1, perPage: 1 });
    const [main] = multiSearchQueries(req, schema, this.indexes.liveUid).queries;
    let answer;
    try {
      const { results } = await this.indexes.multiSearch([
        { ...main, facets: [], offset: 0, limit, showMatchesPosition: false, attributesToRetrieve: ['slug', 'name', 'class.path', ...fields.map((f) => `properties.${f.name}`)] },
      ]);
      answer = results[0] as unknown as SearchResponse<Pick<SearchDocument, 'slug' | 'name' | 'class' | 'properties'>>;
    } catch (err) {
      throw isSearchEngineError(err) ? searchUnavailable(err) : err;
    }
    return {
      total: answer.estimatedTotalHits ?? answer.hits.length,
      limit,
      fields: fields.map((f) => ({ field: f.name, label: f.label, unit: f.unit })),
      items: answer.hits.map((h) => ({ slug: h.slug, name: h.name, classPath: h.class?.path ?? [], properties: h.properties ?? {} })),
    };
  }

  async csv(raw: Parameters<SearchExportService['export']>[0]): Promise<string> {
    const { fields, items } = await this.export(raw);
    return toCsv(
      materialTable(
        fields.map((f) => ({ key: f.field, label: f.label, unit: f.unit })),
        items.map((m) => ({ slug: m.slug, name: m.name, classPath: m.classPath, values: m.properties })),
      ),
    );
  }
}
