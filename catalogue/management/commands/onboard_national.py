from django.core.management.base import BaseCommand, CommandError

from catalogue import roles
from catalogue.roles import password_hint


class Command(BaseCommand):
    help = (
        "Set up the national catalogue group, the only role that changes the shared catalogue data "
        "(requirement documents, life events, synonyms), and optionally add a user to it. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--user", default="", help="Username to add to the national catalogue (created if new).")
        parser.add_argument("--email", default="", help="E-mail address of a new user.")

    def handle(self, *args, **options):
        group = roles.setup_national()
        self.stdout.write(f"Group: {group.name}")
        if options["user"]:
            try:
                user, _created = roles.add_user(group, options["user"], email=options["email"])
            except roles.RoleError as error:
                raise CommandError(str(error)) from error
            self.stdout.write(f"User {user.username} keeps the shared catalogue data." + password_hint(user))
