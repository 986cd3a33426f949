import { generate } from 'selfsigned';

export interface TlsMaterial {
  key: string;
  cert: string;
}

/** Names the certificate covers; the test browser also runs with --ignore-certificate-errors. */
const NAMES = [
  '*.salesforce.com',
  '*.my.salesforce.com',
  '*.sandbox.my.salesforce.com',
  '*.lightning.force.com',
  '*.sandbox.lightning.force.com',
  '*.force.com',
  '*.my.salesforce-setup.com',
  'localhost',
];

/** A self-signed certificate made at start-up: nothing secret is committed. */
export async function makeCertificate(): Promise<TlsMaterial> {
  const notBeforeDate = new Date(Date.now() - 86_400_000);
  const notAfterDate = new Date(Date.now() + 30 * 86_400_000);
  const pems = await generate([{ name: 'commonName', value: 'salesforce.com' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          ...NAMES.map((value) => ({ type: 2 as const, value })),
          { type: 7 as const, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
