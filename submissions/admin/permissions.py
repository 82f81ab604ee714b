"""Who may do what in triage. Questions come in through the public form only and leave
through retention or erasure, so nobody adds or deletes them in the admin."""

from wagtail.permission_policies import ModelPermissionPolicy

PERSONAL_DATA_EXPORT = "submissions.export_personal_data"


class VraagstukPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a not in ("add", "delete")])


def can_view(user):
    return user.is_active and user.has_perm("submissions.view_vraagstuk")


def can_change(user):
    return user.is_active and user.has_perm("submissions.change_vraagstuk")


def can_export_personal_data(user):
    return user.is_active and user.has_perm(PERSONAL_DATA_EXPORT)
