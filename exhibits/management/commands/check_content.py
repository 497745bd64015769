"""`manage.py check_content`: the editor's pre-publish check over every page of the site,
for CI of content. Prints each page's problems in both languages and exits with status 1
when any page has an error (see exhibits.editorial.prepublish for what is an error)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from wagtail.models import get_page_models

from exhibits.editorial.prepublish import ERROR, INFO, SEVERITIES, WARNING, CheckContext, run_checks
from exhibits.models import BasePage, QRCode

LABELS = {ERROR: "ERROR", WARNING: "warning", INFO: "info"}


def site_pages(drafts):
    """Every visitor page in tree order: live pages as published, or (``drafts``) every
    page as its latest draft."""
    models = [model for model in get_page_models() if issubclass(model, BasePage)]
    pages = {}
    for model in models:
        queryset = model.objects.all() if drafts else model.objects.live()
        for page in queryset:
            pages.setdefault(page.pk, page)
    pages = sorted(pages.values(), key=lambda page: page.path)
    if drafts:
        pages = [page.get_latest_revision_as_object() for page in pages]
    return pages


class Command(BaseCommand):
    help = "Run the pre-publish check over every page; exit with status 1 if any page has an error."

    def add_arguments(self, parser):
        parser.add_argument(
            "--drafts",
            action="store_true",
            help="Check every page's latest draft instead of the live pages.",
        )
        parser.add_argument(
            "--no-weight",
            action="store_true",
            help="Skip the page weight check (it renders every page in both languages).",
        )
        parser.add_argument(
            "--min-severity",
            choices=SEVERITIES,
            default=INFO,
            help="Leave out problems below this severity from the report (default: info).",
        )

    def handle(self, *args, drafts=False, no_weight=False, min_severity=INFO, **options):
        shown = SEVERITIES[: SEVERITIES.index(min_severity) + 1]
        pages = site_pages(drafts)
        context = CheckContext(
            qr_codes={code.page_id: code for code in QRCode.objects.filter(page__isnull=False)},
            weigh=not no_weight,
        )
        totals = dict.fromkeys(SEVERITIES, 0)
        languages = [code for code, _name in settings.LANGUAGES]
        for page in pages:
            problems = run_checks(page, context)
            for problem in problems:
                totals[problem.severity] += 1
            problems = [problem for problem in problems if problem.severity in shown]
            if not problems:
                continue
            edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
            self.stdout.write(f"\n{page.title_zh_hans} · {page.title_en or '—'}  ({edit})")
            for problem in problems:
                where = f" [{problem.field}]" if problem.field else ""
                texts = " / ".join(dict.fromkeys(problem.text(code) for code in languages))
                line = f"  {LABELS[problem.severity]:<7}{where} {texts}"
                style = self.style.ERROR if problem.severity == ERROR else str
                self.stdout.write(style(line))
        summary = (
            f"\n{len(pages)} pages checked: {totals[ERROR]} errors, {totals[WARNING]} warnings, "
            f"{totals[INFO]} notes."
        )
        self.stdout.write(summary)
        if totals[ERROR]:
            raise CommandError(
                f"{totals[ERROR]} errors: publishing these pages would be blocked.", returncode=1
            )
