#include "CredentialKeeper.h"

#include "credentials/CredentialStore.h"
#include "credentials/SessionCredentials.h"
#include "jobs/JobManager.h"

namespace aks {

CredentialKeeper::CredentialKeeper(JobManager* jobs, QObject* parent) : QObject(parent), m_jobs(jobs) {}

void CredentialKeeper::keepForSession(const StoreSpec& spec, const StoreCredentials& credentials) {
    (void)SessionCredentials::keep(CredentialStore::entryName(spec), credentials, false);
}

void CredentialKeeper::remember(const StoreSpec& spec, const StoreCredentials& credentials) {
    const QString entry = CredentialStore::entryName(spec);
    m_jobs->run<bool>(
        tr("Save the credentials for %1 in the keychain").arg(spec.toString()),
        [entry, credentials](const JobContext&) -> Result<bool> {
            if (Status s = SessionCredentials::keep(entry, credentials, true); !s)
                return s.error();
            return true;
        },
        this,
        [this](const Result<bool>& r) {
            if (r)
                emit remembered();
            else
                emit rememberFailed(r.error());
        });
}

} // namespace aks
