/**
 * The workbench's files in the URL hash (`#dmn=…`): JSON, deflated with the
 * browser's CompressionStream, base64url. The hash never reaches a server.
 */
export interface WorkbenchFiles {
  readonly dmn: Readonly<Record<string, string>>;
  readonly mapping: { readonly name: string; readonly text: string } | null;
}

const PREFIX = '#dmn=';
/** Longer links are not made: browsers and chat tools cut them. */
const MAX_LINK = 200_000;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export async function encodeFiles(files: WorkbenchFiles): Promise<string | null> {
  const packed = await pipe(new TextEncoder().encode(JSON.stringify(files)), new CompressionStream('deflate-raw'));
  let binary = '';
  for (const b of packed) binary += String.fromCharCode(b);
  const hash = `${PREFIX}${btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
  return hash.length > MAX_LINK ? null : hash;
}

/** The files of a `#dmn=` hash; null when there is none; throws when it is damaged. */
export async function decodeFiles(hash: string): Promise<WorkbenchFiles | null> {
  if (!hash.startsWith(PREFIX)) return null;
  const text = hash.slice(PREFIX.length).replaceAll('-', '+').replaceAll('_', '/');
  const binary = atob(text + '='.repeat((4 - (text.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const json = JSON.parse(new TextDecoder().decode(await pipe(bytes, new DecompressionStream('deflate-raw')))) as unknown;
  const record = json as { dmn?: unknown; mapping?: unknown };
  const dmn = record.dmn && typeof record.dmn === 'object' ? (record.dmn as Record<string, unknown>) : {};
  const mapping = record.mapping as { name?: unknown; text?: unknown } | null;
  return {
    dmn: Object.fromEntries(Object.entries(dmn).filter((e): e is [string, string] => typeof e[1] === 'string')),
    mapping:
      mapping && typeof mapping.name === 'string' && typeof mapping.text === 'string' ? { name: mapping.name, text: mapping.text } : null,
  };
}
