// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeviceKeyCard } from '../../src/components/record/DeviceKeyCard';
import { FileDropZone } from '../../src/components/common/FileDropZone';
import { LogEntryList } from '../../src/components/record/LogEntryList';
import { PrivacyChoices } from '../../src/components/record/PrivacyChoices';
import { DEFAULT_EXPORT_OPTIONS } from '../../src/domain/report/withhold';
import { signedRecord } from '../fixtures/session-record';

afterEach(cleanup);

describe('PrivacyChoices', () => {
  it('names how many entries each box covers and reports a tick', () => {
    const onChange = vi.fn();
    const counts = { patientWords: 1, patientEntries: 3, sitterNotes: 2 };
    render(<PrivacyChoices counts={counts} options={DEFAULT_EXPORT_OPTIONS} onChange={onChange} />);
    const words = screen.getByRole('checkbox', {
      name: 'What they said: 1 note of their words, written down by the sitter',
    });
    expect(screen.getByText(/own observations always go to the provider/).textContent).toContain(
      '(2 notes in this session)',
    );
    const own = screen.getByRole('checkbox', {
      name: 'Their own intention, mood and reflections (3 entries)',
    });
    expect([words, own].map((c) => (c as HTMLInputElement).checked)).toEqual([false, false]);
    fireEvent.click(own);
    expect(onChange).toHaveBeenCalledWith({
      includePatientWords: false,
      includePatientEntries: true,
    });
  });
});

describe('DeviceKeyCard', () => {
  it('shows the fingerprint and what a match does not prove', () => {
    render(<DeviceKeyCard fingerprint="AB12-CD34-EF56-7890" />);
    expect(screen.getByText('AB12-CD34-EF56-7890')).toBeTruthy();
    expect(screen.getByText(/does not prove who was holding the device/)).toBeTruthy();
  });
});

describe('FileDropZone', () => {
  it('hands over a dropped file, and the chosen one, named by its title', () => {
    const onFile = vi.fn();
    render(
      <FileDropZone
        id="f"
        title="Choose a record"
        hint="Or drop it"
        accept=".json"
        busy={false}
        onFile={onFile}
      />,
    );
    const input = screen.getByLabelText('Choose a record') as HTMLInputElement;
    const file = new File(['{}'], 'a.json');
    fireEvent.drop(input.closest('label')!, { dataTransfer: { files: [file] } });
    expect(onFile).toHaveBeenCalledWith(file);
  });
});

describe('LogEntryList', () => {
  it('keeps a withheld entry in its place, saying what kind it was', async () => {
    const { doc } = await signedRecord();
    render(<LogEntryList entries={doc.entries} label="Log entries" ordered />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(doc.entries.length);
    expect(items[3]!.textContent).toMatch(/The patient’s intention: withheld by the patient$/);
    expect(items.filter((li) => li.classList.contains('withheld'))).toHaveLength(4);
  });
});
