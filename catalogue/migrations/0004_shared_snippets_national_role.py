"""Shared catalogue data is changed only by the national catalogue role.

Reviewer groups set up before this rule held add/change/delete on the shared snippets
(``catalogue.roles.SHARED_SNIPPETS``): take those away; they keep "view".
"""

from django.db import migrations

# A migration keeps its own copy: it must not change when the declaration in roles.py grows.
SHARED_SNIPPETS = [("portal_search", "synonym"), ("catalogue", "requirementdocument"), ("catalogue", "lifeevent")]


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for app, model in SHARED_SNIPPETS:
        writes = Permission.objects.filter(
            content_type__app_label=app, codename__in=[f"{action}_{model}" for action in ("add", "change", "delete")]
        )
        for group in Group.objects.filter(name__startswith="DPMPTSP reviewers: "):
            group.permissions.remove(*writes)


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0003_review"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(revoke, migrations.RunPython.noop)]
