import { readFileSync } from 'node:fs';
import os from 'node:os';

export type Machine = {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  os: string;
  /** 1-minute load average at the start: other work on the machine skews the figures. */
  loadAvg: number;
};

/** What the figures were measured on; figures from different machines are not comparable. */
export function machineInfo(): Machine {
  return {
    cpu: cpuModel(),
    cores: os.cpus().length,
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${distro()} (${os.type()} ${os.release()} ${os.arch()})`,
    loadAvg: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}

/** /proc/cpuinfo names the CPU even where os.cpus() reports an empty or generic model (some VMs). */
function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    const model = line?.split(':')[1]?.trim();
    if (model) return model;
  } catch {
    // not Linux: fall back below
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function distro(): string {
  try {
    const m = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (m?.[1]) return m[1];
  } catch {
    // no os-release: the kernel line alone will do
  }
  return os.platform();
}
