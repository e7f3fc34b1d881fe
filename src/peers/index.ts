export { MissingPeerDependencyError, importOptionalPeer, optionalPeers, resolveOptionalPeer, type OptionalPeerName } from './optional-peer.js';
