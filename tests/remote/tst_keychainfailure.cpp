#include "DialogFields.h"
#include "common/DialogFacade.h"
#include "common/MessageBanner.h"
#include "credentials/CredentialStore.h"
#include "credentials/SessionCredentials.h"
#include "jobs/JobManager.h"
#include "store/OpenStoreDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace aks;
using test::child;
using test::type;

// A desktop whose keychain cannot be reached (no D-Bus session here, as on a bare server with X
// forwarding): the typed key is not lost, the message is an admin's, and the store still opens
// for this session.
class TestKeychainFailure : public QObject {
    Q_OBJECT

    static bool technical(const QString& text) {
        return text.contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
               text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
               text.contains(QLatin1String("org.freedesktop"));
    }

private slots:
    void keychainErrorIsAnAdminsMessage() {
        StoreCredentials c;
        c.accountKey = QStringLiteral("a2V5LWZvci1hLWZhaWxpbmcta2V5Y2hhaW4=");
        const Status s = CredentialStore::save(QStringLiteral("azure://acct9/velero endpoint=default"), c);
        QVERIFY(!s.ok());
        QVERIFY2(!technical(s.error().message) && !technical(s.error().detail),
                 qPrintable(s.error().fullText()));
    }

    void typedKeyStaysAndTheStoreOpensForTheSession() {
        JobManager jobs;
        DialogFacade dialogs;
        OpenStoreDialog d(&jobs, &dialogs);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        child<QComboBox>(&d, "storeKind")->setCurrentIndex(OpenStoreDialog::AzurePage);
        type(&d, "azureAccount", QStringLiteral("acct9"));
        type(&d, "azureContainer", QStringLiteral("velero"));
        const QString key = QStringLiteral("a2V5LWZvci1hLWZhaWxpbmcta2V5Y2hhaW4=");
        type(&d, "azureSecret", key);
        auto* open = child<QPushButton>(&d, "openStoreButton");
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(open, Qt::LeftButton);
        auto* banner = child<MessageBanner>(&d, "openStoreBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && open->isEnabled(), 40000);
        QCOMPARE(accepted.size(), 0);
        QVERIFY2(!technical(banner->text()), qPrintable(banner->text()));
        QCOMPARE(child<QLineEdit>(&d, "azureSecret")->text(), key);
        QVERIFY(child<QCheckBox>(&d, "sessionOnly")->isChecked());
        QDir().mkpath(QStringLiteral("/tmp/aks-remote-shots"));
        d.grab().save(QStringLiteral("/tmp/aks-remote-shots/openstoredialog-keychain-failed.png"));

        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 20000);
        const auto kept = SessionCredentials::find(CredentialStore::entryName(d.spec()));
        QVERIFY(kept.has_value());
        QCOMPARE(kept->accountKey, key);
        QVERIFY(child<QLineEdit>(&d, "azureSecret")->text().isEmpty());
    }
};

int main(int argc, char** argv) {
    // Before anything talks to D-Bus: the keychain service is out of reach for this process.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/aks-keychain-test-bus");
    QApplication app(argc, argv);
    TestKeychainFailure t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_keychainfailure.moc"
