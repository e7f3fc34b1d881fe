import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type JsYaml = typeof import('js-yaml');

let jsYaml: JsYaml | undefined;

/**
 * js-yaml (the fast YAML path's parser), loaded on first use: reading a pact (JSON) never parses YAML.
 * Its single-file build (dist/js-yaml.js, shipped in the package) loads in about a quarter of the
 * time its package entry takes, which requires a dozen files one by one.
 */
export function loadJsYaml(): JsYaml {
  if (jsYaml) return jsYaml;
  const require = createRequire(import.meta.url);
  try {
    jsYaml = require(join(dirname(require.resolve('js-yaml/package.json')), 'dist', 'js-yaml.js')) as JsYaml;
  } catch {
    jsYaml = require('js-yaml') as JsYaml;
  }
  return jsYaml;
}
