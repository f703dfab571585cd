#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace aks {

// Would a backup storage location authenticate with its plugin? The rules of the Azure plugin
// (storageAccountKeyEnvVar, useAAD, ARM ListKeys with subscription and resource group, the
// credential chain) and the AWS plugin (region, s3Url, INI profile), read from their source and
// kept in the project's reference. Answers with the plugin's own error text, or nothing when the
// location would become Available. AKS hybrid nodes have no managed identity: a credentials file
// without a service principal cannot get an AAD token there.
class VeleroPluginAuth {
public:
    // provider: azure | aws (velero.io/ prefixes accepted); credentials: the --secret-file content.
    static std::optional<QString> problem(const QString& provider, const QMap<QString, QString>& config,
                                          const QByteArray& credentials);
    // KEY=VALUE lines of the Azure plugin's credentials file.
    static QMap<QString, QString> dotenv(const QByteArray& text);

private:
    static std::optional<QString> azure(const QMap<QString, QString>& config, const QByteArray& credentials);
    static std::optional<QString> aws(const QMap<QString, QString>& config, const QByteArray& credentials);
};

} // namespace aks
