/**
 * Two real Syncthing instances (Debian's `syncthing` package, 1.19) that keep two folders in step, on
 * 127.0.0.1 only. For the sync integration tests of issue 19: each app data folder's sync folder is one side.
 *
 *   const pair = await startSyncthingPair({ folderA, folderB });
 *   // ... write into folderA ...
 *   await pair.waitForIdle(); // folderB now holds the same files
 *   await pair.stop();
 *
 * How nothing leaves 127.0.0.1: the whole config.xml is written by this file before either process starts
 * (`syncthing generate` only makes the key and certificate), with global and local discovery, relays, NAT
 * traversal, STUN, usage and crash reporting and upgrades off, listening on tcp://127.0.0.1 only, and each
 * device knowing the other only by a static tcp://127.0.0.1 address. After start the running config is read
 * back over REST and checked (checkLoopbackOnly), and openSockets() lists every socket of both processes.
 *
 * Syncthing puts a `.stfolder` marker in each folder and, while pulling, `.syncthing.<name>.tmp` files that it
 * renames into place when whole: readers of the sync folder should skip names they do not know.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The folder id both instances share. */
export const SHARED_FOLDER_ID = 'journal-sync';

export interface SyncthingPairOptions {
  /** The folder the first instance keeps in step (created if missing). */
  folderA: string;
  /** The folder the second instance keeps in step (created if missing). */
  folderB: string;
  /** The syncthing binary; default: `syncthing` on PATH. */
  binary?: string;
  /** How long to wait for both to start and connect; default 30 s. */
  startTimeoutMs?: number;
}

export interface SyncthingPair {
  /** Device ids as Syncthing prints them (ABCDEFG-...), of the instances on folderA and folderB. */
  deviceIds: { a: string; b: string };
  /**
   * Asks both to rescan now, then resolves when both folders are idle, neither needs anything and each
   * reports the other fully in step. Rejects after timeoutMs (default 30 s) with both logs' last lines.
   */
  waitForIdle(timeoutMs?: number): Promise<void>;
  /** Stops both processes and removes their homes (the synced folders stay). Safe to call twice. */
  stop(): Promise<void>;
  /** Local and remote address of every TCP/UDP socket both processes hold (Linux /proc), for audits. */
  openSockets(): Promise<SocketAddress[]>;
}

export interface SocketAddress {
  protocol: 'tcp' | 'tcp6' | 'udp' | 'udp6';
  local: string;
  remote: string;
}

/** The syncthing binary on PATH, or null when it is not installed. */
export function findSyncthing(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, 'syncthing');
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

interface Instance {
  name: 'A' | 'B';
  home: string;
  folder: string;
  deviceId: string;
  apiKey: string;
  guiPort: number;
  syncPort: number;
  child?: ChildProcess;
  log: string[];
}

