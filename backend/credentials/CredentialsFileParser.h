#pragma once

#include "StoreCredentials.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace aks {

// Reads the file given to `velero install --secret-file`: the Azure plugin's KEY=value lines
// (AZURE_STORAGE_ACCOUNT_ACCESS_KEY) or the AWS plugin's INI profile (aws_access_key_id,
// aws_secret_access_key). Secrets are registered with the Redactor as soon as they are read.
class CredentialsFileParser {
    Q_DECLARE_TR_FUNCTIONS(CredentialsFileParser)

public:
    enum class Want { Azure, Aws };

    static Result<StoreCredentials> parseFile(const QString& path, Want want,
                                              const QString& profile = QStringLiteral("default"));
    static Result<StoreCredentials> parse(const QByteArray& text, const QString& fileName, Want want,
                                          const QString& profile = QStringLiteral("default"));
};

} // namespace aks
