#pragma once

#include "MainWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>
#include <QTranslator>

namespace aks::test {

// The app in Japanese, as `aks-recovery --lang ja` starts it: its own translation (from
// AKS_QM_DIR, the build's translations folder), Qt's, and the locale. False if the app's
// translation is missing.
inline bool installJapanese(QObject* owner) {
    auto* own = new QTranslator(owner);
    if (!own->load(QDir(qEnvironmentVariable("AKS_QM_DIR")).filePath(QStringLiteral("aks-recovery_ja.qm"))))
        return false;
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(owner);
    if (qt->load(QLocale(QLocale::Japanese), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    return true;
}

// Test data: one row per page of the main window ("page" as int, "name" for screenshots).
inline void addPageRows() {
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("name");
    QTest::newRow("clusters") << int(MainWindow::Clusters) << QStringLiteral("clusters");
    QTest::newRow("backups") << int(MainWindow::Backups) << QStringLiteral("backups");
    QTest::newRow("inspector") << int(MainWindow::Inspector) << QStringLiteral("inspector");
    QTest::newRow("snapshots") << int(MainWindow::Snapshots) << QStringLiteral("snapshots");
    QTest::newRow("restore") << int(MainWindow::Restore) << QStringLiteral("restore");
    QTest::newRow("log") << int(MainWindow::Log) << QStringLiteral("log");
}

} // namespace aks::test
