// test/architecture/lint-rules.test.ts lints snippets as if they were this file: a program of one
// small file keeps the type-aware rules quick to run inside a test.
export const snippet = true;
