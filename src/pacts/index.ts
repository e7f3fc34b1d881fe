// Pact files read as JSON, without Pact: one reader for coverage, verify and the diff's contract impact.
export { PactFileError } from './pact-file-error.js';
export { looksLikePact, parsePact, type PactFile, type PactHttpInteraction, type PactMessage, type PactRequest, type PactResponse } from './pact-file.js';
export { joinedHeaders } from './pact-message.js';
export { pactFilesIn, pactFilesUnder } from './pact-paths.js';
export { readPactDirectory, readPactFile } from './read-pact-file.js';
