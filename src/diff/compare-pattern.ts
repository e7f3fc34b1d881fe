// pattern: added, removed, or changed — and then tightened, generalized or unknown (pattern-change.ts).
import type { DiffSession } from './diff-session.js';
import { comparePatterns, type PatternSide, type PatternVerdict } from './pattern-change.js';
import { keywordPointer, reportSchemaChange, type SchemaPair } from './schema-site.js';
import type { SchemaView } from './schema-view.js';

function patternSide(view: SchemaView, pattern: string): PatternSide {
  const side: PatternSide = { pattern, examples: stringExamples(view) };
  const { minLength, maxLength } = view.schema;
  if (typeof minLength === 'number') side.minLength = minLength;
  if (typeof maxLength === 'number') side.maxLength = maxLength;
  return side;
}

function stringExamples(view: SchemaView): string[] {
  const examples: unknown[] = Array.isArray(view.schema['examples']) ? [...(view.schema['examples'] as unknown[])] : [];
  if ('example' in view.schema) examples.push(view.schema['example']);
  return examples.filter((example): example is string => typeof example === 'string');
}

function verdictFor(session: DiffSession, base: PatternSide, head: PatternSide): PatternVerdict {
  const key = JSON.stringify([base, head]);
  let verdict = session.patternVerdicts.get(key);
  if (!verdict) {
    verdict = comparePatterns(base, head);
    session.patternVerdicts.set(key, verdict);
  }
  return verdict;
}

function generalizedEvidence(verdict: Extract<PatternVerdict, { kind: 'generalized' }>): string {
  if (verdict.proof === 'same') return 'both accept the same values (shown from their structure)';
  const kept =
    verdict.proof === 'contains'
      ? 'it accepts every value the old one accepted (shown from their structure)'
      : `it still accepts all ${verdict.samples} samples of the old one`;
  if (verdict.witness !== undefined) return `${kept} and also '${verdict.witness}'`;
  return verdict.proof === 'contains' ? `${kept}; no sample shows one only it accepts` : `both accept the same ${verdict.samples} samples`;
}

/** An empty pattern matches every string: it is no pattern. */
function patternOf(view: SchemaView): unknown {
  const pattern = view.schema['pattern'];
  return pattern === '' ? undefined : pattern;
}

export function comparePattern(session: DiffSession, pair: SchemaPair): void {
  const from = patternOf(pair.base);
  const to = patternOf(pair.head);
  if (from === to) return;
  const fields = { basePointer: keywordPointer(pair.base, 'pattern'), headPointer: keywordPointer(pair.head, 'pattern'), from, to };
  if (typeof from !== 'string') {
    reportSchemaChange(session, pair, 'pattern-added', `pattern '${String(to)}' set`, fields);
    return;
  }
  if (typeof to !== 'string') {
    reportSchemaChange(session, pair, 'pattern-removed', `pattern '${from}' unset`, fields);
    return;
  }
  const verdict = verdictFor(session, patternSide(pair.base, from), patternSide(pair.head, to));
  const change = `pattern changed from '${from}' to '${to}'`;
  if (verdict.kind === 'tightened') {
    reportSchemaChange(session, pair, 'pattern-tightened', `${change}, which refuses '${verdict.witness}' that the old pattern accepted`, {
      ...fields,
      witness: verdict.witness,
    });
  } else if (verdict.kind === 'generalized') {
    const evidence = generalizedEvidence(verdict);
    reportSchemaChange(
      session,
      pair,
      'pattern-generalized',
      `${change}; ${evidence}`,
      verdict.witness === undefined ? fields : { ...fields, witness: verdict.witness },
    );
  } else {
    reportSchemaChange(session, pair, 'pattern-changed', `${change}; whether it is tighter could not be told (${verdict.reason})`, fields);
  }
}
