import type { Questionnaire, StudyTask } from '@advice-kit/study';
import questionnaireJson from '../../demo/study/questionnaire.json' with { type: 'json' };
import tasksJson from '../../demo/study/tasks.json' with { type: 'json' };

/** The demo's questionnaire and tasks: the files a researcher edits. */
export const questionnaire = questionnaireJson as Questionnaire;
export const tasks = tasksJson.tasks as StudyTask[];

const text = (s: string) => ({ nl: s, en: s });

/** A small questionnaire: two dimensions (one reversed item), and SUS. */
export const small: Questionnaire = {
  id: 'small',
  version: 1,
  dimensions: [
    { id: 'a', label: text('A') },
    { id: 'b', label: text('B') },
  ],
  sections: [
    {
      id: 'dims',
      kind: 'likert',
      title: text('Dims'),
      scale: { points: 7, minLabel: text('no'), maxLabel: text('yes') },
      items: [
        { id: 'a1', dimension: 'a', text: text('a1, with "quotes", and a comma') },
        { id: 'a2', dimension: 'a', reversed: true, text: text('a2') },
        { id: 'b1', dimension: 'b', text: text('b1') },
      ],
    },
    {
      id: 'sus',
      kind: 'sus',
      title: text('SUS'),
      scale: { points: 5, minLabel: text('no'), maxLabel: text('yes') },
      items: Array.from({ length: 10 }, (_, i) => ({ id: `sus-${i + 1}`, text: text(`SUS ${i + 1}`) })),
    },
  ],
};
