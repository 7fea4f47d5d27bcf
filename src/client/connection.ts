// What the browser says of the reader's connection (the Network Information API, where it exists).

interface Connection {
  effectiveType?: string;
  saveData?: boolean;
}

function connection(): Connection | undefined {
  return (navigator as Navigator & {connection?: Connection}).connection;
}

/** Whether the reader asked their browser to save data. */
export function savesData(): boolean {
  return connection()?.saveData === true;
}

/** Whether the connection is slow (2G) or saves data: then nothing is fetched ahead of need. */
export function slowConnection(): boolean {
  return savesData() || connection()?.effectiveType?.includes('2g') === true;
}
