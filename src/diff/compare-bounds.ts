// Numeric limits: maxLength, minLength, maximum, minimum, exclusive*, maxItems, minItems, maxProperties, minProperties.
import type { DiffSession } from './diff-session.js';
import { boundKeywords } from './rules.js';
import { keywordPointer, reportSchemaChange, type SchemaPair } from './schema-site.js';
import type { SchemaView } from './schema-view.js';

// A lower limit of 0 on a count admits everything, exactly as no limit does.
const vacuousAtZero = new Set(['minLength', 'minItems', 'minProperties']);

function limit(view: SchemaView, keyword: string): number | undefined {
  const value = view.schema[keyword];
  if (typeof value !== 'number') return undefined; // OpenAPI 3.0's boolean exclusiveMaximum modifies maximum; it is no limit itself
  return vacuousAtZero.has(keyword) && value === 0 ? undefined : value;
}

export function compareBounds(session: DiffSession, pair: SchemaPair): void {
  for (const [keyword, name] of boundKeywords) {
    const from = limit(pair.base, keyword);
    const to = limit(pair.head, keyword);
    if (from === to) continue;
    const fields = { basePointer: keywordPointer(pair.base, keyword), headPointer: keywordPointer(pair.head, keyword), from, to };
    if (from === undefined) reportSchemaChange(session, pair, `${name}-set`, `${keyword} set to ${to}`, fields);
    else if (to === undefined) reportSchemaChange(session, pair, `${name}-unset`, `${keyword} unset (was ${from})`, fields);
    else {
      const movement = to > from ? 'increased' : 'decreased';
      reportSchemaChange(session, pair, `${name}-${movement}`, `${keyword} ${movement} from ${from} to ${to}`, fields);
    }
  }
}
