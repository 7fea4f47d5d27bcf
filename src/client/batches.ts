/**
 * How many of the next blocks to show in one slice: blocks are taken in order while their element
 * counts fit the budget, and always at least one, so a block larger than the budget still shows.
 */
export function blocksThatFit(sizes: readonly number[], budget: number): number {
  let used = 0;
  let count = 0;
  for (const size of sizes) {
    if (count > 0 && used + size > budget) break;
    used += Math.max(size, 0);
    count += 1;
  }
  return count;
}
