/** Types for scripts/frameworks.mjs (imported by tests/packages/frameworks.test.ts). */
export const FRAMEWORK_FILES: string[];
export function publicManifest(manifest: unknown): { modules: { path: string; declarations: unknown[] }[] };
export function generateFrameworks(manifest: unknown, outdir: string): void;
export function freshFrameworks(manifest?: unknown): Record<string, string>;
