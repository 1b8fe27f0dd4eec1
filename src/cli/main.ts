// `triangulate analyze <folder|files...>`: the command-line twin of the extension.
// Exit codes: 0 success, 1 analysis error, 2 usage error or missing input.
import { version } from '../../package.json';
import { parseCliArgs, UsageError, USAGE } from './args';
import { runAnalyze, type CliIO } from './analyzeCommand';
import { PathError } from '../node/fileWalker';

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`triangulate: ${e.message}\nTry 'triangulate --help' for more information.\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') { io.stdout(USAGE + '\n'); return 0; }
  if (args.command === 'version') { io.stdout(`triangulate ${version}\n`); return 0; }
  try {
    return await runAnalyze(args, io);
  } catch (e) {
    if (e instanceof PathError) {
      io.stderr(`triangulate: ${e.message}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    io.stderr(`triangulate: analysis failed: ${err.code ? `${err.code}: ` : ''}${err.message}\n`);
    if (process.env.TRIANGULATE_DEBUG) { io.stderr(`${err.stack}\n`); }
    return 1;
  }
}

if (require.main === module) {
  // A closed pipe (`triangulate analyze . | head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') { process.exit(0); }
    throw e;
  });
  runCli(process.argv.slice(2), {
    stdout: (s) => { process.stdout.write(s); },
    stderr: (s) => { process.stderr.write(s); },
  }).then((code) => { process.exitCode = code; });
}
