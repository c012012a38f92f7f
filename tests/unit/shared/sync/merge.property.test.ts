import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../../../src/shared/sync/hlc';
import { createClock } from '../../../../src/shared/sync/hlc';
import type { Change, Replica } from '../../../../src/shared/sync/merge';
import {
  applyChanges,
  createReplica,
  keepVersion,
  localEdit,
  openConflicts,
  recordKey,
} from '../../../../src/shared/sync/merge';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 4, 1, 9, 0, 0);
const TABLES = ['checkIns', 'episodes'] as const;
const IDS = ['a', 'b'] as const;

type Undo = { table: string; id: string; before: unknown };
type Device = { clock: Clock; replica: Replica; sent: Change[]; undo: Undo[]; jitter: number };

/** The time every clock is offset from; each device adds its own skew and a jitter that jumps about. */
type World = { time: number; devices: Device[] };

function at<T>(items: readonly T[], index: number): T {
  const item = items[Math.abs(index) % items.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function makeWorld(offsets: number[]): World {
  const world: World = { time: T0, devices: [] };
  world.devices = offsets.map((offset, i) => {
    const device: Device = {
      clock: createClock(`d${i}`, () => world.time + offset + device.jitter),
      replica: createReplica(),
      sent: [],
      undo: [],
      jitter: 0,
    };
    return device;
  });
  return world;
}

function edit(device: Device, table: string, id: string, value: unknown, remember: boolean) {
  const before = device.replica.records.get(recordKey(table, id))?.value ?? null;
  device.sent.push(localEdit(device.replica, device.clock, table, id, value));
  if (remember) device.undo.push({ table, id, before });
}

function deliver(to: Device, changes: readonly Change[], tellClock: boolean) {
  applyChanges(to.replica, changes);
  // The app tells the clock about what arrived; the merge must converge whether or not it does.
  if (tellClock) for (const change of changes) to.clock.receive(change.hlc);
}

const value = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc.record({ pain: fc.integer({ min: 0, max: 2 }), note: fc.constantFrom('stiff', 'better') }),
);

const step = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device: fc.nat(),
      table: fc.constantFrom(...TABLES),
      id: fc.constantFrom(...IDS),
      value,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      device: fc.nat(),
      table: fc.constantFrom(...TABLES),
      id: fc.constantFrom(...IDS),
    }),
  },
  // Undo of an action made on `owner`, carried out on `device` (the same computer or another one).
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('undo' as const), device: fc.nat(), owner: fc.nat() }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      from: fc.nat(),
      to: fc.nat(),
      // Positions into the sender's changes: some missing, some twice, in any order.
      picks: fc.array(fc.nat(), { maxLength: 8, size: 'max' }),
      tellClock: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('time' as const),
      advance: fc.integer({ min: 0, max: 30 * 60_000 }),
      device: fc.nat(),
      jitter: fc.integer({ min: -2 * HOUR, max: 2 * HOUR }),
    }),
  },
);

type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

function run(world: World, steps: readonly Step[]) {
  for (const s of steps) {
    if (s.kind === 'time') {
      world.time += s.advance;
      at(world.devices, s.device).jitter = s.jitter;
    } else if (s.kind === 'edit') edit(at(world.devices, s.device), s.table, s.id, s.value, true);
    else if (s.kind === 'delete') edit(at(world.devices, s.device), s.table, s.id, null, true);
    else if (s.kind === 'undo') {
      const undo = at(world.devices, s.owner).undo.pop();
      if (undo) edit(at(world.devices, s.device), undo.table, undo.id, undo.before, false);
    } else {
      const from = at(world.devices, s.from);
      if (from.sent.length === 0) continue;
      deliver(
        at(world.devices, s.to),
        s.picks.map((p) => at(from.sent, p)),
        s.tellClock,
      );
    }
  }
}

