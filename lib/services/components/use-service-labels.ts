import { useTranslations } from "next-intl";
import type { ChannelPurpose, IdentityItem, RegimeId, RightId } from "../types";

/** The names of rights, laws, purposes and identity items in the reader's language. */
export function useServiceLabels() {
  const rights = useTranslations("rights");
  const t = useTranslations("services.labels");
  return {
    right: (right: RightId) => rights(right),
    regimes: (regimes: readonly RegimeId[]) => (regimes.length === 0 ? t("noLaw") : regimes.map((r) => t(`regimes.${r}`)).join(", ")),
    purpose: (purpose: ChannelPurpose) => t(`purposes.${purpose}`),
    identity: (item: IdentityItem) => t(`identity.${item}`),
  };
}
