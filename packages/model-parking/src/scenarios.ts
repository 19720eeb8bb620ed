/** The suggested "what if" scenarios of the parking model (working from home, a second car, moving, parking less). */
import type { SuggestedScenario } from '@advice-kit/core';

export const SCENARIOS: readonly SuggestedScenario[] = [
  {
    id: 'work-from-home',
    name: { nl: 'Thuis gaan werken', en: 'Starting to work from home' },
    description: {
      nl: 'Uw auto staat overdag vaker in de wijk.',
      en: 'Your car stands in the street more often during the day.',
    },
    overrides: { worksFromHome: true },
  },
  {
    id: 'second-car',
    name: { nl: 'Een tweede auto', en: 'A second car' },
    description: { nl: 'Uw huishouden krijgt er een auto bij.', en: 'Your household gets another car.' },
    overrides: { cars: { add: 1 } },
  },
  {
    id: 'move-to-centre',
    name: { nl: 'Verhuizen naar het centrum', en: 'Moving to the centre' },
    description: { nl: 'Duurder parkeren en een lange wachtlijst.', en: 'Dearer parking and a long waiting list.' },
    overrides: { zone: 'centre' },
  },
  {
    id: 'park-less',
    name: { nl: 'Half zo vaak parkeren', en: 'Parking half as often' },
    description: { nl: 'Bijvoorbeeld omdat u vaker fietst.', en: 'For example because you cycle more.' },
    overrides: { hoursPerWeek: { multiply: 0.5 } },
  },
];
