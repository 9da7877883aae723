import { jobOf } from '../../test/fixtures';
import { isFinished, progressStatus } from './jobs';

describe('supervision jobs', () => {
  it('polls until the job SUCCEEDED or FAILED', () => {
    expect(isFinished(undefined)).toBe(false);
    expect(isFinished(jobOf('QUEUED', {}))).toBe(false);
    expect(isFinished(jobOf('RUNNING', {}))).toBe(false);
    expect(isFinished(jobOf('SUCCEEDED', {}))).toBe(true);
    expect(isFinished(jobOf('FAILED', { errorCode: 'SPOT_CHECK_EXISTS' }))).toBe(true);
  });

  it('colours the progress bar by the job status', () => {
    expect(progressStatus(jobOf('RUNNING', {}))).toBe('active');
    expect(progressStatus(jobOf('SUCCEEDED', {}))).toBe('success');
    expect(progressStatus(jobOf('FAILED', {}))).toBe('exception');
  });
});
