// `npm run faults:relay -- --kills 50 --sitters 100`: the relay's kill test at full size, on
// PGlite, and on PostgreSQL with two processes when SITWELL_TEST_DATABASE_URL is set (run it
// under scripts/with-postgres.mjs). Prints the figures; exits 1 if anything was lost or doubled.
import { runFaults } from '../tests/relay/fault-run';
import { freshPostgres } from '../tests/relay/helpers';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const kills = arg('kills', 50);
const sitters = arg('sitters', 100);
const reports = [await runFaults({ kills, sitters, basePort: 4710 })];
if (process.env.SITWELL_TEST_DATABASE_URL) {
  const pg = await freshPostgres();
  reports.push(
    await runFaults({
      kills,
      sitters,
      databaseUrl: pg.url,
      processes: 2,
      basePort: 4720,
      restartPostgres: true,
    }),
  );
  await pg.drop();
}
console.table(reports);
const bad = reports.some(
  (r) =>
    r.lost ||
    r.duplicated ||
    r.missingAlerts ||
    r.spuriousAlerts ||
    r.alertedOnce !== r.passedDeadlines,
);
process.exit(bad ? 1 : 0);
