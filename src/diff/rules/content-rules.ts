// Rules of contentSchema, contentMediaType, contentEncoding. Each id is written out here, once; `oasdiff` says whether oasdiff has
// the id ('same': at the same level; 'none': it has no such rule) or at which level, and why this gate differs.
import type { RuleDefinition } from './rule-definition.js';

export const contentRules = [
  { id: 'request-parameter-content-schema-added', level: 'ERR', direction: 'request', description: 'request parameter contentSchema added', oasdiff: 'none' },
  { id: 'request-body-content-schema-added', level: 'ERR', direction: 'request', description: 'request body contentSchema added', oasdiff: 'same' },
  { id: 'request-property-content-schema-added', level: 'ERR', direction: 'request', description: 'request property contentSchema added', oasdiff: 'same' },
  { id: 'response-body-content-schema-added', level: 'INFO', direction: 'response', description: 'response body contentSchema added', oasdiff: 'same' },
  { id: 'response-property-content-schema-added', level: 'INFO', direction: 'response', description: 'response property contentSchema added', oasdiff: 'same' },
  { id: 'response-header-content-schema-added', level: 'INFO', direction: 'response', description: 'response header contentSchema added', oasdiff: 'none' },
  { id: 'request-parameter-content-schema-removed', level: 'INFO', direction: 'request', description: 'request parameter contentSchema removed', oasdiff: 'none' },
  { id: 'request-body-content-schema-removed', level: 'INFO', direction: 'request', description: 'request body contentSchema removed', oasdiff: 'same' },
  { id: 'request-property-content-schema-removed', level: 'INFO', direction: 'request', description: 'request property contentSchema removed', oasdiff: 'same' },
  { id: 'response-body-content-schema-removed', level: 'ERR', direction: 'response', description: 'response body contentSchema removed', oasdiff: 'same' },
  { id: 'response-property-content-schema-removed', level: 'ERR', direction: 'response', description: 'response property contentSchema removed', oasdiff: 'same' },
  { id: 'response-header-content-schema-removed', level: 'ERR', direction: 'response', description: 'response header contentSchema removed', oasdiff: 'none' },
  { id: 'request-parameter-content-media-type-changed', level: 'ERR', direction: 'request', description: 'request parameter contentMediaType changed', oasdiff: 'none' },
  { id: 'request-body-content-media-type-changed', level: 'ERR', direction: 'request', description: 'request body contentMediaType changed', oasdiff: 'same' },
  { id: 'request-property-content-media-type-changed', level: 'ERR', direction: 'request', description: 'request property contentMediaType changed', oasdiff: 'same' },
  { id: 'response-body-content-media-type-changed', level: 'ERR', direction: 'response', description: 'response body contentMediaType changed', oasdiff: 'same' },
  { id: 'response-property-content-media-type-changed', level: 'ERR', direction: 'response', description: 'response property contentMediaType changed', oasdiff: 'same' },
  { id: 'response-header-content-media-type-changed', level: 'ERR', direction: 'response', description: 'response header contentMediaType changed', oasdiff: 'none' },
  { id: 'request-parameter-content-encoding-changed', level: 'ERR', direction: 'request', description: 'request parameter contentEncoding changed', oasdiff: 'none' },
  { id: 'request-body-content-encoding-changed', level: 'ERR', direction: 'request', description: 'request body contentEncoding changed', oasdiff: 'same' },
  { id: 'request-property-content-encoding-changed', level: 'ERR', direction: 'request', description: 'request property contentEncoding changed', oasdiff: 'same' },
  { id: 'response-body-content-encoding-changed', level: 'ERR', direction: 'response', description: 'response body contentEncoding changed', oasdiff: 'same' },
  { id: 'response-property-content-encoding-changed', level: 'ERR', direction: 'response', description: 'response property contentEncoding changed', oasdiff: 'same' },
  { id: 'response-header-content-encoding-changed', level: 'ERR', direction: 'response', description: 'response header contentEncoding changed', oasdiff: 'none' },
] as const satisfies readonly RuleDefinition[];
