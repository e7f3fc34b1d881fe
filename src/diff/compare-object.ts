// Object members: properties added or removed, required-ness, additionalProperties; and array items.
import { isJsonObject, type Located } from '../spec/index.js';
import type { DiffSession } from './diff-session.js';
import { appendPointer } from '../spec/json-pointer.js';
import { ruleId, type RuleId } from './rules.js';
import { describeSchema, directionOfSite, reportSchemaChange, type PathSegment, type SchemaPair } from './schema-site.js';
import type { SchemaView } from './schema-view.js';

export type CompareNested = (path: PathSegment[], base: Located, head: Located) => void;

function propertiesOf(view: SchemaView): Record<string, unknown> {
  const properties = view.schema['properties'];
  return isJsonObject(properties) ? properties : {};
}

function requiredOf(view: SchemaView): Set<string> {
  const required = view.schema['required'];
  return new Set(Array.isArray(required) ? required.filter((name): name is string => typeof name === 'string') : []);
}

/** additionalProperties: false (or unevaluatedProperties: false) refuses members the schema does not list. */
function isClosed(view: SchemaView): boolean {
  return view.schema['additionalProperties'] === false || view.schema['unevaluatedProperties'] === false;
}

function isObjectSchema(view: SchemaView): boolean {
  return view.types?.has('object') === true || 'properties' in view.schema || 'additionalProperties' in view.schema;
}

/** Object-typed parameters and headers (deepObject, form explode) are compared as bodies are. */
export function compareObject(session: DiffSession, pair: SchemaPair, nested: CompareNested): void {
  if (!isObjectSchema(pair.base) && !isObjectSchema(pair.head)) return;
  compareProperties(session, pair, nested);
  compareAdditionalProperties(session, pair, nested);
}

/**
 * A readOnly property is not part of a request, a writeOnly one not part of a response: changes to
 * it there concern nobody, and turning a property into one is its own rule.
 */
function hidden(session: DiffSession, side: 'base' | 'head', node: unknown, pointer: string, flag: 'readOnly' | 'writeOnly'): boolean {
  if (node === undefined) return false;
  const resolved = session.resolve(side, { node, pointer }).node;
  return isJsonObject(resolved) && resolved[flag] === true;
}

function compareProperties(session: DiffSession, pair: SchemaPair, nested: CompareNested): void {
  const request = directionOfSite(pair.site) === 'request';
  const flag = request ? 'readOnly' : 'writeOnly';
  // Members of an object-typed parameter (deepObject, form explode) have ids of their own, oasdiff's
  // for a header's; a request body's property ids would name the wrong thing.
  const parameter = pair.site.root === 'request-parameter';
  const header = parameter && pair.site.parameterIn === 'header';
  const baseProperties = propertiesOf(pair.base);
  const headProperties = propertiesOf(pair.head);
  const baseRequired = requiredOf(pair.base);
  const headRequired = requiredOf(pair.head);
  const names = [...new Set([...Object.keys(baseProperties), ...Object.keys(headProperties), ...baseRequired, ...headRequired])].sort();
  for (const name of names) {
    // A name listed only in `required` (on both sides) exists only as a requirement.
    const listed = name in baseProperties || name in headProperties;
    const inBase = !listed || name in baseProperties;
    const inHead = !listed || name in headProperties;
    const path: PathSegment[] = [...pair.path, { kind: 'property', name }];
    const subject = describeSchema(pair.site, path);
    const basePointer = name in baseProperties ? appendPointer(pair.base.at.pointer, 'properties', name) : pair.base.at.pointer;
    const headPointer = name in headProperties ? appendPointer(pair.head.at.pointer, 'properties', name) : pair.head.at.pointer;
    const report = (id: RuleId, message: string) =>
      session.report(id, { operation: pair.site.operation, message: `${subject}: ${message}`, basePointer, headPointer });
    const baseHidden = hidden(session, 'base', baseProperties[name], basePointer, flag);
    const headHidden = hidden(session, 'head', headProperties[name], headPointer, flag);
    if ((baseHidden || !inBase) && (headHidden || !inHead)) continue;
    if (inBase && inHead && baseHidden !== headHidden) {
      const required = (headHidden ? baseRequired : headRequired).has(name) ? 'required' : 'optional';
      const became = headHidden ? `became-${request ? 'read' : 'write'}-only` : `became-not-${request ? 'read' : 'write'}-only`;
      report(
        ruleId(`${request ? 'request' : 'response'}-${required}-property-${became}`),
        `${required} property ${headHidden ? 'became' : 'is no longer'} ${flag}`,
      );
      continue;
    }
    if (parameter && !inBase) {
      const required = headRequired.has(name);
      report(
        required ? (header ? 'new-required-request-header-property' : 'new-required-request-parameter-property') : 'new-optional-request-parameter-property',
        `${required ? 'required' : 'optional'} property added`,
      );
      continue;
    }
    if (parameter && !inHead) {
      if (isClosed(pair.head))
        report(
          'request-parameter-property-removed-from-closed-schema',
          'property removed, and the schema refuses unknown members, so clients that send it are refused',
        );
      else report('request-parameter-property-removed', 'property removed (the schema still lets clients send it, and it is ignored)');
      continue;
    }
    if (!inBase) {
      const required = headRequired.has(name);
      if (request) report(required ? 'new-required-request-property' : 'new-optional-request-property', `${required ? 'required' : 'optional'} property added`);
      else report(required ? 'response-required-property-added' : 'response-optional-property-added', `${required ? 'required' : 'optional'} property added`);
      continue;
    }
    if (!inHead) {
      if (request) {
        if (isClosed(pair.head))
          report(
            'request-property-removed-from-closed-schema',
            'property removed, and the schema refuses unknown members, so clients that send it are refused',
          );
        else report('request-property-removed', 'property removed (the schema still lets clients send it, and it is ignored)');
      } else {
        const required = baseRequired.has(name);
        report(
          required ? 'response-required-property-removed' : 'response-optional-property-removed',
          `${required ? 'required' : 'optional'} property removed`,
        );
      }
      continue;
    }
    const wasRequired = baseRequired.has(name);
    const isRequired = headRequired.has(name);
    if (wasRequired !== isRequired) {
      const id = parameter
        ? isRequired
          ? header
            ? 'request-header-property-became-required'
            : 'request-parameter-property-became-required'
          : 'request-parameter-property-became-optional'
        : request
          ? isRequired
            ? 'request-property-became-required'
            : 'request-property-became-optional'
          : isRequired
            ? 'response-property-became-required'
            : 'response-property-became-optional';
      report(id, isRequired ? 'became required' : 'became optional');
    }
    if (name in baseProperties && name in headProperties) {
      nested(path, { node: baseProperties[name], pointer: basePointer }, { node: headProperties[name], pointer: headPointer });
    }
  }
}

