/** Operating the classic one-shot form (`?variant=classic`, and the classic tasks of study mode) as a person does. */
import type { Locator, Page } from 'playwright-core';

export interface ClassicAnswers {
  readonly tripsPerWeek: string;
  readonly tripKm: string;
  readonly offPeakShare: string;
  readonly daysPerWeek: string;
  /** The label of the age group, e.g. `19 tot en met 64 jaar`. */
  readonly age: string;
  readonly rotterdam: boolean;
  readonly student: boolean;
}

/** The commuter of the study's first task: 8 trips of 8 km a week on 4 days, 35, not in Rotterdam. */
export const COMMUTER: ClassicAnswers = {
  tripsPerWeek: '8',
  tripKm: '8',
  offPeakShare: '20',
  daysPerWeek: '4',
  age: '19 tot en met 64 jaar',
  rotterdam: false,
  student: false,
};

/** Fills every question of the classic form by its label. */
export async function fillClassicForm(page: Page, answers: ClassicAnswers, scope: Locator = page.getByRole('main')): Promise<void> {
  await scope.getByRole('textbox', { name: /Hoeveel ritten/ }).fill(answers.tripsPerWeek);
  await scope.getByRole('textbox', { name: /Hoe lang is een rit/ }).fill(answers.tripKm);
  await scope.getByRole('textbox', { name: /daluren/ }).fill(answers.offPeakShare);
  await scope.getByRole('textbox', { name: /Op hoeveel dagen/ }).fill(answers.daysPerWeek);
  await scope.getByRole('radio', { name: answers.age }).check();
  const yesNo = (b: boolean) => (b ? 'Ja' : 'Nee');
  await scope
    .getByRole('group', { name: /gemeente Rotterdam/ })
    .getByRole('radio', { name: yesNo(answers.rotterdam) })
    .check();
  await scope
    .getByRole('group', { name: /studentenreisproduct/ })
    .getByRole('radio', { name: yesNo(answers.student) })
    .check();
}
