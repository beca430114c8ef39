"""Review workflows and their task, named in the source language like new ones
(``catalogue.roles.workflow_name``): the names are stored once and shown in the admin and in every
review e-mail, which were English ("DPMPTSP review — MPP ...") in an Indonesian admin."""

from django.db import migrations

OLD, NEW = "DPMPTSP review", "Tinjauan DPMPTSP"


def rename(apps, schema_editor, old=OLD, new=NEW):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    for workflow in Workflow.objects.filter(name__startswith=f"{old} — "):
        workflow.name = new + workflow.name.removeprefix(old)
        workflow.save(update_fields=["name"])
    Task.objects.filter(name=old).update(name=new)


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, old=NEW, new=OLD)


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0013_requirementdocument_alternative_names"), ("wagtailcore", "0002_initial_data")]

    operations = [migrations.RunPython(rename, rename_back)]
