import { unzipSync } from 'fflate';
import { deliverFiles, type DeliveredFile, type FileHost } from '../../../src/taskpane/delivery';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const file = (name: string, text = name): DeliveredFile => ({
  name,
  bytes: new TextEncoder().encode(text),
  mime: XLSX_MIME,
});

function recorder() {
  const downloads: { bytes: Uint8Array; name: string; mime: string }[] = [];
  return {
    downloads,
    io: { download: (bytes: Uint8Array, name: string, mime: string) => void downloads.push({ bytes, name, mime }) },
  };
}

describe('deliverFiles', () => {
  it('downloads one file as it is where downloads work', async () => {
    const { downloads, io } = recorder();
    const outcome = await deliverFiles([file('a.xlsx')], 'forms.zip', { platform: 'windows', openWorkbook: null }, io);
    expect(downloads.map((d) => [d.name, d.mime])).toEqual([['a.xlsx', XLSX_MIME]]);
    expect(outcome).toEqual({ delivered: true, message: 'delivery.downloaded', params: { file: 'a.xlsx' } });
  });

  it('downloads several files as one zip holding each of them', async () => {
    const { downloads, io } = recorder();
    const files = [file('2026-Q2_MOI.xlsx', 'moi'), file('2026-Q2_POL.xlsx', 'pol')];
    const outcome = await deliverFiles(files, 'forms-2026-Q2.zip', { platform: 'web', openWorkbook: null }, io);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatchObject({ name: 'forms-2026-Q2.zip', mime: 'application/zip' });
    const unzipped = unzipSync(downloads[0].bytes);
    expect(Object.keys(unzipped).sort()).toEqual(['2026-Q2_MOI.xlsx', '2026-Q2_POL.xlsx']);
    expect(new TextDecoder().decode(unzipped['2026-Q2_POL.xlsx'])).toBe('pol');
    expect(outcome).toMatchObject({ delivered: true, message: 'delivery.zipped', params: { count: 2 } });
  });

  it('opens each workbook in Excel for Mac, where downloads do nothing, never downloading', async () => {
    const { downloads, io } = recorder();
    const opened: string[] = [];
    const host: FileHost = { platform: 'mac', openWorkbook: async (base64) => void opened.push(atob(base64)) };
    const outcome = await deliverFiles([file('a.xlsx', 'first'), file('b.xlsx', 'second')], 'x.zip', host, io);
    expect(opened).toEqual(['first', 'second']);
    expect(downloads).toEqual([]);
    expect(outcome).toMatchObject({ delivered: true, message: 'delivery.opened', params: { count: 2 } });
  });

  it('says why instead of failing silently where no route exists', async () => {
    const { downloads, io } = recorder();
    const openWorkbook = jest.fn(async () => undefined);
    const docx = {
      ...file('report.docx'),
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
    expect(await deliverFiles([docx], 'x.zip', { platform: 'mac', openWorkbook }, io)).toMatchObject({
      delivered: false,
      message: 'delivery.unavailable.macNotWorkbook',
    });
    expect(await deliverFiles([file('a.xlsx')], 'x.zip', { platform: 'mac', openWorkbook: null }, io)).toMatchObject({
      delivered: false,
      message: 'delivery.unavailable.macNoCreateWorkbook',
    });
    expect(await deliverFiles([file('a.xlsx')], 'x.zip', { platform: 'mobile', openWorkbook }, io)).toMatchObject({
      delivered: false,
      message: 'delivery.unavailable.mobile',
    });
    expect(openWorkbook).not.toHaveBeenCalled();
    expect(downloads).toEqual([]);
  });

  it('encodes a workbook larger than one slice for Excel without losing a byte', async () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    let received = '';
    const host: FileHost = { platform: 'mac', openWorkbook: async (base64) => void (received = base64) };
    await deliverFiles([{ name: 'big.xlsx', bytes, mime: XLSX_MIME }], 'x.zip', host);
    expect(Uint8Array.from(atob(received), (c) => c.charCodeAt(0))).toEqual(bytes);
  });
});
