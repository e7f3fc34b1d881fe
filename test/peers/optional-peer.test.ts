import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MissingPeerDependencyError, importOptionalPeer, optionalPeers, resolveOptionalPeer } from '../../src/peers/index.js';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};

describe('optional peer dependencies', () => {
  it.each(Object.entries(optionalPeers))('%s is an optional peer with the range the loader names, pinned exactly for our own tests', (name, peer) => {
    expect(manifest.peerDependencies[name]).toBe(peer.range);
    expect(manifest.peerDependenciesMeta[name]).toEqual({ optional: true });
    expect(manifest.dependencies).not.toHaveProperty(name);
    expect(manifest.devDependencies[name]).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('accepts the Pact majors consumers run (16 and 17)', () => {
    expect(optionalPeers['@pact-foundation/pact'].range).toBe('^16.5.0 || ^17.0.0');
  });

  it('names the package and the install command in one line', () => {
    const error = new MissingPeerDependencyError('@stoplight/prism-cli');
    expect(error.message).toBe(
      '@stoplight/prism-cli (^5.14.2) is needed by lambda-rmc mock and lambda-rmc/mock but is not installed; install it with: npm i -D @stoplight/prism-cli',
    );
    expect(error.message).not.toContain('\n');
    expect(error.installCommand).toBe('npm i -D @stoplight/prism-cli');
    expect(error.name).toBe('MissingPeerDependencyError');
  });

  it('turns the peer missing at import into a MissingPeerDependencyError', async () => {
    const notFound = Object.assign(new Error("Cannot find package '@pact-foundation/pact' imported from /x.js"), { code: 'ERR_MODULE_NOT_FOUND' });
    const failure = importOptionalPeer('@pact-foundation/pact', () => Promise.reject(notFound));
    await expect(failure).rejects.toBeInstanceOf(MissingPeerDependencyError);
    await expect(failure).rejects.toMatchObject({ packageName: '@pact-foundation/pact', cause: notFound });
  });

  it('lets other failures through: a module the peer itself lacks is a broken install, not a missing peer', async () => {
    const brokenInside = Object.assign(new Error("Cannot find module 'some-transitive-dependency'"), { code: 'MODULE_NOT_FOUND' });
    await expect(importOptionalPeer('@pact-foundation/pact', () => Promise.reject(brokenInside))).rejects.toBe(brokenInside);
  });

  it('resolves an installed peer to its package.json and loads it', async () => {
    expect(resolveOptionalPeer('@stoplight/prism-cli')).toMatch(/node_modules\/@stoplight\/prism-cli\/package\.json$/);
    const pact = await importOptionalPeer('@pact-foundation/pact', () => import('@pact-foundation/pact'));
    expect(typeof pact.PactV4).toBe('function');
  });
});
