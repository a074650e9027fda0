import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Storage = ReturnType<typeof getMetadataStorage>;
const memoized = new WeakSet<Storage>();

/**
 * Memoizes class-validator's metadata lookups. For every object it validates, class-validator
 * collects the class's rules by walking the rules of every decorated class of the app (an
 * `instanceof` per class, for inherited rules) and groups them by property: ~0.1 ms of CPU per
 * request here, a tenth of what the whole search route costs (`node --cpu-prof` of `npm run
 * bench:search`). Rules are fixed once the classes are loaded; a class loaded later adds rules
 * through `addValidationMetadata`, which empties the memo.
 */
export function memoizeValidationMetadata(storage: Storage = getMetadataStorage()): void {
  if (memoized.has(storage)) return;
  memoized.add(storage);
  const targetsOf = storage.getTargetValidationMetadatas.bind(storage);
  const groupOf = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let targets = new WeakMap<object, Map<string, ValidationMetadata[]>>();
  let groups = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();

  storage.addValidationMetadata = (metadata: ValidationMetadata) => {
    targets = new WeakMap();
    groups = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groupNames) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groupNames?.join('\u0001') ?? '\u0002'}`;
    let byKey = targets.get(target);
    if (!byKey) targets.set(target, (byKey = new Map()));
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = targetsOf(target, schema, always, strictGroups, groupNames)));
    return found;
  };
  storage.groupByPropertyName = (metadata: ValidationMetadata[]) => {
    let found = groups.get(metadata);
    if (!found) groups.set(metadata, (found = groupOf(metadata)));
    return found;
  };
}
