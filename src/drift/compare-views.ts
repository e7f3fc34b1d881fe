// Compares the model's ApiView with the spec's, field by field. Two rules decide what counts:
// - Requests and 200 answers must state exactly what the model states: a constraint on one side
//   only is a difference (the spec would refuse what AWS accepts, or the reverse).
// - Error bodies may be narrower than the model where the model is silent: AWS's models give error
//   members no constraints, while the spec records what Lambda sends (`Type: User`, which members
//   are always present). A constraint the model does state must still match.
// A shape used by several members gives one difference, listing every member it affects.
import type { ApiView, ErrorView, Located, MemberView, OperationView, ShapeView } from './api-view.js';
import { awsCommonErrors, awsCommonErrorsSource } from './common-errors.js';
import type { Difference, DriftKind } from './drift-report.js';

interface Context {
  operation: string;
  /** `request`, `response` or `error <Name>`, for subjects. */
  direction: string;
  /** Member path so far, e.g. `Config.` for nested members. */
  prefix: string;
  /** Error bodies: the spec may add constraints the model leaves out. */
  lenient: boolean;
}

type At = { at: string; value?: unknown };

const quote = (value: unknown) => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));

function subjectOf(context: Context, member: MemberView): string {
  return `${context.operation} ${context.direction} ${context.prefix}${member.name} (${member.location})`;
}

export class ViewComparison {
  private readonly found = new Map<string, Difference>();
  members = 0;
  errors = 0;

  constructor(
    private readonly model: ApiView,
    private readonly spec: ApiView,
  ) {}

  private add(kind: DriftKind, operation: string, subject: string, message: string, model: At, spec: At): void {
    const key = `${kind} ${model.at} ${spec.at}`;
    const existing = this.found.get(key);
    if (existing) {
      if (!existing.subjects.includes(subject)) existing.subjects.push(subject);
      return;
    }
    const difference: Difference = { kind, operation, subjects: [subject], message, model: { path: model.at }, spec: { pointer: spec.at } };
    if (model.value !== undefined) difference.model.value = model.value;
    if (spec.value !== undefined) difference.spec.value = spec.value;
    this.found.set(key, difference);
  }

  differences(): Difference[] {
    return [...this.found.values()];
  }

  compare(operationNames: readonly string[]): this {
    for (const name of operationNames) {
      const model = this.model.operations.get(name);
      const spec = this.spec.operations.get(name);
      if (!spec) continue; // the spec's own scope: an operation it does not describe is not drift
      if (!model) {
        this.add('operation-missing', name, name, `${name} is not in the model (renamed or removed by AWS?)`, { at: this.model.operationsAt }, { at: spec.at });
        continue;
      }
      this.compareOperation(model, spec);
    }
    return this;
  }

  private compareOperation(model: OperationView, spec: OperationView): void {
    const name = model.name;
    const binding: Array<[string, Located<string | number>, Located<string | number>]> = [
      ['method', model.method, spec.method],
      // OpenAPI cannot say a label is greedy: `{Key+}` and `{Key}` are the same path to the spec.
      ['URI', { ...model.uri, value: model.uri.value.replace(/\{(\w+)\+\}/g, '{$1}') }, spec.uri],
      ['success status', model.successStatus, spec.successStatus],
    ];
    for (const [what, modelValue, specValue] of binding) {
      if (modelValue.value !== specValue.value) {
        this.add(
          'http-binding',
          name,
          name,
          `${name}: ${what} is ${quote(modelValue.value)} in the model, ${quote(specValue.value)} in the spec`,
          modelValue,
          specValue,
        );
      }
    }
    this.compareMembers(model.input, spec.input, { operation: name, direction: 'request', prefix: '', lenient: false }, model.inputAt, spec.inputAt);
    this.compareMembers(model.output, spec.output, { operation: name, direction: 'response', prefix: '', lenient: false }, model.outputAt, spec.outputAt);
    this.compareErrors(model, spec);
  }

