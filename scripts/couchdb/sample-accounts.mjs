// Sample accounts for a local or demonstration database only (npm run dev:couch, the tests).
// Never create them on a real server: `npm run couch:setup` does so only with --sample-accounts.
export const SAMPLE_ACCOUNTS = [
  { name: 'leeds-lead', password: 'leeds-lead-demo', roles: ['wyh:lead:leeds'], organisation: 'Leeds Health and Care Partnership', may: 'Leeds' },
  { name: 'wakefield-lead', password: 'wakefield-lead-demo', roles: ['wyh:lead:wakefield'], organisation: 'Wakefield District Health and Care Partnership', may: 'Wakefield' },
  {
    name: 'admin-lead',
    password: 'admin-lead-demo',
    roles: ['admin'],
    organisation: 'West Yorkshire Health and Care Partnership',
    may: 'every partnership: its places, baselines and targets, its set-up, and new partnerships',
  },
];
