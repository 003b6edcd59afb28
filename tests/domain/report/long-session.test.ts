import { describe, expect, it } from 'vitest';
import { buildSessionRecord } from '../../../src/domain/report/build-record';
import { sessionCsv } from '../../../src/domain/report/csv';
import { sessionFhirBundle } from '../../../src/domain/report/fhir';
import { pdfReport } from '../../../src/domain/report/pdf-model';
import { serializeRecord } from '../../../src/domain/report/record-format';
import { verifyRecord } from '../../../src/domain/report/verify-record';
import { quickSha256Hex } from '../../../src/platform/quick-sha256';
import { RECORD_VERIFY_DEPS } from '../../../src/platform/signing';
import {
  chainLog,
  freshSigner,
  longInputs,
  NY,
  sessionFixture,
  START,
} from '../../fixtures/session-record';

// A 12-hour, 1,000-entry session: every export holds every entry and the record verifies. How
// fast, is measured against its budget by `npm run bench` (bench-records.mjs) in headless
// Chromium, not by a timed test that fails on a busy machine.

describe('a 1,000-entry session', () => {
  it('exports every entry and verifies', async () => {
    const session = sessionFixture();
    const entries = await chainLog(session.id, longInputs(1000));
    const signer = await freshSigner();
    const input = {
      session,
      entries,
      appVersion: '0.1.0',
      now: START + 13 * 3600_000,
      tzOffset: NY,
    };
    const doc = await buildSessionRecord(input, quickSha256Hex, signer);
    const text = serializeRecord(doc);
    expect(doc.entries).toHaveLength(1000);

    expect((await verifyRecord(text, RECORD_VERIFY_DEPS)).ok).toBe(true);
    // A header row, then one row per entry.
    expect(sessionCsv(doc.entries).trimEnd().split('\r\n')).toHaveLength(1001);
    expect(JSON.stringify(sessionFhirBundle(doc)).length).toBeGreaterThan(text.length / 4);
    expect(pdfReport(doc).title).toMatch(/\S/);
  }, 60_000);
});
