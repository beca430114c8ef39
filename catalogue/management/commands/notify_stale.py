"""E-mail each agency's editors the services that are due for review.

Uses Django's mail settings (``EMAIL_URL``; printed to the console by default).
Run it from cron, e.g. every Monday morning.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from catalogue import review, roles
from catalogue.models import MPPLocationPage


class Command(BaseCommand):
    help = "E-mail the editors of each agency the services not reviewed within their MPP's review interval."

    def add_arguments(self, parser):
        parser.add_argument("--mpp", action="append", default=[], help="Only this MPP (slug); may repeat.")
        parser.add_argument("--dry-run", action="store_true", help="Say who would be e-mailed, send nothing.")

    def handle(self, *args, **options):
        try:
            mpps = [roles.find_mpp(slug) for slug in options["mpp"]] or list(
                MPPLocationPage.objects.filter(locale=Locale.get_default()).order_by("title")
            )
        except roles.RoleError as error:
            raise CommandError(str(error)) from error
        today = timezone.localdate()
        sent = 0
        with translation.override(settings.LANGUAGE_CODE):
            for mpp in mpps:
                by_agency = {}
                for service in review.stale_services(mpp, today):
                    by_agency.setdefault(service.get_parent().pk, []).append(service)
                for services in by_agency.values():
                    agency = services[0].get_parent().specific
                    recipients = [user.email for user in roles.editors_of(agency) if user.email]
                    if not recipients:
                        self.stdout.write(f"{agency.title}: {len(services)} services due, but no editor has an e-mail.")
                        continue
                    if options["dry_run"]:
                        self.stdout.write(f"{agency.title}: would e-mail {', '.join(recipients)}")
                        continue
                    send_mail(
                        self.subject(mpp, services),
                        self.body(mpp, agency, services),
                        None,
                        recipients,
                    )
                    sent += 1
        self.stdout.write(f"{sent} reminders sent.")

    def subject(self, mpp, services):
        return _("%(count)s services to review at %(mpp)s") % {"count": len(services), "mpp": mpp.title}

    def body(self, mpp, agency, services):
        lines = [
            _("Hello, editors of %(agency)s,") % {"agency": agency.title},
            "",
            _(
                "These services have not been reviewed for %(months)s months. Please check that "
                "they are still right, then send them for review to %(office)s:"
            )
            % {"months": mpp.review_interval_months, "office": mpp.operator_name},
            "",
        ]
        for service in services:
            reviewed = service.last_reviewed.isoformat() if service.last_reviewed else _("never")
            url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/pages/{service.pk}/edit/"
            lines.append(f"- {service.title} ({_('last reviewed')}: {reviewed})\n  {url}")
        lines += ["", _("Thank you.")]
        return "\n".join(lines)
