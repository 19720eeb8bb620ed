/**
 * The demo's own configuration: which servers it may load a remote advice
 * model from. A link (`?model=remote&modelUrl=…`) can only choose among
 * these; any other address is refused, so a link can never make the page
 * show a stranger's texts and prices as RET's advice — with or without a
 * Content-Security-Policy. Same origin by default: the reference server
 * (`npm run serve:ret-model`) is reached through the dev server's proxy at
 * `./ret-model/` (see vite.config.ts). Add a server here, not in a link.
 */
export const REMOTE_MODEL_SERVERS: readonly string[] = ['./ret-model/'];

/** How long one request for the remote model may take, and how often it is tried again. */
export const REMOTE_MODEL_TIMEOUT = 3000;
export const REMOTE_MODEL_RETRIES = 1;
/** The page says the model is unavailable within this time at the latest: two attempts plus the wait between them. */
export const REMOTE_MODEL_GIVE_UP = 10_000;

/** The allowed server a link asks for, resolved against the page; null when it is not on the list. */
export function allowedModelUrl(asked: string | null, page: string): string | null {
  const allowed = REMOTE_MODEL_SERVERS.map((server) => new URL(server, page).href);
  if (asked === null) return allowed[0] ?? null;
  let url: URL;
  try {
    url = new URL(asked, page);
  } catch {
    return null;
  }
  const href = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return allowed.find((a) => a === href || a === url.href) ?? null;
}
