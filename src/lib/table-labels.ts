const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Gives every body cell of an HTML table a `data-label` with its column's header text, so narrow
 * screens can show each row as a small card ("Buddy system: Peers at the same level").
 */
export function labelTableCells(html: string): string {
  const head = /<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1];
  if (!head) return html;
  const labels = [...head.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, '').trim(),
  );
  return html.replace(/<tbody>([\s\S]*?)<\/tbody>/g, (_body, rows: string) => {
    const labelled = rows.replace(/<tr>([\s\S]*?)<\/tr>/g, (_row, cells: string) => {
      let column = 0;
      const withLabels = cells.replace(/<(td|th)(\s[^>]*)?>/g, (_cell, tag: string, attributes = '') => {
        const label = labels[column++] ?? '';
        return `<${tag}${attributes} data-label="${escapeAttribute(label)}">`;
      });
      return `<tr>${withLabels}</tr>`;
    });
    return `<tbody>${labelled}</tbody>`;
  });
}
