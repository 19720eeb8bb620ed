import {
  counterbalance,
  createSession,
  isCompleted,
  nextAssignment,
  nextOrderIndex,
  normaliseParticipant,
  type StudyEvent,
  sameParticipant,
  sessionPhase,
  squareSize,
} from '@advice-kit/study';
import { describe, expect, it } from 'vitest';
import { questionnaire, tasks } from './fixtures.js';

const baseSetup = { participant: 'P01', tasks, questionnaire, locale: 'nl' as const, id: 'x', now: 1 };

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

  it('assigns the next participant from completed sessions only: variant orders alternate, task orders follow the Latin square', () => {
    const within = { design: 'within' as const };
    const single = { design: 'single' as const };
    const assign = (n: number, design: 'within' | 'single') =>
      nextAssignment(
        Array.from({ length: n }, () => (design === 'within' ? within : single)),
        design,
        2,
      );
    // Within: A/t0, B/t0, A/t1, B/t1, then round again.
    expect([0, 1, 2, 3, 4].map((n) => [assign(n, 'within').orderIndex, assign(n, 'within').taskOrderIndex])).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
      [0, 0],
    ]);
    // Between: classic, interactive, classic, interactive…, the task order likewise in pairs.
    expect([0, 1, 2, 3].map((n) => `${assign(n, 'single').variant}/${assign(n, 'single').taskOrderIndex}`)).toEqual([
      'classic/0',
      'interactive/0',
      'classic/1',
      'interactive/1',
    ]);
    // Sessions of the other design do not count.
    expect(nextAssignment([single, single, single], 'within', 2).orderIndex).toBe(0);
  });

  it('balances tasks against variants over a full round of within-subject participants', () => {
    const plans = [0, 1, 2, 3].map((n) => {
      const a = nextAssignment(
        Array.from({ length: n }, () => ({ design: 'within' as const })),
        'within',
        2,
      );
      return createSession({ ...baseSetup, orderIndex: a.orderIndex ?? 0, taskOrderIndex: a.taskOrderIndex }).plan;
    });
    // Every task with every variant, and at every position, equally often.
    const count = (f: (p: { task: { id: string }; variant: string }, i: number) => string) => {
      const m = new Map<string, number>();
      for (const plan of plans) {
        plan.forEach((p, i) => {
          m.set(f(p, i), (m.get(f(p, i)) ?? 0) + 1);
        });
      }
      return m;
    };
    expect([...count((p) => `${p.task.id}:${p.variant}`).values()]).toEqual([2, 2, 2, 2]);
    expect([...count((p, i) => `${p.task.id}@${i}`).values()]).toEqual([2, 2, 2, 2]);
    expect([...count((p, i) => `${p.variant}@${i}`).values()]).toEqual([2, 2, 2, 2]);
    expect(plans.map((plan) => plan.map((p) => `${p.task.id}:${p.variant}`).join(' '))).toEqual([
      'commuter:classic nearly-65:interactive',
      'commuter:interactive nearly-65:classic',
      'nearly-65:classic commuter:interactive',
      'nearly-65:interactive commuter:classic',
    ]);
  });

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
      phases.push('taskIndex' in p ? `${p.kind}:${p.taskIndex}` : p.kind);
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

  it('shows consent and background before the tasks and the preference after them; a declined consent ends the session', () => {
    const text = { nl: 't', en: 't' };
    const question = { id: 'q', text, options: [{ value: 'a', label: text }] };
    const screens = {
      consent: { title: text, paragraphs: [text], agree: text, decline: text },
      background: { title: text, questions: [question] },
      preference: { ...question, id: 'preference' },
    };
    const s = createSession({ ...base, orderIndex: 0, screens });
    expect(Object.keys(s.screens ?? {})).toEqual(['consent', 'background', 'preference']);
    // A single-variant participant never meets the other version: no preference question.
    expect(Object.keys(createSession({ ...base, variant: 'classic', screens }).screens ?? {})).toEqual(['consent', 'background']);
    const log: StudyEvent[] = [];
    const add = (type: StudyEvent['type'], taskIndex: number | null, data: StudyEvent['data'] = {}) =>
      log.push({ id: `s1/${log.length + 1}`, sessionId: 's1', seq: log.length + 1, type, at: log.length, taskIndex, data });
    const kinds: string[] = [];
    const phase = () => kinds.push(sessionPhase(s, log).kind);
    phase();
    add('consent', null, { agreed: true });
    phase();
    add('background', null, { answers: { q: 'a' } });
    phase();
    for (const i of [0, 1]) {
      add('task-start', i);
      add('choice', i);
      add('questionnaire', i);
    }
    expect(isCompleted(s, log)).toBe(true);
    phase();
    add('preference', null, { answer: 'interactive' });
    phase();
    expect(kinds).toEqual(['consent', 'background', 'instructions', 'preference', 'done']);
    expect(sessionPhase(s, [{ ...log[0], data: { agreed: false } } as StudyEvent]).kind).toBe('done');
    expect(isCompleted(s, [{ ...log[0], data: { agreed: false } } as StudyEvent])).toBe(false);
    expect(isCompleted(s, log.slice(0, 4))).toBe(false);
  });

  it('finds an earlier session of the same participant code, whatever its case and spaces', () => {
    const sessions = [{ participant: 'P07' }, { participant: 'p 08' }];
    expect(sameParticipant(sessions, ' p07 ')).toEqual([{ participant: 'P07' }]);
    expect(sameParticipant(sessions, 'P08')).toEqual([{ participant: 'p 08' }]);
    expect(sameParticipant(sessions, 'P09')).toEqual([]);
  });
});
