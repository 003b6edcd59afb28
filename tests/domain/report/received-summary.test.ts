import { describe, expect, it } from 'vitest';
import { receivedTitle } from '../../../src/domain/report/received-summary';

const base = {
  id: 'r1',
  receivedAt: 0,
  fileName: 'sitwell-2026-03-08-sam.json',
  sitterName: 'Alex',
};

describe('receivedTitle', () => {
  it('names the patient, the sitter and the session’s day', () => {
    const t = receivedTitle({
      ...base,
      patientName: 'Sam',
      sessionCreatedAt: Date.UTC(2026, 2, 8, 19),
    });
    expect(t).toMatch(/^Sam, sat by Alex, /);
    expect(t).toContain('2026');
  });

  it('says so when the record names no patient or no sitter', () => {
    expect(receivedTitle(base)).toBe('Session sat by Alex');
    expect(receivedTitle({ ...base, sitterName: '' })).toBe('Session sat by an unnamed sitter');
  });
});
