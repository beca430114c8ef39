"""``compilemessages`` that also works where GNU gettext is not installed.

Django's command shells out to ``msgfmt``. A fresh laptop with only Python
has no ``msgfmt``, and the quick start must still work there, so this falls
back to ``polib`` (already installed with wagtail-localize) for our own
``locale/`` folder. Where ``msgfmt`` exists, Django's command runs unchanged
and also checks the files' syntax.
"""

import shutil
from pathlib import Path

from django.conf import settings
from django.core.management.commands import compilemessages

import polib


class Command(compilemessages.Command):
    def handle(self, **options):
        if shutil.which(self.program):
            return super().handle(**options)
        for po_path in sorted(Path(p) for base in settings.LOCALE_PATHS for p in Path(base).glob("*/LC_MESSAGES/*.po")):
            po = polib.pofile(str(po_path))
            po.save_as_mofile(str(po_path.with_suffix(".mo")))
            if options["verbosity"] > 0:
                self.stdout.write(f"processing file {po_path.name} in {po_path.parent} (with polib)")
