import Image from "next/image";
import { useTranslations } from "next-intl";
import { cn } from "../ui/cn";

/** A concert poster in a fixed 3:4 frame (no layout shift), or a gradient when there is none. */
export function Poster({
  src,
  title,
  className,
  priority = false,
}: {
  src: string | null;
  title: string;
  className?: string;
  priority?: boolean;
}) {
  const t = useTranslations("concerts");
  return (
    <div
      className={cn(
        className?.includes("aspect-") ? "" : "aspect-[3/4]",
        "relative overflow-hidden rounded-xl bg-gradient-to-br from-brand-600 to-slate-900",
        className,
      )}
    >
      {src ? (
        <Image
          src={src}
          alt={t("poster", { title })}
          fill
          unoptimized
          priority={priority}
          sizes="(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 100vw"
          className="object-cover"
        />
      ) : (
        <span aria-hidden="true" className="absolute inset-0 grid place-items-center text-4xl font-bold text-white/80">
          {title.charAt(0)}
        </span>
      )}
    </div>
  );
}
