// Reads an AWS service model as AWS publishes it: botocore's service-2.json (plain or gzipped, as
// pip installs it) or the Smithy JSON AST of the SDK code generators. Gzip is recognised by its
// magic bytes, not the file name.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { isJsonObject, type JsonObject } from '../spec/index.js';
import { AwsModelError } from './aws-model-error.js';

export type ModelFormat = 'botocore' | 'smithy';

export interface ModelDocument {
  file: string;
  format: ModelFormat;
  document: JsonObject;
  /** The size of the JSON text after decompression, for the report. */
  bytes: number;
}

function isGzip(bytes: Buffer): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function formatOf(document: JsonObject): ModelFormat | undefined {
  if (typeof document['smithy'] === 'string' && isJsonObject(document['shapes'])) return 'smithy';
  if (isJsonObject(document['metadata']) && isJsonObject(document['operations']) && isJsonObject(document['shapes'])) return 'botocore';
  return undefined;
}

export function parseModelBytes(bytes: Buffer, file: string): ModelDocument {
  let raw = bytes;
  if (isGzip(bytes)) {
    try {
      raw = gunzipSync(bytes);
    } catch (error) {
      throw new AwsModelError(file, `not a readable gzip file: ${(error as Error).message}`);
    }
  }
  const text = raw.toString('utf8');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new AwsModelError(file, `invalid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!isJsonObject(document)) throw new AwsModelError(file, 'not an AWS service model: the top level is not an object');
  const format = formatOf(document);
  if (!format) {
    throw new AwsModelError(file, "not an AWS service model: neither botocore's service-2.json (metadata, operations, shapes) nor a Smithy JSON AST (smithy, shapes)");
  }
  return { file, format, document, bytes: raw.length };
}

export function readModelFile(file: string): ModelDocument {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AwsModelError(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a model file' : `cannot read: ${code ?? String(error)}`);
  }
  return parseModelBytes(bytes, file);
}
