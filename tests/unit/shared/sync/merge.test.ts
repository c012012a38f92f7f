import { describe, expect, it } from 'vitest';
import { createClock } from '../../../../src/shared/sync/hlc';
import type { Change, Replica } from '../../../../src/shared/sync/merge';
import {
  applyChanges,
  createReplica,
  keepVersion,
  localEdit,
  openConflicts,
  parseChange,
  recordKey,
  replicaChanges,
} from '../../../../src/shared/sync/merge';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 4, 1, 9, 0, 0);

/** A computer: its clock runs `offset` ms off the shared "real" time, which a test moves with `later`. */
function computer(name: string, offset = 0) {
  const replica = createReplica();
  const clock = createClock(name, () => world.time + offset);
  const sent: Change[] = [];
  return {
    replica,
    edit(table: string, id: string, value: unknown) {
      sent.push(localEdit(replica, clock, table, id, value));
    },
    value(table: string, id: string) {
      return replica.records.get(recordKey(table, id))?.value;
    },
    /** Takes in everything the other computer has written to the folder so far. */
    receiveFrom(other: { sent: Change[] }) {
      for (const change of applyChanges(replica, other.sent)) clock.receive(change.hlc);
    },
    sent,
    clock,
  };
}

const world = { time: T0 };
function later(ms = 60_000) {
  world.time += ms;
}

function syncBoth(a: ReturnType<typeof computer>, b: ReturnType<typeof computer>) {
  a.receiveFrom(b);
  b.receiveFrom(a);
}

function snapshot(replica: Replica) {
  return { records: [...replica.records.entries()].sort(), conflicts: openConflicts(replica) };
}

const morning = { day: '2026-05-01', pain: 6, note: 'stiff after the drive' };

