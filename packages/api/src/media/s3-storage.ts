/**
 * Media files in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, Garage), for blogs that
 * run several instances: every instance sees every upload. Chosen by MEDIA_STORAGE=s3://bucket/prefix.
 */
import type * as S3Sdk from "@aws-sdk/client-s3";
import type { S3Client, S3ClientConfig } from "@aws-sdk/client-s3";
import type { Env } from "@crestwood/config";
import type { MediaStorage } from "./storage";
import { parseVariantName } from "./variants";

export interface S3Location {
  bucket: string;
  /** Key prefix without leading or trailing slash; "" for the bucket's root. */
  prefix: string;
}

type Sdk = typeof S3Sdk;
let sdk: Promise<Sdk> | undefined;
/** The SDK is large: loaded on first use, so processes that keep media in a folder never load it. */
const loadSdk = () => (sdk ??= import("@aws-sdk/client-s3"));

export function s3ConfigFromEnv(env: Env): S3ClientConfig {
  const credentials =
    env.MEDIA_S3_ACCESS_KEY_ID && env.MEDIA_S3_SECRET_ACCESS_KEY
      ? { accessKeyId: env.MEDIA_S3_ACCESS_KEY_ID, secretAccessKey: env.MEDIA_S3_SECRET_ACCESS_KEY }
      : undefined;
  return {
    region: env.MEDIA_S3_REGION,
    ...(env.MEDIA_S3_ENDPOINT ? { endpoint: env.MEDIA_S3_ENDPOINT } : {}),
    forcePathStyle: env.MEDIA_S3_FORCE_PATH_STYLE ?? env.MEDIA_S3_ENDPOINT !== null,
    ...(credentials ? { credentials } : {}),
    // The SDK's default checksums (CRC32 trailers on every upload) are refused by S3-compatible
    // servers other than AWS: send them only where the API requires one.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  };
}

function isMissing(error: unknown): boolean {
  const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return failure?.name === "NoSuchKey" || failure?.name === "NotFound" || failure?.$metadata?.httpStatusCode === 404;
}

export class S3MediaStorage implements MediaStorage {
  private client: S3Client | undefined;

  constructor(
    private readonly config: S3ClientConfig,
    private readonly location: S3Location,
  ) {}

  private async s3(): Promise<{ client: S3Client; sdk: Sdk }> {
    const loaded = await loadSdk();
    this.client ??= new loaded.S3Client(this.config);
    return { client: this.client, sdk: loaded };
  }

  private key(name: string): string {
    if (!parseVariantName(name)) throw new Error(`Not a media file name: ${JSON.stringify(name)}`);
    return this.location.prefix ? `${this.location.prefix}/${name}` : name;
  }

  /** One PUT: an object store shows a whole object or none, never half a file. */
  async put(name: string, data: Buffer): Promise<void> {
    const parsed = parseVariantName(name);
    const { client, sdk } = await this.s3();
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: this.location.bucket,
        Key: this.key(name),
        Body: data,
        ContentLength: data.length,
        ContentType: parsed?.contentType,
        // Names carry the content's hash: whoever serves the object directly may cache it for good.
        CacheControl: "public, max-age=31536000, immutable",
      }),
    );
  }

  async get(name: string): Promise<Buffer | null> {
    const { client, sdk } = await this.s3();
    try {
      const answer = await client.send(new sdk.GetObjectCommand({ Bucket: this.location.bucket, Key: this.key(name) }));
      if (!answer.Body) return null;
      return Buffer.from(await answer.Body.transformToByteArray());
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(name: string): Promise<void> {
    const { client, sdk } = await this.s3();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.location.bucket, Key: this.key(name) }));
  }

  async exists(name: string): Promise<boolean> {
    const { client, sdk } = await this.s3();
    try {
      await client.send(new sdk.HeadObjectCommand({ Bucket: this.location.bucket, Key: this.key(name) }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }
}
