/**
 * A small reference server for the remote-model contract (Node only,
 * `node:http`): serves any {@link AdviceModel} on 127.0.0.1 so that
 * `remoteModel` can be tested, benchmarked and demonstrated against it.
 *
 * `@advice-kit/core/server`. Not a production server: one process, no
 * authentication, loopback only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AdviceModel, Assessments, FactorValue, ResolvedSituation } from '@advice-kit/core';
import { AdviceError, checkAssessments, checkFactorValue, isValueRange, validateModel } from '@advice-kit/core';
import {
  type AssessResponse,
  type BreakpointsEntry,
  CONTRACT,
  type ErrorResponse,
  type ModelDocument,
  modelData,
  type ServerErrorCode,
  type SituationEntry,
} from './contract.js';
import { isRecord } from './json.js';

/** One request the server received, for tests and benchmarks. */
export interface ServedRequest {
  readonly method: string;
  readonly path: string;
  /** Situations in the body (0 for `GET /model`). */
  situations: number;
  /** HTTP status sent; 0 while the answer is pending. */
  status: number;
  /** True when the client went away before the answer. */
  aborted: boolean;
}

export interface ServeModelOptions {
  /** Port on 127.0.0.1; default 0 (any free port). */
  readonly port?: number;
  /** Delay added before every answer, in ms: a number, or per request. Simulates a network. */
  readonly latency?: number | ((request: ServedRequest) => number);
  /** Most situations per request; default 1000. */
  readonly maxBatch?: number;
  /** Largest request body in bytes; default 1 MiB. */
  readonly maxBodyBytes?: number;
  /** Allow browser pages of this origin (or `*`) to call the server (CORS). Default: none. */
  readonly cors?: string;
}

export interface ServedModel {
  /** Base URL, e.g. `http://127.0.0.1:41234`: hand it to `remoteModel`. */
  readonly url: string;
  /** Every request so far, oldest first (the last 10 000). Clear with `requests.length = 0`. */
  readonly requests: ServedRequest[];
  close(): Promise<void>;
}

const MAX_LOG = 10_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ServerErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, 'too-large', `The request body is larger than ${limit} bytes.`));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Serves `model` over the remote-model contract on 127.0.0.1. Request
 * bodies are checked (400 with a message naming the JSON pointer of the
 * first problems); a model that throws answers 422 with code `model-failed`.
 */
