"""Date and time formats of the site's languages where Django's own do not fit a European site
(FORMAT_MODULE_PATH). Dutch keeps Django's formats; English gets day-month-year and the 24-hour
clock instead of Django's American ones ("12/04/2026", "Dec. 4, 2026, 11:30 p.m.")."""
