import {
  counterbalance,
  createSession,
  nextOrderIndex,
  normaliseParticipant,
  type StudyEvent,
  sessionPhase,
  squareSize,
} from '@advice-kit/study';
import { describe, expect, it } from 'vitest';
import { questionnaire, tasks } from './fixtures.js';

describe('counterbalancing', () => {
  it('alternates two conditions: A B, B A, A B…', () => {
    expect([0, 1, 2, 3].map((i) => counterbalance(['A', 'B'], i).join(''))).toEqual(['AB', 'BA', 'AB', 'BA']);
  });

  it.each([2, 3, 4, 5, 6])(
    'balances %i conditions: every condition at every position equally often, every ordered pair adjacent equally often',
    (n) => {
      const conditions = Array.from({ length: n }, (_, i) => String.fromCharCode(65 + i));
      const rows = Array.from({ length: squareSize(n) }, (_, r) => counterbalance(conditions, r));
      for (const row of rows) expect([...row].sort()).toEqual(conditions);
      for (let pos = 0; pos < n; pos++) {
        const counts = conditions.map((c) => rows.filter((row) => row[pos] === c).length);
        expect(new Set(counts).size, `position ${pos}`).toBe(1);
      }
      const pairs = new Map<string, number>();
      for (const row of rows)
        for (let i = 0; i + 1 < n; i++) pairs.set(`${row[i]}${row[i + 1]}`, (pairs.get(`${row[i]}${row[i + 1]}`) ?? 0) + 1);
      expect(pairs.size).toBe(n * (n - 1));
      expect(new Set(pairs.values()).size).toBe(1);
    },
  );

  it('suggests the next order from the within-subject sessions kept', () => {
    expect(nextOrderIndex([])).toBe(0);
    expect(nextOrderIndex([{ design: 'within' }, { design: 'single' }])).toBe(1);
    expect(nextOrderIndex([{ design: 'within' }, { design: 'within' }])).toBe(2);
  });
});

describe('sessions', () => {
  const base = { participant: '  P07 ', tasks, questionnaire, locale: 'nl' as const, id: 's1', now: 1000 };

  it('plans every task in one variant for a single-variant session', () => {
    const s = createSession({ ...base, variant: 'classic' });
    expect(s.participant).toBe('P07');
    expect(s.design).toBe('single');
    expect(s.orderIndex).toBeNull();
    expect(s.plan.map((p) => p.variant)).toEqual(['classic', 'classic']);
  });

  it('alternates the variants over the tasks in order A (classic first) or B (interactive first)', () => {
    expect(createSession({ ...base, orderIndex: 0 }).plan.map((p) => p.variant)).toEqual(['classic', 'interactive']);
    const b = createSession({ ...base, orderIndex: 1 });
    expect(b.design).toBe('within');
    expect(b.order).toEqual(['interactive', 'classic']);
    expect(b.plan.map((p) => `${p.task.id}:${p.variant}`)).toEqual(['commuter:interactive', 'nearly-65:classic']);
  });

  it('refuses a session without a participant code', () => {
    expect(() => createSession({ ...base, participant: '   ', variant: 'classic' })).toThrow(/participant/);
    expect(normaliseParticipant(` P 0${' '.repeat(3)}7 `)).toBe('P 0 7');
  });

  it('derives where a session is from its log alone', () => {
    const s = createSession({ ...base, variant: 'interactive' });
    const log: StudyEvent[] = [];
    const add = (type: StudyEvent['type'], taskIndex: number | null) =>
      log.push({ id: `s1/${log.length + 1}`, sessionId: 's1', seq: log.length + 1, type, at: log.length, taskIndex, data: {} });
    const phases: string[] = [];
    const phase = () => {
      const p = sessionPhase(s, log);
      phases.push(p.kind === 'done' ? 'done' : `${p.kind}:${p.taskIndex}`);
    };
    add('session-start', null);
    phase();
    add('task-start', 0);
    phase();
    add('advice-change', 0);
    add('resume', 0);
    phase();
    add('choice', 0);
    phase();
    add('questionnaire', 0);
    phase();
    add('task-start', 1);
    add('choice', 1);
    add('questionnaire', 1);
    phase();
    expect(phases).toEqual(['instructions:0', 'task:0', 'task:0', 'questionnaire:0', 'instructions:1', 'done']);
  });
});