export async function serveModel(model: AdviceModel, options: ServeModelOptions = {}): Promise<ServedModel> {
  const problems = validateModel(model);
  if (problems.length > 0)
    throw new AdviceError('invalid-model', `Cannot serve an invalid model: ${problems[0]?.path}: ${problems[0]?.message}`);
  const maxBatch = options.maxBatch ?? 1000;
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const document: ModelDocument = {
    contract: CONTRACT,
    model: modelData(model),
    breakpoints: typeof model.breakpoints === 'function',
    maxBatch,
  };
  const numberFactors = model.factors.filter((f) => f.kind === 'number').map((f) => f.id);
  const requests: ServedRequest[] = [];

  const parseSituations = (body: unknown): { entries: SituationEntry[]; record: Record<string, unknown> } => {
    if (!isRecord(body)) throw new HttpError(400, 'bad-request', 'The body must be a JSON object.');
    const list = body.situations;
    if (!Array.isArray(list)) throw new HttpError(400, 'bad-request', '/situations: must be a list.');
    if (list.length === 0) throw new HttpError(400, 'bad-request', '/situations: must not be empty.');
    if (list.length > maxBatch)
      throw new HttpError(413, 'too-large', `/situations: at most ${maxBatch} situations a request (got ${list.length}).`);
    const messages: string[] = [];
    const ids = new Set<string>();
    const entries: SituationEntry[] = [];
    for (const [i, item] of list.entries()) {
      if (!isRecord(item)) {
        messages.push(`/situations/${i}: must be an object { id, values }.`);
        continue;
      }
      if (typeof item.id !== 'string' || item.id === '' || item.id.length > 200) {
        messages.push(`/situations/${i}/id: must be a non-empty string.`);
      } else if (ids.has(item.id)) messages.push(`/situations/${i}/id: "${item.id}" is used twice.`);
      else ids.add(item.id);
      if (!isRecord(item.values)) {
        messages.push(`/situations/${i}/values: must be an object of factor values.`);
        continue;
      }
      const values = item.values;
      for (const key of Object.keys(values)) {
        if (!model.factors.some((f) => f.id === key)) messages.push(`/situations/${i}/values/${key}: not a factor of the model.`);
      }
      for (const factor of model.factors) {
        const value = Object.hasOwn(values, factor.id) ? values[factor.id] : undefined;
        if (value === undefined) messages.push(`/situations/${i}/values/${factor.id}: missing.`);
        else if (isValueRange(value)) messages.push(`/situations/${i}/values/${factor.id}: must be one value, not a range.`);
        else {
          const issue = checkFactorValue(factor, value, 'en');
          if (issue) messages.push(`/situations/${i}/values/${factor.id}: ${issue.message}`);
        }
      }
      entries.push({ id: String(item.id), values: values as Record<string, FactorValue> });
    }
    if (messages.length > 0) {
      const more = messages.length > 5 ? ` (and ${messages.length - 5} more)` : '';
      throw new HttpError(400, 'bad-request', `${messages.slice(0, 5).join(' ')}${more}`);
    }
    return { entries, record: body };
  };

  const assessAll = async (situations: readonly ResolvedSituation[]): Promise<Assessments[]> => {
    let answers: readonly unknown[];
    try {
      answers = model.assessMany ? await model.assessMany(situations) : await Promise.all(situations.map((s) => model.assess(s)));
    } catch (error) {
      const code = error instanceof AdviceError && error.code === 'malformed-assessment' ? 'malformed-assessment' : 'model-failed';
      throw new HttpError(422, code, error instanceof Error ? error.message : String(error));
    }
    if (!Array.isArray(answers) || answers.length !== situations.length) {
      throw new HttpError(422, 'malformed-assessment', 'The model answered a different number of assessments than situations.');
    }
    try {
      return answers.map((a) => checkAssessments(model, a));
    } catch (error) {
      throw new HttpError(422, 'malformed-assessment', error instanceof Error ? error.message : String(error));
    }
  };

  const breakpointsOf = async (entry: SituationEntry, factors: readonly string[]): Promise<BreakpointsEntry> => {
    const out: Record<string, number[]> = {};
    if (model.breakpoints) {
      for (const factorId of factors) {
        try {
          const list = await model.breakpoints(factorId, entry.values);
          if (Array.isArray(list) && list.every((x) => typeof x === 'number' && Number.isFinite(x))) out[factorId] = [...list];
        } catch {
          // No breakpoints for this factor: the client samples it.
        }
      }
    }
    return { id: entry.id, factors: out };
  };

  const route = async (req: IncomingMessage, log: ServedRequest): Promise<unknown> => {
    const path = log.path;
    const allowed = path === '/model' ? 'GET' : path === '/assess' || path === '/breakpoints' ? 'POST' : null;
    if (allowed === null)
      throw new HttpError(404, 'not-found', `No such resource: ${path}. Try GET /model, POST /assess or POST /breakpoints.`);
    if (req.method !== allowed) throw new HttpError(405, 'method-not-allowed', `${path} takes ${allowed}, not ${req.method}.`);
    if (path === '/model') return document;

    const text = await readBody(req, maxBody);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new HttpError(400, 'bad-request', `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const { entries, record } = parseSituations(body);
    log.situations = entries.length;

    if (path === '/breakpoints') {
      let factors = numberFactors;
      if (record.factors !== undefined) {
        if (!Array.isArray(record.factors) || !record.factors.every((f) => typeof f === 'string' && numberFactors.includes(f))) {
          throw new HttpError(400, 'bad-request', `/factors: must be a list of number factor ids (${numberFactors.join(', ')}).`);
        }
        factors = record.factors as string[];
      }
      return { breakpoints: await Promise.all(entries.map((e) => breakpointsOf(e, factors))) };
    }

    let wanted: SituationEntry[] = [];
    if (record.breakpoints !== undefined) {
      const ids = record.breakpoints;
      if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && entries.some((e) => e.id === id))) {
        throw new HttpError(400, 'bad-request', '/breakpoints: must be a list of ids of situations in this request.');
      }
      wanted = entries.filter((e) => ids.includes(e.id));
    }
    const assessments = await assessAll(entries.map((e) => e.values));
    const response: AssessResponse = {
      assessments: entries.map((e, i) => ({ id: e.id, options: assessments[i] as Assessments })),
      ...(wanted.length > 0 ? { breakpoints: await Promise.all(wanted.map((e) => breakpointsOf(e, numberFactors))) } : {}),
    };
    return response;
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (res.destroyed) return;
    const json = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(json)),
      'cache-control': 'no-store',
      ...headers,
    });
    res.end(json);
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.replace(/\/+$/, '') || '/';
    const log: ServedRequest = { method: req.method ?? '', path, situations: 0, status: 0, aborted: false };
    const cors: Record<string, string> = options.cors
      ? {
          'access-control-allow-origin': options.cors,
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-allow-headers': 'content-type',
          'access-control-max-age': '600',
        }
      : {};
    if (req.method === 'OPTIONS' && options.cors) {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    requests.push(log);
    if (requests.length > MAX_LOG) requests.splice(0, requests.length - MAX_LOG);
    res.on('close', () => {
      if (!res.writableFinished) log.aborted = true;
    });
    const answer = async () => {
      let status = 200;
      let body: unknown;
      const headers: Record<string, string> = { ...cors };
      try {
        body = await route(req, log);
      } catch (error) {
        const e = error instanceof HttpError ? error : new HttpError(500, 'internal', 'The server failed.');
        status = e.status;
        body = { error: { code: e.code, message: e.message } } satisfies ErrorResponse;
        if (status === 405) headers.allow = log.path === '/model' ? 'GET' : 'POST';
        if (status === 413) headers.connection = 'close';
      }
      const delay = typeof options.latency === 'function' ? options.latency(log) : (options.latency ?? 0);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      log.status = status;
      send(res, status, body, headers);
    };
    void answer();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
