/**
 * Tells live screens that check-in changed, through the polling-day event hub (`../live/hub.ts`):
 * `turnout` after ballots are issued or an issue cancelled (`change`: how many ballots more or fewer
 * at the place; screens refetch the counts), `status` when check-in closes. Called after the commit.
 */
import { publish } from '../live/hub.js';

export type CheckinEvent =
  | { type: 'status'; status: string }
  | { type: 'turnout'; placeId: string; change: number };

export function notifyCheckin(voteId: string, event: CheckinEvent): void {
  publish(voteId, event);
}
