"""Curators see the review workflow, its task and the root page in Chinese.

Names the review workflow and its task in both languages (Wagtail shows them
as they are stored, e.g. "提交给…" on the editor's submit button), gives
Wagtail's root page a Chinese title, and removes what Wagtail's own migrations
create but this site does not use: the "Moderators" and "Editors" groups and
the "Moderators approval" task and workflow. A group that still has members,
or a workflow or task that still has pages or history, is kept.
"""

from django.db import migrations

WORKFLOW = ("Senior curator review", "高级策展人审核 · Senior curator review")
TASK = ("Senior curator approval", "高级策展人审批 · Senior curator approval")
ROOT_TITLE = ("Root", "根目录")
WAGTAIL_GROUPS = ["Moderators", "Editors"]
WAGTAIL_WORKFLOW = "Moderators approval"


def rename(model, old, new):
    model.objects.filter(name=old).update(name=new)


def retitle_root(apps, schema_editor, old, new):
    """Page's per-language columns live outside migrations; update them if present."""
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title=old).update(title=new)
    Page.objects.filter(depth=1, draft_title=old).update(draft_title=new)  # the admin's label
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        columns = {
            column.name
            for column in connection.introspection.get_table_description(cursor, "wagtailcore_page")
        }
        if "title_zh_hans" in columns:
            cursor.execute(
                "UPDATE wagtailcore_page SET title_zh_hans = %s "
                "WHERE depth = 1 AND title_zh_hans = %s",
                [new, old],
            )


def remove_wagtail_defaults(apps):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")

    for workflow in Workflow.objects.filter(name=WAGTAIL_WORKFLOW):
        in_use = (
            workflow.workflow_pages.exists()
            or workflow.workflow_content_types.exists()
            or WorkflowState.objects.filter(workflow=workflow).exists()
        )
        if not in_use:
            workflow.delete()
    for task in Task.objects.filter(name=WAGTAIL_WORKFLOW):
        if not (task.workflow_tasks.exists() or TaskState.objects.filter(task=task).exists()):
            task.delete()
    Group.objects.filter(name__in=WAGTAIL_GROUPS, user__isnull=True).delete()


def forwards(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    rename(Workflow, *WORKFLOW)
    rename(Task, *TASK)
    retitle_root(apps, schema_editor, *ROOT_TITLE)
    remove_wagtail_defaults(apps)


def backwards(apps, schema_editor):
    """Restore the English names; Wagtail's removed defaults are not recreated."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    rename(Workflow, *reversed(WORKFLOW))
    rename(Task, *reversed(TASK))
    retitle_root(apps, schema_editor, *reversed(ROOT_TITLE))


class Migration(migrations.Migration):
    dependencies = [
        ("exhibits", "0009_fact_check_and_source_notes"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
