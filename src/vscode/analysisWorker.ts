// Worker thread entry: runs the pure engine off the extension host's main thread.
export {};
