/** The address printed in a sheet's footer: host, base and page path, without the scheme, e.g. 'mentorfit.org/nl/templates/kickoff/'. */
export function sheetAddress(site: URL | undefined, pathname: string): string {
  const host = site?.host ?? '';
  return `${host}${pathname}`;
}
