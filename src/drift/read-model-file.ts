// Reads an AWS service model as AWS publishes it: botocore's service-2.json (plain or gzipped, as
// pip installs it) or the Smithy JSON AST of the SDK code generators. Gzip is recognised by its
// magic bytes, not the file name.
import { gunzipSync } from 'node:zlib';
import { isJsonObject, oneLine, readInputFile, type JsonObject } from '../spec/index.js';
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

/**
 * The largest model read, compressed or inflated: Lambda's whole botocore model is under 1 MB and its
 * Smithy model a few MB, so this refuses a gzip bomb long before it can fill memory.
 */
export const maxModelBytes = 64 * 1024 * 1024;

export function parseModelBytes(bytes: Buffer, file: string): ModelDocument {
  let raw = bytes;
  if (isGzip(bytes)) {
    try {
      raw = gunzipSync(bytes, { maxOutputLength: maxModelBytes });
    } catch (error) {
      const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      throw new AwsModelError(
        file,
        tooLarge
          ? `inflates past ${maxModelBytes / 1024 / 1024} MB, far more than any AWS service model: not read`
          : `not a readable gzip file: ${oneLine((error as Error).message)}`,
      );
    }
  }
  const text = raw.toString('utf8');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new AwsModelError(file, `invalid JSON: ${oneLine((error as Error).message)}`);
  }
  if (!isJsonObject(document)) throw new AwsModelError(file, 'not an AWS service model: the top level is not an object');
  const format = formatOf(document);
  if (!format) {
    throw new AwsModelError(
      file,
      "not an AWS service model: neither botocore's service-2.json (metadata, operations, shapes) nor a Smithy JSON AST (smithy, shapes)",
    );
  }
  return { file, format, document, bytes: raw.length };
}

export function readModelFile(file: string): ModelDocument {
  const bytes = readInputFile(file, maxModelBytes);
  if (!bytes.ok) throw new AwsModelError(file, bytes.error.problem);
  return parseModelBytes(bytes.value, file);
}
