// What a web page's own script can learn of the extension's files: it fetches each address (every one
// should be refused) and lists the resource timings that are not its own (there should be none). Runs
// in the page, passed to Playwright's or puppeteer's evaluate.
export async function probeExtensionFiles(urls: string[]): Promise<{ fetched: string[]; named: string[] }> {
  const fetched = await Promise.all(
    urls.map((url) =>
      fetch(url).then(
        (r) => `status ${r.status}`,
        () => 'refused',
      ),
    ),
  );
  const named = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => !name.startsWith(location.origin));
  return { fetched, named };
}
