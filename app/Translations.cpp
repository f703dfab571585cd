#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace aks {

QString installTranslations(QCoreApplication& app, const QString& language) {
    QString lang = language;
    if (lang.isEmpty())
        lang = QSettings().value(QStringLiteral("ui/language")).toString();
    if (lang.isEmpty() || lang == QLatin1String("system"))
        lang = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (lang != QLatin1String("ja"))
        lang = QStringLiteral("en");
    QLocale::setDefault(QLocale(lang));

    auto* own = new QTranslator(&app);
    // Built into the app; tools that share this code (the guide's screenshot taker) point
    // AKS_QM_DIR at the build's .qm files instead.
    if (own->load(QStringLiteral(":/i18n/aks-recovery_%1.qm").arg(lang)) ||
        own->load(QStringLiteral("aks-recovery_%1.qm").arg(lang), qEnvironmentVariable("AKS_QM_DIR")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace aks
