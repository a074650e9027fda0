import { IsInt, IsOptional, IsString, MetadataStorage, validate } from 'class-validator';
import { getMetadataStorage } from 'class-validator';
import { memoizeValidationMetadata } from './validation-metadata-cache';

class Base {
  @IsInt()
  page!: number;
}
class Query extends Base {
  @IsOptional()
  @IsString()
  q?: string;
}

const errorsOf = async (o: object) => (await validate(o, { whitelist: true, forbidNonWhitelisted: true })).map((e) => `${e.property}:${Object.keys(e.constraints ?? {}).join(',')}`).sort();

describe('memoizeValidationMetadata', () => {
  beforeAll(() => memoizeValidationMetadata());

  it('validates as before, inherited rules and unknown fields included, and repeats give the same answer', async () => {
    const bad = Object.assign(new Query(), { page: 'x', q: 3, extra: 1 });
    const first = await errorsOf(bad);
    expect(first).toEqual(['extra:whitelistValidation', 'page:isInt', 'q:isString']);
    expect(await errorsOf(bad)).toEqual(first);
    expect(await errorsOf(Object.assign(new Query(), { page: 2, q: 'ti' }))).toEqual([]);
  });

  it('serves repeated lookups from the memo', () => {
    const storage = getMetadataStorage();
    const a = storage.getTargetValidationMetadatas(Query, '', false, false);
    expect(storage.getTargetValidationMetadatas(Query, '', false, false)).toBe(a);
    expect(storage.groupByPropertyName(a)).toBe(storage.groupByPropertyName(a));
    expect(storage.getTargetValidationMetadatas(Query, '', true, false)).not.toBe(a);
  });

  it('sees rules of a class declared after a lookup (adding rules empties the memo)', async () => {
    expect(await errorsOf(Object.assign(new Query(), { page: 1 }))).toEqual([]);
    class Later extends Query {
      @IsString()
      sort!: string;
    }
    expect(await errorsOf(Object.assign(new Later(), { page: 1 }))).toEqual(['sort:isString']);
    // A rule added to an already looked-up class counts too.
    IsInt()(Query.prototype, 'perPage');
    expect(await errorsOf(Object.assign(new Query(), { page: 1, perPage: 'x' }))).toEqual(['perPage:isInt']);
  });

  it('patches a storage once', () => {
    const storage = new MetadataStorage();
    memoizeValidationMetadata(storage);
    const patched = storage.getTargetValidationMetadatas;
    memoizeValidationMetadata(storage);
    expect(storage.getTargetValidationMetadatas).toBe(patched);
  });
});
