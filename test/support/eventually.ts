/** Retries an async read until it returns what is expected (UI updates settle a moment after a click). */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    value = await read();
  }
  return value;
}
