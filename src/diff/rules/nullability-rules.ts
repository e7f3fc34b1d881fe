// Rules of nullability (type null, nullable, a null enum value, a null oneOf branch). Each id is written out here, once; `oasdiff` says whether oasdiff has
// the id ('same': at the same level; 'none': it has no such rule) or at which level, and why this gate differs.
import type { RuleDefinition } from './rule-definition.js';

export const nullabilityRules = [
  {
    id: 'request-parameter-became-nullable',
    level: 'INFO',
    direction: 'request',
    description: 'request parameter null became an accepted value',
    oasdiff: 'same',
  },
  { id: 'request-body-became-nullable', level: 'INFO', direction: 'request', description: 'request body null became an accepted value', oasdiff: 'same' },
  {
    id: 'request-property-became-nullable',
    level: 'INFO',
    direction: 'request',
    description: 'request property null became an accepted value',
    oasdiff: 'same',
  },
  { id: 'response-body-became-nullable', level: 'ERR', direction: 'response', description: 'response body null became an accepted value', oasdiff: 'same' },
  {
    id: 'response-property-became-nullable',
    level: 'ERR',
    direction: 'response',
    description: 'response property null became an accepted value',
    oasdiff: 'same',
  },
  { id: 'response-header-became-nullable', level: 'ERR', direction: 'response', description: 'response header null became an accepted value', oasdiff: 'same' },
  {
    id: 'request-parameter-property-became-nullable',
    level: 'INFO',
    direction: 'request',
    description: 'property of an object-typed request parameter became nullable',
    oasdiff: 'same',
  },
  {
    id: 'request-parameter-property-became-not-nullable',
    level: 'ERR',
    direction: 'request',
    description: 'property of an object-typed request parameter became not nullable',
    oasdiff: 'same',
  },
  {
    id: 'request-parameter-became-not-nullable',
    level: 'ERR',
    direction: 'request',
    description: 'request parameter null is no longer an accepted value',
    oasdiff: 'same',
  },
  {
    id: 'request-body-became-not-nullable',
    level: 'ERR',
    direction: 'request',
    description: 'request body null is no longer an accepted value',
    oasdiff: 'same',
  },
  {
    id: 'request-property-became-not-nullable',
    level: 'ERR',
    direction: 'request',
    description: 'request property null is no longer an accepted value',
    oasdiff: 'same',
  },
  {
    id: 'response-body-became-not-nullable',
    level: 'INFO',
    direction: 'response',
    description: 'response body null is no longer an accepted value',
    oasdiff: 'same',
  },
  {
    id: 'response-property-became-not-nullable',
    level: 'INFO',
    direction: 'response',
    description: 'response property null is no longer an accepted value',
    oasdiff: 'same',
  },
  {
    id: 'response-header-became-not-nullable',
    level: 'INFO',
    direction: 'response',
    description: 'response header null is no longer an accepted value',
    oasdiff: 'same',
  },
] as const satisfies readonly RuleDefinition[];