describe('merging the journal between two computers', () => {
  it('brings an entry made on one computer to the other', () => {
    const desktop = computer('desktop');
    const laptop = computer('laptop');
    desktop.edit('checkIns', 'c1', morning);
    laptop.receiveFrom(desktop);
    expect(laptop.value('checkIns', 'c1')).toEqual(morning);
    expect(openConflicts(laptop.replica)).toEqual([]);
  });

  it('raises no conflict for a run of edits on one computer, wherever they arrive', () => {
    const desktop = computer('desktop');
    const laptop = computer('laptop', -5 * HOUR);
    for (const pain of [6, 5, 4]) {
      desktop.edit('checkIns', 'c1', { ...morning, pain });
      later();
    }
    // The laptop takes the three edits newest first, then again, as a sync engine may deliver them.
    applyChanges(laptop.replica, [...desktop.sent].reverse());
    applyChanges(laptop.replica, desktop.sent);
    expect(laptop.value('checkIns', 'c1')).toEqual({ ...morning, pain: 4 });
    expect(openConflicts(laptop.replica)).toEqual([]);
    expect(openConflicts(desktop.replica)).toEqual([]);
  });

  it('raises no conflict for an edit made after seeing the other computer\u2019s', () => {
    const desktop = computer('desktop');
    const laptop = computer('laptop', -3 * HOUR);
    desktop.edit('checkIns', 'c1', morning);
    laptop.receiveFrom(desktop);
    later();
    laptop.edit('checkIns', 'c1', { ...morning, pain: 3 });
    syncBoth(desktop, laptop);
    expect(desktop.value('checkIns', 'c1')).toEqual({ ...morning, pain: 3 });
    expect(openConflicts(desktop.replica)).toEqual([]);
    expect(openConflicts(laptop.replica)).toEqual([]);
  });

  it('lets a later edit on a laptop running 5 hours slow win over what it received', () => {
    const desktop = computer('desktop');
    const laptop = computer('laptop', -5 * HOUR);
    desktop.edit('episodes', 'e1', { pain: 7 });
    laptop.receiveFrom(desktop);
    laptop.edit('episodes', 'e1', { pain: 4 });
    desktop.receiveFrom(laptop);
    expect(desktop.value('episodes', 'e1')).toEqual({ pain: 4 });
    expect(laptop.value('episodes', 'e1')).toEqual({ pain: 4 });
  });

  it('keeps an edit made on the laptop after a delete on the desktop, and offers the delete', () => {
    const desktop = computer('desktop');
    const laptop = computer('laptop');
    desktop.edit('episodes', 'e1', { pain: 7 });
    laptop.receiveFrom(desktop);
    // Apart: the desktop deletes the episode, an hour later the laptop edits it.
    desktop.edit('episodes', 'e1', null);
    later(HOUR);
    laptop.edit('episodes', 'e1', { pain: 5 });
    syncBoth(desktop, laptop);
    expect(desktop.value('episodes', 'e1')).toEqual({ pain: 5 });
    expect(laptop.value('episodes', 'e1')).toEqual({ pain: 5 });
    const [conflict] = openConflicts(desktop.replica);
    expect(conflict?.versions.map((v) => v.value)).toEqual([null, { pain: 5 }]);
    expect(openConflicts(laptop.replica)).toEqual(openConflicts(desktop.replica));
  });

  it('does not let an older delete remove a newer edit', () => {
    const desktop = computer('desktop');
    const laptop = computer('laptop');
    desktop.edit('episodes', 'e1', { pain: 7 });
    laptop.receiveFrom(desktop);
    laptop.edit('episodes', 'e1', null);
    later();
    desktop.edit('episodes', 'e1', { pain: 6 });
    laptop.receiveFrom(desktop);
    expect(laptop.value('episodes', 'e1')).toEqual({ pain: 6 });
  });

  it('undoes a delete from another computer, even one whose clock is hours behind', () => {
    const desktop = computer('desktop');
    const laptop = computer('laptop', -6 * HOUR);
    desktop.edit('checkIns', 'c1', morning);
    desktop.edit('checkIns', 'c1', null);
    laptop.receiveFrom(desktop);
    expect(laptop.value('checkIns', 'c1')).toBeNull();
    laptop.edit('checkIns', 'c1', morning); // undo: the value from before the delete, as a new edit
    desktop.receiveFrom(laptop);
    expect(desktop.value('checkIns', 'c1')).toEqual(morning);
    expect(openConflicts(desktop.replica)).toEqual([]);
    expect(openConflicts(laptop.replica)).toEqual([]);
  });

  it('shows one conflict with both versions when a check-in was edited on both while apart', () => {
    const desktop = computer('desktop', 2 * HOUR);
    const laptop = computer('laptop', -2 * HOUR);
    desktop.edit('checkIns', 'c1', morning);
    laptop.receiveFrom(desktop);
    laptop.edit('checkIns', 'c1', { ...morning, pain: 4 });
    later();
    desktop.edit('checkIns', 'c1', { ...morning, note: 'better after a walk' });
    syncBoth(desktop, laptop);

    const conflicts = openConflicts(desktop.replica);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.table).toBe('checkIns');
    expect(conflicts[0]?.id).toBe('c1');
    expect(conflicts[0]?.versions.map((v) => v.value)).toEqual(
      expect.arrayContaining([
        { ...morning, pain: 4 },
        { ...morning, note: 'better after a walk' },
      ]),
    );
    expect(openConflicts(laptop.replica)).toEqual(conflicts);
    // Both computers show the same winner in the meantime.
    expect(laptop.value('checkIns', 'c1')).toEqual(desktop.value('checkIns', 'c1'));
    expect(desktop.value('checkIns', 'c1')).toEqual(conflicts[0]?.versions[1].value);
  });

  it('clears the conflict everywhere once one version is kept on either computer', () => {
    const desktop = computer('desktop');
    const laptop = computer('laptop', -4 * HOUR);
    const third = computer('work');
    desktop.edit('checkIns', 'c1', morning);
    laptop.receiveFrom(desktop);
    laptop.edit('checkIns', 'c1', { ...morning, pain: 4 });
    desktop.edit('checkIns', 'c1', { ...morning, pain: 8 });
    syncBoth(desktop, laptop);
    const [conflict] = openConflicts(laptop.replica);
    if (!conflict) throw new Error('expected a conflict');
    const [loser] = conflict.versions;

    laptop.sent.push(keepVersion(laptop.replica, laptop.clock, conflict, loser));
    expect(openConflicts(laptop.replica)).toEqual([]);
    syncBoth(desktop, laptop);
    third.receiveFrom(desktop);
    third.receiveFrom(laptop);
    for (const c of [desktop, laptop, third]) {
      expect(openConflicts(c.replica)).toEqual([]);
      expect(c.value('checkIns', 'c1')).toEqual(loser.value);
    }
  });

  it('raises no conflict when both computers saved the same entry, keys in any order', () => {
    const desktop = computer('desktop');
    const laptop = computer('laptop');
    desktop.edit('settings', 'units', { pain: '0-10', week: 'monday' });
    laptop.edit('settings', 'units', { week: 'monday', pain: '0-10' });
    syncBoth(desktop, laptop);
    expect(openConflicts(desktop.replica)).toEqual([]);
    expect(openConflicts(laptop.replica)).toEqual([]);
  });

  it('raises a conflict when two computers each made a record with the same id and different values', () => {
    const desktop = computer('desktop');
    const laptop = computer('laptop');
    desktop.edit('settings', 'reminder', { at: '09:00' });
    laptop.edit('settings', 'reminder', { at: '20:00' });
    syncBoth(desktop, laptop);
    expect(openConflicts(desktop.replica)).toHaveLength(1);
    expect(openConflicts(laptop.replica)).toEqual(openConflicts(desktop.replica));
  });

  it('rebuilds the same records and conflicts on a new computer from a compacted snapshot', () => {
    const desktop = computer('desktop');
    const laptop = computer('laptop');
    desktop.edit('checkIns', 'c1', morning);
    desktop.edit('episodes', 'e1', { pain: 3 });
    laptop.receiveFrom(desktop);
    laptop.edit('checkIns', 'c1', { ...morning, pain: 2 });
    desktop.edit('checkIns', 'c1', { ...morning, pain: 9 });
    laptop.edit('episodes', 'e1', null);
    syncBoth(desktop, laptop);
    const fresh = createReplica();
    applyChanges(fresh, replicaChanges(desktop.replica));
    expect(snapshot(fresh)).toEqual(snapshot(desktop.replica));
    expect(openConflicts(fresh)).toHaveLength(1);
  });
});

