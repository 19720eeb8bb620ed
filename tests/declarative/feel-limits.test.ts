/**
 * A hostile declarative model is refused before any evaluation: loops over
 * huge ranges, nested loops, catastrophically backtracking patterns and deep
 * nesting each get a clear problem naming the expression, and refusing them
 * is itself quick work (a linear scan, no evaluation). Safe expressions of
 * the same kinds still work. Prints the count cited in docs/accessibility.md.
 */
import { readFileSync } from 'node:fs';
import { rank } from '@advice-kit/core';
import { declarativeModel, unsafePattern, validateDeclarative } from '@advice-kit/declarative';
import { afterAll, describe, expect, it } from 'vitest';

const TRAVEL_TEXT = readFileSync(new URL('./fixtures/travel.declarative.json', import.meta.url), 'utf8');
let refused = 0;
afterAll(() => console.log(`FEEL limits: ${refused} hostile expressions refused before evaluation`));

/** The travel model with the single option's cost replaced by `expression`. */
function withCost(expression: string): unknown {
  const model = JSON.parse(TRAVEL_TEXT);
  model.options[0].values.cost = expression;
  return model;
}

const deepIf = (n: number) => `${'if trips > 1 then '.repeat(n)}1${' else 2'.repeat(n)}`;
const deepBrackets = (n: number) => `${'('.repeat(n)}trips${')'.repeat(n)}`;

const HOSTILE: readonly [string, string, RegExp][] = [
  ['a loop over ten million values', 'count(for i in 1..10000000 return i)', /holds 10000000 values; at most 10000/],
  ['nested ranges of 10^5 × 10^5', 'count(for i in 1..100000 return for j in 1..100000 return j)', /holds 100000 values/],
  ['nested loops within range limits but 10^8 in all', 'count(for i in 1..10000, j in 1..10000 return 1)', /would run 100000000 times/],
  [
    'nested for-expressions of 10^4 × 10^4',
    'count(for i in 1..10000 return count(for j in 1..10000 return j))',
    /would run 100000000 times/,
  ],
  ['a range bound by a factor', 'count(for i in 1..trips return i)', /must run between fixed numbers/],
  ['a quantifier over a huge range', 'if some i in 0..99999999 satisfies i < 0 then 1 else 2', /holds 100000000 values/],
  [
    'a catastrophically backtracking pattern',
    'if matches("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "^(a+)+$") then 1 else 2',
    /repeated group/,
  ],
  ['an alternation under a star', 'if matches(zone, "(a|aa)*b") then 1 else 2', /repeated group/],
  ['a back-reference', 'if matches(zone, "(a)\\\\1") then 1 else 2', /back-reference/],
  ['a pattern that is not a fixed text', 'if matches(zone, zone) then 1 else 2', /must be a fixed text/],
  ['a split on a dangerous pattern', 'count(split(zone, "(x*)*"))', /repeated group/],
  ['5,000 nested ifs (refused on length, before parsing)', deepIf(5000), /characters long/],
  ['300 nested ifs within the length limit', deepIf(300), /nested too deeply/],
  ['1,000 nested brackets', deepBrackets(1000), /nested too deeply/],
  ['an expression of 20,000 characters', `trips${' + 1'.repeat(5000)}`, /characters long/],
];

describe('FEEL limits: hostile declarative models are refused before evaluation', () => {
  it.each(HOSTILE)('%s', (_, expression, message) => {
    const problems = validateDeclarative(withCost(expression));
    refused++;
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
    expect(problems[0]?.path).toMatch(/options/);
    expect(() => declarativeModel(withCost(expression))).toThrow(message);
  });

  it('safe loops, quantifiers and patterns of the same kinds still work', async () => {
    for (const expression of [
      'trips * 3 + count(for i in 1..12 return i) - 12',
      'trips * 3 + (if some i in -2..2 satisfies i = 0 then 0 else 99)',
      'trips * 3 + (if matches(zone, "^(inner|outer)$") then 0 else 99)',
      'trips * 3 + (if matches(zone, "^in[a-z]+$") then 0 else 99)',
      `trips * 3${' + 0'.repeat(50)}`,
    ]) {
      expect(validateDeclarative(withCost(expression))).toEqual([]);
      const result = await rank(declarativeModel(withCost(expression)), { trips: 10 });
      expect(result.error).toBeUndefined();
      expect(result.ranking.find((r) => r.optionId === 'single')?.values.cost).toBe(30);
    }
  });

  it('unsafePattern: star height one and no quantified alternation', () => {
    for (const safe of ['^a+$', '[a-z]+@[a-z]+', '^(inner|outer)$', '\\d{4} ?[A-Z]{2}', '(ab)+', '[(]+']) {
      expect(unsafePattern(safe)).toBeNull();
    }
    for (const unsafe of ['(a+)+', '(a*)*', '(a|a)*', '((ab)+)+', '(a?){30}', '(?=a)', '(a)\\1', 'x'.repeat(201)]) {
      expect(unsafePattern(unsafe)).not.toBeNull();
    }
  });
});
