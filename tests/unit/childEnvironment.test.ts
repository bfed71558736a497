import { describe, expect, it } from 'vitest';
import { environmentWithoutSecrets } from '../../src/export/childEnvironment';

describe('the environment a started program gets', () => {
  it('keeps what a program needs to run and leaves out the passphrase and other secrets', () => {
    const given = {
      PATH: '/usr/bin',
      HOME: '/home/coordinator',
      LANG: 'nl_BE.UTF-8',
      DISPLAY: ':0',
      XAUTHORITY: '/run/user/1000/xauth',
      PARAAT_PASSPHRASE: 'correct horse battery staple',
      PARAAT_CHROMIUM: '/usr/bin/chromium',
      GITHUB_TOKEN: 'ghp_x',
      AWS_SECRET_ACCESS_KEY: 'x',
      MYSQL_PWD_PASSWORD: 'x',
      OPENAI_API_KEY: 'x',
    };
    expect(environmentWithoutSecrets(given)).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/coordinator',
      LANG: 'nl_BE.UTF-8',
      DISPLAY: ':0',
      XAUTHORITY: '/run/user/1000/xauth',
    });
  });
});
