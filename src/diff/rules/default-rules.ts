// Rules of default values. Each id is written out here, once; `oasdiff` says whether oasdiff has
// the id ('same': at the same level; 'none': it has no such rule) or at which level, and why this gate differs.
import type { RuleDefinition } from './rule-definition.js';

export const defaultRules = [
  {
    id: 'request-parameter-default-value-added',
    level: 'INFO',
    direction: 'request',
    description: 'request parameter default value set',
    oasdiff: {
      level: 'ERR',
      reason:
        'deliberate: a default says what the server assumes when the value is missing and changes nothing a client may send; oasdiff rates a request-parameter default change ERR',
    },
  },
  { id: 'request-body-default-value-added', level: 'INFO', direction: 'request', description: 'request body default value set', oasdiff: 'same' },
  { id: 'request-property-default-value-added', level: 'INFO', direction: 'request', description: 'request property default value set', oasdiff: 'same' },
  { id: 'response-body-default-value-added', level: 'INFO', direction: 'response', description: 'response body default value set', oasdiff: 'same' },
  { id: 'response-property-default-value-added', level: 'INFO', direction: 'response', description: 'response property default value set', oasdiff: 'same' },
  { id: 'response-header-default-value-added', level: 'INFO', direction: 'response', description: 'response header default value set', oasdiff: 'none' },
  {
    id: 'request-parameter-default-value-removed',
    level: 'INFO',
    direction: 'request',
    description: 'request parameter default value unset',
    oasdiff: {
      level: 'ERR',
      reason:
        'deliberate: a default says what the server assumes when the value is missing and changes nothing a client may send; oasdiff rates a request-parameter default change ERR',
    },
  },
  { id: 'request-body-default-value-removed', level: 'INFO', direction: 'request', description: 'request body default value unset', oasdiff: 'same' },
  { id: 'request-property-default-value-removed', level: 'INFO', direction: 'request', description: 'request property default value unset', oasdiff: 'same' },
  { id: 'response-body-default-value-removed', level: 'INFO', direction: 'response', description: 'response body default value unset', oasdiff: 'same' },
  {
    id: 'response-property-default-value-removed',
    level: 'INFO',
    direction: 'response',
    description: 'response property default value unset',
    oasdiff: 'same',
  },
  { id: 'response-header-default-value-removed', level: 'INFO', direction: 'response', description: 'response header default value unset', oasdiff: 'none' },
  {
    id: 'request-parameter-default-value-changed',
    level: 'INFO',
    direction: 'request',
    description: 'request parameter default value changed',
    oasdiff: {
      level: 'ERR',
      reason:
        'deliberate: a default says what the server assumes when the value is missing and changes nothing a client may send; oasdiff rates a request-parameter default change ERR',
    },
  },
  { id: 'request-body-default-value-changed', level: 'INFO', direction: 'request', description: 'request body default value changed', oasdiff: 'same' },
  { id: 'request-property-default-value-changed', level: 'INFO', direction: 'request', description: 'request property default value changed', oasdiff: 'same' },
  { id: 'response-body-default-value-changed', level: 'INFO', direction: 'response', description: 'response body default value changed', oasdiff: 'same' },
  {
    id: 'response-property-default-value-changed',
    level: 'INFO',
    direction: 'response',
    description: 'response property default value changed',
    oasdiff: 'same',
  },
  { id: 'response-header-default-value-changed', level: 'INFO', direction: 'response', description: 'response header default value changed', oasdiff: 'none' },
] as const satisfies readonly RuleDefinition[];
