/** Fetches a page's data file (src/lib/data-file.ts) as JSON; fails on any answer but 2xx. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