/** Everything everyone sent, delivered to everyone, in an order given by `shuffle`. */
function deliverAll(world: World, shuffle: readonly number[]) {
  const all = world.devices.flatMap((d) => d.sent);
  const order = all.map((change, i) => ({ change, key: shuffle[i % Math.max(shuffle.length, 1)] ?? i }));
  order.sort((x, y) => x.key - y.key);
  for (const device of world.devices)
    deliver(
      device,
      order.map((o) => o.change),
      true,
    );
}

function view(replica: Replica) {
  const records = [...replica.records.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, r]) => ({ key, value: r.value, hlc: r.hlc, base: r.base }));
  return { records, conflicts: openConflicts(replica) };
}

function expectConverged(world: World) {
  const [first, ...rest] = world.devices.map((d) => view(d.replica));
  for (const other of rest) expect(other).toEqual(first);
  return first;
}

const offsets = fc.array(fc.integer({ min: -6 * HOUR, max: 6 * HOUR }), { minLength: 2, maxLength: 3 });
const steps = fc.array(step, { minLength: 5, maxLength: 60, size: 'max' });
const shuffle = fc.array(fc.integer(), { maxLength: 80 });

describe('merging between 2 or 3 computers with clocks hours apart', () => {
  it('ends with the same journal and the same open conflicts everywhere', () => {
    fc.assert(
      fc.property(offsets, steps, shuffle, (skews, script, order) => {
        const world = makeWorld(skews);
        run(world, script);
        deliverAll(world, order);
        const result = expectConverged(world);

        // Each record holds the newest edit anyone made, deletes included.
        const all = world.devices.flatMap((d) => d.sent);
        for (const record of result?.records ?? []) {
          const [table, id] = record.key.split(':');
          const newest = all
            .filter((c) => c.table === table && c.id === id)
            .reduce((a, b) => (a.hlc > b.hlc ? a : b));
          expect(record.hlc).toBe(newest.hlc);
          expect(record.value).toEqual(newest.value);
        }
        expect(result?.records).toHaveLength(new Set(all.map((c) => recordKey(c.table, c.id))).size);
      }),
      { numRuns: 300 },
    );
  });

  it('clears every conflict on every computer once each is settled somewhere', () => {
    fc.assert(
      fc.property(offsets, steps, shuffle, fc.array(fc.nat()), (skews, script, order, choices) => {
        const world = makeWorld(skews);
        run(world, script);
        deliverAll(world, order);
        const conflicts = openConflicts(at(world.devices, 0).replica);
        conflicts.forEach((conflict, i) => {
          const device = at(world.devices, choices[i] ?? i);
          const kept = conflict.versions[(choices[i] ?? 0) % 2];
          if (kept) device.sent.push(keepVersion(device.replica, device.clock, conflict, kept));
        });
        deliverAll(world, order);
        expect(expectConverged(world)?.conflicts).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('never raises a conflict when only one computer edits, however the others receive', () => {
    const onlyFirst = steps.map((script) =>
      script.map((s) =>
        s.kind === 'edit' || s.kind === 'delete' || s.kind === 'undo' ? { ...s, device: 0, owner: 0 } : s,
      ),
    );
    fc.assert(
      fc.property(offsets, onlyFirst, shuffle, (skews, script, order) => {
        const world = makeWorld(skews);
        run(world, script);
        for (const device of world.devices) expect(openConflicts(device.replica)).toEqual([]);
        deliverAll(world, order);
        expect(expectConverged(world)?.conflicts).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('never raises a conflict when every edit is made after taking in all the others', () => {
    fc.assert(
      fc.property(offsets, steps, (skews, script) => {
        const world = makeWorld(skews);
        for (const s of script) {
          if (s.kind === 'deliver') continue;
          const device = at(world.devices, s.device);
          for (const other of world.devices) deliver(device, other.sent, true);
          run(world, [s]);
        }
        deliverAll(world, []);
        expect(expectConverged(world)?.conflicts).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
