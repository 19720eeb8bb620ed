/** jStat ships no types: the part used here is typed where it is used (stats.ts). */
declare module 'jstat' {
  const jstat: unknown;
  export default jstat;
}
