/**
 * Runs one job in a Web Worker, so a long computation does not freeze the window. Where a worker cannot
 * start, or fails, the same function runs here instead (slower to respond, same result). The promise
 * rejects only when that fallback fails too.
 *
 * `start` must contain the literal `new Worker(new URL('…', import.meta.url), …)`: that is how the bundler
 * finds the worker's file.
 */
export function runOnceInWorker<Input, Output>(
  start: () => Worker,
  input: Input,
  fallback: (input: Input) => Output,
): { result: Promise<Output>; cancel: () => void } {
  let worker: Worker;
  try {
    worker = start();
  } catch {
    return { result: new Promise((resolve) => resolve(fallback(input))), cancel: () => undefined };
  }
  const result = new Promise<Output>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Output>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = () => {
      worker.terminate();
      try {
        resolve(fallback(input));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.postMessage(input);
  });
  return { result, cancel: () => worker.terminate() };
}
