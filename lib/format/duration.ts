/** Rally timing style: 4h04'59", 55'51", 12'03". */
export function formatStageTime(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mmss = `${String(minutes).padStart(hours > 0 ? 2 : 1, "0")}'${String(seconds).padStart(2, "0")}"`;
  return hours > 0 ? `${hours}h${mmss}` : mmss;
}
