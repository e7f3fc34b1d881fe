// The consumer impact of a spec change: which recorded pact interactions the head spec no longer
// accepts where the base spec did. Each interaction is checked against both sides: its request must
// reach an operation, carry the required parameters and a body the schema admits; its response's
// status must be declared, with a body and headers the schemas admit. Only what changes counts:
// - a request the base accepted and the head refuses;
// - a request the base refused, recorded with the 4xx that refusal brings, which the head now
//   accepts (the consumer's negative test no longer gets its error);
// - a response problem the head has and the base had not.
// Pact bodies are examples (matchers aside), so they are checked as values, as
// swagger-mock-validator does.
import { compilePathTemplate, isJsonObject, RefResolver, type JsonObject, type Located, type PathTemplate } from '../spec/index.js';
import { SpecSchemaValidator } from './spec-schema-validator.js';
import { appendPointer } from '../spec/json-pointer.js';
import type { PactHttpInteraction as PactInteraction } from '../pacts/index.js';
import type { SideName } from './diff-session.js';
import { child, entriesOf, mediaTypeKey, objectAt } from './spec-nodes.js';

export interface ImpactedInteraction {
  file: string;
  line?: number;
  description: string;
  /** Why the head spec refuses it, one sentence each. */
  problems: string[];
}

export interface ContractsImpact {
  directory: string;
  /** How many HTTP interactions were checked. */
  checked: number;
  impacted: ImpactedInteraction[];
}

interface OperationMatch {
  pathItem: Located;
  operation: Located;
  pathValues: Record<string, string>;
}

type Verdict = { found: false; problem: string } | { found: true; request: string[]; response: string[] };

export function contractsImpact(base: JsonObject, head: JsonObject, interactions: readonly PactInteraction[], directory: string): ContractsImpact {
  const before = new InteractionChecker(base, 'base');
  const after = new InteractionChecker(head, 'head');
  const impacted = interactions.flatMap((interaction): ImpactedInteraction[] => {
    const problems = newProblems(interaction, before.verdict(interaction), after.verdict(interaction));
    if (problems.length === 0) return [];
    const result: ImpactedInteraction = { file: interaction.file, description: interaction.description, problems };
    if (interaction.line !== undefined) result.line = interaction.line;
    return [result];
  });
  return { directory, checked: interactions.length, impacted };
}

function newProblems(interaction: PactInteraction, before: Verdict, after: Verdict): string[] {
  if (!before.found) return []; // recorded against another API, or an operation the base lacks too
  if (!after.found) return [after.problem];
  const problems: string[] = [];
  if (before.request.length === 0) problems.push(...after.request);
  const status = interaction.response.status;
  if (before.request.length > 0 && after.request.length === 0 && status >= 400 && status < 500) {
    problems.push(
      `the head spec accepts the request, which the base refused (${before.request.join('; ')}), so the ${status} this interaction expects no longer follows`,
    );
  }
  problems.push(...after.response.filter((problem) => !before.response.includes(problem)));
  return problems;
}

class InteractionChecker {
  private readonly validator: SpecSchemaValidator;
  private readonly refs: RefResolver;

  constructor(
    private readonly document: JsonObject,
    private readonly side: SideName,
  ) {
    this.validator = new SpecSchemaValidator(document, side);
    this.refs = new RefResolver(document, side);
  }

  private resolve(located: Located): Located {
    return this.refs.resolve(located);
  }

  verdict(interaction: PactInteraction): Verdict {
    const { method, path } = interaction.request;
    const match = this.findOperation(method, path);
    if (typeof match === 'string') return { found: false, problem: match };
    return { found: true, request: this.requestProblems(interaction, match), response: this.responseProblems(interaction, match) };
  }

  private findOperation(method: string, path: string): OperationMatch | string {
    let pathMatched = false;
    for (const { template, at } of this.pathTemplates()) {
      const pathValues = template.match(path);
      if (!pathValues) continue;
      pathMatched = true;
      const pathItem = this.resolve(at);
      const operation = child(pathItem, method.toLowerCase());
      if (operation) return { pathItem, operation, pathValues };
    }
    return pathMatched ? `the ${this.side} spec has no ${method} operation on ${path}` : `no path of the ${this.side} spec matches ${method} ${path}`;
  }

  private templates: Array<{ template: PathTemplate; at: Located }> | undefined;

  /** The spec's path templates, compiled once per side rather than once per interaction. */
  private pathTemplates(): Array<{ template: PathTemplate; at: Located }> {
    this.templates ??= entriesOf({ node: this.document, pointer: '' }, 'paths').map(([template, at]) => ({ template: compilePathTemplate(template), at }));
    return this.templates;
  }

