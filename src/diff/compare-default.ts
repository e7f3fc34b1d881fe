// default values: they change what a missing member means, not what is accepted, hence INFO.
import { stableJson } from './canonical-content.js';
import type { DiffSession } from './diff-session.js';
import { formatValue, keywordPointer, reportSchemaChange, type SchemaPair } from './schema-site.js';

export function compareDefault(session: DiffSession, pair: SchemaPair): void {
  const hasFrom = 'default' in pair.base.schema;
  const hasTo = 'default' in pair.head.schema;
  const from = pair.base.schema['default'];
  const to = pair.head.schema['default'];
  if (!hasFrom && !hasTo) return;
  if (hasFrom && hasTo && stableJson(from) === stableJson(to)) return;
  const fields = { basePointer: keywordPointer(pair.base, 'default'), headPointer: keywordPointer(pair.head, 'default'), from, to };
  if (!hasFrom) reportSchemaChange(session, pair, 'default-value-added', `default value '${formatValue(to)}' set`, fields);
  else if (!hasTo) reportSchemaChange(session, pair, 'default-value-removed', `default value '${formatValue(from)}' unset`, fields);
  else reportSchemaChange(session, pair, 'default-value-changed', `default value changed from '${formatValue(from)}' to '${formatValue(to)}'`, fields);
}
