import { listen } from '../messaging/define';
import { pageSeenHandler, policyCapturedHandler } from './page-events';

export function startBackground(): void {
  listen([pageSeenHandler, policyCapturedHandler]);
}
