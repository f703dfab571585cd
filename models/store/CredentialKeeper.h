#pragma once

#include "core/Result.h"
#include "credentials/StoreCredentials.h"
#include "store/StoreSpec.h"

#include <QObject>

namespace aks {

class JobManager;

// Keeps a secret typed for a store: for this session at once, and in the OS keychain through a
// job (never on the UI thread), so that the Open store dialog only shows and connects.
class CredentialKeeper : public QObject {
    Q_OBJECT
public:
    explicit CredentialKeeper(JobManager* jobs, QObject* parent = nullptr);

    // For this session only: in memory, nowhere else.
    static void keepForSession(const StoreSpec& spec, const StoreCredentials& credentials);
    // For this session and in the keychain; ends in remembered or rememberFailed. A keychain that
    // fails leaves the session copy in place.
    void remember(const StoreSpec& spec, const StoreCredentials& credentials);

signals:
    void remembered();
    void rememberFailed(const aks::Error& error);

private:
    JobManager* m_jobs;
};

} // namespace aks
