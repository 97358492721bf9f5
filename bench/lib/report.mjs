// Figures as the benches print them: medians, Markdown tables, the machine a run was on.
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Seconds since `started` (a performance.now() value). @param {number} started */
export const secondsSince = (started) => (performance.now() - started) / 1000;

/** 'Node v22.13.0, 2 CPUs' */
export const machine = () => `Node ${process.version}, ${cpus().length} CPUs`;

/**
 * Prints a Markdown table.
 * @param {string[]} head
 * @param {(string | number)[][]} rows
 * @param {string} align   one letter a column: l (left) or r (right); default: the first left, the rest right
 */
export function printTable(head, rows, align = `l${'r'.repeat(head.length - 1)}`) {
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${[...align].map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}
