/**
 * CPU time of the whole process so far, every thread and start-up included, user and
 * system, in ms. Both cores stay busy through most of a run, so the lint's CPU beside the
 * floor's shows how much more work it does, whichever thread does it.
 */
export function processCpuMs(): number {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  return (userCPUTime + systemCPUTime) / 1000;
}
