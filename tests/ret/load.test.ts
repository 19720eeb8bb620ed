/**
 * Loading a model makes no Intl objects: a page's first one loads the
 * browser's locale data, which would lengthen the task that loads the script
 * (see docs/benchmarks.md). The models make them when a note first needs one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loading a model', () => {
  it.each([
    ['@advice-kit/model-ret', 'retModel'],
    ['@advice-kit/model-parking', 'parkingModel'],
  ])('%s makes no Intl object until a note needs one', async (name, exported) => {
    vi.resetModules();
    const made = [vi.spyOn(Intl, 'NumberFormat'), vi.spyOn(Intl, 'PluralRules')];
    const loaded = (await import(/* @vite-ignore */ name)) as Record<string, unknown>;
    expect(loaded[exported]).toBeDefined();
    for (const spy of made) expect(spy).not.toHaveBeenCalled();
  });
});
