"""Curators edit and submit; senior curators approve and publish.

Creates the two groups, their permissions over the whole page tree and the
media library, and a review workflow assigned to the root page so it covers
every page. Safe to run on a database that already has any of these.
"""

from django.db import migrations

CURATORS = "Curators"
SENIOR_CURATORS = "Senior curators"
WORKFLOW_NAME = "Senior curator review"

CURATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page"]
SENIOR_PAGE_PERMISSIONS = CURATOR_PAGE_PERMISSIONS + ["publish_page", "unlock_page", "bulk_delete_page"]
# Wagtail checks image permissions against wagtailimages.Image even when a
# custom image model is in use, and document permissions against Document.
# Both roles look after the whole library (alt text, credits); Wagtail treats
# deleting as part of changing, so there is no separate delete permission.
MEDIA = {
    ("wagtailimages", "image"): ["add_image", "change_image", "choose_image"],
    ("wagtaildocs", "document"): ["add_document", "change_document", "choose_document"],
}


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )
    return perm


def grant(apps, group, page_codenames, media):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    group.permissions.add(permission(apps, "wagtailadmin", "admin", "access_admin"))
    for codename in page_codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root_page, permission=permission(apps, "wagtailcore", "page", codename)
        )
    for (app_label, model), codenames in media.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=permission(apps, app_label, model, codename),
            )


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Page = apps.get_model("wagtailcore", "Page")

    curators, _ = Group.objects.get_or_create(name=CURATORS)
    seniors, _ = Group.objects.get_or_create(name=SENIOR_CURATORS)
    grant(apps, curators, CURATOR_PAGE_PERMISSIONS, MEDIA)
    grant(apps, seniors, SENIOR_PAGE_PERMISSIONS, MEDIA)

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, _ = GroupApprovalTask.objects.get_or_create(
        name="Senior curator approval", defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(seniors)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        # One workflow per page: the review replaces Wagtail's default moderator
        # approval on the root, and so applies to every page below it.
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    Task.objects.filter(name="Senior curator approval").delete()
    Group.objects.filter(name__in=[CURATORS, SENIOR_CURATORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("exhibits", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0006_formstate"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
