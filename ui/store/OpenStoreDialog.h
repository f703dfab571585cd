#pragma once

#include "store/StoreSpec.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QStackedWidget;

namespace aks {

class DialogFacade;
class JobManager;
class MessageBanner;

// Asks where a backup store is: a folder, a downloaded backup, an Azure Blob container or an S3
// bucket, with the StoreSpec fields each needs. A secret typed here is kept for this session, and
// in the OS keychain (through a job, never on the UI thread) unless "this session only" is ticked;
// nowhere else. The dialog returns only the StoreSpec.
class OpenStoreDialog : public QDialog {
    Q_OBJECT
public:
    enum Page { FolderPage, TarballPage, AzurePage, S3Page };

    OpenStoreDialog(JobManager* jobs, DialogFacade* dialogs, QWidget* parent = nullptr);

    StoreSpec spec() const { return m_spec; }
    void setSpec(const StoreSpec& spec);

private:
    QWidget* buildFolderPage();
    QWidget* buildTarballPage();
    QWidget* buildAzurePage();
    QWidget* buildS3Page();
    QLineEdit* lineEdit(const char* objectName, const QString& accessibleName,
                        const QString& placeholder = {});
    Result<StoreSpec> specFromFields() const;
    void openClicked();

    JobManager* m_jobs;
    DialogFacade* m_dialogs;
    MessageBanner* m_banner;
    QComboBox* m_kind;
    QStackedWidget* m_pages;
    QDialogButtonBox* m_buttons;
    QLineEdit* m_folder;
    QLineEdit* m_tarball;
    QLineEdit* m_account;
    QLineEdit* m_container;
    QLineEdit* m_azurePrefix;
    QLineEdit* m_azureEndpoint;
    QComboBox* m_azureAuth;
    QLineEdit* m_azureSecret;
    QLineEdit* m_azureCredFile;
    QLineEdit* m_azureCa;
    QLineEdit* m_bucket;
    QLineEdit* m_s3Prefix;
    QLineEdit* m_s3Endpoint;
    QLineEdit* m_region;
    QCheckBox* m_pathStyle;
    QLineEdit* m_accessKeyId;
    QLineEdit* m_s3Secret;
    QLineEdit* m_s3CredFile;
    QLineEdit* m_s3Ca;
    QCheckBox* m_sessionOnly;
    StoreSpec m_spec;
};

} // namespace aks
