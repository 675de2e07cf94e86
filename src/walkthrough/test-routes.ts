import { getPlatform } from '../platforms/registry';
import type { ObjectionRoute } from '../platforms/schema';

// Unit tests run against the registry's real route data, not a copy: a change to the data that breaks the guide
// fails here.
export function facebookAiRoute(): ObjectionRoute {
  const route = getPlatform('facebook')?.objectionRoutes.find((r) => r.id === 'meta-ai-facebook');
  if (!route) throw new Error('the registry has no meta-ai-facebook route');
  return route;
}
