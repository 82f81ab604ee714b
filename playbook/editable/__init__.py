"""Templates a coordinator fills in (a model contract outline, a project plan, a kick-off
checklist) as editable files: DOCX through python-docx, ODT through odfpy, and a PDF
through the draaiboek's WeasyPrint set-up. One plain description (FillInTemplate) feeds
every writer, so the three files always say the same."""
