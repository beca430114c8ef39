"""The tree's root page is titled in Indonesian: the admin's breadcrumbs and page chooser show its
title to every editor, and Wagtail creates it as "Root" (a title is data, not a translatable string)."""

from django.db import migrations

TITLE = "Semua halaman"


def rename_root(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title="Root").update(title=TITLE, draft_title=TITLE)


def restore_root(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title=TITLE).update(title="Root", draft_title="Root")


class Migration(migrations.Migration):
    dependencies = [("portal", "0004_shared_cache_table"), ("wagtailcore", "0002_initial_data")]

    operations = [migrations.RunPython(rename_root, restore_root)]
