// Finds AWS-looking numbers typed into page prose; used by the page checks in pages.test.ts.

/** The page without front matter, fenced code, inline code, JSX tags and import lines. */
export function proseOf(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<[A-Za-z][^>]*?\/?>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}

// A number followed by a unit of size, time, money or share: the shape of an AWS limit.
const TYPED_LIMIT =
  /(?<![\w.-])(\$\s?\d[\d,.]*|\d[\d,.]*\s?(?:bytes?|KB|MB|GB|TB|KiB|MiB|GiB|ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|px|pixels|%|percent)(?![\w]))/g;

export function typedLimits(source: string): string[] {
  return [...proseOf(source).matchAll(TYPED_LIMIT)].map((match) => match[0]);
}

// The same, spelled out: "one-month commitment", "fifteen minutes".
const SPELLED_LIMIT =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|hundred)[- ](?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|bytes?|kilobytes?|megabytes?|gigabytes?)\b/gi;

export function spelledLimits(source: string): string[] {
  return [...proseOf(source).matchAll(SPELLED_LIMIT)].map((match) => match[0]);
}
