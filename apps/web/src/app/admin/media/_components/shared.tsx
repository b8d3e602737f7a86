import Link from "next/link";
import { messages, type LanguageCode } from "@crestwood/i18n";

export function isUnauthorized(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "UNAUTHORIZED";
}

export function SignInFirst({ language }: { language: LanguageCode }) {
  return (
    <div>
      <h1>{messages[language].media.title}</h1>
      <p>
        <Link href="/admin">{messages[language].media.signInFirst}</Link>
      </p>
    </div>
  );
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
