"""Seed the synonym dictionary with the default acronyms, old names and colloquial forms.

Entries that DPMPTSP has edited or added are left alone; only missing terms are added.
"""

from django.db import migrations


def seed(apps, schema_editor):
    from search.analysis import words
    from search.data.synonyms import SYNONYMS

    Synonym = apps.get_model("portal_search", "Synonym")
    existing = set(Synonym.objects.values_list("language", "normalized_term"))
    rows = []
    for language, term, means, kind in SYNONYMS:
        normalized = " ".join(words(term, joined=False))
        if (language, normalized) not in existing:
            existing.add((language, normalized))
            rows.append(Synonym(language=language, term=term, means=means, kind=kind, normalized_term=normalized))
    Synonym.objects.bulk_create(rows)


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0002_fulltext")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