function compareAdditionalProperties(session: DiffSession, pair: SchemaPair, nested: CompareNested): void {
  const wasClosed = isClosed(pair.base);
  const closed = isClosed(pair.head);
  const fields = {
    basePointer: appendPointer(pair.base.at.pointer, 'additionalProperties'),
    headPointer: appendPointer(pair.head.at.pointer, 'additionalProperties'),
  };
  if (wasClosed && !closed)
    reportSchemaChange(
      session,
      pair,
      'additional-properties-allowed',
      'members the schema does not list are now accepted (additionalProperties is no longer false)',
      fields,
    );
  if (!wasClosed && closed)
    reportSchemaChange(
      session,
      pair,
      'additional-properties-disallowed',
      'members the schema does not list are now refused (additionalProperties: false)',
      fields,
    );
  const from = pair.base.schema['additionalProperties'];
  const to = pair.head.schema['additionalProperties'];
  const admitsAll = (value: unknown) => value === undefined || value === true || (isJsonObject(value) && Object.keys(value).length === 0);
  if (admitsAll(from) && isJsonObject(to) && !admitsAll(to))
    reportSchemaChange(
      session,
      pair,
      'additional-properties-schema-added',
      'members the schema does not list must now match a schema (additionalProperties)',
      fields,
    );
  else if (admitsAll(to) && isJsonObject(from) && !admitsAll(from))
    reportSchemaChange(
      session,
      pair,
      'additional-properties-schema-removed',
      'members the schema does not list are no longer constrained (additionalProperties)',
      fields,
    );
  else if (isJsonObject(from) && isJsonObject(to)) {
    nested([...pair.path, { kind: 'additionalProperties' }], { node: from, pointer: fields.basePointer }, { node: to, pointer: fields.headPointer });
  }
  const before = pair.base.schema['unevaluatedProperties'];
  const after = pair.head.schema['unevaluatedProperties'];
  const unevaluated = {
    basePointer: appendPointer(pair.base.at.pointer, 'unevaluatedProperties'),
    headPointer: appendPointer(pair.head.at.pointer, 'unevaluatedProperties'),
  };
  if (admitsAll(before) && isJsonObject(after) && !admitsAll(after))
    reportSchemaChange(session, pair, 'unevaluated-properties-added', 'unevaluatedProperties schema added', unevaluated);
  else if (admitsAll(after) && isJsonObject(before) && !admitsAll(before))
    reportSchemaChange(session, pair, 'unevaluated-properties-removed', 'unevaluatedProperties schema removed', unevaluated);
  else if (isJsonObject(before) && isJsonObject(after)) {
    nested(
      [...pair.path, { kind: 'keyword', keyword: 'unevaluatedProperties' }],
      { node: before, pointer: unevaluated.basePointer },
      { node: after, pointer: unevaluated.headPointer },
    );
  }
}

export function compareItems(pair: SchemaPair, nested: CompareNested): void {
  const from = pair.base.schema['items'];
  const to = pair.head.schema['items'];
  if (!isJsonObject(from) || !isJsonObject(to)) return;
  nested(
    [...pair.path, { kind: 'items' }],
    { node: from, pointer: appendPointer(pair.base.at.pointer, 'items') },
    { node: to, pointer: appendPointer(pair.head.at.pointer, 'items') },
  );
}
