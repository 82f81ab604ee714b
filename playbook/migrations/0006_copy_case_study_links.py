"""Copy each link a case study made to a chapter or an exercise (casestudies' former
CaseStudyPlaybookLink) into the draaiboek's own links, before casestudies drops its table."""

from django.db import migrations


def copy_links(apps, schema_editor):
    old_links = apps.get_model("casestudies", "CaseStudyPlaybookLink")
    targets = {
        "playbookchapterpage": apps.get_model("playbook", "ChapterCaseStudy"),
        "reflectionexercisepage": apps.get_model("playbook", "ExerciseCaseStudy"),
    }
    copies = {model: [] for model in targets.values()}
    positions = {}
    rows = old_links.objects.select_related("target__content_type").order_by("case_study_id", "sort_order", "pk")
    for row in rows:
        model = targets.get(row.target.content_type.model)
        if model is None or row.target.content_type.app_label != "playbook":
            continue  # the chooser only offered chapters and exercises
        position = positions[row.target_id] = positions.get(row.target_id, -1) + 1
        copies[model].append(model(page_id=row.target_id, case_study_id=row.case_study_id, sort_order=position))
    for model, links in copies.items():
        model.objects.bulk_create(links)


def copy_links_back(apps, schema_editor):
    old_links = apps.get_model("casestudies", "CaseStudyPlaybookLink")
    for name in ("ChapterCaseStudy", "ExerciseCaseStudy"):
        for link in apps.get_model("playbook", name).objects.order_by("page_id", "sort_order", "pk"):
            old_links.objects.create(case_study_id=link.case_study_id, target_id=link.page_id)


class Migration(migrations.Migration):
    dependencies = [
        ("casestudies", "0005_partner_without_proper_name_and_english_terms"),
        ("playbook", "0005_case_studies_that_illustrate"),
    ]
    run_before = [("casestudies", "0006_playbook_links_leave")]

    operations = [migrations.RunPython(copy_links, copy_links_back)]
