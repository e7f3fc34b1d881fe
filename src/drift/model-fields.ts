// Typed reads of a model's fields: a field of the wrong kind is bad input, told as one line naming
// the file and the field (as a JSON pointer), never a crash deeper in the comparison.
import { isJsonObject, type JsonObject } from '../spec/index.js';
import { AwsModelError } from './aws-model-error.js';

export class ModelFields {
  constructor(readonly file: string) {}

  fail(at: string, problem: string): never {
    throw new AwsModelError(this.file, `${at}: ${problem}`);
  }

  object(value: unknown, at: string): JsonObject {
    if (!isJsonObject(value)) this.fail(at, `expected an object, got ${kindOf(value)}`);
    return value;
  }

  optionalObject(value: unknown, at: string): JsonObject | undefined {
    return value === undefined ? undefined : this.object(value, at);
  }

  string(value: unknown, at: string): string {
    if (typeof value !== 'string') this.fail(at, `expected a string, got ${kindOf(value)}`);
    return value;
  }

  optionalString(value: unknown, at: string): string | undefined {
    return value === undefined ? undefined : this.string(value, at);
  }

  optionalNumber(value: unknown, at: string): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(at, `expected a number, got ${kindOf(value)}`);
    return value;
  }

  array(value: unknown, at: string): unknown[] {
    if (!Array.isArray(value)) this.fail(at, `expected an array, got ${kindOf(value)}`);
    return value;
  }

  optionalArray(value: unknown, at: string): unknown[] {
    return value === undefined ? [] : this.array(value, at);
  }

  stringArray(value: unknown, at: string): string[] {
    return this.array(value, at).map((item, index) => this.string(item, `${at}/${index}`));
  }
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`.slice(0, 60);
}
