import { describe, expect, it } from 'vitest';
import { failureText, runCaptured, StepFailed } from './run.ts';

const node = process.execPath;

describe('runCaptured', () => {
  it('returns both streams when the command exits as expected', () => {
    const { stdout, stderr } = runCaptured('echo', node, [
      '-e',
      'process.stdout.write("out"); process.stderr.write("err")',
    ]);
    expect([stdout, stderr]).toEqual(['out', 'err']);
  });

  it('fails the step with the exit status and what the command printed', () => {
    const failing = () =>
      runCaptured('the failing step', node, ['-e', 'console.error("boom"); process.exit(3)']);
    expect(failing).toThrow(StepFailed);
    expect(failing).toThrow(/^the failing step: exit 3 \(expected exit 0\)\nboom$/);
  });

  it('accepts a non-zero status the caller expects and refuses a zero one', () => {
    expect(runCaptured('exit 1', node, ['-e', 'process.exit(1)'], { expect: 1 }).stdout).toBe('');
    expect(() => runCaptured('exit 0', node, ['-e', ''], { expect: 1 })).toThrow(
      /exit 0 \(expected exit 1\)/,
    );
  });

  it('says when the command was killed by a signal', () => {
    expect(() =>
      runCaptured('killed', node, ['-e', 'process.kill(process.pid, "SIGKILL")']),
    ).toThrow(/^killed: killed by SIGKILL \(expected exit 0\)/);
  });

  it('names a command that cannot start instead of throwing a spawn error', () => {
    expect(() => runCaptured('missing', '/nonexistent/binary', [])).toThrow(
      /^missing: spawnSync \/nonexistent\/binary ENOENT$/,
    );
  });
});

describe('failureText', () => {
  it('prints a step failure as its message and anything else with its stack', () => {
    expect(failureText(new StepFailed('budget exceeded'))).toBe('budget exceeded');
    const bug = new TypeError('x is undefined');
    expect(failureText(bug)).toBe(bug.stack);
    expect(failureText('thrown text')).toBe('thrown text');
  });
});
