#include "DialogFields.h"
#include "common/DialogFacade.h"
#include "common/MessageBanner.h"
#include "credentials/CredentialResolver.h"
#include "credentials/CredentialStore.h"
#include "credentials/SessionCredentials.h"
#include "jobs/JobManager.h"
#include "store/OpenStoreDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace aks;
using test::child;
using test::type;

class TestOpenStoreDialog : public QObject {
    Q_OBJECT

    JobManager m_jobs;
    DialogFacade m_dialogs;

private slots:
    void cleanup() {
        QVERIFY(
            CredentialStore::remove(
                QStringLiteral("azure://acct3/velero/aks endpoint=https://blob.local.azurestack.external"))
                .ok());
        QVERIFY(CredentialStore::remove(QStringLiteral("s3://dialogbucket endpoint=http://minio.local:9000"))
                    .ok());
    }

    void folderThroughTheBrowseButton() {
        QTemporaryDir dir;
        OpenStoreDialog d(&m_jobs, &m_dialogs);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        m_dialogs.setNextFileName(dir.path());
        QTest::mouseClick(child<QWidget>(&d, "browseFolder"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(&d, "folderPath")->text(), dir.path());
        QTest::mouseClick(child<QPushButton>(&d, "openStoreButton"), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.spec().kind, StoreSpec::Kind::LocalFolder);
        QCOMPARE(d.spec().path, dir.path());
    }

    void invalidFieldsShowAnInlineError() {
        OpenStoreDialog d(&m_jobs, &m_dialogs);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        child<QComboBox>(&d, "storeKind")->setCurrentIndex(OpenStoreDialog::AzurePage);
        type(&d, "azureAccount", QStringLiteral("Bad_Account"));
        type(&d, "azureContainer", QStringLiteral("velero"));
        QTest::mouseClick(child<QPushButton>(&d, "openStoreButton"), Qt::LeftButton);
        QVERIFY(d.isVisible());
        auto* banner = child<MessageBanner>(&d, "openStoreBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("not a valid storage account name")),
                 qPrintable(banner->text()));

        type(&d, "azureAccount", QStringLiteral("acct3"));
        type(&d, "azureEndpoint", QStringLiteral("ftp://x"));
        QTest::mouseClick(child<QPushButton>(&d, "openStoreButton"), Qt::LeftButton);
        QVERIFY(banner->text().contains(QLatin1String("not an http:// or https:// URL")));
        QVERIFY(d.isVisible());
    }

    void azureSecretGoesToTheKeychainOnly() {
        OpenStoreDialog d(&m_jobs, &m_dialogs);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        child<QComboBox>(&d, "storeKind")->setCurrentIndex(OpenStoreDialog::AzurePage);
        type(&d, "azureAccount", QStringLiteral("acct3"));
        type(&d, "azureContainer", QStringLiteral("velero"));
        type(&d, "azurePrefix", QStringLiteral("aks"));
        type(&d, "azureEndpoint", QStringLiteral("https://blob.local.azurestack.external"));
        auto* secret = child<QLineEdit>(&d, "azureSecret");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        type(&d, "azureSecret", QStringLiteral("a2V5LWZyb20tdGhlLWRpYWxvZy0xMjM0NQ=="));
        QDir().mkpath(QStringLiteral("/tmp/aks-remote-shots"));
        d.grab().save(QStringLiteral("/tmp/aks-remote-shots/openstoredialog-azure.png"));
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(child<QPushButton>(&d, "openStoreButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 20000);
        QVERIFY(secret->text().isEmpty());

        const StoreSpec spec = d.spec();
        QCOMPARE(spec.toString(), QStringLiteral("azure://acct3/velero/aks"));
        QCOMPARE(spec.endpoint, QUrl(QStringLiteral("https://blob.local.azurestack.external")));
        auto saved = CredentialStore::load(CredentialStore::entryName(spec));
        QVERIFY(saved.ok() && saved->has_value());
        QCOMPARE((*saved)->kind, StoreCredentials::Kind::AzureSharedKey);
        QCOMPARE((*saved)->accountKey, QStringLiteral("a2V5LWZyb20tdGhlLWRpYWxvZy0xMjM0NQ=="));
    }

    void s3WithKeys() {
        OpenStoreDialog d(&m_jobs, &m_dialogs);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        child<QComboBox>(&d, "storeKind")->setCurrentIndex(OpenStoreDialog::S3Page);
        type(&d, "s3Bucket", QStringLiteral("dialogbucket"));
        type(&d, "s3Endpoint", QStringLiteral("http://minio.local:9000"));
        type(&d, "s3Region", QStringLiteral("minio"));
        type(&d, "s3Secret", QStringLiteral("minio-secret-from-dialog"));
        QTest::mouseClick(child<QPushButton>(&d, "openStoreButton"), Qt::LeftButton);
        QVERIFY(child<MessageBanner>(&d, "openStoreBanner")->text().contains(QLatin1String("access key id")));
        type(&d, "s3Secret", QStringLiteral("minio-secret-from-dialog"));
        type(&d, "s3AccessKeyId", QStringLiteral("minio"));
        d.grab().save(QStringLiteral("/tmp/aks-remote-shots/openstoredialog-s3.png"));
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(child<QPushButton>(&d, "openStoreButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 20000);
        const StoreSpec spec = d.spec();
        QCOMPARE(spec.kind, StoreSpec::Kind::S3);
        QCOMPARE(spec.region, QStringLiteral("minio"));
        QVERIFY(spec.pathStyle);
        auto saved = CredentialStore::load(CredentialStore::entryName(spec));
        QVERIFY(saved.ok() && saved->has_value());
        QCOMPARE((*saved)->accessKeyId, QStringLiteral("minio"));
        QCOMPARE((*saved)->secretAccessKey, QStringLiteral("minio-secret-from-dialog"));
    }

    // "This session only": the store opens with the typed key, which is in no keychain afterwards.
    void sessionOnlySecretStaysOutOfTheKeychain() {
        OpenStoreDialog d(&m_jobs, &m_dialogs);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto* sessionOnly = child<QCheckBox>(&d, "sessionOnly");
        QVERIFY(!sessionOnly->isVisible()); // a folder needs no secret
        child<QComboBox>(&d, "storeKind")->setCurrentIndex(OpenStoreDialog::S3Page);
        QVERIFY(sessionOnly->isVisible());
        type(&d, "s3Bucket", QStringLiteral("dialogbucket"));
        type(&d, "s3Endpoint", QStringLiteral("https://minio.local:9000"));
        type(&d, "s3AccessKeyId", QStringLiteral("session-id"));
        type(&d, "s3Secret", QStringLiteral("session-only-secret-1234"));
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QVERIFY(sessionOnly->isChecked());
        QDir().mkpath(QStringLiteral("/tmp/aks-remote-shots"));
        d.grab().save(QStringLiteral("/tmp/aks-remote-shots/openstoredialog-session-only.png"));
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(child<QPushButton>(&d, "openStoreButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 20000);
        const QString entry = CredentialStore::entryName(d.spec());
        auto saved = CredentialStore::load(entry);
        QVERIFY(saved.ok());
        QVERIFY(!saved->has_value());
        CredentialResolver::Sources sources;
        sources.environment = QProcessEnvironment();
        auto resolved = CredentialResolver::resolve(d.spec(), sources);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->secretAccessKey, QStringLiteral("session-only-secret-1234"));
        SessionCredentials::clear();
        QVERIFY(!CredentialResolver::resolve(d.spec(), sources).ok());
    }

    // Tab from the kind box walks every field of each page, top to bottom, and comes back round.
    void keyboardReachesEveryField_data() {
        QTest::addColumn<int>("page");
        QTest::newRow("folder") << int(OpenStoreDialog::FolderPage);
        QTest::newRow("tarball") << int(OpenStoreDialog::TarballPage);
        QTest::newRow("azure") << int(OpenStoreDialog::AzurePage);
        QTest::newRow("s3") << int(OpenStoreDialog::S3Page);
    }

    void keyboardReachesEveryField() {
        QFETCH(int, page);
        OpenStoreDialog d(&m_jobs, &m_dialogs);
        auto* kind = child<QComboBox>(&d, "storeKind");
        kind->setCurrentIndex(page);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto* pages = d.findChild<QStackedWidget*>();
        QVERIFY(pages);
        QWidget* current = pages->currentWidget();
        // The fields an admin fills in: every visible editor, box and button of the page.
        QList<QWidget*> fields;
        for (QWidget* w : current->findChildren<QWidget*>()) {
            const bool field = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                               (qobject_cast<QAbstractButton*>(w) && !w->objectName().isEmpty() &&
                                !qobject_cast<QLineEdit*>(w->parentWidget()));
            if (field && w->isVisible())
                fields << w;
        }
        QVERIFY(!fields.isEmpty());
        // Reading order: by row, and left to right within a row.
        std::stable_sort(fields.begin(), fields.end(), [&d](QWidget* a, QWidget* b) {
            const QPoint ca = a->mapTo(&d, a->rect().center());
            const QPoint cb = b->mapTo(&d, b->rect().center());
            return std::abs(ca.y() - cb.y()) > 8 ? ca.y() < cb.y() : ca.x() < cb.x();
        });
        kind->setFocus();
        QCOMPARE(d.focusWidget(), kind);
        QList<QWidget*> reached;
        for (int i = 0; i < 40 && (reached.isEmpty() || d.focusWidget() != kind); ++i) {
            QTest::keyClick(d.focusWidget(), Qt::Key_Tab);
            reached << d.focusWidget();
        }
        QCOMPARE(reached.last(), kind);
        int previous = -1;
        for (QWidget* w : std::as_const(fields)) {
            const int at = int(reached.indexOf(w));
            QVERIFY2(at >= 0, qPrintable(w->objectName() + QStringLiteral(" is never reached by Tab")));
            QVERIFY2(at > previous, qPrintable(w->objectName() + QStringLiteral(" is reached out of order")));
            previous = at;
        }
        QVERIFY(reached.contains(child<QPushButton>(&d, "openStoreButton")));
    }
};

QTEST_MAIN(TestOpenStoreDialog)
#include "tst_openstoredialog.moc"
