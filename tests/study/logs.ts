/** Complete session logs for the merge and findings tests, recorded the way the demo records them. */
import { createSession, MemoryStorage, type SessionLog, StudyRecorder, type Variant } from '@advice-kit/study';
import { small, tasks } from './fixtures.js';

export interface TaskPlay {
  readonly option: string;
  readonly advice: string | null;
  readonly correct: string;
  /** SUS answers, items 1…10. */
  readonly sus: readonly number[];
  /** The answer to the dimension items a1 and b1 (a2 is reversed and gets 8 − it). */
  readonly likert: number;
  readonly seconds: number;
}

/** A session in which every task is done as `plays` says, the questionnaire answered after each; optionally cut off after `stopAfter` tasks. */
export async function playedSession(
  id: string,
  participant: string,
  design: { orderIndex: number } | { variant: Variant },
  plays: readonly TaskPlay[],
  stopAfter = plays.length,
): Promise<SessionLog> {
  const storage = new MemoryStorage();
  const session = createSession({ participant, tasks, questionnaire: small, locale: 'nl', id, now: 1_700_000_000_000, ...design });
  let t = 1_700_000_000_000;
  let task: number | null = null;
  const rec = new StudyRecorder({ storage, sessionId: id, now: () => t, taskIndex: () => task });
  await rec.record('session-start', { participant });
  for (const [i, play] of plays.slice(0, stopAfter).entries()) {
    task = i;
    t += 1000;
    await rec.record('task-start', {});
    t += Math.round(play.seconds * 1000); // clocks give whole milliseconds
    await rec.record('choice', {
      option: play.option,
      advice: play.advice,
      matchesAdvice: play.advice === null ? null : play.option === play.advice,
      correct: play.correct,
      choiceCorrect: play.option === play.correct,
    });
    const answers: Record<string, number> = { a1: play.likert, a2: 8 - play.likert, b1: play.likert };
    play.sus.forEach((v, k) => {
      answers[`sus-${k + 1}`] = v;
    });
    t += 1000;
    await rec.record('questionnaire', { answers, locale: 'nl' });
  }
  task = null;
  if (stopAfter === plays.length) await rec.record('session-end');
  return { session, events: await storage.events(id) };
}

/** SUS answers that score `score` (a multiple of 10 between 0 and 100): odd items high, even items low. */
export function susFor(score: number): number[] {
  // Each item contributes 0…4; ten items × 4 × 2.5 = 100. Spread score / 2.5 points over the items.
  let points = Math.round(score / 2.5);
  return Array.from({ length: 10 }, (_, i) => {
    const c = Math.min(4, points);
    points -= c;
    return i % 2 === 0 ? c + 1 : 5 - c;
  });
}
