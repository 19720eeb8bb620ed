/**
 * @advice-kit/remote — an advice model behind an HTTP API, for the engine in
 * `@advice-kit/core`: `remoteModel(url)` fetches the definition once and
 * batches, caches, retries and cancels assessments. The contract's messages
 * are typed here and described by `openapi/advice-model.json`; a reference
 * server for Node is the separate entry `@advice-kit/remote/server`.
 */
export * from './contract.js';
export { type RemoteAdviceModel, type RemoteModelOptions, type RemoteStats, remoteModel } from './remote.js';
