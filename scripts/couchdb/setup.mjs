// Provisions a CouchDB database for the dashboard, on Apache CouchDB 3 or the local
// CouchDB-compatible server: the database, its security object, the design document that enforces
// the app's rules, and a partnership's seed figures. Safe to run again: it adds what is missing,
// updates the design document when the rules change, and never overwrites figures already there.
//
//   npm run couch:setup -- --url https://admin:PASSWORD@couch.example.org [--db ambitions]
//        [--seed public/data/wyh] [--private] [--sample-accounts]
//
// --private makes the database readable only by signed-in users (members); without it anyone may
// read, which is what a published dashboard wants. --sample-accounts adds the demo accounts
// (scripts/couchdb/sample-accounts.mjs): for a local or demonstration server only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import nano from 'nano';
import { buildDesignDoc, DESIGN_DOC_ID } from './design-doc.mjs';
import { SAMPLE_ACCOUNTS } from './sample-accounts.mjs';

/** Ids become parts of document ids (see store-rules.ts). */
const docIds = {
  framework: (f) => `${f}:definition`,
  indicator: (f, i) => `${f}:definition:indicator:${i}`,
  series: (f, i, p) => `${f}:series:${i}:${p}`,
};

/** Every role that gives a right in these partnerships (src/domain/rules/roles.ts names them). */
const rolesOf = (framework) => [`${framework.id}:viewer`, `${framework.id}:admin`, `${framework.id}:lead:all`, ...framework.places.map((p) => `${framework.id}:lead:${p.id}`)];

const securityObject = (isPrivate, frameworks) => ({
  // Server admins only administer the database; the app's "admin" roles are roles in the rules.
  admins: { names: [], roles: [] },
  // Empty members: anyone may read. A private database lets in only those with a role.
  members: { names: [], roles: isPrivate ? ['viewer', 'admin', ...frameworks.flatMap(({ framework }) => rolesOf(framework))] : [] },
});

export async function setUp({ url, database = 'ambitions', seeds = [], isPrivate = false, sampleAccounts = false, design: prebuilt, log = console.log }) {
  const couch = nano({ url });
  const report = { created: [], kept: [], updated: [] };
  const existing = await couch.db.list();
  if (!existing.includes(database)) {
    await couch.db.create(database);
    report.created.push(`database ${database}`);
  } else report.kept.push(`database ${database}`);
  const db = couch.use(database);

  const frameworks = seeds.map((dir) => ({
    framework: JSON.parse(readFileSync(join(dir, 'framework.json'), 'utf8')),
    series: JSON.parse(readFileSync(join(dir, 'series.json'), 'utf8')),
  }));
  await couch.request({ db: database, method: 'PUT', path: '_security', body: securityObject(isPrivate, frameworks) });

  const design = prebuilt ?? (await buildDesignDoc());
  const current = await db.get(DESIGN_DOC_ID).catch(() => undefined);
  if (!current) {
    await db.insert(design);
    report.created.push('the rules (design document)');
  } else if (current.validate_doc_update !== design.validate_doc_update || JSON.stringify(current.views) !== JSON.stringify(design.views)) {
    await db.insert({ ...design, _rev: current._rev });
    report.updated.push('the rules (design document)');
  } else report.kept.push('the rules (design document)');

  for (const { framework, series } of frameworks) {
    const f = framework.id;
    // New documents only: a document already there makes CouchDB answer "conflict", and is kept.
    const docs = [
      { _id: docIds.framework(f), type: 'framework', framework },
      ...framework.ambitions.flatMap((a) => a.indicators.map((indicator) => ({ _id: docIds.indicator(f, indicator.id), type: 'indicator', frameworkId: f, indicator }))),
      ...series.map((s) => ({ _id: docIds.series(f, s.indicatorId, s.placeId), type: 'series', frameworkId: f, ...s })),
    ];
    const results = await db.bulk({ docs });
    const added = results.filter((r) => r.ok).length;
    const kept = results.filter((r) => r.error === 'conflict').length;
    const failed = results.filter((r) => !r.ok && r.error !== 'conflict');
    if (failed.length)
      throw new Error(
        `${failed.length} documents for ${f} could not be written: ${failed
          .slice(0, 3)
          .map((r) => `${r.id}: ${r.reason}`)
          .join('; ')}`,
      );
    (added ? report.created : report.kept).push(`${f}: ${added} documents added, ${kept} already there and left as they are`);
  }

  if (sampleAccounts) {
    const users = couch.use('_users');
    for (const account of SAMPLE_ACCOUNTS) {
      const id = `org.couchdb.user:${account.name}`;
      const found = await users.get(id).catch(() => undefined);
      // A sample account made before roles were named by partnership is given today's roles.
      if (found && JSON.stringify(found.roles) !== JSON.stringify(account.roles)) {
        await users.insert({ ...found, roles: account.roles });
        report.updated.push(`account ${account.name}'s roles`);
        continue;
      }
      if (found) {
        report.kept.push(`account ${account.name}`);
        continue;
      }
      await users.insert({ _id: id, name: account.name, password: account.password, roles: account.roles, type: 'user', organisation: account.organisation });
      report.created.push(`account ${account.name}`);
    }
  }
  for (const [what, items] of Object.entries(report)) for (const item of items) log(`  ${what.padEnd(7)} ${item}`);
  return report;
}

// Run as a command (not when bundled into another script, as the bench does).
if (process.argv[1]?.endsWith('scripts/couchdb/setup.mjs')) {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: process.env.COUCHDB_URL },
      db: { type: 'string', default: 'ambitions' },
      seed: { type: 'string', multiple: true, default: ['public/data/wyh'] },
      'no-seed': { type: 'boolean', default: false },
      private: { type: 'boolean', default: false },
      'sample-accounts': { type: 'boolean', default: false },
    },
  });
  if (!values.url) {
    console.error('Give the server with its admin credentials: npm run couch:setup -- --url https://admin:PASSWORD@couch.example.org (or set COUCHDB_URL).');
    process.exit(2);
  }
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  console.log(`Setting up ${values.db} on ${new URL(values.url).host}…`);
  try {
    await setUp({ url: values.url, database: values.db, seeds: values['no-seed'] ? [] : values.seed, isPrivate: values.private, sampleAccounts: values['sample-accounts'] });
  } catch (error) {
    console.error(`Set-up failed: ${error.message ?? error}`);
    process.exit(1);
  }
}
