from django.core.management.base import BaseCommand, CommandError

from catalogue import roles
from catalogue.models.agency import AGENCY_KINDS
from catalogue.roles import password_hint


class Command(BaseCommand):
    help = (
        "Give an agency at an MPP its editor group (add and edit its pages, send them for review), "
        "creating the agency page if it does not exist, and add a user to the group. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--mpp", required=True, help="Slug of the MPP page, e.g. mpp-jembrana.")
        parser.add_argument("--agency", required=True, help="Slug of the agency page under the MPP, e.g. dukcapil.")
        parser.add_argument("--title", default="", help="Name of a new agency, e.g. 'Dinas Sosial Kabupaten Jembrana'.")
        parser.add_argument("--acronym", default="", help="Acronym of a new agency, e.g. Dinsos.")
        parser.add_argument("--kind", default="", choices=["", *dict(AGENCY_KINDS)], help="Kind of a new agency.")
        parser.add_argument("--description", default="", help="One sentence about a new agency.")
        parser.add_argument("--user", default="", help="Username to add to the agency's editors (created if new).")
        parser.add_argument("--email", default="", help="E-mail address of a new user.")

    def handle(self, *args, **options):
        try:
            mpp = roles.find_mpp(options["mpp"])
            agency, group, user, created = roles.onboard_agency(
                mpp,
                options["agency"],
                title=options["title"],
                acronym=options["acronym"],
                kind=options["kind"],
                description=options["description"],
                username=options["user"],
                email=options["email"],
            )
        except roles.RoleError as error:
            raise CommandError(str(error)) from error
        if created:
            self.stdout.write(self.style.SUCCESS(f"Agency created and published: {agency.title} ({agency.url_path})"))
        self.stdout.write(f"Editor group: {group.name}")
        if user is not None:
            self.stdout.write(f"User {user.username} is an editor of {agency.title}." + password_hint(user))
