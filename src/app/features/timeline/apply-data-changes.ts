// Brings the two DataSets of a Timeline to `next` with as few events as possible: one batched
// update and one batched remove per DataSet (vis-timeline re-lays out once per event, not per
// row). Order: new lanes first, then items, then stale lanes, so no item points at a missing lane.
import type { DataSet } from 'vis-data/esnext';
import type { DataGroup, DataItem } from 'vis-timeline/esnext';
import type { DataSetChanges } from './get-data-set-changes.ts';
import { getDataSetChanges } from './get-data-set-changes.ts';
import type { TimelineData, TimelineGroupData } from './timeline-data.ts';
import type { VisItemRow } from './vis-rows.ts';

export interface DataChanges {
  readonly items: DataSetChanges<VisItemRow> | null;
  readonly groups: DataSetChanges<TimelineGroupData> | null;
}

/** null when both DataSets already hold `next`. */
export function getDataChanges(
  items: DataSet<DataItem>,
  groups: DataSet<DataGroup>,
  nextRows: readonly VisItemRow[],
  nextGroups: TimelineData['groups'],
): DataChanges | null {
  const itemChanges = getDataSetChanges(items, nextRows);
  const groupChanges = getDataSetChanges(groups, nextGroups);
  return itemChanges || groupChanges ? { items: itemChanges, groups: groupChanges } : null;
}

export function applyDataChanges(
  items: DataSet<DataItem>,
  groups: DataSet<DataGroup>,
  changes: DataChanges,
): void {
  if (changes.groups) groups.update(changes.groups.upsert);
  if (changes.items) {
    // vis-timeline ignores a change of `group` to undefined (a band leaving episode lanes keeps
    // its old, removed lane and vanishes), so items that change lane are re-added instead.
    const regrouped = changes.items.upsert.filter((row) => {
      const current = items.get(row.id);
      return current !== null && current.group !== row.group;
    });
    items.remove([...changes.items.remove, ...regrouped.map((row) => row.id)]);
    items.update(changes.items.upsert);
  }
  if (changes.groups) groups.remove(changes.groups.remove);
}