describe('changes read from the folder', () => {
  const good = { table: 'checkIns', id: 'c1', hlc: `${T0}-000000-laptop`, base: null, value: morning };

  it('uses nothing from a batch with one damaged change', () => {
    const replica = createReplica();
    const damaged = { ...good, id: 'c2', hlc: 'soon' };
    expect(() => applyChanges(replica, [good, damaged])).toThrow(
      'A change from another computer is damaged (no usable clock reading), so none of its batch was used.',
    );
    expect(replica.records.size).toBe(0);
  });

  it.each([
    ['not an object', 'nope'],
    ['no usable table name', { ...good, table: 'check:ins' }],
    ['no record id', { ...good, id: '' }],
    ['no usable base reading', { ...good, base: 'yesterday' }],
    ['base is not older than the edit', { ...good, base: good.hlc }],
    ['no value', { ...good, value: undefined }],
  ])('says what is wrong: %s', (problem, raw) => {
    expect(() => parseChange(raw)).toThrow(`(${problem})`);
  });

  it('keeps only the fields of a change', () => {
    expect(parseChange({ ...good, extra: 'x' })).toEqual(good);
  });

  it('picks the same version on every computer even if a broken file reuses a clock reading', () => {
    const other = { ...good, value: { ...morning, pain: 1 } };
    const a = createReplica();
    const b = createReplica();
    applyChanges(a, [good, other]);
    applyChanges(b, [other, good]);
    expect(snapshot(a)).toEqual(snapshot(b));
  });
});
