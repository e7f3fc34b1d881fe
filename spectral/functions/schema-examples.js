// rmc-schema-examples-valid: spectral:oas checks a schema's `example` and `default`, and the examples
// of media types, parameters and headers, but not the JSON Schema `examples` array that OpenAPI 3.1
// schemas use. Those are checked here with AJV's draft 2020-12 validator, with the `u` flag and no
// format plugin, as the project's generated validators compile them.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { walkSchema } from '../walk-schema.js';

const documentId = 'urn:lambda-rmc:linted-document';
/**
 * One AJV per linted document: the document is registered whole so that `$ref`s resolve.
 * @type {WeakMap<object, Ajv2020>}
 */
const ajvByDocument = new WeakMap();

/**
 * @param {unknown} rootSchema a schema as written (the rule runs on the unresolved document)
 * @param {unknown} _options
 * @param {{ path: Array<string|number>, document: { data: object } }} context
 */
export default function schemaExamples(rootSchema, _options, context) {
  const results = [];
  for (const { schema, path } of walkSchema(rootSchema)) {
    if (!Array.isArray(schema.examples)) continue;
    const schemaPath = [...context.path, ...path];
    const ajv = ajvFor(context.document.data);
    let validate;
    try {
      validate = ajv.compile({ $ref: `${documentId}#${jsonPointer(schemaPath)}` });
    } catch (error) {
      results.push({
        message: `schema does not compile, so its examples cannot be checked: ${error instanceof Error ? error.message : String(error)}`,
        path: schemaPath,
      });
      continue;
    }
    for (const [index, example] of schema.examples.entries()) {
      if (validate(example)) continue;
      const why = ajv.errorsText(validate.errors, { dataVar: 'example' });
      results.push({ message: `example ${JSON.stringify(example)} is not valid against its schema: ${why}`, path: [...schemaPath, 'examples', index] });
    }
  }
  return results;
}

/** @param {object} document */
function ajvFor(document) {
  let ajv = ajvByDocument.get(document);
  if (ajv === undefined) {
    // strict: false because OpenAPI schemas carry `example`, `x-*` and other non-JSON-Schema keywords.
    ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: true, validateSchema: false, logger: false });
    ajv.addSchema(document, documentId);
    ajvByDocument.set(document, ajv);
  }
  return ajv;
}

/** @param {Array<string|number>} path @returns {string} a URI fragment (RFC 6901 pointer, percent-encoded) */
function jsonPointer(path) {
  return path.map((segment) => `/${encodeURIComponent(String(segment).replace(/~/g, '~0').replace(/\//g, '~1'))}`).join('');
}
