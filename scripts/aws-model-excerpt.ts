// `npm run aws-model:excerpt -- <service-2.json[.gz]> --commit <sha> --version <botocore version> --date <YYYY-MM-DD>`
// Refreshes spec/aws-model/: cuts the two operations and the shapes they reach out of a full botocore
// model and rewrites the excerpt and its provenance. Then run `npm run check:aws-model` and follow
// each difference into the spec (and the validators, mocks and contracts that come from it).
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AwsModelError, botocoreExcerpt, readModelFile } from '../src/drift/index.js';

const excerptFile = 'spec/aws-model/lambda-runtime-management.botocore.json';
const provenanceFile = 'spec/aws-model/provenance.json';

const { values, positionals } = parseArgs({
  options: { commit: { type: 'string' }, version: { type: 'string' }, date: { type: 'string' } },
  allowPositionals: true,
});
const [modelFile] = positionals;
if (modelFile === undefined || !values.commit || !values.version || !values.date) {
  console.error(
    'usage: npm run aws-model:excerpt -- <service-2.json[.gz]> --commit <botocore commit> --version <botocore version> --date <model date YYYY-MM-DD>',
  );
  process.exit(2);
}
try {
  const path = 'botocore/data/lambda/2015-03-31/service-2.json';
  const source = `boto/botocore ${path} at ${values.commit} (botocore ${values.version}, Lambda model of ${values.date}); patterns as published (no ^…$ anchors; AWS matches the whole string)`;
  const text = `${JSON.stringify(botocoreExcerpt(readModelFile(modelFile), source), null, 1)}\n`;
  writeFileSync(excerptFile, text);
  const provenance = {
    file: 'lambda-runtime-management.botocore.json',
    sha256: createHash('sha256').update(text).digest('hex'),
    repository: 'https://github.com/boto/botocore',
    path,
    commit: values.commit,
    botocoreVersion: values.version,
    modelDate: values.date,
    checkedAgainstSourceOn: new Date().toISOString().slice(0, 10),
    excerpt:
      'operations PutRuntimeManagementConfig and GetRuntimeManagementConfig and every shape they reach, as published; metadata trimmed to apiVersion, protocol, serviceId, endpointPrefix, signatureVersion',
  };
  writeFileSync(provenanceFile, `${JSON.stringify(provenance, null, 2)}\n`);
  console.log(`wrote ${excerptFile} and ${provenanceFile}; now run: npm run check:aws-model`);
} catch (error) {
  if (error instanceof AwsModelError) {
    console.error(`aws-model:excerpt: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
