// Rules of type and format. Each id is written out here, once; `oasdiff` says whether oasdiff has
// the id ('same': at the same level; 'none': it has no such rule) or at which level, and why this gate differs.
import type { RuleDefinition } from './rule-definition.js';

export const typeRules = [
  { id: 'request-parameter-type-changed', level: 'ERR', direction: 'request', description: 'request parameter type or format changed', oasdiff: 'same' },
  { id: 'request-body-type-changed', level: 'ERR', direction: 'request', description: 'request body type or format changed', oasdiff: 'same' },
  { id: 'request-property-type-changed', level: 'ERR', direction: 'request', description: 'request property type or format changed', oasdiff: 'same' },
  { id: 'response-body-type-changed', level: 'ERR', direction: 'response', description: 'response body type or format changed', oasdiff: 'same' },
  { id: 'response-property-type-changed', level: 'ERR', direction: 'response', description: 'response property type or format changed', oasdiff: 'same' },
  { id: 'response-header-type-changed', level: 'ERR', direction: 'response', description: 'response header type or format changed', oasdiff: 'same' },
  {
    id: 'request-parameter-property-type-changed',
    level: 'ERR',
    direction: 'request',
    description: 'type or format of a property of an object-typed request parameter changed',
    oasdiff: {
      level: 'WARN',
      reason:
        'oasdiff warns because some serializations of an object parameter tolerate the change; this gate reports it only when the new type refuses values the old one accepted, which breaks clients in every serialization',
    },
  },
  {
    id: 'request-parameter-property-type-generalized',
    level: 'INFO',
    direction: 'request',
    description: 'type or format of a property of an object-typed request parameter generalized',
    oasdiff: 'same',
  },
  {
    id: 'request-parameter-type-generalized',
    level: 'INFO',
    direction: 'request',
    description: 'request parameter type or format generalized',
    oasdiff: 'same',
  },
  { id: 'request-body-type-generalized', level: 'INFO', direction: 'request', description: 'request body type or format generalized', oasdiff: 'same' },
  { id: 'request-property-type-generalized', level: 'INFO', direction: 'request', description: 'request property type or format generalized', oasdiff: 'same' },
  { id: 'response-body-type-generalized', level: 'ERR', direction: 'response', description: 'response body type or format generalized', oasdiff: 'same' },
  {
    id: 'response-property-type-generalized',
    level: 'ERR',
    direction: 'response',
    description: 'response property type or format generalized',
    oasdiff: 'same',
  },
  { id: 'response-header-type-generalized', level: 'ERR', direction: 'response', description: 'response header type or format generalized', oasdiff: 'same' },
  { id: 'response-body-type-specialized', level: 'INFO', direction: 'response', description: 'response body type or format specialized', oasdiff: 'same' },
  {
    id: 'response-property-type-specialized',
    level: 'INFO',
    direction: 'response',
    description: 'response property type or format specialized',
    oasdiff: 'same',
  },
  { id: 'response-header-type-specialized', level: 'INFO', direction: 'response', description: 'response header type or format specialized', oasdiff: 'same' },
] as const satisfies readonly RuleDefinition[];
