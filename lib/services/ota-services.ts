import type { Category } from "@/lib/catalog/schema";

// The services whose policies come from the Open Terms Archive captures (lib/services/documents/ota).
// `slug` is the catalogue company's slug where lib/catalog/data/companies.json has the company that
// runs the service, so its page shows the dataset's contact facts beside the policy record; `catalog`
// says why a service stays apart where the catalogue has only a different entity.

export type OtaService = {
  otaSlug: string;
  slug: string;
  name: string;
  website: string;
  categories: Category[];
  catalog: { attached: true } | { attached: false; why: string };
};

const ATTACHED = { attached: true } as const;
const apart = (why: string) => ({ attached: false, why }) as const;

export const otaServices: readonly OtaService[] = [
  {
    otaSlug: "amazon",
    slug: "amazon",
    name: "Amazon.com",
    website: "https://www.amazon.com",
    categories: ["commerce"],
    catalog: apart("The catalogue lists Amazon's European stores (Amazon Europe Core SARL) and AWS; this is the Amazon.com notice."),
  },
  { otaSlug: "apple", slug: "apple", name: "Apple", website: "https://www.apple.com", categories: ["commerce"], catalog: ATTACHED },
  { otaSlug: "bbc", slug: "bbc", name: "BBC", website: "https://www.bbc.co.uk", categories: ["entertainment"], catalog: ATTACHED },
  { otaSlug: "booking", slug: "booking-com", name: "Booking.com", website: "https://www.booking.com", categories: ["travel"], catalog: ATTACHED },
  { otaSlug: "coursera", slug: "coursera-org", name: "Coursera", website: "https://www.coursera.org", categories: ["school"], catalog: ATTACHED },
  { otaSlug: "criteo", slug: "criteo", name: "Criteo", website: "https://www.criteo.com", categories: ["ads"], catalog: ATTACHED },
  {
    otaSlug: "dailymotion",
    slug: "dailymotion",
    name: "Dailymotion",
    website: "https://www.dailymotion.com",
    categories: ["entertainment"],
    catalog: ATTACHED,
  },
  { otaSlug: "deutsche-bahn", slug: "deutsche-bahn", name: "Deutsche Bahn", website: "https://www.bahn.com", categories: ["travel"], catalog: ATTACHED },
  { otaSlug: "discord", slug: "discord", name: "Discord", website: "https://discord.com", categories: ["social media"], catalog: ATTACHED },
  { otaSlug: "duckduckgo", slug: "duckduckgo", name: "DuckDuckGo", website: "https://duckduckgo.com", categories: ["entertainment"], catalog: ATTACHED },
  { otaSlug: "facebook", slug: "facebook", name: "Facebook", website: "https://www.facebook.com", categories: ["social media"], catalog: ATTACHED },
  { otaSlug: "google", slug: "google", name: "Google", website: "https://www.google.com", categories: ["ads"], catalog: ATTACHED },
  {
    otaSlug: "ikea",
    slug: "ikea-ie",
    name: "IKEA (Ireland)",
    website: "https://www.ikea.com/ie/en/",
    categories: ["commerce"],
    catalog: apart("The catalogue's IKEA entries are IKEA Deutschland and IKEA Ibérica; this is the Irish policy."),
  },
  {
    otaSlug: "instacart",
    slug: "instacart",
    name: "Instacart",
    website: "https://www.instacart.com",
    categories: ["commerce"],
    catalog: apart("Not in the catalogue."),
  },
  { otaSlug: "instagram", slug: "instagram", name: "Instagram", website: "https://www.instagram.com", categories: ["social media"], catalog: ATTACHED },
  { otaSlug: "linkedin", slug: "linkedin", name: "LinkedIn", website: "https://www.linkedin.com", categories: ["social media"], catalog: ATTACHED },
  { otaSlug: "lyft", slug: "lyft", name: "Lyft", website: "https://www.lyft.com", categories: ["travel"], catalog: apart("Not in the catalogue.") },
  { otaSlug: "paypal", slug: "paypal", name: "PayPal", website: "https://www.paypal.com", categories: ["finance"], catalog: ATTACHED },
  { otaSlug: "pinterest", slug: "pinterest", name: "Pinterest", website: "https://www.pinterest.com", categories: ["social media"], catalog: ATTACHED },
  { otaSlug: "proton-mail", slug: "proton", name: "Proton Mail", website: "https://proton.me", categories: ["telecommunication"], catalog: ATTACHED },
  { otaSlug: "quora", slug: "quora", name: "Quora", website: "https://www.quora.com", categories: ["social media"], catalog: ATTACHED },
  {
    otaSlug: "roblox",
    slug: "roblox",
    name: "Roblox",
    website: "https://www.roblox.com",
    categories: ["entertainment"],
    catalog: apart("Not in the catalogue."),
  },
  { otaSlug: "samsung", slug: "samsung", name: "Samsung", website: "https://www.samsung.com", categories: ["commerce"], catalog: ATTACHED },
  { otaSlug: "signal", slug: "signal-messenger", name: "Signal", website: "https://signal.org", categories: ["telecommunication"], catalog: ATTACHED },
  { otaSlug: "snapchat", slug: "snapchat", name: "Snapchat", website: "https://www.snapchat.com", categories: ["social media"], catalog: ATTACHED },
  { otaSlug: "steam", slug: "steam", name: "Steam", website: "https://store.steampowered.com", categories: ["entertainment"], catalog: ATTACHED },
  { otaSlug: "taboola", slug: "taboola", name: "Taboola", website: "https://www.taboola.com", categories: ["ads"], catalog: ATTACHED },
  { otaSlug: "telegram", slug: "telegram", name: "Telegram", website: "https://telegram.org", categories: ["telecommunication"], catalog: ATTACHED },
  {
    otaSlug: "the-guardian",
    slug: "theguardian",
    name: "The Guardian",
    website: "https://www.theguardian.com",
    categories: ["entertainment"],
    catalog: ATTACHED,
  },
  { otaSlug: "the-trade-desk", slug: "thetradedesk", name: "The Trade Desk", website: "https://www.thetradedesk.com", categories: ["ads"], catalog: ATTACHED },
  { otaSlug: "tiktok", slug: "tiktok", name: "TikTok", website: "https://www.tiktok.com", categories: ["social media"], catalog: ATTACHED },
  {
    otaSlug: "tinder",
    slug: "tinder",
    name: "Tinder",
    website: "https://tinder.com",
    categories: ["social media"],
    catalog: apart("Not in the catalogue (it lists other Match Group brands, not Tinder)."),
  },
  { otaSlug: "twitch", slug: "twitch", name: "Twitch", website: "https://www.twitch.tv", categories: ["entertainment"], catalog: ATTACHED },
  { otaSlug: "twitter", slug: "twitter", name: "X (Twitter)", website: "https://x.com", categories: ["social media"], catalog: ATTACHED },
  { otaSlug: "vimeo", slug: "vimeo", name: "Vimeo", website: "https://vimeo.com", categories: ["entertainment"], catalog: ATTACHED },
  {
    otaSlug: "wetransfer",
    slug: "wetransfer",
    name: "WeTransfer",
    website: "https://wetransfer.com",
    categories: ["telecommunication"],
    catalog: apart("Not in the catalogue."),
  },
  { otaSlug: "whatsapp", slug: "whatsapp", name: "WhatsApp", website: "https://www.whatsapp.com", categories: ["telecommunication"], catalog: ATTACHED },
  { otaSlug: "yahoo", slug: "verizon-media", name: "Yahoo", website: "https://www.yahoo.com", categories: ["entertainment"], catalog: ATTACHED },
  {
    otaSlug: "youtube",
    slug: "youtube",
    name: "YouTube",
    website: "https://www.youtube.com",
    categories: ["entertainment"],
    catalog: apart("Not in the catalogue; Google LLC's entry is attached to Google's own policy."),
  },
  { otaSlug: "zillow", slug: "zillow", name: "Zillow", website: "https://www.zillow.com", categories: ["commerce"], catalog: apart("Not in the catalogue.") },
  { otaSlug: "zoom", slug: "zoom", name: "Zoom", website: "https://zoom.us", categories: ["telecommunication"], catalog: ATTACHED },
];
