// The packaging configuration flips Electron's fuses in the packaged binary: it cannot be run as
// plain Node, takes no NODE_OPTIONS or --inspect, encrypts its cookies and loads only its own
// checked asar. (The app's job workers are utility processes, which need none of these.)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
// electron-builder reads its configuration with js-yaml; so does this test.
const yaml = createRequire(path.join(root, 'node_modules', 'electron-builder', 'package.json'))('js-yaml') as { load(text: string): unknown };

describe('the packaged app', () => {
  const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, boolean> };

  it('has its fuses set: no running as Node, no NODE_OPTIONS or inspect arguments, encrypted cookies, only its own checked asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

});
