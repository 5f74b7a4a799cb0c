import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";
import { isoCBOR } from "@simplewebauthn/server/helpers";

// A software WebAuthn authenticator for API tests: an ES256 key pair made with node:crypto, and the
// "none" attestation and the assertions a browser would hand back, built byte for byte as the
// WebAuthn spec lays them out (authenticator data, COSE key, CBOR attestation object).

const UP = 0x01;
const UV = 0x04;
const BE = 0x08;
const BS = 0x10;
const AT = 0x40;

const b64url = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString("base64url");
const sha256 = (bytes: Uint8Array | Buffer | string) => createHash("sha256").update(bytes).digest();

type Options = {
  /** The origin the "browser" reports in clientDataJSON. */
  origin?: string;
  /** The counter it starts at; `counterStep` 0 keeps it there, as synced passkeys do. */
  counter?: number;
  counterStep?: number;
  /** A synced passkey: backup-eligible and backed up. */
  synced?: boolean;
};

type JsonObject = Record<string, unknown>;

export class SoftAuthenticator {
  readonly credentialId = randomBytes(16);
  private readonly privateKey: KeyObject;
  private readonly publicJwk: { x: string; y: string };
  private userHandle: string | undefined;
  origin: string;
  counter: number;
  private readonly counterStep: number;
  private readonly synced: boolean;

  constructor(options: Options = {}) {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.privateKey = privateKey;
    const jwk = publicKey.export({ format: "jwk" });
    this.publicJwk = { x: jwk.x ?? "", y: jwk.y ?? "" };
    this.origin = options.origin ?? "http://portico.test";
    this.counter = options.counter ?? 0;
    this.counterStep = options.counterStep ?? 1;
    this.synced = options.synced ?? false;
  }

  get id(): string {
    return b64url(this.credentialId);
  }

  private flags(extra: number): number {
    return UP | UV | (this.synced ? BE | BS : 0) | extra;
  }

  private counterBytes(): Buffer {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32BE(this.counter);
    return bytes;
  }

  private clientData(type: string, challenge: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin: this.origin, crossOrigin: false }));
  }

  /** The answer to `startRegistration(options)`, as JSON text for the API. */
  register(optionsJson: string): string {
    const options = JSON.parse(optionsJson) as { challenge: string; rp: { id: string }; user: { id: string } };
    this.userHandle = options.user.id;
    const cosePublicKey = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, Buffer.from(this.publicJwk.x, "base64url")],
        [-3, Buffer.from(this.publicJwk.y, "base64url")],
      ]),
    );
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    const authData = Buffer.concat([
      sha256(options.rp.id),
      Buffer.from([this.flags(AT)]),
      this.counterBytes(),
      Buffer.alloc(16), // AAGUID: none given with "none" attestation
      idLength,
      this.credentialId,
      Buffer.from(cosePublicKey),
    ]);
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Map<string, string> | Uint8Array>([
        ["fmt", "none"],
        ["attStmt", new Map<string, string>()],
        ["authData", new Uint8Array(authData)],
      ]),
    );
    return JSON.stringify({
      id: this.id,
      rawId: this.id,
      type: "public-key",
      response: {
        clientDataJSON: b64url(this.clientData("webauthn.create", options.challenge)),
        attestationObject: b64url(attestationObject),
        transports: ["internal"],
      },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    });
  }

  /** The answer to `startAuthentication(options)`, as JSON text; each call moves the counter on. */
  assert(optionsJson: string, rpId = new URL(this.origin).hostname): string {
    const options = JSON.parse(optionsJson) as JsonObject & { challenge: string };
    this.counter += this.counterStep;
    const authData = Buffer.concat([sha256(rpId), Buffer.from([this.flags(0)]), this.counterBytes()]);
    const clientDataJSON = this.clientData("webauthn.get", options.challenge);
    const signature = sign("sha256", Buffer.concat([authData, sha256(clientDataJSON)]), this.privateKey);
    return JSON.stringify({
      id: this.id,
      rawId: this.id,
      type: "public-key",
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        ...(this.userHandle ? { userHandle: this.userHandle } : {}),
      },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    });
  }
}
