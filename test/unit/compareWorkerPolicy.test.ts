// The comparison worker is bundled inline and started from a blob: URL, so it runs the same from
// the bridge's http:// page and from the packaged app's file:// page: both security policies (the
// header the shell sets and the page's own) must let blob: workers run, and nothing else be opened
// up for them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/shell/security';

const page = fs.readFileSync(path.resolve(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
const pagePolicy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1]!;

function directive(policy: string, name: string): string[] {
  const d = policy.split(';').map((x) => x.trim().split(/\s+/)).find((x) => x[0] === name);
  return d ? d.slice(1) : [];
}

describe('the security policy and the comparison worker', () => {
  for (const [where, policy] of [['the shell’s header', CONTENT_SECURITY_POLICY], ['the page', pagePolicy]] as const) {
    it(`lets ${where} start workers from the app and from blob: URLs only, and scripts from the app only`, () => {
      expect(directive(policy, 'worker-src').sort()).toEqual(["'self'", 'blob:']);
      expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    });
  }
});
