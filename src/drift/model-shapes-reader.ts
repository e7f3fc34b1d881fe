// What the botocore and Smithy readers share: both formats keep their shapes in one `/shapes` table
// (botocore keys it by name, Smithy by absolute id) that members and operations refer into.
import type { JsonObject } from '../spec/index.js';
import type { OperationView } from './api-view.js';
import { appendPointer } from '../spec/json-pointer.js';
import { ModelFields } from './model-fields.js';
import type { ModelDocument } from './read-model-file.js';

export abstract class ModelShapesReader {
  protected readonly fields: ModelFields;
  protected readonly shapes: JsonObject;

  constructor(protected readonly model: ModelDocument) {
    this.fields = new ModelFields(model.file);
    this.shapes = this.fields.object(model.document['shapes'], '/shapes');
  }

  /** The shape `key` names and its pointer; a key /shapes lacks is bad input, told where it is referenced. */
  protected shapeAt(key: string, referencedAt: string): { shape: JsonObject; at: string } {
    const shape = this.shapes[key];
    if (shape === undefined) this.fields.fail(referencedAt, `refers to shape '${key}', which /shapes does not define`);
    const at = appendPointer('/shapes', key);
    return { shape: this.fields.object(shape, at), at };
  }

  abstract operation(name: string): OperationView | undefined;

  /** The named operations the model defines, by name; one it lacks is left out (the comparison reports it). */
  operations(names: readonly string[]): Map<string, OperationView> {
    const operations = new Map<string, OperationView>();
    for (const name of names) {
      const operation = this.operation(name);
      if (operation) operations.set(name, operation);
    }
    return operations;
  }

  /** A structure (named from a member or operation) with its `members` table. */
  protected structureAt(key: string): { shape: JsonObject; at: string; members: JsonObject } {
    const { shape, at } = this.shapeAt(key, '/shapes');
    return { shape, at, members: this.fields.object(shape['members'] ?? {}, `${at}/members`) };
  }
}
