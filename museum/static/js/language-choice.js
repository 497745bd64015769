// Remember the language a visitor switches to, so a QR code scanned later
// (/q/..., outside the language prefix) opens in that language. The cookie
// holds only the language code, the one Django's LocaleMiddleware reads.
const COOKIE = "django_language";
const ONE_YEAR = 365 * 24 * 60 * 60;

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-language-choice]");
  if (!link) return;
  const code = link.dataset.languageChoice;
  if (!/^[a-z-]{2,10}$/.test(code)) return;
  document.cookie = `${COOKIE}=${code}; path=/; max-age=${ONE_YEAR}; SameSite=Lax`;
});
