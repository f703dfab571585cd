#include "OpenStoreDialog.h"

#include "common/DialogFacade.h"
#include "common/MessageBanner.h"
#include "credentials/CredentialStore.h"
#include "credentials/SessionCredentials.h"
#include "jobs/JobManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace aks {
namespace {

// A line edit with a "Browse…" button beside it, for paths.
QWidget* withBrowse(QLineEdit* edit, const QString& buttonName, const std::function<void()>& browse) {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* button = new QToolButton;
    button->setText(OpenStoreDialog::tr("Browse…"));
    button->setObjectName(buttonName);
    button->setAccessibleName(OpenStoreDialog::tr("Browse for %1").arg(edit->accessibleName()));
    QObject::connect(button, &QToolButton::clicked, row, browse);
    layout->addWidget(button);
    return row;
}

} // namespace

OpenStoreDialog::OpenStoreDialog(JobManager* jobs, DialogFacade* dialogs, QWidget* parent)
    : QDialog(parent), m_jobs(jobs), m_dialogs(dialogs) {
    setWindowTitle(tr("Open a backup store"));
    setObjectName(QStringLiteral("openStoreDialog"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("openStoreBanner"));
    layout->addWidget(m_banner);

    auto* kindForm = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("storeKind"));
    m_kind->setAccessibleName(tr("Store kind"));
    m_kind->addItems({tr("Folder (Velero's layout)"), tr("Downloaded backup (.tar.gz)"),
                      tr("Azure Blob Storage"), tr("S3-compatible storage (MinIO)")});
    kindForm->addRow(tr("&Kind:"), m_kind);
    layout->addLayout(kindForm);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildFolderPage());
    m_pages->addWidget(buildTarballPage());
    m_pages->addWidget(buildAzurePage());
    m_pages->addWidget(buildS3Page());
    layout->addWidget(m_pages, 1);
    m_sessionOnly =
        new QCheckBox(tr("Use the secret for this session only (not saved in the keychain)"), this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnly"));
    layout->addWidget(m_sessionOnly);
    const auto syncKind = [this](int i) {
        m_pages->setCurrentIndex(i);
        m_sessionOnly->setVisible(i == AzurePage || i == S3Page);
        m_banner->clear();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, syncKind);
    syncKind(m_kind->currentIndex());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Open)->setObjectName(QStringLiteral("openStoreButton"));
    m_buttons->button(QDialogButtonBox::Open)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenStoreDialog::openClicked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
}

QLineEdit* OpenStoreDialog::lineEdit(const char* objectName, const QString& accessibleName,
                                     const QString& placeholder) {
    auto* e = new QLineEdit;
    e->setObjectName(QString::fromLatin1(objectName));
    e->setAccessibleName(accessibleName);
    e->setPlaceholderText(placeholder);
    e->setClearButtonEnabled(true);
    return e;
}

QWidget* OpenStoreDialog::buildFolderPage() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_folder = lineEdit("folderPath", tr("Store folder"), tr("the folder that holds backups/"));
    form->addRow(tr("&Folder:"), withBrowse(m_folder, QStringLiteral("browseFolder"), [this] {
                     const QString dir =
                         m_dialogs->existingDirectory(this, tr("Backup store folder"), m_folder->text());
                     if (!dir.isEmpty())
                         m_folder->setText(dir);
                 }));
    return page;
}

QWidget* OpenStoreDialog::buildTarballPage() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_tarball = lineEdit("tarballPath", tr("Backup tarball"), tr("the output of velero backup download"));
    form->addRow(tr("&File:"), withBrowse(m_tarball, QStringLiteral("browseTarball"), [this] {
                     const QString f =
                         m_dialogs->openFileName(this, tr("Downloaded backup"), m_tarball->text(),
                                                 tr("Velero backups (*.tar.gz *.tgz)"));
                     if (!f.isEmpty())
                         m_tarball->setText(f);
                 }));
    return page;
}