  private compareErrors(model: OperationView, spec: OperationView): void {
    const name = model.name;
    const specErrors = new Map(spec.errors.map((error) => [error.name, error]));
    for (const modelError of model.errors) {
      this.errors += 1;
      const specError = specErrors.get(modelError.name);
      specErrors.delete(modelError.name);
      if (!specError) {
        this.add(
          'error-added',
          name,
          `${name} error ${modelError.name}`,
          `${name} can answer ${modelError.name} (HTTP ${modelError.status.value}); the spec documents no response for it`,
          { at: modelError.at },
          { at: spec.errorsAt },
        );
        continue;
      }
      this.compareError(name, modelError, specError);
    }
    for (const specError of specErrors.values()) {
      const commonStatus = awsCommonErrors.get(specError.name);
      if (commonStatus === undefined) {
        this.add(
          'error-removed',
          name,
          `${name} error ${specError.name}`,
          `the spec documents ${specError.name} for ${name}, which the model does not list among its errors`,
          { at: model.errorsAt },
          { at: specError.at },
        );
      } else if (commonStatus !== specError.status.value) {
        this.add(
          'error-status',
          name,
          `${name} error ${specError.name}`,
          `${specError.name} is an AWS common error with HTTP ${commonStatus}; the spec answers it with ${specError.status.value}`,
          { at: awsCommonErrorsSource, value: commonStatus },
          { at: specError.status.at, value: specError.status.value },
        );
      }
    }
  }

  private compareError(operation: string, model: ErrorView, spec: ErrorView): void {
    if (model.status.value !== spec.status.value) {
      this.add(
        'error-status',
        operation,
        `${operation} error ${model.name}`,
        `${model.name} is HTTP ${model.status.value} in the model, ${spec.status.value} in the spec`,
        model.status,
        spec.status,
      );
    }
    this.compareMembers(model.members, spec.members, { operation, direction: `error ${model.name}`, prefix: '', lenient: true }, model.at, spec.at);
  }

  private compareMembers(model: MemberView[], spec: MemberView[], context: Context, modelAt: string, specAt: string): void {
    const unmatched = new Set(spec);
    const take = (predicate: (candidate: MemberView) => boolean) => {
      const match = [...unmatched].find(predicate);
      if (match) unmatched.delete(match);
      return match;
    };
    const matches: Array<[MemberView, MemberView | undefined, boolean]> = [];
    // Exact wire names first (header names ignore case, as HTTP does), then names that differ only in case.
    for (const member of model) {
      const exact = take((candidate) =>
        member.location === 'header' && candidate.location === 'header'
          ? candidate.wireName.toLowerCase() === member.wireName.toLowerCase()
          : candidate.wireName === member.wireName,
      );
      matches.push([member, exact, false]);
    }
    for (const entry of matches) {
      if (entry[1]) continue;
      const member = entry[0];
      const cased = take((candidate) => candidate.wireName.toLowerCase() === member.wireName.toLowerCase());
      if (cased) {
        entry[1] = cased;
        entry[2] = true;
      }
    }
    for (const [member, match, casing] of matches) {
      this.members += 1;
      const subject = subjectOf(context, member);
      if (!match) {
        this.add(
          'member-added',
          context.operation,
          subject,
          `the model has ${context.direction} member ${context.prefix}${member.wireName} (${member.location}); the spec lacks it`,
          { at: member.at },
          { at: specAt },
        );
        continue;
      }
      if (casing) {
        this.add(
          'member-casing',
          context.operation,
          subject,
          `${context.direction} member is '${member.wireName}' in the model, '${match.wireName}' in the spec`,
          { at: member.at, value: member.wireName },
          { at: match.at, value: match.wireName },
        );
      }
      if (match.location !== member.location) {
        this.add(
          'member-location',
          context.operation,
          subject,
          `${context.prefix}${member.wireName} travels in the ${member.location} in the model, in the ${match.location} in the spec`,
          { at: member.at, value: member.location },
          { at: match.at, value: match.location },
        );
      }
      const requiredDiffers = context.lenient ? member.required.value && !match.required.value : member.required.value !== match.required.value;
      if (requiredDiffers) {
        const [yes, no] = member.required.value ? ['the model', 'the spec'] : ['the spec', 'the model'];
        this.add(
          'required',
          context.operation,
          subject,
          `${context.prefix}${member.wireName} is required in ${yes}, optional in ${no}`,
          member.required,
          match.required,
        );
      }
      this.compareShapes(member.shape, match.shape, { ...context, prefix: context.prefix }, subject, `${context.prefix}${member.wireName}`);
    }
    for (const extra of unmatched) {
      this.add(
        'member-removed',
        context.operation,
        subjectOf(context, extra),
        `the spec has ${context.direction} member ${context.prefix}${extra.wireName} (${extra.location}), which the model lacks`,
        { at: modelAt },
        { at: extra.at },
      );
    }
  }

