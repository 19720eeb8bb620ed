/** Reading untyped JSON: is it an object, a JSON pointer to a place, a short view of a value for a message. */

export type Json = Record<string, unknown>;

export const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `pointer('options', 2, 'values')` → `/options/2/values` (RFC 6901 escapes). */
export const pointer = (...parts: (string | number)[]) =>
  parts.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/** A value as a message shows it: a string quoted and cut at 40 characters, a list, an object. */
export const show = (v: unknown) =>
  typeof v === 'string'
    ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)
    : Array.isArray(v)
      ? 'a list'
      : v === null
        ? 'null'
        : typeof v === 'object'
          ? 'an object'
          : String(v);
