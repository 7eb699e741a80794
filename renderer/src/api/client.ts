// A typed client with one async function per contract method, and `on` for the events the host
// pushes. Errors arrive as ApiError.
import { METHOD_NAMES, type ApiClient, type MethodName } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { fromWire } from '../../../shared/api/wire';
import type { Transport } from './transport';

export function createClient(transport: Transport): ApiClient {
  const client: Record<string, (arg?: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    client[method] = async (arg?: unknown) => {
      const env = await transport.call(method as MethodName, arg ?? {});
      if (!env.ok) throw ApiError.from(env.error);
      return fromWire(method, env.value);
    };
  }
  const withEvents = client as unknown as ApiClient;
  withEvents.on = (event, listener) => transport.onEvent((e) => {
    // The event's name says which payload it carries.
    if (e.event === event) listener(e.payload as Parameters<typeof listener>[0]);
  });
  return withEvents;
}
