/**
 * Hostile DMN: refused when loading, or stopped within the time limit, with
 * a clear error — never a hang, never code run from the file.
 */
import { loadDmn } from '@advice-kit/declarative/dmn';
import { describe, expect, it } from 'vitest';
import { DMN, decision, definitions, input, literal, table } from './xml.js';

const problemsOf = async (files: Record<string, string>) => {
  const error = await loadDmn(files).catch((e) => e);
  expect(error?.name).toBe('DmnLoadError');
  return error.problems as { file: string; element?: string; code: string; message: string }[];
};

describe('hostile DMN', () => {
  it('refuses entity declarations (billion laughs) before parsing', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><definitions xmlns="${DMN}" namespace="x" name="x" id="x"><inputData id="i" name="&lol2;"/></definitions>`;
    const [p] = await problemsOf({ 'lol.dmn': laughs });
    expect(p).toMatchObject({ file: 'lol.dmn', code: 'unsafe' });
    expect(p?.message).toMatch(/DOCTYPE or entity declaration/);
  });
  it('refuses an enormous table, and an enormous file', async () => {
    const rules = Array.from({ length: 60 }, (_, k) => [`${k}`, `${k}`]);
    const body =
      input('i', 'x', 'number') + decision('d', 'D', ['i:#i'], table({ hitPolicy: 'FIRST', inputs: ['x'], outputs: ['y'], rules }));
    const error = await loadDmn({ 'big.dmn': definitions(body) }, { rules: 50 }).catch((e) => e);
    expect(error.problems[0]).toMatchObject({ file: 'big.dmn', element: 'd-table', code: 'unsafe' });
    expect(error.message).toMatch(/60 rules; at most 50/);
    const [p] = await problemsOf({ 'huge.dmn': definitions(`<!-- ${'x'.repeat(2_000_001)} -->`) });
    expect(p?.message).toMatch(/at most 2000000 are read/);
  });
  it('refuses knowledge models and decisions that require themselves', async () => {
    const recursive = `<businessKnowledgeModel id="f" name="F"><variable name="F"/><knowledgeRequirement><requiredKnowledge href="#f"/></knowledgeRequirement><encapsulatedLogic><formalParameter name="n"/>${literal('if n = 0 then 0 else F(n - 1)')}</encapsulatedLogic></businessKnowledgeModel>`;
    const problems = await problemsOf({ 'r.dmn': definitions(recursive) });
    expect(problems).toContainEqual(expect.objectContaining({ element: 'f', code: 'cycle', message: 'requires itself: F → F' }));
    const loop = decision('a', 'A', ['#b'], literal('B')) + decision('b', 'B', ['#a'], literal('A'));
    expect(await problemsOf({ 'loop.dmn': definitions(loop) })).toContainEqual(expect.objectContaining({ code: 'cycle' }));
  });
  it('refuses FEEL loops without literal bounds or over too many items', async () => {
    const body = (text: string) => input('i', 'n', 'number') + decision('d', 'D', ['i:#i'], literal(text));
    const [open] = await problemsOf({ 'a.dmn': definitions(body('sum(for i in 1..n return i)')) });
    expect(open?.message).toMatch(/needs both ends written as numbers/);
    const [big] = await problemsOf({ 'b.dmn': definitions(body('count(for i in 1..1000, j in 1..1000 return i * j)')) });
    expect(big?.message).toMatch(/more than 10000 items/);
    const [regex] = await problemsOf({ 'c.dmn': definitions(body('matches(string(n), "(a+)+$")')) });
    expect(regex?.message).toMatch(/can take too long to match/);
  });
  it('stops an evaluation that passes the time limit', async () => {
    const fn = `<businessKnowledgeModel id="f" name="Square"><variable name="Square"/><encapsulatedLogic><formalParameter name="x"/>${literal('x * x')}</encapsulatedLogic></businessKnowledgeModel>`;
    const body = `${input('i', 'n', 'number') + fn}${decision('d', 'Sum of squares', ['i:#i', 'k:#f'], literal('sum(for i in 1..5000 return Square(i + n))'))}`;
    const fast = await loadDmn({ 's.dmn': definitions(body) });
    expect(fast.evaluate('Sum of squares', { n: 0 })).toBe((5000 * 5001 * 10001) / 6);
    const slow = await loadDmn({ 's.dmn': definitions(body) }, { timeMs: 0 });
    expect(() => slow.evaluate('Sum of squares', { n: 0 })).toThrow(/took longer than 0 ms and was stopped/);
  });
  it('treats texts as data: a script in a name or an expression is a FEEL text, not code', async () => {
    const body = input('i', 'x', 'string') + decision('d', 'D', ['i:#i'], literal('"<script>alert(1)</script>" + x'));
    const m = await loadDmn({ 'x.dmn': definitions(body) });
    expect(m.evaluate('D', { x: '!' })).toBe('<script>alert(1)</script>!');
  });
});