  private compareShapes(model: ShapeView, spec: ShapeView, context: Context, subject: string, memberPath: string): void {
    // Name the model's shape when the member is called otherwise: Get's FunctionArn is shape NameSpacedFunctionArn.
    const path = model.name !== undefined && !memberPath.endsWith(model.name) ? `${memberPath} (shape ${model.name})` : memberPath;
    const modelType = model.type.value;
    const specType = spec.type.value;
    const typesAgree =
      modelType === specType || modelType === 'any' || specType === 'any' || (modelType === 'timestamp' && (specType === 'number' || specType === 'string'));
    if (!typesAgree) {
      this.add('type', context.operation, subject, `${path} is ${modelType} in the model, ${specType} in the spec`, { ...model.type }, { ...spec.type });
      return;
    }
    const what = modelType === 'integer' || modelType === 'number' ? 'value' : 'length';
    for (const bound of ['min', 'max'] as const) {
      const word = bound === 'min' ? `minimum ${what}` : `maximum ${what}`;
      // A minimum length of 0 says nothing; the model often writes it, the spec may leave it out.
      const modelBound = what === 'length' && bound === 'min' && model.min?.value === 0 ? undefined : model[bound];
      const specBound = what === 'length' && bound === 'min' && spec.min?.value === 0 ? undefined : spec[bound];
      this.compareConstraint(bound, word, path, context, subject, model, spec, modelBound, specBound);
    }
    this.compareConstraint('pattern', 'pattern', path, context, subject, model, spec, model.pattern, spec.pattern);
    const modelEnum = model.enum;
    const specEnum = spec.enum;
    if (modelEnum && specEnum) {
      const added = modelEnum.value.filter((value) => !specEnum.value.includes(value));
      const removed = specEnum.value.filter((value) => !modelEnum.value.includes(value));
      if (added.length > 0 || removed.length > 0) {
        const parts = [
          added.length > 0 ? `the model adds ${added.join(', ')}` : '',
          removed.length > 0 ? `the spec has ${removed.join(', ')}, which the model does not` : '',
        ].filter(Boolean);
        this.add('enum', context.operation, subject, `${path} enum differs: ${parts.join('; ')}`, { ...modelEnum }, { ...specEnum });
      }
    } else {
      this.compareConstraint('enum', 'enum', path, context, subject, model, spec, modelEnum, specEnum);
    }
    if (model.members && spec.members) this.compareMembers(model.members, spec.members, { ...context, prefix: `${memberPath}.` }, model.at, spec.at);
    if (model.items && spec.items) this.compareShapes(model.items, spec.items, context, subject, `${memberPath}[]`);
  }

  /** One constraint present on either side: both must state it alike, except where error bodies may add it. */
  private compareConstraint<T>(
    kind: DriftKind,
    word: string,
    path: string,
    context: Context,
    subject: string,
    model: ShapeView,
    spec: ShapeView,
    modelValue: Located<T> | undefined,
    specValue: Located<T> | undefined,
  ): void {
    const shown = (value: T) => (Array.isArray(value) ? `[${value.join(', ')}]` : quote(value));
    if (modelValue && specValue) {
      if (JSON.stringify(modelValue.value) !== JSON.stringify(specValue.value)) {
        this.add(
          kind,
          context.operation,
          subject,
          `${path} ${word} differs: model ${shown(modelValue.value)}, spec ${shown(specValue.value)}`,
          { ...modelValue },
          { ...specValue },
        );
      }
    } else if (modelValue) {
      this.add(
        kind,
        context.operation,
        subject,
        `${path}: the model states ${word} ${shown(modelValue.value)}; the spec states none`,
        { ...modelValue },
        { at: spec.at },
      );
    } else if (specValue && !context.lenient) {
      this.add(
        kind,
        context.operation,
        subject,
        `${path}: the spec states ${word} ${shown(specValue.value)}; the model states none`,
        { at: model.at },
        { ...specValue },
      );
    }
  }
}
