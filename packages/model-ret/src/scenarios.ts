/** The suggested "what if" scenarios of the RET model (working from home, moving, turning 65, ...). */
import type { SuggestedScenario } from '@advice-kit/core';

export const SCENARIOS: readonly SuggestedScenario[] = [
  {
    id: 'work-from-home',
    name: { nl: 'Twee dagen per week thuiswerken', en: 'Working from home two days a week' },
    description: {
      nl: 'U reist 2 dagen per week minder. Op de dagen dat u wel reist, maakt u evenveel ritten als nu.',
      en: 'You travel 2 days a week less. On the days you still travel, you make as many trips as now.',
    },
    // Trips scale with the person's own trips per travel day: 8 trips on 4 days become 4 trips on 2 days.
    overrides: { daysPerWeek: { add: -2 }, tripsPerWeek: { per: 'daysPerWeek' } },
  },
  {
    id: 'move-further',
    name: { nl: 'Verder weg verhuizen', en: 'Moving further away' },
    description: { nl: 'Elke rit wordt 5 km langer.', en: 'Every trip gets 5 km longer.' },
    overrides: { tripKm: { add: 5 } },
  },
  {
    id: 'turn-65',
    name: { nl: '65 worden', en: 'Turning 65' },
    description: {
      nl: 'U wordt 65. De rest blijft hetzelfde, ook waar u woont.',
      en: 'You turn 65. Everything else stays the same, including where you live.',
    },
    overrides: { ageGroup: '65+' },
  },
  {
    id: 'start-studying',
    name: { nl: 'Gaan studeren', en: 'Starting to study' },
    description: {
      nl: 'U krijgt een studentenreisproduct (weekversie).',
      en: 'You get a student travel product (week version).',
    },
    overrides: { student: true },
  },
  {
    id: 'off-peak',
    name: { nl: 'Vooral in de daluren reizen', en: 'Travelling mostly off-peak' },
    description: { nl: '80% van uw ritten is in de daluren.', en: '80% of your trips are off-peak.' },
    overrides: { offPeakShare: 80 },
  },
];
