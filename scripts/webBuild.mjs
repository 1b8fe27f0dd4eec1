// The web build (dist/web/): the extension for VS Code's web worker extension host and its analysis web
// worker. Shared by esbuild.mjs and the unit test that checks the bundle holds no Node built-in.
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';

/**
 * The web build's module map: the few Node-only modules the editor code uses are replaced by their web
 * versions (src/web/), and any other Node built-in fails the build, naming who imported it.
 */
const WEB = resolve(import.meta.dirname, '../src/web');
const webRedirects = [
  { filter: /^(node:)?perf_hooks$/, to: 'shims/perfHooks.ts' },
  { filter: /^(node:)?os$/, to: 'shims/os.ts' },
  { filter: /^(node:)?worker_threads$/, to: 'shims/workerThreads.ts' },
  { filter: /\/node\/realPaths$/, to: 'shims/realPaths.ts' },
  { filter: /\/node\/analysisCache$/, to: 'analysisCache.ts' },
  { filter: /\/node\/chunkedTransfer$/, to: 'shims/chunkedTransfer.ts' },
  { filter: /^\.\/folderStore$/, to: 'folderStore.ts' },
  { filter: /^\.\/analysisEngine$/, to: 'analysisEngine.ts' },
  { filter: /\/workerLocation$/, to: 'workerLocation.ts' },
];
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
export const webPlugin = {
  name: 'triangulate-web',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.importer.startsWith(WEB + '/')) {
        // the web modules import the originals they stand in for
        if (builtins.has(args.path)) { return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer}` }] }; }
        return undefined;
      }
      const hit = webRedirects.find((r) => r.filter.test(args.path));
      if (hit) { return { path: join(WEB, hit.to) }; }
      if (builtins.has(args.path) || builtins.has(args.path.split('/')[0])) {
        return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer} has no place in the web build` }] };
      }
      return undefined;
    });
  },
};

/** The options of a web bundle: esbuild's `common` options for the browser, with the module map. */
export function webOptions(common) {
  return {
    ...common,
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    inject: [join(WEB, 'shims/globals.ts')],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [webPlugin],
  };
}