QWidget* OpenStoreDialog::buildAzurePage() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_account =
        lineEdit("azureAccount", tr("Storage account"), tr("storageAccount from the backup location"));
    m_container = lineEdit("azureContainer", tr("Container"), tr("the bucket given to velero install"));
    m_azurePrefix = lineEdit("azurePrefix", tr("Prefix"), tr("optional"));
    m_azureEndpoint =
        lineEdit("azureEndpoint", tr("Endpoint"), tr("optional: Azure Stack Hub or Azurite URL"));
    m_azureAuth = new QComboBox;
    m_azureAuth->setObjectName(QStringLiteral("azureAuth"));
    m_azureAuth->setAccessibleName(tr("Authentication"));
    m_azureAuth->addItems({tr("Storage account key"), tr("SAS token")});
    m_azureSecret =
        lineEdit("azureSecret", tr("Secret"), tr("leave empty to use the keychain, file or environment"));
    m_azureSecret->setEchoMode(QLineEdit::Password);
    m_azureCredFile =
        lineEdit("azureCredentialsFile", tr("Credentials file"), tr("optional: velero --secret-file"));
    m_azureCa = lineEdit("azureCaFile", tr("CA certificate file"), tr("optional: PEM"));
    form->addRow(tr("Storage &account:"), m_account);
    form->addRow(tr("&Container:"), m_container);
    form->addRow(tr("&Prefix:"), m_azurePrefix);
    form->addRow(tr("&Endpoint:"), m_azureEndpoint);
    form->addRow(tr("A&uthentication:"), m_azureAuth);
    form->addRow(tr("&Secret:"), m_azureSecret);
    form->addRow(tr("Credentials &file:"), m_azureCredFile);
    form->addRow(tr("CA &certificate:"), m_azureCa);
    return page;
}

QWidget* OpenStoreDialog::buildS3Page() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_bucket = lineEdit("s3Bucket", tr("Bucket"), tr("the bucket given to velero install"));
    m_s3Prefix = lineEdit("s3Prefix", tr("Prefix"), tr("optional"));
    m_s3Endpoint = lineEdit("s3Endpoint", tr("Endpoint"), tr("s3Url, e.g. http://minio.local:9000"));
    m_region = lineEdit("s3Region", tr("Region"), tr("e.g. minio; empty: us-east-1"));
    m_pathStyle = new QCheckBox(tr("Path-style addressing (s3ForcePathStyle)"));
    m_pathStyle->setObjectName(QStringLiteral("s3PathStyle"));
    m_pathStyle->setChecked(true);
    m_accessKeyId = lineEdit("s3AccessKeyId", tr("Access key id"));
    m_s3Secret = lineEdit("s3Secret", tr("Secret access key"),
                          tr("leave empty to use the keychain, file or environment"));
    m_s3Secret->setEchoMode(QLineEdit::Password);
    m_s3CredFile =
        lineEdit("s3CredentialsFile", tr("Credentials file"), tr("optional: velero --secret-file"));
    m_s3Ca = lineEdit("s3CaFile", tr("CA certificate file"), tr("optional: PEM"));
    form->addRow(tr("&Bucket:"), m_bucket);
    form->addRow(tr("&Prefix:"), m_s3Prefix);
    form->addRow(tr("&Endpoint:"), m_s3Endpoint);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(QString(), m_pathStyle);
    form->addRow(tr("Access &key id:"), m_accessKeyId);
    form->addRow(tr("&Secret access key:"), m_s3Secret);
    form->addRow(tr("Credentials &file:"), m_s3CredFile);
    form->addRow(tr("CA &certificate:"), m_s3Ca);
    return page;
}

void OpenStoreDialog::setSpec(const StoreSpec& spec) {
    m_kind->setCurrentIndex(static_cast<int>(spec.kind));
    switch (spec.kind) {
    case StoreSpec::Kind::LocalFolder:
        m_folder->setText(spec.path);
        break;
    case StoreSpec::Kind::Tarball:
        m_tarball->setText(spec.path);
        break;
    case StoreSpec::Kind::AzureBlob:
        m_account->setText(spec.account);
        m_container->setText(spec.bucket);
        m_azurePrefix->setText(spec.prefix);
        m_azureEndpoint->setText(spec.endpoint.toString());
        m_azureCredFile->setText(spec.credentialsFile);
        m_azureCa->setText(spec.caFile);
        break;
    case StoreSpec::Kind::S3:
        m_bucket->setText(spec.bucket);
        m_s3Prefix->setText(spec.prefix);
        m_s3Endpoint->setText(spec.endpoint.toString());
        m_region->setText(spec.region);
        m_pathStyle->setChecked(spec.pathStyle);
        m_s3CredFile->setText(spec.credentialsFile);
        m_s3Ca->setText(spec.caFile);
        break;
    }
}