export async function startSyncthingPair(options: SyncthingPairOptions): Promise<SyncthingPair> {
  const binary = options.binary ?? findSyncthing();
  if (!binary) throw new Error('syncthing is not installed (apt-get install -y syncthing)');
  const root = await mkdtemp(join(tmpdir(), 'syncthing-pair-'));
  const ports = await freePorts(4);
  const instance = (name: 'A' | 'B', folder: string, index: number): Instance => ({
    name,
    folder: resolve(folder),
    home: join(root, name),
    guiPort: ports[index * 2] ?? 0,
    syncPort: ports[index * 2 + 1] ?? 0,
    deviceId: '', // read from its certificate once generated
    apiKey: randomBytes(24).toString('hex'),
    log: [],
  });
  const instances = [instance('A', options.folderA, 0), instance('B', options.folderB, 1)];
  const env = {
    ...process.env,
    // No upgrades, no default folder, no monitor process that restarts the real one behind our back.
    STNOUPGRADE: '1',
    STNODEFAULTFOLDER: '1',
    STNORESTART: '1',
    HOME: root,
  };

  let stopped = false;
  async function stop(): Promise<void> {
    if (stopped) return;
    stopped = true;
    await Promise.all(instances.map((instance) => kill(instance.child, instance.home)));
    await rm(root, { recursive: true, force: true });
  }

  try {
    for (const instance of instances) {
      await mkdir(instance.folder, { recursive: true });
      // Syncthing refuses a folder without its marker (it guards against syncing an unmounted disk).
      await mkdir(join(instance.folder, '.stfolder'), { recursive: true });
      await run(binary, ['generate', `--home=${instance.home}`, '--no-default-folder'], { env });
      const { stdout } = await run(binary, ['serve', `--home=${instance.home}`, '--device-id'], { env });
      instance.deviceId = stdout.trim();
    }
    const [a, b] = instances as [Instance, Instance];
    await writeFile(join(a.home, 'config.xml'), configXml(a, b));
    await writeFile(join(b.home, 'config.xml'), configXml(b, a));

    for (const instance of instances) {
      const child = spawn(
        binary,
        ['serve', `--home=${instance.home}`, '--no-browser', '--no-restart', '--no-upgrade', '--logflags=0'],
        { env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      const keep = (chunk: Buffer): void => {
        instance.log.push(...chunk.toString().split('\n').filter(Boolean));
        if (instance.log.length > 200) instance.log.splice(0, instance.log.length - 200);
      };
      child.stdout?.on('data', keep);
      child.stderr?.on('data', keep);
      child.on('exit', (code, signal) => instance.log.push(`(exited: ${code ?? signal})`));
      instance.child = child;
    }

    const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
    await waitUntil(deadline, instances, 'both connected to each other', async () => {
      const [toB, toA] = await Promise.all([
        rest<Connections>(a, '/rest/system/connections'),
        rest<Connections>(b, '/rest/system/connections'),
      ]);
      return Boolean(toB.connections[b.deviceId]?.connected && toA.connections[a.deviceId]?.connected);
    });
    for (const instance of instances) {
      checkLoopbackOnly(await rest<RunningConfig>(instance, '/rest/config'), instance);
    }
  } catch (error) {
    const logs = instances.map(describeLog).join('\n');
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${logs}`, { cause: error });
  }

  const [a, b] = instances as [Instance, Instance];
  return {
    deviceIds: { a: a.deviceId, b: b.deviceId },
    stop,
    openSockets: () => socketsOf(instances),
    async waitForIdle(timeoutMs = 30_000) {
      await Promise.all(
        instances.map((instance) =>
          rest(instance, `/rest/db/scan?folder=${SHARED_FOLDER_ID}`, { method: 'POST' }),
        ),
      );
      const deadline = Date.now() + timeoutMs;
      let inStepTimes = 0;
      await waitUntil(deadline, instances, 'both folders idle and in step', async () => {
        const isInStep = (await inStep(a, b)) && (await inStep(b, a));
        // Twice in a row, so an index update on its way between the polls does not fool us.
        inStepTimes = isInStep ? inStepTimes + 1 : 0;
        return inStepTimes >= 2;
      });
    },
  };
}

interface Connections {
  connections: Record<string, { connected: boolean; address: string } | undefined>;
}
interface FolderStatus {
  state: string;
  needTotalItems: number;
  globalFiles: number;
  globalDirectories: number;
  globalDeleted: number;
  globalBytes: number;
  localFiles: number;
  localBytes: number;
  errors: number;
  pullErrors: number;
}
interface Completion {
  completion: number;
  needItems: number;
  needDeletes: number;
  remoteState: string;
}

async function inStep(self: Instance, other: Instance): Promise<boolean> {
  const status = await rest<FolderStatus>(self, `/rest/db/status?folder=${SHARED_FOLDER_ID}`);
  const theirs = await rest<Completion>(
    self,
    `/rest/db/completion?folder=${SHARED_FOLDER_ID}&device=${other.deviceId}`,
  );
  return (
    status.state === 'idle' &&
    status.needTotalItems === 0 &&
    status.localFiles === status.globalFiles &&
    status.localBytes === status.globalBytes &&
    theirs.completion === 100 &&
    theirs.needItems === 0 &&
    theirs.needDeletes === 0
  );
}

/** The parts of /rest/config this file checks. */
interface RunningConfig {
  devices: { deviceID: string; addresses: string[] }[];
  gui: { address: string };
  folders: { id: string; path: string; devices: { deviceID: string }[] }[];
  options: {
    listenAddresses: string[];
    globalAnnounceEnabled: boolean;
    globalAnnounceServers: string[];
    localAnnounceEnabled: boolean;
    relaysEnabled: boolean;
    natEnabled: boolean;
    urAccepted: number;
    autoUpgradeIntervalH: number;
    crashReportingEnabled: boolean;
    stunServers: string[];
    announceLANAddresses: boolean;
    startBrowser: boolean;
  };
}

/** Throws unless the running config keeps everything on 127.0.0.1. */
function checkLoopbackOnly(config: RunningConfig, instance: Instance): void {
  const { options } = config;
  const isLoopbackTcp = (address: string): boolean => /^tcp:\/\/127\.0\.0\.1:\d+$/.test(address);
  // An empty element keeps the list from falling back to "default" (Syncthing's public servers); it reads
  // back as [""], which names no server.
  const servers = (list: string[]): string[] => list.filter((entry) => entry.trim() !== '');
  const problems = [
    options.listenAddresses.every(isLoopbackTcp) ? null : `listens on ${options.listenAddresses.join(', ')}`,
    options.globalAnnounceEnabled ? 'global discovery is on' : null,
    servers(options.globalAnnounceServers).length > 0
      ? `announce servers ${options.globalAnnounceServers}`
      : null,
    options.localAnnounceEnabled ? 'local discovery is on' : null,
    options.relaysEnabled ? 'relays are on' : null,
    options.natEnabled ? 'NAT traversal is on' : null,
    servers(options.stunServers).length > 0 ? `STUN servers ${options.stunServers}` : null,
    options.urAccepted >= 0 ? 'usage reporting is not declined' : null,
    options.autoUpgradeIntervalH !== 0 ? 'automatic upgrades are on' : null,
    options.crashReportingEnabled ? 'crash reporting is on' : null,
    options.announceLANAddresses ? 'LAN addresses are announced' : null,
    options.startBrowser ? 'it would open a browser' : null,
    /^127\.0\.0\.1:\d+$/.test(config.gui.address) ? null : `GUI on ${config.gui.address}`,
    ...config.devices
      .filter((device) => device.deviceID !== instance.deviceId)
      .map((device) =>
        device.addresses.every(isLoopbackTcp) ? null : `dials ${device.addresses.join(', ')}`,
      ),
  ].filter((problem): problem is string => problem !== null);
  if (problems.length > 0) {
    throw new Error(`Syncthing ${instance.name} is not on 127.0.0.1 only: ${problems.join('; ')}`);
  }
}

function xml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** The whole config of `self`, which shares one folder with `other`. Version 36 is 1.19's. */
function configXml(self: Instance, other: Instance): string {
  const device = (instance: Instance): string => `
    <device id="${instance.deviceId}" name="${instance.name}" compression="metadata" introducer="false">
        <address>${instance === self ? 'dynamic' : `tcp://127.0.0.1:${instance.syncPort}`}</address>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>`;
  return `<configuration version="36">
    <folder id="${SHARED_FOLDER_ID}" label="Journal sync" path="${xml(self.folder)}" type="sendreceive"
            rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="${self.deviceId}"></device>
        <device id="${other.deviceId}"></device>
        <minDiskFree unit="%">0</minDiskFree>
        <markerName>.stfolder</markerName>
    </folder>${device(self)}${device(other)}
    <gui enabled="true" tls="false" debugging="false">
        <address>127.0.0.1:${self.guiPort}</address>
        <apikey>${self.apiKey}</apikey>
        <theme>default</theme>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:${self.syncPort}</listenAddress>
        <globalAnnounceServer></globalAnnounceServer>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <relaysEnabled>false</relaysEnabled>
        <startBrowser>false</startBrowser>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <urSeen>3</urSeen>
        <urURL></urURL>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <releasesURL></releasesURL>
        <crashReportingEnabled>false</crashReportingEnabled>
        <crashReportingURL></crashReportingURL>
        <stunServer></stunServer>
        <announceLANAddresses>false</announceLANAddresses>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
        <setLowPriority>false</setLowPriority>
        <progressUpdateIntervalS>-1</progressUpdateIntervalS>
    </options>
</configuration>
`;
}

async function rest<T>(instance: Instance, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${instance.guiPort}${path}`, {
    ...init,
    headers: { 'X-API-Key': instance.apiKey },
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : null) as T;
}

async function waitUntil(
  deadline: number,
  instances: Instance[],
  what: string,
  isDone: () => Promise<boolean>,
): Promise<void> {
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    for (const instance of instances) {
      if (instance.child && instance.child.exitCode !== null) {
        throw new Error(
          `Syncthing ${instance.name} stopped while waiting for: ${what}\n${describeLog(instance)}`,
        );
      }
    }
    try {
      if (await isDone()) return;
      lastError = null;
    } catch (error) {
      lastError = error; // not listening yet, or between states
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new Error(`Timed out waiting for: ${what}${why}\n${instances.map(describeLog).join('\n')}`);
}

function describeLog(instance: Instance): string {
  return `--- Syncthing ${instance.name} (last lines) ---\n${instance.log.slice(-30).join('\n')}`;
}

async function kill(child: ChildProcess | undefined, home: string): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const inner = await descendantsOf([child.pid]);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // The monitor passes SIGTERM on to the real Syncthing and waits for it.
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  for (const pid of inner) {
    // Only if it outlived its monitor, and only if that pid is still our Syncthing (not a reused number).
    const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (commandLine.includes(home)) process.kill(pid, 'SIGKILL');
  }
}

/** Ports the kernel just handed out on 127.0.0.1; closed again so Syncthing can take them. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((done, fail) => {
          const server = createServer();
          server.once('error', fail);
          server.listen(0, '127.0.0.1', () => done(server));
        }),
    ),
  );
  const ports = servers.map((server) => {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return address.port;
  });
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  return ports;
}

async function socketsOf(instances: Instance[]): Promise<SocketAddress[]> {
  const inodes = new Set<string>();
  const roots = instances.flatMap((instance) => (instance.child?.pid ? [instance.child.pid] : []));
  for (const pid of [...roots, ...(await descendantsOf(roots))]) {
    const fdDir = `/proc/${pid}/fd`;
    for (const fd of await readdir(fdDir).catch(() => [])) {
      const target = await readlink(join(fdDir, fd)).catch(() => '');
      const match = /^socket:\[(\d+)\]$/.exec(target);
      if (match?.[1]) inodes.add(match[1]);
    }
  }
  const sockets: SocketAddress[] = [];
  for (const protocol of ['tcp', 'tcp6', 'udp', 'udp6'] as const) {
    const table = await readFile(`/proc/net/${protocol}`, 'utf8').catch(() => '');
    for (const line of table.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [, local, remote, , , , , , , inode] = fields;
      if (local && remote && inode && inodes.has(inode)) {
        sockets.push({ protocol, local: procAddress(local), remote: procAddress(remote) });
      }
    }
  }
  return sockets;
}

/**
 * Processes below `roots` (Linux /proc). `syncthing serve` is a monitor that runs the real Syncthing as its
 * child, even with --no-restart, so the sockets and the work are one level down.
 */
async function descendantsOf(roots: number[]): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // "pid (name) state ppid ...": the name may hold spaces, so read after its closing parenthesis.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (Number.isInteger(ppid)) parents.set(Number(entry), ppid);
  }
  const found: number[] = [];
  let level = roots;
  while (level.length > 0) {
    level = [...parents].filter(([, ppid]) => level.includes(ppid)).map(([pid]) => pid);
    found.push(...level);
  }
  return found;
}

/** /proc/net's "0100007F:1F90" (little-endian hex) as "127.0.0.1:8080"; IPv6 stays in hex words. */
function procAddress(hex: string): string {
  const [host = '', port = '0'] = hex.split(':');
  const portNumber = parseInt(port, 16);
  if (host.length === 8) {
    const bytes = host.match(/../g) ?? [];
    return `${bytes
      .reverse()
      .map((byte) => parseInt(byte, 16))
      .join('.')}:${portNumber}`;
  }
  return `[${host}]:${portNumber}`;
}
