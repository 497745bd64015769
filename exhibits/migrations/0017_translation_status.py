"""Per-page translation status (which English is missing or out of date), and the
permission to mark out-of-date English as checked, given to the Senior curators group."""

import django.core.serializers.json
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


SENIOR_CURATORS = "Senior curators"
CODENAME = "mark_translation_checked"


def grant_mark_checked(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="exhibits", model="pagetranslationstatus"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=CODENAME,
        defaults={"name": "Can mark out-of-date English as checked"},
    )
    for group in Group.objects.filter(name=SENIOR_CURATORS):
        group.permissions.add(permission)


def revoke_mark_checked(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="exhibits", codename=CODENAME).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('exhibits', '0016_programmes'),
        ('wagtailcore', '0098_apitoken'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.CreateModel(
            name='PageTranslationStatus',
            fields=[
                ('page', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='translation_status', serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('fields', models.JSONField(default=dict, encoder=django.core.serializers.json.DjangoJSONEncoder)),
                ('step', models.PositiveIntegerField(default=0)),
                ('has_missing', models.BooleanField(default=False)),
                ('has_stale', models.BooleanField(default=False)),
                ('has_checked', models.BooleanField(default=False)),
                ('updated_at', models.DateTimeField(auto_now=True)),
            ],
            options={
                'verbose_name': 'translation status',
                'verbose_name_plural': 'translation statuses',
                'permissions': [('mark_translation_checked', 'Can mark out-of-date English as checked')],
            },
        ),
        migrations.RunPython(grant_mark_checked, revoke_mark_checked),
    ]
