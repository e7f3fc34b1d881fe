import { awsError, type AwsError } from '../validation/index.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A JSON body decoded safely: strict UTF-8, bounded nesting, no `__proto__` member. */
export function parseJsonBody(bytes: Uint8Array, maxDepth: number): { body: unknown } | { error: AwsError } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return serializationError('The request body is not valid UTF-8.');
  }
  if (nestsDeeperThan(text, maxDepth)) return serializationError(`The request body nests JSON deeper than ${maxDepth} levels.`);
  // `__proto__` can only reach a parsed key spelled out or through a \u escape; skip the slower reviver otherwise.
  const mayHaveProto = text.includes('__proto__') || text.includes('\\u');
  let hasProto = false;
  try {
    const body: unknown = mayHaveProto
      ? JSON.parse(text, (key, value: unknown) => {
          if (key === '__proto__') hasProto = true;
          return value;
        })
      : JSON.parse(text);
    if (hasProto) return serializationError("The request body uses the reserved member name '__proto__'.");
    return { body };
  } catch {
    return serializationError('The request body is not valid JSON.');
  }
}

/** Whether brackets outside strings nest deeper than `maxDepth`; JSON.parse reports anything malformed afterwards. */
function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (code === 0x7d || code === 0x5d) depth -= 1;
  }
  return false;
}

function serializationError(message: string) {
  return { error: awsError('SerializationException', message) };
}
