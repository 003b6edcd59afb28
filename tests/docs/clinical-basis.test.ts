import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLOSING_SOURCES, criterionName } from '../../src/domain/after/closing-criteria';
import { isSourceKey } from '../../src/domain/clinical/sources';
import { ESCALATION_RULES } from '../../src/domain/escalation/rules';
import { citedKeys, renderClinicalBasis } from './clinical-basis';

// docs/clinical-basis.md is the repo's clinical audit trail. It is generated from the code, and
// this test keeps the committed file identical to what the code does (UPDATE_DOCS=1 rewrites it:
// `npm run docs`).

const PATH = new URL('../../docs/clinical-basis.md', import.meta.url);
const doc = renderClinicalBasis();

describe('docs/clinical-basis.md', () => {
  it('is what the code does today (run `npm run docs` after changing a rule or a threshold)', () => {
    if (process.env.UPDATE_DOCS) writeFileSync(PATH, doc);
    expect(readFileSync(PATH, 'utf8')).toBe(doc);
  });

  it('lists every escalation rule by its logged id, with its sources', () => {
    for (const rule of ESCALATION_RULES) {
      const line = doc.split('\n').find((l) => l.startsWith(`- \`${rule.id}\`:`));
      expect(line, rule.id).toBeDefined();
      for (const key of rule.sourceKeys) expect(line).toContain(`[${key}]`);
    }
  });

  it('lists every closing criterion', () => {
    for (const id of Object.keys(CLOSING_SOURCES))
      expect(doc).toContain(`- ${criterionName(id)} [`);
  });

  it('cites only known sources, and lists each cited one with its address', () => {
    const sources = doc.slice(doc.indexOf('## Sources'));
    for (const key of citedKeys(doc.slice(0, doc.indexOf('## Sources')))) {
      expect(isSourceKey(key), key).toBe(true);
      expect(sources).toContain(`| ${key} |`);
    }
  });

  it('stands on its own: it never points outside the repository for its facts', () => {
    expect(doc).not.toMatch(/\.\.\/shared|domain-facts/);
  });
});
