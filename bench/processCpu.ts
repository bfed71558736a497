import { readFileSync, readdirSync } from 'node:fs';

/**
 * CPU seconds spent by this process and every process it starts (headless Chromium's browser,
 * renderer and utility processes; LibreOffice behind its launcher) while a piece of work runs.
 * On a machine shared with other work the wall-clock time of a printing says more about the
 * machine's load than about the printing; the CPU time does not. Linux only (read from /proc);
 * elsewhere the figure is left out.
 */
export async function withProcessCpu<T>(work: () => Promise<T>): Promise<{ result: T; cpuSeconds: number | null }> {
  if (process.platform !== 'linux') return { result: await work(), cpuSeconds: null };
  const tick = 100; // USER_HZ: the unit of utime and stime in /proc/<pid>/stat on Linux
  const seen = new Map<string, number>();
  let pollingMicros = 0;
  const poll = () => {
    const before = process.cpuUsage();
    const parents = new Map<number, { parent: number; key: string; ticks: number }>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // fields[1] is the parent, [11] utime, [12] stime, [19] the start time (tells reused pids apart)
        parents.set(Number(name), {
          parent: Number(fields[1]),
          key: `${name}@${fields[19]}`,
          ticks: Number(fields[11]) + Number(fields[12]),
        });
      } catch {
        // the process ended between the listing and the read
      }
    }
    for (const [pid, entry] of parents) {
      let ancestor = entry.parent;
      for (let depth = 0; depth < 16 && ancestor > 1 && ancestor !== process.pid; depth++)
        ancestor = parents.get(ancestor)?.parent ?? 0;
      if (ancestor === process.pid && pid !== process.pid) seen.set(entry.key, entry.ticks);
    }
    const spent = process.cpuUsage(before);
    pollingMicros += spent.user + spent.system;
  };
  const own = process.cpuUsage();
  const timer = setInterval(poll, 100);
  try {
    const result = await work();
    const spent = process.cpuUsage(own);
    const children = [...seen.values()].reduce((sum, ticks) => sum + ticks, 0) / tick;
    // The polling's own cost is not the work's; a process's last tenth of a second before it ends is missed.
    return { result, cpuSeconds: children + (spent.user + spent.system - pollingMicros) / 1e6 };
  } finally {
    clearInterval(timer);
  }
}
