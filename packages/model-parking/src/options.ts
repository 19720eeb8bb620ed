/** The ways of parking the model compares: texts and the (example) references each rests on. */
import type { Option } from '@advice-kit/core';

export const OPTIONS: readonly Option[] = [
  {
    id: 'permit',
    label: { nl: 'Bewonersvergunning', en: 'Resident’s permit' },
    description: {
      nl: 'U betaalt een vast bedrag per maand en parkeert zo vaak u wilt in uw eigen vergunningsgebied.',
      en: 'You pay a fixed amount a month and park as often as you like in your own permit area.',
    },
    references: ['example-permit-tariffs', 'example-permit-rules', 'example-waiting-list'],
    drawback: { nl: 'u betaalt vooruit en staat eerst op een wachtlijst', en: 'you pay in advance and first wait on a waiting list' },
    benefit: { nl: 'U parkeert zo vaak u wilt.', en: 'You park as often as you like.' },
  },
  {
    id: 'hourly',
    label: { nl: 'Betalen per uur', en: 'Paying per hour' },
    description: {
      nl: 'U betaalt voor elk uur dat u parkeert, met de parkeerautomaat of een parkeerapp.',
      en: 'You pay for every hour you park, at the meter or with a parking app.',
    },
    references: ['example-hourly-tariffs'],
    drawback: { nl: 'u start en stopt elke keer en let op de tijd', en: 'you start and stop every time and watch the clock' },
    benefit: { nl: 'U betaalt alleen wat u gebruikt.', en: 'You pay only for what you use.' },
  },
  {
    id: 'visitorCard',
    label: { nl: 'Bezoekerskaart', en: 'Visitor’s card' },
    description: {
      nl: 'Met de bezoekerskaart parkeert u tegen een laag uurtarief. Huishoudens met 1 auto mogen hem ook voor de eigen auto gebruiken.',
      en: 'With the visitor’s card you park at a low hourly rate. Households with 1 car may also use it for their own car.',
    },
    references: ['example-visitor-tariffs', 'example-visitor-rules'],
    drawback: { nl: 'u meldt elke keer aan in een app', en: 'you register in an app every time' },
    benefit: { nl: 'U parkeert tegen een laag uurtarief.', en: 'You park at a low hourly rate.' },
  },
];
