import type { AdviceModuleElement } from '@advice-kit/elements';
import { createSession, IndexedDbStorage, type Questionnaire, StudyRecorder } from '@advice-kit/study';
import { deleteDB } from 'idb';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import questionnaireJson from '../../demo/study/questionnaire.json' with { type: 'json' };
import tasksJson from '../../demo/study/tasks.json' with { type: 'json' };
import { clubModel } from '../elements/fixtures.js';
import { mount, settle, shadow, unmountAll } from '../elements/helpers.js';

const questionnaire = questionnaireJson as Questionnaire;
let dbCount = 0;
const opened: IndexedDbStorage[] = [];

/** A storage on a database of its own, deleted after the test. */
function freshStorage(name = `study-test-${Date.now()}-${dbCount++}`): IndexedDbStorage {
  const storage = new IndexedDbStorage(name);
  opened.push(storage);
  return storage;
}

afterEach(async () => {
  unmountAll();
  for (const s of opened.splice(0)) {
    s.close();
    await deleteDB((s as unknown as { name: string }).name);
  }
});

const session = (participant: string, id: string, now: number) =>
  createSession({ participant, tasks: tasksJson.tasks, questionnaire, locale: 'nl', orderIndex: 0, id, now });

describe('IndexedDbStorage', () => {
  it('keeps sessions and events across connections, as after a reload, numbered per session in order', async () => {
    const name = `study-test-reload-${dbCount++}`;
    const before = freshStorage(name);
    await before.putSession(session('P01', 'a', 1));
    await before.putSession(session('P02', 'b', 2));
    await before.append('a', { type: 'session-start', at: 10, taskIndex: null, data: { participant: 'P01' } });
    await before.appendAll('a', [
      { type: 'task-start', at: 11, taskIndex: 0, data: {} },
      { type: 'choice', at: 12, taskIndex: 0, data: { option: 'month' } },
    ]);
    await before.append('b', { type: 'session-start', at: 13, taskIndex: null, data: {} });
    before.close();

    const after = freshStorage(name);
    expect((await after.listSessions()).map((s) => s.participant)).toEqual(['P01', 'P02']);
    expect((await after.getSession('a'))?.plan.map((p) => p.variant)).toEqual(['classic', 'interactive']);
    const events = await after.events('a');
    expect(events.map((e) => [e.id, e.seq, e.type, e.at])).toEqual([
      ['a/1', 1, 'session-start', 10],
      ['a/2', 2, 'task-start', 11],
      ['a/3', 3, 'choice', 12],
    ]);
    expect(events[2]?.data).toEqual({ option: 'month' });
    expect(await after.countEvents()).toEqual(
      new Map([
        ['a', 3],
        ['b', 1],
      ]),
    );
    // The log goes on where it was.
    expect((await after.append('a', { type: 'resume', at: 14, taskIndex: 0, data: {} })).seq).toBe(4);
  });

  it('never gives one number twice, also when two connections (two tabs) append at once', async () => {
    const name = `study-test-tabs-${dbCount++}`;
    const one = freshStorage(name);
    const two = freshStorage(name);
    await one.putSession(session('P01', 'a', 1));
    const writes = Array.from({ length: 20 }, (_, i) =>
      (i % 2 === 0 ? one : two).append('a', { type: 'input', at: i, taskIndex: 0, data: { i } }),
    );
    const stored = await Promise.all(writes);
    expect(new Set(stored.map((e) => e.seq)).size).toBe(20);
    expect((await one.events('a')).map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('erases everything', async () => {
    const storage = freshStorage();
    await storage.putSession(session('P01', 'a', 1));
    await storage.append('a', { type: 'session-start', at: 1, taskIndex: null, data: {} });
    await storage.eraseAll();
    expect(await storage.listSessions()).toEqual([]);
    expect(await storage.events('a')).toEqual([]);
  });
});

describe('StudyRecorder on a real <advice-module>', () => {
  it('records answers, weights and scenarios from inside the shadow roots, with values but never typed text', async () => {
    const storage = freshStorage();
    await storage.putSession(session('P01', 's', 1));
    const module: AdviceModuleElement = await mount(
      clubModel,
      html`<advice-module><advice-questions></advice-questions><advice-weights></advice-weights><advice-scenarios></advice-scenarios></advice-module>`,
    );
    const recorder = new StudyRecorder({ storage, sessionId: 's', taskIndex: () => 0 });
    const stop = recorder.attach(module);

    const questions = shadow(module.querySelector('advice-questions') as HTMLElement);
    const visits = questions.getByRole('textbox', { name: /Hoe vaak sport u/ });
    await userEvent.clear(visits);
    await userEvent.type(visits, '12');
    await userEvent.tab();
    await userEvent.click(questions.getByRole('radio', { name: 'Zuid' }));
    await settle(module);

    const weights = shadow(module.querySelector('advice-weights') as HTMLElement);
    const cost = weights.getByRole('slider', { name: 'Kosten per maand' });
    cost.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await settle(module);

    const scenarios = shadow(module.querySelector('advice-scenarios') as HTMLElement);
    await userEvent.click(scenarios.getByRole('button', { name: 'Scenario toevoegen' }));
    await settle(module);
    await userEvent.fill(scenarios.getByRole('textbox', { name: 'Naam van het scenario' }), 'Geheim plan');
    await userEvent.keyboard('{Enter}');
    await settle(module);
    await recorder.flush();
    stop();

    const events = await storage.events('s');
    const changes = events.filter((e) => e.type === 'advice-change');
    expect(changes.map((e) => e.data.action)).toEqual(expect.arrayContaining(['answer', 'weight', 'scenario-add']));
    expect(
      changes.find((e) => e.data.action === 'answer' && (e.data.changedFactors as Record<string, unknown>).visits === 12),
    ).toBeDefined();
    expect(
      changes.find((e) => e.data.action === 'answer' && (e.data.changedFactors as Record<string, unknown>).region === 'south'),
    ).toBeDefined();
    expect(changes.find((e) => e.data.action === 'weight')?.data.changedWeights).toEqual({ cost: 2 });

    const inputs = events.filter((e) => e.type === 'input');
    const slider = inputs.find((e) => e.data.host === 'advice-weights');
    expect(slider?.data).toMatchObject({ type: 'range', value: '2', valueKept: true });
    expect(inputs.find((e) => e.data.host === 'advice-questions' && e.data.type === 'radio')?.data).toMatchObject({
      value: 'south',
      valueKept: true,
    });
    expect(inputs.some((e) => e.data.host === 'advice-questions' && e.data.value === '12')).toBe(true);
    expect(JSON.stringify(events)).not.toContain('Geheim');
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.every((e) => e.taskIndex === 0 && typeof e.at === 'number')).toBe(true);
  });
});