  private requestProblems(interaction: PactInteraction, match: OperationMatch): string[] {
    const problems: string[] = [];
    const { request } = interaction;
    for (const parameter of this.parameters(match)) {
      const { name, in: location, required } = objectAt(parameter) as { name: string; in: string; required?: boolean };
      const values =
        location === 'path'
          ? match.pathValues[name] === undefined
            ? []
            : [match.pathValues[name]]
          : location === 'query'
            ? (request.query[name] ?? [])
            : location === 'header'
              ? (request.headers[name.toLowerCase()] ?? [])
              : [];
      const label = `${location} parameter '${name}'`;
      if (values.length === 0) {
        if (required === true || location === 'path') problems.push(`${label} is required and the request does not send it`);
        continue;
      }
      const schema = child(parameter, 'schema');
      if (!schema) continue;
      for (const value of values) problems.push(...this.validator.validate(schema, coerce(this.resolve(schema).node, value), `${label} value '${value}'`));
    }

    const body = child(match.operation, 'requestBody');
    if (!body) return problems;
    const requestBody = this.resolve(body);
    if (!request.hasBody) {
      if (objectAt(requestBody)['required'] === true) problems.push('the request body is required and the request sends none');
      return problems;
    }
    const media = this.mediaType(requestBody, request.contentType);
    if (!media) problems.push(`the request's media type ${request.contentType ?? '(none)'} is not one the ${this.side} spec accepts`);
    else if (media.schema) problems.push(...this.validator.validate(media.schema, request.body, 'request body'));
    return problems;
  }

  private responseProblems(interaction: PactInteraction, match: OperationMatch): string[] {
    const { response } = interaction;
    const status = String(response.status);
    const responses = child(match.operation, 'responses');
    const declared =
      responses && (child(responses, status) ?? child(responses, `${status[0]}XX`) ?? child(responses, `${status[0]}xx`) ?? child(responses, 'default'));
    if (!declared) return [`response status ${status} is no longer declared`];
    const at = this.resolve(declared);
    const problems: string[] = [];
    const headers = new Map(entriesOf(at, 'headers').map(([name, header]) => [name.toLowerCase(), { name, header: this.resolve(header) }]));
    for (const [name, values] of Object.entries(response.headers)) {
      const declaredHeader = headers.get(name);
      if (!declaredHeader) {
        if (name.startsWith('x-')) problems.push(`response header '${name}' is no longer declared for status ${status}`);
        continue;
      }
      const schema = child(declaredHeader.header, 'schema');
      if (!schema) continue;
      for (const value of values) problems.push(...this.validator.validate(schema, value, `response header '${declaredHeader.name}' value '${value}'`));
    }
    if (!response.hasBody) return problems;
    const media = this.mediaType(at, response.contentType);
    if (!media) problems.push(`response ${status} no longer has a ${response.contentType ?? 'JSON'} body`);
    else if (media.schema) problems.push(...this.validator.validate(media.schema, response.body, `response ${status} body`));
    return problems;
  }

  /** Path-level parameters, overridden by operation-level ones of the same name and location. */
  private parameters(match: OperationMatch): Located[] {
    const byKey = new Map<string, Located>();
    for (const owner of [match.pathItem, match.operation]) {
      const list = objectAt(owner)['parameters'];
      if (!Array.isArray(list)) continue;
      list.forEach((node, index) => {
        const parameter = this.resolve({ node, pointer: appendPointer(owner.pointer, 'parameters', index) });
        const { name, in: location } = objectAt(parameter);
        if (typeof name === 'string' && typeof location === 'string') byKey.set(`${location}:${name}`, parameter);
      });
    }
    return [...byKey.values()];
  }

  /** The media type of `owner.content` for `contentType` (JSON when the pact names none). */
  private mediaType(owner: Located, contentType: string | undefined): { schema?: Located } | undefined {
    const wanted = mediaTypeKey(contentType ?? 'application/json');
    for (const [name, media] of entriesOf(owner, 'content')) {
      const key = mediaTypeKey(name);
      if (key === wanted || key === '*/*' || (key.endsWith('/*') && wanted.startsWith(key.slice(0, -1)))) {
        const schema = child(media, 'schema');
        return schema ? { schema } : {};
      }
    }
    return undefined;
  }
}

/** Query, path and header values travel as text; a numeric or boolean schema reads them as such. */
function coerce(schema: unknown, value: string): unknown {
  const type = isJsonObject(schema) ? schema['type'] : undefined;
  const types = Array.isArray(type) ? type : [type];
  if ((types.includes('integer') || types.includes('number')) && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}
