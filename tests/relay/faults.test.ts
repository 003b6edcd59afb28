import { describe, expect, it, vi } from 'vitest';
import { runFaults } from './fault-run';
import { freshPostgres, STORES } from './helpers';

vi.setConfig({ testTimeout: 600_000 });

// kill -9, for real, while sitters post (a shorter run than `npm run faults:relay`, which
// takes --kills 50 --sitters 100). PGlite restarts slowly (it boots PostgreSQL in WebAssembly),
// so its run has fewer kills.

describe('the relay killed with SIGKILL mid-run', () => {
  it('on PGlite loses no acknowledged event, duplicates none, alerts each passed deadline once', async () => {
    const report = await runFaults({ kills: 5, sitters: 20, basePort: 4610 });
    console.info('kill test, PGlite:', report);
    expect(report.acknowledged).toBeGreaterThan(40);
    expect(report.passedDeadlines).toBeGreaterThan(10);
    expect(report).toMatchObject({ lost: 0, duplicated: 0, missingAlerts: 0, spuriousAlerts: 0 });
    expect(report.alertedOnce).toBe(report.passedDeadlines);
  });

  it.runIf(STORES.includes('postgres'))(
    'two processes on PostgreSQL, one killed again and again, PostgreSQL restarted: still exactly once',
    async () => {
      const pg = await freshPostgres();
      try {
        const report = await runFaults({
          kills: 10,
          sitters: 30,
          databaseUrl: pg.url,
          processes: 2,
          basePort: 4620,
          restartPostgres: true,
        });
        console.info('kill test, PostgreSQL, two processes:', report);
        expect(report.acknowledged).toBeGreaterThan(60);
        expect(report).toMatchObject({ lost: 0, duplicated: 0, missingAlerts: 0 });
        expect(report.spuriousAlerts).toBe(0);
        expect(report.alertedOnce).toBe(report.passedDeadlines);
      } finally {
        await pg.drop();
      }
    },
  );
});
