import { describe, expect, test } from '@jest/globals';
import {
  describeEntries,
  hasPackageUploadError,
  judge,
  otherMessage,
  readEnvelope
} from '../../src/msi-exe/envelope.js';

describe('the envelope', () => {
  test('isSuccess true: the data, and errors as warnings (the docs sample)', () => {
    const body = JSON.stringify({
      isSuccess: true,
      errors: [
        { code: 'badrequest', message: 'Error Message 1', target: 'listings' },
        { code: 'warning', message: 'Warning Message 1', target: 'properties' }
      ],
      responseData: { isReady: true, ongoingSubmissionId: '' }
    });
    expect(judge(200, body)).toEqual({
      ok: true,
      data: { isReady: true, ongoingSubmissionId: '' },
      warnings: [
        { code: 'badrequest', message: 'Error Message 1', target: 'listings' },
        { code: 'warning', message: 'Warning Message 1', target: 'properties' }
      ]
    });
  });

  test('isSuccess false decides even with HTTP 200; the data comes along (ongoingSubmissionId)', () => {
    const body = JSON.stringify({
      isSuccess: false,
      errors: [{ code: 'submissioninprogress', message: 'busy', target: 'submission' }],
      responseData: { ongoingSubmissionId: '42', pollingUrl: '/x' }
    });
    expect(judge(200, body)).toEqual({
      ok: false,
      errors: [{ code: 'submissioninprogress', message: 'busy', target: 'submission' }],
      data: { ongoingSubmissionId: '42', pollingUrl: '/x' }
    });
  });

  test('a non-2xx is never a success, even with isSuccess true', () => {
    expect(judge(500, JSON.stringify({ isSuccess: true, errors: [], responseData: {} })).ok).toBe(false);
  });

  test('PascalCase envelopes are read; an absent responseData reads as {}', () => {
    expect(judge(200, JSON.stringify({ IsSuccess: true, Errors: null }))).toEqual({ ok: true, data: {}, warnings: [] });
    expect(
      readEnvelope(
        JSON.stringify({ IsSuccess: true, ResponseData: { PublishingStatus: 'PUBLISHED', HasFailed: false } })
      )
    ).toEqual({
      isSuccess: true,
      errors: [],
      responseData: { publishingStatus: 'PUBLISHED', hasFailed: false }
    });
  });

  test('gateway answers and other bodies are not envelopes; their message is kept', () => {
    const gateway = JSON.stringify({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 3 seconds.' });
    expect(readEnvelope(gateway)).toBeUndefined();
    expect(judge(429, gateway)).toEqual({
      ok: false,
      errors: [],
      message: 'Rate limit is exceeded. Try again in 3 seconds.'
    });
    expect(otherMessage('<html>\n Bad   Gateway </html>')).toBe('<html> Bad Gateway </html>');
    expect(otherMessage('')).toBeUndefined();
  });

  test('entries described on one line; packageuploaderror in any case', () => {
    const entries = [{ code: 'packageuploaderror', message: 'bad\nfile', target: 'packages' }, { message: 'm' }, {}];
    expect(describeEntries(readEnvelope<unknown>(JSON.stringify({ isSuccess: true, errors: entries }))!.errors)).toBe(
      'packageuploaderror: bad file (packages); m; unspecified'
    );
    expect(hasPackageUploadError([{ code: 'PackageUploadError' }])).toBe(true);
    expect(hasPackageUploadError([{ code: 'warning', target: 'packages' }])).toBe(false);
  });
});
