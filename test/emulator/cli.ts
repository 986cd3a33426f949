/** `npm run emulator`: the Salesforce stand-in on its own, until Ctrl-C. */
import { startEmulator } from './server';

const port = Number(process.env.SOFIE_EMULATOR_PORT ?? 8443);
const controlPort = Number(process.env.SOFIE_EMULATOR_CONTROL_PORT ?? 8444);
const emulator = await startEmulator({ port, controlPort });

console.log(
  `Salesforce emulator on https://127.0.0.1:${emulator.port} (every Salesforce host name)`,
);
console.log(`Control API on ${emulator.controlUrl} (loopback only)`);
console.log('Point a Chromium at it with:');
console.log(
  `  --host-resolver-rules="MAP *.salesforce.com 127.0.0.1:${emulator.port}, MAP *.force.com 127.0.0.1:${emulator.port}, MAP *.salesforce-setup.com 127.0.0.1:${emulator.port}" --ignore-certificate-errors`,
);

const stop = () => {
  void emulator.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
