import { describe, expect, it, vi } from 'vitest';
import { shareOrDownload, type ShareDeps } from '../../src/platform/share';

// Sharing an export: PDF and CSV through the share sheet where the browser can, else a download.

const pdf = { name: 'sitwell-2026-03-08-sam.pdf', type: 'application/pdf', data: '%PDF-1.3' };
const json = { name: 'sitwell-2026-03-08-sam.json', type: 'application/json', data: '{}' };

function fakes(canShare: boolean, share: () => Promise<void> = async () => undefined) {
  const nav = { canShare: vi.fn(() => canShare), share: vi.fn(share) };
  const download = vi.fn();
  const deps: ShareDeps = { navigator: nav, download };
  return { nav, download, deps };
}

describe('shareOrDownload', () => {
  it('shares a PDF as a file when the browser can', async () => {
    const { nav, download, deps } = fakes(true);
    expect(await shareOrDownload(pdf, deps)).toBe('shared');
    const data = nav.share.mock.calls[0] as unknown as [ShareData];
    const file = data[0].files![0]!;
    expect([file.name, file.type]).toEqual([pdf.name, 'application/pdf']);
    expect(download).not.toHaveBeenCalled();
  });

  it('downloads when the browser cannot share files', async () => {
    const { nav, download, deps } = fakes(false);
    expect(await shareOrDownload(pdf, deps)).toBe('downloaded');
    expect(nav.share).not.toHaveBeenCalled();
    expect(download.mock.calls[0]![0]).toBe(pdf.name);
    expect(await shareOrDownload(pdf, { navigator: undefined, download })).toBe('downloaded');
  });

  it('always downloads JSON, which the share sheet does not take', async () => {
    const { nav, download, deps } = fakes(true);
    expect(await shareOrDownload(json, deps)).toBe('downloaded');
    expect(nav.canShare).not.toHaveBeenCalled();
    const blob = download.mock.calls[0]![1] as Blob;
    expect([blob.type, await blob.text()]).toEqual(['application/json', '{}']);
  });

  it('reports a closed share sheet as cancelled; downloads after any other failure', async () => {
    const abort = fakes(true, () => Promise.reject(new DOMException('closed', 'AbortError')));
    expect(await shareOrDownload(pdf, abort.deps)).toBe('cancelled');
    expect(abort.download).not.toHaveBeenCalled();
    const denied = fakes(true, () => Promise.reject(new DOMException('no', 'NotAllowedError')));
    expect(await shareOrDownload(pdf, denied.deps)).toBe('downloaded');
    expect(denied.download).toHaveBeenCalledOnce();
  });
});
