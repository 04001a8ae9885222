import type { Programme } from '../../../src/domain/types';

// The transformation funding NHS England allocated to the partnership in 2018, from seed 001 (WY&H
// Health and Care Partnership news, 22 August 2018): the programmes and amounts are published. Which
// ambitions each serves is this dashboard's reading of the article, said in each description.

const SOURCE = 'WY&H Health and Care Partnership news, 22 August 2018: over £8.5m transformation funding';

export const WYH_PROGRAMMES: Programme[] = [
  {
    id: 'primary-care-networks',
    name: 'Primary Care Networks / Communities',
    description:
      'Strengthening general practice and joining it up with hospitals, mental health professionals and community organisations, so people with health or social care needs get seamless support. Linked here to ambitions 1 and 4 by the dashboard’s reading of the article.',
    owner: 'WY&H Health and Care Partnership',
    period: '2018/19',
    funding: 2_600_000,
    ambitionNumbers: [1, 4],
    provenance: 'published',
    source: SOURCE,
  },
  {
    id: 'urgent-emergency-care',
    name: 'Urgent and emergency care',
    description:
      'Major improvements in urgent and emergency care delivery across WY&H, so people receive the right care at the right time in the right place. None of the ten ambitions measures it directly.',
    owner: 'WY&H Health and Care Partnership',
    period: '2018/19',
    funding: 4_000_000,
    ambitionNumbers: [],
    provenance: 'published',
    source: SOURCE,
  },
  {
    id: 'partnership-programmes',
    name: 'Capacity to deliver partnership programmes',
    description:
      'Improving mental health services, preventing ill health, supporting the 260,000 unpaid carers across the area, and modernising digital communications and IT. Linked here to ambitions 1, 2 and 5 by the dashboard’s reading of the article.',
    owner: 'WY&H Health and Care Partnership',
    period: '2018/19',
    funding: 1_000_000,
    ambitionNumbers: [1, 2, 5],
    provenance: 'published',
    source: SOURCE,
  },
  {
    id: 'harnessing-communities',
    name: 'Harnessing the Power of Communities',
    description:
      'Resources for voluntary and community organisations, through their work with councils and Health and Wellbeing Boards, to tackle loneliness and social isolation. Linked here to ambition 1 by the dashboard’s reading of the article.',
    owner: 'Community Action Bradford and District (lead for the programme)',
    period: '2018/19',
    funding: 1_000_000,
    ambitionNumbers: [1],
    provenance: 'published',
    source: SOURCE,
  },
];
