#pragma once

#include <QString>

class QCoreApplication;

namespace aks {

// Installs the app's and Qt's translations for `language` ("ja", "en"), or for the saved choice,
// or for the system locale when both are empty. Returns the language in use.
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace aks