Result<StoreSpec> OpenStoreDialog::specFromFields() const {
    const int page = m_kind->currentIndex();
    auto endpointOf = [](const QLineEdit* e) -> Result<QUrl> {
        const QString text = e->text().trimmed();
        if (text.isEmpty())
            return QUrl();
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty())
            return Error::make(Error::Kind::BadInput,
                               tr("The endpoint '%1' is not an http:// or https:// URL.").arg(text));
        return url;
    };
    if (page == FolderPage || page == TarballPage) {
        const QString path = (page == FolderPage ? m_folder : m_tarball)->text().trimmed();
        if (path.isEmpty())
            return Error::make(Error::Kind::BadInput, page == FolderPage
                                                          ? tr("Choose the folder that holds backups/.")
                                                          : tr("Choose the downloaded backup file."));
        auto spec = StoreSpec::parse(path);
        if (!spec)
            return spec.error();
        spec->kind = page == FolderPage ? StoreSpec::Kind::LocalFolder : StoreSpec::Kind::Tarball;
        return spec;
    }
    const bool azure = page == AzurePage;
    const QString prefix = (azure ? m_azurePrefix : m_s3Prefix)->text().trimmed();
    const QString text =
        azure
            ? QStringLiteral("azure://%1/%2").arg(m_account->text().trimmed(), m_container->text().trimmed())
            : QStringLiteral("s3://%1").arg(m_bucket->text().trimmed());
    auto spec = StoreSpec::parse(prefix.isEmpty() ? text : text + QLatin1Char('/') + prefix);
    if (!spec)
        return spec.error();
    auto endpoint = endpointOf(azure ? m_azureEndpoint : m_s3Endpoint);
    if (!endpoint)
        return endpoint.error();
    spec->endpoint = *endpoint;
    spec->credentialsFile = (azure ? m_azureCredFile : m_s3CredFile)->text().trimmed();
    spec->caFile = (azure ? m_azureCa : m_s3Ca)->text().trimmed();
    if (!azure) {
        spec->region = m_region->text().trimmed();
        spec->pathStyle = m_pathStyle->isChecked();
        if (!m_s3Secret->text().isEmpty() && m_accessKeyId->text().trimmed().isEmpty())
            return Error::make(Error::Kind::BadInput,
                               tr("Give the access key id the secret access key belongs to."));
    }
    return spec;
}

void OpenStoreDialog::openClicked() {
    m_banner->clear();
    auto spec = specFromFields();
    if (!spec) {
        m_banner->showMessage(MessageBanner::Kind::Error, spec.error().message);
        return;
    }
    m_spec = *spec;
    const bool azure = m_spec.kind == StoreSpec::Kind::AzureBlob;
    QLineEdit* secretField = azure ? m_azureSecret : m_s3Secret;
    if ((m_spec.kind != StoreSpec::Kind::AzureBlob && m_spec.kind != StoreSpec::Kind::S3) ||
        secretField->text().isEmpty()) {
        accept();
        return;
    }
    StoreCredentials c;
    if (azure && m_azureAuth->currentIndex() == 1) {
        c.kind = StoreCredentials::Kind::AzureSas;
        c.sasToken = secretField->text().trimmed();
        if (c.sasToken.startsWith(QLatin1Char('?')))
            c.sasToken.remove(0, 1);
    } else if (azure) {
        c.kind = StoreCredentials::Kind::AzureSharedKey;
        c.accountKey = secretField->text().trimmed();
    } else {
        c.kind = StoreCredentials::Kind::AwsKeys;
        c.accessKeyId = m_accessKeyId->text().trimmed();
        c.secretAccessKey = secretField->text().trimmed();
    }
    c.registerSecrets();
    const QString entry = CredentialStore::entryName(m_spec);
    if (m_sessionOnly->isChecked()) {
        (void)SessionCredentials::keep(entry, c, false);
        secretField->clear();
        accept();
        return;
    }
    m_buttons->setEnabled(false);
    const QString store = m_spec.toString();
    m_jobs->run<bool>(
        tr("Save the credentials for %1 in the keychain").arg(store),
        [entry, c](const JobContext&) -> Result<bool> {
            if (Status s = SessionCredentials::keep(entry, c, true); !s)
                return s.error();
            return true;
        },
        this,
        [this, secretField](const Result<bool>& r) {
            m_buttons->setEnabled(true);
            if (!r) {
                // The secret is kept for this session all the same: the typed key stays, Open opens.
                m_sessionOnly->setChecked(true);
                m_banner->showMessage(MessageBanner::Kind::Warning,
                                      tr("%1 The secret is kept for this session only: press Open to use it.")
                                          .arg(r.error().message),
                                      r.error().detail);
                return;
            }
            secretField->clear(); // kept in the keychain: the widget need not hold it any longer
            accept();
        });
}

} // namespace aks
