import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../domain/passphrase';
import { PlanError } from '../domain/errors';
import { withAppHandlers } from './appHandlers';
import { type CommandOutcome, refuseExisting } from './exportCommands';

/** Where a passphrase comes from: never an argument, which would end up in the shell's history and the process list. */
export interface SecretSource {
  env?: NodeJS.ProcessEnv;
  /** Asks on the terminal without echoing; absent when there is no terminal. */
  readSecret?: (prompt: string) => Promise<string>;
}

const NO_PASSPHRASE =
  'Give the passphrase in the environment variable PARAAT_PASSPHRASE, or run the command in a terminal to be asked for it.';

/** Reads a passphrase without echoing it (a terminal in raw mode); Ctrl+C cancels. */
export function terminalSecret(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') {
          finish();
          return resolve(value);
        }
        if (character === '\u0003') {
          finish();
          return reject(new Error('Cancelled'));
        }
        if (character === '\u007f' || character === '\b') value = [...value].slice(0, -1).join('');
        else value += character;
      }
    };
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    stdin.on('data', onData);
  });
}

function defaultSource(source: SecretSource): Required<Pick<SecretSource, 'env'>> & SecretSource {
  return {
    env: source.env ?? process.env,
    readSecret: source.readSecret ?? (process.stdin.isTTY ? terminalSecret : undefined),
  };
}

/** The passphrase to open a copy with: PARAAT_PASSPHRASE, else asked once. */
async function passphraseToOpen(source: SecretSource): Promise<string | null> {
  const { env, readSecret } = defaultSource(source);
  if (env.PARAAT_PASSPHRASE) return env.PARAAT_PASSPHRASE;
  return readSecret ? readSecret('Passphrase: ') : null;
}

/** The passphrase to encrypt with: PARAAT_PASSPHRASE, else asked twice; refused when too short. */
export async function passphraseToEncrypt(source: SecretSource): Promise<{ passphrase: string } | { usage: string }> {
  const { env, readSecret } = defaultSource(source);
  let passphrase = env.PARAAT_PASSPHRASE;
  if (!passphrase) {
    if (!readSecret) return { usage: NO_PASSPHRASE };
    passphrase = await readSecret(`Passphrase (at least ${MIN_PASSPHRASE_LENGTH} characters): `);
    if ((await readSecret('Passphrase again: ')) !== passphrase)
      return { usage: 'The two passphrases differ; nothing was written.' };
  }
  if (passphraseProblem(passphrase) === 'too-short')
    return { usage: `The passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters; nothing was written.` };
  return { passphrase };
}

export const NOT_STORED =
  'The passphrase is not stored anywhere: keep it where the organisation keeps its passwords (its password manager, say). It cannot be recovered.';

/** `paraat decrypt <in.paraatx> <out.paraat>`: an ordinary, editable plan file from an encrypted copy, as the app opens one and saves a copy. */
export async function decryptCommand(
  input: string,
  output: string,
  resourcesDirectory: string,
  source: SecretSource = {},
): Promise<CommandOutcome> {
  const refused = refuseExisting(output);
  if (refused) return refused;
  const passphrase = await passphraseToOpen(source);
  if (passphrase === null) return { ok: false, usage: NO_PASSPHRASE };
  // An empty answer opens nothing: no copy is encrypted without a passphrase.
  if (passphrase === '')
    throw new PlanError('wrong-passphrase', `The passphrase does not open this plan copy: ${input}`, { path: input });
  await withAppHandlers(resourcesDirectory, {}, async (app) => {
    await app.call('plan.openEncrypted', { path: input, passphrase });
    await app.call('plan.saveCopy', undefined, output);
  });
  return { ok: true, messages: [`Plan decrypted to ${output} (an ordinary plan file: keep it on an encrypted disk).`] };
}

/** `paraat encrypt <plan.paraat> <out.paraatx>`: an encrypted copy for a USB stick, as the app saves one. */
export async function encryptCommand(
  input: string,
  output: string,
  resourcesDirectory: string,
  source: SecretSource = {},
): Promise<CommandOutcome> {
  const refused = refuseExisting(output);
  if (refused) return refused;
  return withAppHandlers(resourcesDirectory, {}, async (app): Promise<CommandOutcome> => {
    await app.call('plan.open', { path: input });
    const answer = await passphraseToEncrypt(source);
    if ('usage' in answer) return { ok: false, usage: answer.usage };
    await app.call('plan.saveEncryptedCopy', { passphrase: answer.passphrase }, output);
    return { ok: true, messages: [`Encrypted copy written to ${output} and verified.`, NOT_STORED] };
  });
}
