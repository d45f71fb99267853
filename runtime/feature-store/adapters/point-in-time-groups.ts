import { type PointInTimeSqlGroup } from '../point-in-time-sql';
import { type PointInTimeQuery } from '../types';

/** The `pointInTimeSql` groups of a query, with each group's table named by `tableOf` and its TTL in microseconds. */
export function pointInTimeGroups(query: Pick<PointInTimeQuery, 'groups'>, tableOf: (groupName: string) => string): PointInTimeSqlGroup[] {
  return query.groups.map(({ group, features }) => ({
    table: tableOf(group.definition.name),
    keyColumns: group.definition.entityKeys,
    features,
    ttlUs: group.definition.ttlSec === undefined ? null : group.definition.ttlSec * 1_000_000,
  }));
}
