from django.core.management.base import BaseCommand, CommandError

from catalogue import roles
from catalogue.roles import password_hint


class Command(BaseCommand):
    help = (
        "Set up an MPP's DPMPTSP reviewer group and its 'DPMPTSP review' workflow (and an editor group "
        "for each of its agencies), and optionally add a user to the reviewers. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--mpp", required=True, help="Slug of the MPP page, e.g. mpp-jembrana.")
        parser.add_argument("--user", default="", help="Username to add to the reviewers (created if new).")
        parser.add_argument("--email", default="", help="E-mail address of a new user.")

    def handle(self, *args, **options):
        try:
            mpp = roles.find_mpp(options["mpp"])
            reviewers, editors = roles.setup_mpp(mpp)
            user = None
            if options["user"]:
                user, _created = roles.add_user(reviewers, options["user"], email=options["email"])
        except roles.RoleError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Reviewer group: {reviewers.name} ({len(editors)} agency editor groups)")
        self.stdout.write(f"Workflow: {roles.workflow_name(mpp)}")
        if user is not None:
            self.stdout.write(f"User {user.username} reviews {mpp.title}." + password_hint(user))
