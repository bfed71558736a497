/**
 * What a program Paraat starts (the headless Chromium that prints a PDF) may see of Paraat's own
 * environment: everything it needs to run, nothing secret. The passphrase of `PARAAT_PASSPHRASE`
 * and every other `PARAAT_` setting stay with Paraat, as do variables that by their name hold a
 * secret (a token, a password, a key) that the user's shell happened to export.
 */
const SECRET_NAME = /PASS|SECRET|TOKEN|CREDENTIAL|PRIVATE|API_?KEY|ACCESS_?KEY/i;

export function environmentWithoutSecrets(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !name.toUpperCase().startsWith('PARAAT_') && !SECRET_NAME.test(name)),
  );
}
