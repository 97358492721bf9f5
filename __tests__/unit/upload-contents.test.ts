/** What an MSIX run uploads (src/msix/submission.ts uploadContents): the zip planned in prepare, or package-zip. */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uploadContents } from '../../src/msix/submission.js';
import { planZip } from '../../src/zip/plan.js';

describe('uploadContents', () => {
  test('the planned zip when the action zips files itself; package-zip as it is when alone; else nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upload-contents-'));
    try {
      const diskPath = join(dir, 'App_1.0.0.0_x64.msix');
      writeFileSync(diskPath, 'msix bytes');
      const files = [{ zipPath: 'App_1.0.0.0_x64.msix', diskPath }];
      const plan = await planZip({ files });
      expect(uploadContents({ uploadFiles: files, zipPlan: plan, packageZip: 'app.zip' })).toEqual({ plan });
      expect(uploadContents({ uploadFiles: [], packageZip: 'app.zip' })).toEqual({ packageZip: 'app.zip' });
      expect(uploadContents({ uploadFiles: [] })).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('files to upload without their plan are a bug, not an upload of package-zip alone', () => {
    const files = [{ zipPath: 'a.msix', diskPath: '/nowhere/a.msix' }];
    expect(() => uploadContents({ uploadFiles: files, packageZip: 'app.zip' })).toThrow('not planned');
  });
});
