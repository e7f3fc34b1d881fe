// The keyword families of the schema comparison, in the order they run: each is its rule table and
// the function that compares its keywords (ajv's vocabularies and oasdiff's checker/ as models).
// Adding a keyword is one table and one compare function, registered here.
import type { DiffSession } from './diff-session.js';
import { compareArrayKeywords, compareMultipleOf } from './compare-array-keywords.js';
import { compareBounds } from './compare-bounds.js';
import { compareComposition } from './compare-composition.js';
import { compareDefault } from './compare-default.js';
import { compareEnum } from './compare-enum.js';
import { compareItems, compareObject, type CompareNested } from './compare-object.js';
import { comparePattern } from './compare-pattern.js';
import { compareContentAnnotations, compareDependentRequired, comparePresenceKeywords, compareSchemaMaps, presenceKeywords } from './compare-presence.js';
import { compareFormat, compareNullability, compareTypes } from './compare-type.js';
import { compareUnsupportedKeywords } from './compare-unsupported.js';
import { ruleTables } from './rules.js';
import type { RuleDefinition } from './rules/rule-definition.js';
import type { SchemaPair } from './schema-site.js';

export interface KeywordFamily {
  name: string;
  rules: readonly RuleDefinition[];
  /** 'stop' when the other keywords say nothing more (types with no value in common). */
  compare: (session: DiffSession, pair: SchemaPair, nested: CompareNested) => void | 'stop';
}

export const keywordFamilies: readonly KeywordFamily[] = [
  { name: 'nullability', rules: ruleTables.nullability, compare: compareNullability },
  {
    name: 'type',
    rules: ruleTables.type,
    compare: (session, pair) => {
      if (compareTypes(session, pair) === 'disjoint') return 'stop';
      compareFormat(session, pair);
      return undefined;
    },
  },
  { name: 'enum', rules: ruleTables.enum, compare: compareEnum },
  { name: 'bounds', rules: ruleTables.bounds, compare: compareBounds },
  { name: 'pattern', rules: ruleTables.pattern, compare: comparePattern },
  { name: 'default', rules: ruleTables.default, compare: compareDefault },
  {
    name: 'object',
    rules: ruleTables.object,
    compare: (session, pair, nested) => {
      compareObject(session, pair, nested);
      comparePresenceKeywords(session, pair, nested, presenceKeywords.object);
      compareSchemaMaps(session, pair, nested);
      compareDependentRequired(session, pair);
    },
  },
  {
    name: 'array',
    rules: ruleTables.array,
    compare: (session, pair, nested) => {
      compareItems(pair, nested);
      compareArrayKeywords(session, pair, nested);
      comparePresenceKeywords(session, pair, nested, presenceKeywords.array);
    },
  },
  { name: 'numeric', rules: ruleTables.numeric, compare: compareMultipleOf },
  {
    name: 'conditional',
    rules: ruleTables.conditional,
    compare: (session, pair, nested) => comparePresenceKeywords(session, pair, nested, presenceKeywords.conditional),
  },
  {
    name: 'content',
    rules: ruleTables.content,
    compare: (session, pair, nested) => {
      comparePresenceKeywords(session, pair, nested, presenceKeywords.content);
      compareContentAnnotations(session, pair);
    },
  },
  { name: 'composition', rules: ruleTables.composition, compare: (session, pair, nested) => compareComposition(session, pair, nested) },
  // Last: whatever no family above reads is reported, never dropped.
  { name: 'unsupported', rules: [], compare: compareUnsupportedKeywords },
];
