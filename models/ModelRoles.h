#pragma once

#include <Qt>

namespace aks {

// Roles shared by the app's models: the raw value sorts and filters; the display text is for people.
enum ModelRole {
    RawValueRole = Qt::UserRole + 1,
    LevelRole,
    IdRole,
    ProgressRole,
    StateRole,
    ChoicesRole, // QStringList: the values an editor offers (empty: free text)
};

} // namespace aks
