// `npm run web`: serves Establish on 127.0.0.1 for a browser, on the same handlers as the app.
import os from 'node:os';
import path from 'node:path';
import { startBridge } from './server';

export interface WebOptions {
  rendererDir: string;
  port?: number;
  openOnStart?: string | null;
}

export function configDir(): string {
  const base = process.env.XDG_CONFIG_HOME ?? (process.platform === 'win32' ? (process.env.APPDATA ?? os.homedir()) : path.join(os.homedir(), '.config'));
  return path.join(base, 'Establish');
}

export async function serveWeb(options: WebOptions): Promise<{ appUrl: string; close: () => Promise<void> }> {
  const bridge = await startBridge({
    rendererDir: options.rendererDir,
    recentFile: path.join(configDir(), 'recent.json'),
    port: options.port ?? 0,
    openOnStart: options.openOnStart ?? null,
  });
  return { appUrl: bridge.appUrl, close: bridge.close };
}
