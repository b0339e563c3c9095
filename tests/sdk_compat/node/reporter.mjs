// node:test reporter: one JSON line per finished test ({name, ok, error}), read by
// tests/sdk_compat/test_node_sdk.py.
export default async function* jsonLines(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, nesting, details } = event.data;
    if (nesting !== 0 || details?.type === 'suite') continue;
    const failure = details?.error?.cause ?? details?.error;
    const error = failure
      ? [failure.statusCode ? `HTTP ${failure.statusCode}` : '', failure.message ?? String(failure), failure.data ?? '']
          .filter(Boolean)
          .join(' | ')
      : null;
    yield `${JSON.stringify({ name, ok: event.type === 'test:pass', error })}\n`;
  }
}
